import { isSchemaObject, type JsonSchemaObject } from './json-schema.js';
import type { LocatedSchema, SchemaRegistry } from './schema-registry.js';

/** The schemas that apply at one place in a document, the most specific first. */
export type SchemasAt = readonly JsonSchemaObject[];

// Deep enough for any real plan; stops a $ref cycle from looping for ever.
const maxExpansions = 64;

/**
 * Every schema object that applies to the instance at `segments` (unescaped JSON-pointer
 * tokens), following `$ref`s across documents and `allOf`/`anyOf`/`oneOf`/`then`/`else`.
 * The schema written at the field itself comes first, so its `title` wins over the title
 * of the shared definition it refers to.
 */
export function schemasAt(registry: SchemaRegistry, root: LocatedSchema, segments: readonly string[]): SchemasAt {
  let here = expand(registry, [root]);
  for (const segment of segments) {
    here = expand(registry, here.flatMap((located) => children(located, segment)));
    if (here.length === 0) break;
  }
  return here.map(({ schema }) => schema).filter(isSchemaObject);
}

/** Whether the schemas describe a list, so that the next token is a row number. */
export function isListSchema(schemas: SchemasAt): boolean {
  return schemas.some((schema) => schema.type === 'array' || 'items' in schema || 'prefixItems' in schema);
}

function children({ schema, base }: LocatedSchema, segment: string): LocatedSchema[] {
  if (!isSchemaObject(schema)) return [];
  const found: LocatedSchema[] = [];
  const at = (sub: unknown) => {
    if (typeof sub === 'boolean' || isSchemaObject(sub)) found.push({ schema: sub, base });
  };
  const properties = schema.properties;
  if (isSchemaObject(properties) && Object.hasOwn(properties, segment)) at(properties[segment]);
  const patterns = schema.patternProperties;
  if (isSchemaObject(patterns)) {
    for (const [pattern, sub] of Object.entries(patterns)) {
      if (safeTest(pattern, segment)) at(sub);
    }
  }
  if (/^(0|[1-9][0-9]*)$/.test(segment)) {
    const index = Number(segment);
    const prefix = schema.prefixItems;
    if (Array.isArray(prefix) && index < prefix.length) at(prefix[index]);
    else at(schema.items);
  }
  if (found.length === 0 && isSchemaObject(schema.additionalProperties)) at(schema.additionalProperties);
  return found;
}

function expand(registry: SchemaRegistry, start: readonly LocatedSchema[]): LocatedSchema[] {
  const result: LocatedSchema[] = [];
  const seen = new Set<unknown>();
  const queue = [...start];
  while (queue.length > 0 && result.length < maxExpansions) {
    const located = queue.shift() as LocatedSchema;
    const { schema } = located;
    if (!isSchemaObject(schema) || seen.has(schema)) continue;
    seen.add(schema);
    const base = typeof schema.$id === 'string' ? new URL(schema.$id, located.base).href : located.base;
    result.push({ schema, base });
    for (const keyword of ['$ref', '$dynamicRef'] as const) {
      const ref = schema[keyword];
      if (typeof ref === 'string') {
        const target = registry.resolve(ref, base);
        if (target) queue.push(target);
      }
    }
    for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = schema[keyword];
      if (Array.isArray(list)) for (const sub of list) queue.push({ schema: sub, base });
    }
    for (const keyword of ['then', 'else'] as const) {
      if (isSchemaObject(schema[keyword])) queue.push({ schema: schema[keyword], base });
    }
  }
  return result;
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(value);
  } catch {
    return false;
  }
}
