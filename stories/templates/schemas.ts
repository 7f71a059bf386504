// The template schemas, read straight from packages/schemas/schemas (the source of truth), and
// a resolver for the `$ref`s between a template and common.schema.json.
export type JsonSchema = Record<string, unknown>;

const files = import.meta.glob<JsonSchema>('../../packages/schemas/schemas/*.schema.json', { eager: true, import: 'default' });

function schemaFile(name: string): JsonSchema | undefined {
  return files[`../../packages/schemas/schemas/${name}.schema.json`];
}

/** The schema of a template id, or undefined when packages/schemas has none by that name. */
export function schemaFor(template: string): JsonSchema | undefined {
  return schemaFile(template);
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Follows `$ref`s (local `#/$defs/x` against `base`, `…common.schema.json#/$defs/x` against the
 * common schema) until a schema without one; gives up after a few hops so a cycle cannot hang.
 */
export function resolve(node: unknown, base: JsonSchema | undefined): JsonSchema | undefined {
  let current = node;
  for (let hop = 0; hop < 8 && isSchema(current) && typeof current.$ref === 'string'; hop += 1) {
    const [file, fragment = ''] = current.$ref.split('#');
    const root = file && file.endsWith('common.schema.json') ? schemaFile('common') : base;
    current = fragment.split('/').filter(Boolean).reduce<unknown>((at, key) => (isSchema(at) ? at[key] : undefined), root);
  }
  return isSchema(current) ? current : undefined;
}

/** The `$defs` name a schema node points at (`…#/$defs/smartTarget` → `smartTarget`). */
export function refName(node: unknown): string | undefined {
  return isSchema(node) && typeof node.$ref === 'string' ? node.$ref.split('/').pop() : undefined;
}

export function propertiesOf(node: JsonSchema | undefined): [string, unknown][] {
  return node && isSchema(node.properties) ? Object.entries(node.properties) : [];
}
