// Walks a plan alongside its template's JSON Schema, so tests can find every free-text
// field (a string the person types) as the renderer sees it. Only what the schemas of this
// family use is followed: `$ref` into the same document or the common schema, `properties`
// and `items`.
import { commonSchema, schemas, type TemplateId } from '@isp-kit/schemas';

type Node = Record<string, unknown>;

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const documentsById = new Map<string, Node>();
for (const document of [commonSchema, ...Object.values(schemas)] as unknown[]) {
  if (isObject(document) && typeof document['$id'] === 'string') documentsById.set(document['$id'], document);
}

function resolvePointer(document: Node, fragment: string): Node | undefined {
  let node: unknown = document;
  for (const token of fragment.replace(/^\//, '').split('/').filter(Boolean)) {
    node = isObject(node) ? node[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return isObject(node) ? node : undefined;
}

interface Located {
  node: Node;
  document: Node;
}

/** Follows `$ref`s until a node without one, relative to the document it is written in. */
function resolve(node: Node, document: Node): Located {
  let current = { node, document };
  for (let hops = 0; typeof current.node['$ref'] === 'string' && hops < 20; hops += 1) {
    const ref = current.node['$ref'];
    const [address = '', fragment = ''] = ref.split('#');
    let target = current.document;
    if (address !== '') {
      const base = typeof current.document['$id'] === 'string' ? current.document['$id'] : 'https://isp-kit.org/';
      target = documentsById.get(new URL(address, base).href) ?? target;
    }
    const found = resolvePointer(target, fragment);
    if (!found) break;
    current = { node: found, document: target };
  }
  return current;
}

/** Strings that point at another record (a target, a review, a field): ids, not prose. */
const referenceNames = new Set(['id', 'targetId', 'followsReview', 'path']);

/**
 * A string the person types as free text: no enum, const, format or pattern, not read-only,
 * and not a reference to another record.
 */
function isFreeText(name: string | number | undefined, node: Node): boolean {
  return (
    !(typeof name === 'string' && referenceNames.has(name)) &&
    node['type'] === 'string' &&
    !('enum' in node) &&
    !('const' in node) &&
    !('format' in node) &&
    !('pattern' in node) &&
    node['readOnly'] !== true
  );
}

export interface StringField {
  /** JSON pointer of the string in the plan. */
  readonly pointer: string;
  /** The path as keys, to set it again. */
  readonly path: readonly (string | number)[];
  /** True when the schema says it is free text (shown to people as typed). */
  readonly freeText: boolean;
}

function pointerOf(path: readonly (string | number)[]): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Every string leaf of `plan`, each marked free text or not by the template's schema. */
export function stringFields(template: TemplateId, plan: unknown): StringField[] {
  const found: StringField[] = [];
  const root = schemas[template] as unknown as Node;
  const visit = (value: unknown, located: Located | undefined, path: (string | number)[]): void => {
    const node = located ? resolve(located.node, located.document) : undefined;
    if (typeof value === 'string') {
      found.push({ pointer: pointerOf(path), path: [...path], freeText: node !== undefined && isFreeText(path.at(-1), node.node) });
    } else if (Array.isArray(value)) {
      const items = node && isObject(node.node['items']) ? { node: node.node['items'], document: node.document } : undefined;
      value.forEach((item, index) => visit(item, items, [...path, index]));
    } else if (isObject(value)) {
      const properties = node && isObject(node.node['properties']) ? node.node['properties'] : {};
      for (const [key, child] of Object.entries(value)) {
        const childNode = properties[key];
        visit(child, node && isObject(childNode) ? { node: childNode, document: node.document } : undefined, [...path, key]);
      }
    }
  };
  visit(plan, { node: root, document: root }, []);
  return found;
}

/** A deep copy of `value` with the string at `path` replaced. */
export function withStringAt(value: unknown, path: readonly (string | number)[], text: string): unknown {
  if (path.length === 0) return text;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? withStringAt(item, rest, text) : item));
  if (isObject(value)) return { ...value, [head]: withStringAt(value[head as string], rest, text) };
  return value;
}
