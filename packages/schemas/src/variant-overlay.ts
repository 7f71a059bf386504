import { describeValue } from './describe-value.js';
import { isSchemaObject, type JsonSchemaObject } from './json-schema.js';

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
export function overlayVariant(variant: JsonSchemaObject, id: string, { common, templates }: VariantSources): ResolvedVariant | undefined {
  const base = [variant, ...(Array.isArray(variant.allOf) ? variant.allOf : [])]
    .map((candidate) => templates.find((template) => refersTo(candidate, id, template)))
    .find((template) => template !== undefined);
  if (!base) return undefined;
  checkMergedKeywords(variant, id);

  // A replaced shared part, and every shared part that uses one, becomes a definition of the
  // resolved schema itself, so the schema alone says what it means: the built-in common
  // schema stays as it is, and the variant's titles name its fields in errors.
  const commonId = String(common.$id);
  const commonDefs = asObject(common.$defs);
  const variantDefs = asObject(variant.$defs);
  const local = new Set(Object.keys(variantDefs).filter((name) => Object.hasOwn(commonDefs, name)));
  const localName = (ref: string, uri: string) => {
    const match = /^(.*)#\/\$defs\/([^/~%]+)$/.exec(absolute(ref, uri));
    return match?.[1] === commonId && local.has(match[2] as string) ? match[2] : undefined;
  };
  for (let size = -1; size !== local.size; ) {
    size = local.size;
    for (const [name, def] of Object.entries(commonDefs)) mapRefs(def, (ref) => (localName(ref, commonId) && local.add(name), ref));
  }
  // Moving a schema under another `$id` must not change what its `$ref`s point at: a
  // reference to another document becomes absolute, one into the template's own `$defs`
  // stays local (the overlay keeps them), as do the variant's own.
  const rebase = (schema: unknown, uri: string) =>
    mapRefs(schema, (ref) => {
      const name = localName(ref, uri);
      return name ? `#/$defs/${name}` : !ref.startsWith('#') || uri === commonId ? absolute(ref, uri) : ref;
    }) as JsonSchemaObject;

  // A root `$ref` that names the template is the overlay itself; any other one still applies.
  const { $ref: _ref, ...withoutRef } = variant;
  const { allOf, properties, required, $defs, ...rest } = rebase(refersTo(variant, id, base) ? withoutRef : variant, id);
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
  return { schema, schemas: [common, ...templates, schema] };
}

// The root keywords the overlay merges, each with the shape it must have: read as `{}` or
// `[]` otherwise, a variant's fields or required names would be dropped in silence.
const mergedKeywords: readonly (readonly [string, string, (value: unknown) => boolean])[] = [
  ['properties', 'an object of field schemas', isSchemaObject],
  ['$defs', 'an object of schemas', isSchemaObject],
  ['allOf', 'a list of schemas', Array.isArray],
  ['required', 'a list of field names', Array.isArray],
];

/** Throws, naming the keyword and where, when a merged root keyword of the variant has the wrong shape. */
function checkMergedKeywords(variant: JsonSchemaObject, id: string): void {
  const refuse = (keyword: string, path: string, shape: string, value: unknown): never => {
    throw new Error(`The variant's "${keyword}" at ${id}#/${path} must be ${shape}, not ${describeValue(value)}`);
  };
  for (const [keyword, shape, isShape] of mergedKeywords) {
    const value = variant[keyword];
    if (value !== undefined && !isShape(value)) refuse(keyword, keyword, shape, value);
  }
  const names = asArray(variant.required);
  const index = names.findIndex((name) => typeof name !== 'string');
  if (index >= 0) refuse('required', `required/${index}`, 'a field name', names[index]);
}

/** A copy of `schema` with every `$ref` replaced by `replace(ref)`; values (`enum`, `const`…) are left alone. */
function mapRefs(schema: unknown, replace: (ref: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => mapRefs(item, replace));
  if (!isSchemaObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? replace(value) : /^(enum|const|default|examples)$/.test(key) ? value : mapRefs(value, replace),
    ]),
  );
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

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function asStrings(value: unknown): string[] {
  return asArray(value).filter((item): item is string => typeof item === 'string');
}
