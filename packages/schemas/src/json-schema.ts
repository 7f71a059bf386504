/** A JSON Schema document or subschema (draft 2020-12): an object, or `true`/`false`. */
export type JsonSchema = boolean | JsonSchemaObject;

/** A JSON Schema object. Keywords are read defensively, so values are `unknown`. */
export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
}

export function isSchemaObject(value: unknown): value is JsonSchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
