// A second, independent JSON Schema implementation, to check that the schemas mean the same
// in other people's tools as in ours (formats asserted, as ajv does).
import { registerSchema, setShouldValidateFormat, validate } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import { schemaFiles } from './fixtures.js';

let registered = false;

function registerAll(): void {
  if (registered) return;
  setShouldValidateFormat(true);
  for (const { schema } of schemaFiles()) registerSchema(structuredClone(schema) as never);
  registered = true;
}

const compiled = new Map<string, Promise<(instance: never) => { valid: boolean }>>();

/** Whether hyperjump finds `instance` valid against the schema with this `$id`. */
export async function hyperjumpValid(schemaId: string, instance: unknown): Promise<boolean> {
  registerAll();
  // Compiling once per schema keeps the property-based tests fast.
  if (!compiled.has(schemaId)) compiled.set(schemaId, validate(schemaId));
  const validator = await (compiled.get(schemaId) as Promise<(instance: never) => { valid: boolean }>);
  return validator(instance as never).valid;
}

/** Whether `schema` is valid against the draft 2020-12 meta-schema, according to hyperjump. */
export async function validAgainstMetaSchema(schema: unknown): Promise<boolean> {
  const output = await validate('https://json-schema.org/draft/2020-12/schema', schema as never);
  return output.valid;
}
