import { checkPlanShape } from './check-plan-shape.js';
import type { CompiledValidator } from './compiled-validator.js';
import { commonSchema, templateSchemas } from './generated/schemas.js';
import type { JsonSchemaObject } from './json-schema.js';
import { english } from './messages/en.js';
import type { ValidateOptions, ValidationResult } from './plan-error.js';
import { SchemaRegistry } from './schema-registry.js';
import { toPlanErrors } from './to-plan-errors.js';
import { isNewerMinor } from './schema-version.js';

/**
 * Runs a precompiled validator and explains its errors. `schema` is the (annotated) schema
 * the validator was compiled from; its titles name the fields in the messages. `related`
 * are the schemas its `$ref`s may reach: the built-in templates pass only the common schema
 * (they refer to nothing else), so a page importing one template's validator does not
 * bundle the other seven schemas; a variant gets the common schema and every template.
 */
export function runValidator(
  validator: CompiledValidator,
  schema: JsonSchemaObject,
  plan: unknown,
  options: ValidateOptions | undefined,
  related: readonly JsonSchemaObject[],
): ValidationResult {
  const messages = options?.messages ?? english;
  const shapeError = checkPlanShape(plan, messages);
  if (shapeError) return { valid: false, errors: [shapeError] };
  if (validator(plan)) return { valid: true, errors: [] };
  const base = typeof schema.$id === 'string' ? schema.$id : 'urn:isp-kit:schema';
  // Under its base even without an `$id` (pydantic writes none), so its `#/$defs/…` are found.
  const registry = new SchemaRegistry([...related, { ...schema, $id: base }]);
  let errors = toPlanErrors(validator.errors ?? [], {
    registry,
    root: { schema, base },
    plan,
    messages,
  });
  // A later minor release adds only optional fields: kept as the plan's data, not reported.
  if (isNewerMinor((plan as { schemaVersion?: unknown }).schemaVersion)) errors = errors.filter((error) => error.code !== 'unknown-field');
  return { valid: errors.length === 0, errors };
}

/**
 * Wraps a validator made by `isp-schemas compile` (a local authority's variant) so that it
 * reports `PlanError`s like the built-in ones: `createPlanValidator(validate, schema)` with
 * the `validate` and `schema` that the compiled module exports.
 */
export function createPlanValidator(
  validator: CompiledValidator,
  schema: JsonSchemaObject,
): (plan: unknown, options?: ValidateOptions) => ValidationResult {
  const related = [commonSchema, ...Object.values(templateSchemas)];
  return (plan, options) => runValidator(validator, schema, plan, options, related);
}
