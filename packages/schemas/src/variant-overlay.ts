import { isSchemaObject, type JsonSchemaObject } from './json-schema.js';
import { forEachSchema, mapSchemas } from './schema-traversal.js';

export interface VariantSources {
  /** The built-in common schema (`common.schema.json`). */
  readonly common: JsonSchemaObject;
  /** The built-in template schemas. */
  readonly templates: readonly JsonSchemaObject[];
}

export interface ResolvedVariant {
  /** The variant as one schema: the base template with the variant laid over it. */
  readonly schema: JsonSchemaObject;
  /** Every schema the validator needs, the resolved variant included. */
  readonly schemas: readonly JsonSchemaObject[];
}

/**
 * Lays a local authority's variant over the template it extends (named by its root `$ref`,
 * or a `$ref` inside its root `allOf`), or gives undefined when it extends none. `id` is the
 * variant's absolute URI. Plain JSON Schema cannot loosen a template that forbids unknown
 * fields, so a variant is read as an overlay instead:
 * - root `properties` and `$defs` are merged by name, the variant winning;
 * - root `required` is added to the template's;
 * - a `$defs` entry named like one in common.schema.json (e.g. `graduatedResponseLevel`)
 *   replaces that shared part wherever the template uses it;
 * - any other root keyword replaces the template's.
 * The compiler (`isp-schemas compile`) and the interpreter both read a variant through this.
 */
export function overlayVariant(variant: JsonSchemaObject, id: string, sources: VariantSources): ResolvedVariant | undefined {
  const base = [variant, ...(Array.isArray(variant.allOf) ? variant.allOf : [])]
    .map((candidate) => sources.templates.find((template) => refersTo(candidate, id, template)))
    .find((template) => template !== undefined);
  if (!base) return undefined;

  // A replaced shared part, and every shared part that uses one, becomes a definition of the
  // resolved schema itself, so the schema alone says what it means: the built-in common
  // schema stays as it is, and the variant's titles name its fields in errors.
  const commonId = String(sources.common.$id);
  const commonDefs = asObject(sources.common.$defs);
  const variantDefs = asObject(variant.$defs);
  const local = new Set(Object.keys(variantDefs).filter((name) => Object.hasOwn(commonDefs, name)));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [name, def] of Object.entries(commonDefs)) {
      if (local.has(name) || !usesLocal(def, commonId)) continue;
      local.add(name);
      grown = true;
    }
  }
  function usesLocal(schema: unknown, uri: string): boolean {
    let uses = false;
    forEachSchema(schema, (node) => {
      if (local.has(commonDefName(node.$ref, uri) ?? '')) uses = true;
    });
    return uses;
  }
  // Moving a schema under another `$id` must not change what its `$ref`s point at: a
  // reference to another document becomes absolute, one into the template's own `$defs`
  // stays local (the overlay keeps them), as do the variant's own.
  const rebase = (schema: unknown, uri: string) =>
    mapSchemas(schema, (node) => {
      const ref = node.$ref;
      if (typeof ref !== 'string') return node;
      const name = commonDefName(ref, uri);
      if (name !== undefined && local.has(name)) node.$ref = `#/$defs/${name}`;
      else if (!ref.startsWith('#') || uri === commonId) node.$ref = absolute(ref, uri);
      return node;
    }) as JsonSchemaObject;
  function commonDefName(ref: unknown, uri: string): string | undefined {
    if (typeof ref !== 'string') return undefined;
    const match = /^(.*)#\/\$defs\/([^/]+)$/.exec(absolute(ref, uri));
    return match?.[1] === commonId ? decodeURIComponent(match[2] as string).replaceAll('~1', '/').replaceAll('~0', '~') : undefined;
  }

  const { $ref: _ref, ...own } = variant;
  const { allOf, properties, required, $defs, ...rest } = rebase(own, id);
  const template = rebase(base, String(base.$id));
  const remainingAllOf = Array.isArray(allOf) ? allOf.filter((entry) => !refersTo(entry, id, base)) : [];
  const copies = [...local].filter((name) => !Object.hasOwn(variantDefs, name)).map((name) => [name, rebase(commonDefs[name], commonId)]);
  const schema: JsonSchemaObject = {
    ...template,
    ...rest,
    $id: id,
    ...(remainingAllOf.length > 0 ? { allOf: remainingAllOf } : {}),
    properties: { ...asObject(template.properties), ...asObject(properties) },
    required: [...new Set([...asStrings(template.required), ...asStrings(required)])],
    $defs: { ...asObject(template.$defs), ...Object.fromEntries(copies), ...asObject($defs) },
  };
  return { schema, schemas: [sources.common, ...sources.templates, schema] };
}

function refersTo(schema: unknown, baseUri: string, template: JsonSchemaObject): boolean {
  return isSchemaObject(schema) && typeof schema.$ref === 'string' && absolute(schema.$ref, baseUri) === template.$id;
}

function absolute(ref: string, baseUri: string): string {
  try {
    return new URL(ref, baseUri).href;
  } catch {
    return ref;
  }
}

function asObject(value: unknown): Record<string, unknown> {
  return isSchemaObject(value) ? { ...value } : {};
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
