import { isPlainObject } from './plan-document.js';
import { parsePointer } from './json-pointer.js';

/** A JSON Schema object node (boolean schemas are turned into `{}` / `{ not: {} }` first). */
export type SchemaNode = Record<string, unknown>;

/** A schema node with its `$ref`s and `allOf`s folded in, ready to render. */
export interface ResolvedSchema {
  readonly node: SchemaNode;
  /** Absolute URI of the document the node lives in, for resolving its own relative `$ref`s. */
  readonly base: string;
  /** Name of the `$defs` entry the node was reached through (`smartTarget`, `date`…), if any. */
  readonly defName?: string;
  /** Why its `$ref` cannot be followed (it points at nothing, or only back to itself), if so. */
  readonly problem?: string;
}

/** Base URI for a schema without `$id`, chosen so `common.schema.json#…` refs still resolve. */
const anonymousBase = 'https://isp-kit.org/schemas/v1/anonymous.schema.json';
/** Guards against `$ref` cycles and absurdly deep `allOf` chains in hostile schemas. */
const maxRefDepth = 32;

/**
 * Resolves `$ref` (local `#/$defs/…`, relative `common.schema.json#/$defs/…` and absolute
 * `$id` URIs) and merges `allOf` for rendering. Resolution is memoised per node, so rendering
 * 1,000 rows resolves each distinct subschema once.
 */
export class SchemaResolver {
  readonly rootBase: string;
  private readonly documents = new Map<string, SchemaNode>();
  private readonly cache = new Map<string, WeakMap<SchemaNode, ResolvedSchema>>();

  constructor(root: SchemaNode, knownDocuments: readonly unknown[] = []) {
    for (const document of knownDocuments) this.register(document);
    this.rootBase = this.register(root) ?? anonymousBase;
    if (!this.documents.has(this.rootBase)) this.documents.set(this.rootBase, root);
  }

  /** The root schema, resolved. */
  root(): ResolvedSchema {
    return this.resolve(this.documents.get(this.rootBase) ?? {}, this.rootBase);
  }

  /** The node with every `$ref` and `allOf` folded in; sibling keywords win over the target. */
  resolve(raw: unknown, base: string, depth = 0): ResolvedSchema {
    const node = asSchemaNode(raw);
    let perBase = this.cache.get(base);
    if (!perBase) this.cache.set(base, (perBase = new WeakMap()));
    const cached = perBase.get(node);
    if (cached) return cached;
    const resolved = this.fold(node, base, depth);
    perBase.set(node, resolved);
    return resolved;
  }

  private fold(node: SchemaNode, base: string, depth: number): ResolvedSchema {
    if (depth > maxRefDepth) return { node: {}, base, problem: 'its "$ref" leads only back to itself' };
    let merged: SchemaNode = node;
    let mergedBase = base;
    let defName: string | undefined;
    let problem: string | undefined;

    if (typeof node['$ref'] === 'string') {
      const target = this.lookup(node['$ref'], base);
      if (target) {
        const inner = this.resolve(target.node, target.base, depth + 1);
        const { $ref: _ref, ...siblings } = node;
        merged = { ...inner.node, ...siblings };
        mergedBase = inner.base;
        defName = target.defName ?? inner.defName;
        problem = inner.problem;
      } else {
        problem = `"$ref" ${JSON.stringify(node['$ref'])} points at nothing`;
      }
    }

    // A nullable value as generators write it (pydantic's `Optional`, OpenAPI 3.1): `anyOf` or
    // `oneOf` of one schema and `{ type: 'null' }` is that schema, with null among its types, so
    // it is drawn as a field to fill in rather than a value to show.
    const branches = merged['anyOf'] ?? merged['oneOf'];
    const some = Array.isArray(branches) && branches.length === 2 ? branches.filter((branch) => !isPlainObject(branch) || branch['type'] !== 'null') : [];
    if (some.length === 1) {
      const inner = this.resolve(some[0], mergedBase, depth + 1);
      const { anyOf: _anyOf, oneOf: _oneOf, ...own } = merged;
      merged = { ...inner.node, ...own, type: [inner.node['type'] ?? [], 'null'].flat() };
      mergedBase = inner.base;
      defName ??= inner.defName;
      problem ??= inner.problem;
    }

    if (Array.isArray(merged['allOf'])) {
      let combined: SchemaNode = {};
      for (const part of merged['allOf']) {
        const inner = this.resolve(part, mergedBase, depth + 1);
        combined = mergeForRendering(combined, inner.node);
        defName ??= inner.defName;
        problem ??= inner.problem;
      }
      const { allOf: _allOf, ...own } = merged;
      merged = mergeForRendering(combined, own);
    }
    return { node: merged, base: mergedBase, ...(defName === undefined ? {} : { defName }), ...(problem === undefined ? {} : { problem }) };
  }

  private lookup(ref: string, base: string): { node: SchemaNode; base: string; defName?: string } | undefined {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return undefined;
    }
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const documentUri = url.href;
    const document = this.documents.get(documentUri);
    if (!document) return undefined;
    const segments = parsePointer(fragment);
    let current: unknown = document;
    for (const segment of segments) {
      current = isPlainObject(current) ? current[segment] : Array.isArray(current) ? current[Number(segment)] : undefined;
    }
    if (current === undefined) return undefined;
    const defName = segments.length === 2 && (segments[0] === '$defs' || segments[0] === 'definitions') ? segments[1] : undefined;
    const found = { node: asSchemaNode(current), base: documentUri };
    return defName === undefined ? found : { ...found, defName };
  }

  private register(document: unknown): string | undefined {
    if (!isPlainObject(document)) return undefined;
    const id = typeof document['$id'] === 'string' ? document['$id'] : undefined;
    if (id === undefined) return undefined;
    try {
      const uri = new URL(id, anonymousBase);
      uri.hash = '';
      this.documents.set(uri.href, document);
      return uri.href;
    } catch {
      return undefined;
    }
  }
}

function asSchemaNode(raw: unknown): SchemaNode {
  if (isPlainObject(raw)) return raw;
  if (raw === false) return { not: {} };
  return {};
}

/**
 * Folds `extra` over `base` the way a form needs: properties are merged per name (so a variant
 * can add fields or override one), `required` is the union, any other keyword of `extra` wins.
 */
function mergeForRendering(base: SchemaNode, extra: SchemaNode): SchemaNode {
  const merged: SchemaNode = { ...base, ...extra };
  if (isPlainObject(base['properties']) || isPlainObject(extra['properties'])) {
    const properties: Record<string, unknown> = { ...(isPlainObject(base['properties']) ? base['properties'] : {}) };
    for (const [name, schema] of Object.entries(isPlainObject(extra['properties']) ? extra['properties'] : {})) {
      const previous = properties[name];
      properties[name] = isPlainObject(previous) && isPlainObject(schema) ? { ...previous, ...schema } : schema;
    }
    merged['properties'] = properties;
  }
  if (Array.isArray(base['required']) || Array.isArray(extra['required'])) {
    const required = [...(Array.isArray(base['required']) ? base['required'] : []), ...(Array.isArray(extra['required']) ? extra['required'] : [])];
    merged['required'] = [...new Set(required)];
  }
  return merged;
}
