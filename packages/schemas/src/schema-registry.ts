import { isSchemaObject, type JsonSchema, type JsonSchemaObject } from './json-schema.js';
import { forEachSchema } from './schema-traversal.js';

/** A schema together with the base URI its relative `$ref`s resolve against. */
export interface LocatedSchema {
  readonly schema: JsonSchema;
  readonly base: string;
}

/** Schemas by `$id`, to follow `$ref`s across documents (a template into common.schema.json). */
export class SchemaRegistry {
  readonly #documents = new Map<string, JsonSchemaObject>();

  constructor(schemas: Iterable<JsonSchemaObject>) {
    for (const schema of schemas) {
      if (typeof schema.$id === 'string') this.#documents.set(withoutFragment(schema.$id), schema);
    }
  }

  /** The schema a `$ref` points at, or undefined when it cannot be found. */
  resolve(ref: string, base: string): LocatedSchema | undefined {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return undefined;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    const documentId = withoutFragment(url.href);
    const document = this.#documents.get(documentId);
    if (!document) return undefined;
    const schema = fragment.startsWith('/') || fragment === ''
      ? followPointer(document, fragment)
      : findAnchor(document, fragment);
    return schema === undefined ? undefined : { schema, base: documentId };
  }
}

function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}

function followPointer(document: JsonSchemaObject, pointer: string): JsonSchema | undefined {
  let node: unknown = document;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isSchemaObject(node)) node = node[key];
    else return undefined;
  }
  return typeof node === 'boolean' || isSchemaObject(node) ? node : undefined;
}

function findAnchor(document: JsonSchemaObject, anchor: string): JsonSchemaObject | undefined {
  let found: JsonSchemaObject | undefined;
  forEachSchema(document, (node) => {
    if (node.$anchor === anchor || node.$dynamicAnchor === anchor) found ??= node;
  });
  return found;
}
