/**
 * Everything `<isp-plan>` takes from `@isp-kit/schemas`, in one place: the eight templates,
 * the common `$defs`, the precompiled (CSP-safe) validators and the supported version.
 */
import { commonSchema, isTemplateId, SCHEMA_VERSION, schemas, templateIds, validate } from '@isp-kit/schemas';
import type { SchemaNode } from './schema-resolver.js';
import type { PlanValidator } from './plan-validation.js';

export { isTemplateId, SCHEMA_VERSION, templateIds };

export function templateSchema(id: string): SchemaNode | undefined {
  return isTemplateId(id) ? (schemas[id] as unknown as SchemaNode) : undefined;
}

/** Documents a `$ref` may point into: the common schema and every template. */
export const knownSchemaDocuments: readonly unknown[] = [commonSchema, ...Object.values(schemas)];

export const validateTemplatePlan: PlanValidator = (plan) => validate(plan as never);
