import { isSchemaObject, type JsonSchemaObject } from './json-schema.js';

// Which keywords hold subschemas, and in what shape. Knowing this is what lets us tell a
// keyword (`title` as an annotation) from data that looks like one (a property named
// `title` inside `properties`, or a value inside `enum`/`const`/`examples`).
export const schemaMapKeywords = ['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas'] as const;
export const schemaValueKeywords = [
  'items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains',
  'propertyNames', 'not', 'if', 'then', 'else',
] as const;
export const schemaArrayKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/**
 * Returns a copy of `schema` with `transform` applied to every schema object in it, deepest
 * first. `transform` receives a shallow copy whose subschemas are already transformed.
 */
export function mapSchemas(
  schema: unknown,
  transform: (node: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (!isSchemaObject(schema)) return schema;
  const copy: Record<string, unknown> = { ...schema };
  for (const keyword of schemaMapKeywords) {
    const map = copy[keyword];
    if (isSchemaObject(map)) {
      copy[keyword] = Object.fromEntries(
        Object.entries(map).map(([name, sub]) => [name, mapSchemas(sub, transform)]),
      );
    }
  }
  for (const keyword of schemaValueKeywords) {
    if (keyword in copy) copy[keyword] = mapSchemas(copy[keyword], transform);
  }
  for (const keyword of schemaArrayKeywords) {
    const list = copy[keyword];
    if (Array.isArray(list)) copy[keyword] = list.map((sub) => mapSchemas(sub, transform));
  }
  return transform(copy);
}

/** Calls `visit` on every schema object in `schema` (deepest first). */
export function forEachSchema(schema: unknown, visit: (node: JsonSchemaObject) => void): void {
  mapSchemas(schema, (node) => {
    visit(node);
    return node;
  });
}
