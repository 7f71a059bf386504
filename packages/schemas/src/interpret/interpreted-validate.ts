import { validateAsTemplate, validateByTemplate, type TemplateValidator, type TemplateValidatorLookup } from '../dispatch.js';
import type { CompiledValidator } from '../compiled-validator.js';
import { commonSchema, templateSchemas } from '../generated/schemas.js';
import type { JsonSchemaObject } from '../json-schema.js';
import type { ValidateOptions, ValidationResult } from '../plan-error.js';
import { runValidator } from '../plan-validator.js';
import type { TemplateId } from '../template-ids.js';
import { overlayVariant } from '../variant-overlay.js';
import { interpretSchema } from './interpret-schema.js';

// The built-in templates refer only to the common schema and to themselves (generate.js checks).
const related = [commonSchema];
const interpreted = new Map<TemplateId, TemplateValidator>();

/**
 * `validate`, with the fields checked by interpreting the exported schema objects instead of
 * by the precompiled validators: the same results (an agreement test holds them to it), for
 * pages that carry the schemas anyway to render forms. Each template's schema is interpreted
 * on its first use.
 */
export function validateInterpreted(plan: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateByTemplate(interpretedTemplate, plan, options);
}

/** `validateTemplate`, interpreted (see `validateInterpreted`). */
export function validateTemplateInterpreted(id: TemplateId, plan: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateAsTemplate(interpretedTemplate, id, plan, options);
}

function interpretedTemplate(id: TemplateId): TemplateValidator | undefined {
  let validator = interpreted.get(id);
  const schema = templateSchemas[id] as JsonSchemaObject | undefined;
  if (!validator && schema) {
    validator = interpretTemplateValidator(schema);
    interpreted.set(id, validator);
  }
  return validator;
}

/**
 * One built-in template's validator, interpreted: what `validateTemplateInterpreted(id, …)`
 * runs for that template, built from its schema alone (e.g. `individualProvisionMapSchema`),
 * so a page that imports one template's schema does not bundle the other seven. The schema
 * is interpreted on the first call.
 */
export function interpretTemplateValidator(schema: JsonSchemaObject): TemplateValidator {
  let compiled: CompiledValidator | undefined;
  return (plan, options) => runValidator((compiled ??= interpretSchema(schema, { related })), schema, plan, options, related);
}

/**
 * `validateInterpreted` with the templates `lookup` gives (e.g. the ones a page registered):
 * the same dispatch on `plan.template`, the same refusals in the same words; a built-in
 * template `lookup` does not give is reported as `template-not-available`.
 */
export function validateWithTemplates(lookup: TemplateValidatorLookup, plan: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateByTemplate(lookup, plan, options);
}

/**
 * A validator for a schema of your own (a variant written with the keywords the templates
 * use), reporting `PlanError`s like the built-in ones, with no compile step. Its `$ref`s may
 * reach the common schema and every template; without an `$id`, relative ones resolve as if it
 * sat beside them (`base`), so `common.schema.json#/$defs/date` works as it does in a template.
 * Throws `UnsupportedSchemaError` at once if the schema uses a keyword the interpreter does not
 * implement: precompile it with `isp-schemas compile` and use `createPlanValidator` instead.
 */
export function createInterpretedPlanValidator(
  schema: JsonSchemaObject,
  { base = familyBase }: { readonly base?: string } = {},
): (plan: unknown, options?: ValidateOptions) => ValidationResult {
  // A variant that extends a template is laid over it, as `isp-schemas compile` reads it.
  const id = new URL(typeof schema.$id === 'string' ? schema.$id : '', base).href;
  const templates = Object.values(templateSchemas);
  const resolved = overlayVariant(schema, id, { common: commonSchema, templates })?.schema ?? schema;
  return createInterpretedVariantValidator(resolved, { related: [commonSchema, ...templates], base });
}

/**
 * `createInterpretedPlanValidator` with the documents its `$ref`s may reach given
 * (`related`, e.g. the common schema and the templates a page carries), so that a page with
 * one template does not bundle the other seven to validate a schema. It reads the schema as
 * plain JSON Schema: a variant that extends a template is laid over it by
 * `createInterpretedPlanValidator` (or `resolveVariant` from `@isp-kit/schemas/compile`) first.
 */
export function createInterpretedVariantValidator(
  schema: JsonSchemaObject,
  { related: documents, base = familyBase }: { readonly related: readonly JsonSchemaObject[]; readonly base?: string },
): (plan: unknown, options?: ValidateOptions) => ValidationResult {
  const compiled = interpretSchema(schema, { related: documents, base });
  return (plan, options) => runValidator(compiled, schema, plan, options, documents);
}

/** Where the template schemas live: a variant without an `$id` is read as one of them. */
const familyBase = 'https://isp-kit.org/schemas/v1/variant.schema.json';
