/**
 * Everything `<isp-plan>` takes from `@isp-kit/schemas`, in one place: the eight templates,
 * the common `$defs`, their validation and the supported version. Built-in templates are
 * validated by interpreting the schema objects the element already carries to render them
 * (CSP-safe, same errors as the precompiled validators, which would be a second copy of
 * every schema in the bundle; see docs/decisions/interpreted-validation-in-the-bundle.md).
 */
import { commonSchema, isTemplateId, SCHEMA_VERSION, schemas, templateIds, validateInterpreted } from '@isp-kit/schemas';
import type { SchemaNode } from './schema-resolver.js';
import type { PlanValidator } from './plan-validation.js';

export { isTemplateId, SCHEMA_VERSION, templateIds };

export function templateSchema(id: string): SchemaNode | undefined {
  return isTemplateId(id) ? (schemas[id] as unknown as SchemaNode) : undefined;
}

/** Documents a `$ref` may point into: the common schema and every template. */
export const knownSchemaDocuments: readonly unknown[] = [commonSchema, ...Object.values(schemas)];

export const validateTemplatePlan: PlanValidator = (plan) => validateInterpreted(plan);
