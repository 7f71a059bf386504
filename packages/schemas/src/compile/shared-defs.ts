import type { JsonSchemaObject } from '../json-schema.js';
import { isSchemaObject } from '../json-schema.js';
import { mapSchemas } from '../schema-traversal.js';

/**
 * ajv compiles a `$ref` once per schema that uses it: `common.schema.json#/$defs/date`
 * reached from eight templates became eight copies of the same function in the standalone
 * code. A schema registered under the `$ref`'s own absolute URI is found before that
 * per-template resolution and compiled once, so every template calls the same function.
 *
 * Returns, for each `$defs` entry of each schema, the key to register it under
 * (`<$id>#/$defs/<name>`) and a copy whose `$ref`s are made absolute (they are resolved
 * against the registered key, which is not the schema's own `$id`).
 */
export function sharedDefs(schemas: readonly JsonSchemaObject[]): { key: string; schema: JsonSchemaObject }[] {
  const shared: { key: string; schema: JsonSchemaObject }[] = [];
  for (const schema of schemas) {
    const base = schema.$id;
    const defs = schema.$defs;
    if (typeof base !== 'string' || !isSchemaObject(defs)) continue;
    for (const [name, def] of Object.entries(defs)) {
      if (!isSchemaObject(def) || '$id' in def || hasNestedId(def)) continue;
      shared.push({ key: `${base}#/$defs/${encodeToken(name)}`, schema: absoluteRefs(def, base) });
    }
  }
  return shared;
}

/** A copy of `schema` whose `$ref`s are resolved against `base`. */
function absoluteRefs(schema: JsonSchemaObject, base: string): JsonSchemaObject {
  return mapSchemas(schema, (node) => {
    if (typeof node.$ref === 'string') node.$ref = new URL(node.$ref, base).href;
    return node;
  }) as JsonSchemaObject;
}

/** A def with an `$id` (or `$anchor`, `$dynamicAnchor`) inside changes how refs resolve: left as it is. */
function hasNestedId(schema: JsonSchemaObject): boolean {
  let found = false;
  mapSchemas(schema, (node) => {
    if ('$id' in node || '$anchor' in node || '$dynamicAnchor' in node || '$dynamicRef' in node) found = true;
    return node;
  });
  return found;
}

/** JSON Pointer token, then URI fragment encoding, as ajv resolves `$ref` fragments. */
function encodeToken(name: string): string {
  return encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'));
}
