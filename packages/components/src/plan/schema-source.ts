/**
 * Everything `<isp-plan>` takes from `@isp-kit/schemas`, in one place: the eight templates,
 * the common `$defs`, their validation and the supported version. Built-in templates are
 * validated by interpreting the schema objects the element already carries to render them
 * (CSP-safe, same errors as the precompiled validators, which would be a second copy of
 * every schema in the bundle; see docs/decisions/interpreted-validation-in-the-bundle.md).
 */
import { commonSchema, createInterpretedPlanValidator, isTemplateId, SCHEMA_VERSION, schemas, templateIds, validateInterpreted, type JsonSchemaObject } from '@isp-kit/schemas';
import type { SchemaNode } from './schema-resolver.js';
import type { PlanValidator } from './plan-validation.js';

export { isTemplateId, SCHEMA_VERSION, templateIds };

export function templateSchema(id: string): SchemaNode | undefined {
  return isTemplateId(id) ? (schemas[id] as unknown as SchemaNode) : undefined;
}

/** Documents a `$ref` may point into: the common schema and every template. */
export const knownSchemaDocuments: readonly unknown[] = [commonSchema, ...Object.values(schemas)];

export const validateTemplatePlan: PlanValidator = (plan) => validateInterpreted(plan);

/**
 * A host's own `schema` is validated as the templates are, by the interpreter, so every keyword
 * the family uses is checked (patterns, lengths, limits, `const`, unknown fields) in the same
 * words. A schema the interpreter cannot read (a keyword it does not implement) gets `fallback`,
 * a structural check, and a warning that names the keyword: a host with such a schema passes a
 * precompiled `validator` (`isp-schemas compile`) to have it checked in full.
 */
export function hostSchemaValidator(schema: object, fallback: () => PlanValidator): PlanValidator {
  try {
    const validate = createInterpretedPlanValidator(schema as JsonSchemaObject);
    return (plan) => validate(plan);
  } catch (error) {
    console.warn(`<isp-plan>: only a structural check applies to this schema. ${error instanceof Error ? error.message : String(error)}`);
    return fallback();
  }
}
