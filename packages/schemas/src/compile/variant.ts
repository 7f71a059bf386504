import { isSchemaObject, type JsonSchemaObject } from '../json-schema.js';
import { mapSchemas } from '../schema-traversal.js';
import { buildStandaloneModule } from './standalone-module.js';

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
 * or a `$ref` inside its root `allOf`). Plain JSON Schema cannot loosen a template that
 * forbids unknown fields, so a variant is read as an overlay instead:
 * - root `properties` and `$defs` are merged by name, the variant winning;
 * - root `required` is added to the template's;
 * - a `$defs` entry named like one in common.schema.json (e.g. `graduatedResponseLevel`)
 *   replaces that shared part wherever the template uses it;
 * - any other root keyword replaces the template's.
 * A schema that extends no template is compiled as it is, with the built-in schemas
 * available to its `$ref`s.
 */
export function resolveVariant(variant: JsonSchemaObject, sources: VariantSources): ResolvedVariant {
  const id = variant.$id;
  if (typeof id !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(id)) {
    throw new Error('The variant needs an absolute "$id", e.g. "https://schemas.example.gov.uk/ipm.schema.json"');
  }
  const base = findBase(variant, id, sources.templates);
  if (!base) return { schema: variant, schemas: [sources.common, ...sources.templates, variant] };

  const variantDefs = isSchemaObject(variant.$defs) ? variant.$defs : {};
  const commonDefs = isSchemaObject(sources.common.$defs) ? sources.common.$defs : {};
  const replacedCommonDefs = Object.fromEntries(
    Object.entries(variantDefs)
      .filter(([name]) => Object.hasOwn(commonDefs, name))
      .map(([name, def]) => [name, absoluteRefs(def, id, { local: true })]),
  );
  const common = { ...sources.common, $defs: { ...commonDefs, ...replacedCommonDefs } };

  const { $ref: _ref, allOf, properties, required, $defs, ...rest } = variant;
  const baseCopy = absoluteRefs(base, String(base.$id)) as JsonSchemaObject;
  const remainingAllOf = Array.isArray(allOf) ? allOf.filter((entry) => !refersTo(entry, id, base)) : undefined;
  const schema: JsonSchemaObject = {
    ...baseCopy,
    ...rest,
    ...(remainingAllOf && remainingAllOf.length > 0 ? { allOf: remainingAllOf } : {}),
    properties: { ...asObject(baseCopy.properties), ...asObject(properties) },
    required: [...new Set([...asStrings(baseCopy.required), ...asStrings(required)])],
    $defs: { ...asObject(baseCopy.$defs), ...asObject($defs) },
  };
  return { schema, schemas: [common, ...sources.templates, schema] };
}

/** Compiles a variant into a standalone ES module exporting `validate` (also the default) and `schema`. */
export async function compileVariant(
  variant: JsonSchemaObject,
  sources: VariantSources,
  options: { readonly minify?: boolean } = {},
): Promise<string> {
  const { schema, schemas } = resolveVariant(variant, sources);
  return buildStandaloneModule({
    schemas,
    exports: { validate: String(schema.$id) },
    minify: options.minify ?? false,
    epilogue: `export default validate;\nexport const schema = ${JSON.stringify(schema)};\n`,
  });
}

function findBase(variant: JsonSchemaObject, id: string, templates: readonly JsonSchemaObject[]) {
  const candidates = [variant, ...(Array.isArray(variant.allOf) ? variant.allOf : [])];
  for (const candidate of candidates) {
    const base = templates.find((template) => refersTo(candidate, id, template));
    if (base) return base;
  }
  return undefined;
}

function refersTo(schema: unknown, baseUri: string, template: JsonSchemaObject): boolean {
  if (!isSchemaObject(schema) || typeof schema.$ref !== 'string') return false;
  try {
    return new URL(schema.$ref, baseUri).href === template.$id;
  } catch {
    return false;
  }
}

// Moving a schema under another `$id` must not change what its `$ref`s point at, so every
// reference to another document becomes absolute. `#...` references stay local: the
// overlay keeps the template's `$defs`, so a variant can replace them too. A shared part
// moved into common.schema.json (`local`) keeps pointing into the variant document.
function absoluteRefs(schema: unknown, baseUri: string, { local = false } = {}): unknown {
  return mapSchemas(schema, (node) => {
    const ref = node.$ref;
    if (typeof ref === 'string' && (local || !ref.startsWith('#'))) node.$ref = new URL(ref, baseUri).href;
    return node;
  });
}

function asObject(value: unknown): Record<string, unknown> {
  return isSchemaObject(value) ? { ...value } : {};
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
