// Builds the TypeScript types for every template and the common `$defs` with
// json-schema-to-typescript. All schemas are merged into one document first, so each shared
// part (SmartTarget, Child, ...) is declared once and every template refers to the same type.
import { compile } from 'json-schema-to-typescript';

const commonId = 'https://isp-kit.org/schemas/v1/common.schema.json';
// Stands in for "any property whose name starts with x-" until the output is post-processed:
// json-schema-to-typescript can only write `[k: string]`, which would accept any property.
const vendorFieldMarker = 'IspKitVendorFieldMarker';

export const pascalCase = (name) =>
  name.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_, __, char) => char.toUpperCase());

// Type names that would shadow a global in any file importing them (`Date` above all).
const globalNames = new Set(['Date', 'Map', 'Set', 'Error', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Record', 'Partial', 'Event']);
const typeNameOf = (key) => {
  const name = pascalCase(key);
  if (name === 'Date') return 'IsoDate';
  return globalNames.has(name) ? `Plan${name}` : name;
};

/**
 * @param {{ common: object, templates: { id: string, schema: object }[], banner: string,
 *   mapSchemas: (schema: unknown, transform: (node: object) => object) => unknown }} input
 * @returns {Promise<string>} the TypeScript source
 */
export async function generateTypes({ common, templates, banner, mapSchemas }) {
  const names = new Map(); // "<document $id>#<pointer to a $def>" → type name
  const used = new Set();
  const claim = (key, preferred, fallback) => {
    const name = used.has(preferred) ? fallback : preferred;
    if (used.has(name)) throw new Error(`Two schemas would both be typed ${name}`);
    used.add(name);
    names.set(key, name);
    return name;
  };

  const defs = {};
  for (const [key, def] of Object.entries(common.$defs ?? {})) {
    defs[claim(`${commonId}#/$defs/${key}`, typeNameOf(key), `Common${pascalCase(key)}`)] = { doc: commonId, pointer: `/$defs/${key}`, schema: def };
  }
  for (const { id, schema } of templates) {
    const typeName = pascalCase(id);
    const { $defs: localDefs = {}, $id, $schema, ...root } = schema;
    defs[claim(`${$id}#`, typeName, typeName)] = { doc: $id, pointer: '', schema: root };
    for (const [key, def] of Object.entries(localDefs)) {
      defs[claim(`${$id}#/$defs/${key}`, typeNameOf(key), `${typeName}${pascalCase(key)}`)] = { doc: $id, pointer: `/$defs/${key}`, schema: def };
    }
  }

  // Point every $ref at the merged document's own $defs.
  const localRef = (ref, baseId) => {
    const url = new URL(ref, baseId);
    const pointer = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const doc = url.href;
    // The longest match wins: a template's own $defs before the template itself.
    let best;
    for (const [key, name] of names) {
      const [keyDoc, keyPointer] = key.split('#');
      if (keyDoc !== doc) continue;
      if (pointer === keyPointer || pointer.startsWith(`${keyPointer}/`)) {
        if (!best || keyPointer.length > best.keyPointer.length) best = { keyPointer, name };
      }
    }
    if (best) return `#/$defs/${best.name}${pointer.slice(best.keyPointer.length)}`;
    throw new Error(`Cannot type the $ref ${ref} in ${baseId}: it points outside the ISP Kit schemas`);
  };

  const merged = {};
  for (const [name, { doc, schema }] of Object.entries(defs)) {
    merged[name] = mapSchemas(schema, (node) => prepare(node, doc, localRef));
    // The named roots keep a title (the type name); inner titles were moved into comments.
    merged[name] = { ...merged[name], title: name };
  }
  const plan = {
    title: 'Plan',
    description: 'A support plan of any template.',
    $defs: merged,
    // No template yet (a fresh checkout part-way through): a plan cannot exist.
    ...(templates.length > 0
      ? { anyOf: templates.map(({ id }) => ({ $ref: `#/$defs/${pascalCase(id)}` })) }
      : { tsType: 'never' }),
  };

  const source = await compile(plan, 'Plan', {
    bannerComment: banner,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    unknownAny: true,
    additionalProperties: false,
    format: true,
    $refOptions: { resolve: { external: false } },
  });
  const withVendorFields = source.replaceAll(`[k: string]: ${vendorFieldMarker};`, '[k: `x-${string}`]: unknown;');
  if (withVendorFields.includes(vendorFieldMarker)) {
    throw new Error('A vendor-field index signature was not rewritten; check the generated types.');
  }
  return withVendorFields;
}

// Shapes one schema node for json-schema-to-typescript.
function prepare(node, doc, localRef) {
  const copy = { ...node };
  // A title would make json-schema-to-typescript declare a separately named type for every
  // field ("ChildSName"); keep the wording as documentation instead.
  const docs = [copy.title, copy.description].filter((text) => typeof text === 'string' && text);
  delete copy.title;
  if (docs.length > 0) copy.description = docs.join('\n\n');
  for (const keyword of ['guidance', 'seed', 'widget', 'enumTitles', 'examples']) delete copy[keyword];
  if (typeof copy.$ref === 'string') {
    copy.$ref = localRef(copy.$ref, doc);
    // A $ref with a sibling comment would be copied into a new type (Child1, Child2, ...);
    // alone, every use of a shared part is the same named type.
    delete copy.description;
  }

  // `{}` (any JSON value, e.g. an amendment's value before) would otherwise become an object.
  if (Object.keys(copy).every((keyword) => keyword === 'description' || keyword === 'default')) copy.tsType = 'unknown';

  const patterns = copy.patternProperties;
  if (patterns && typeof patterns === 'object' && Object.keys(patterns).length === 1 && '^x-' in patterns) {
    delete copy.patternProperties;
    if (copy.additionalProperties === false || copy.additionalProperties === undefined) {
      copy.additionalProperties = { tsType: vendorFieldMarker };
    }
  }
  return copy;
}
