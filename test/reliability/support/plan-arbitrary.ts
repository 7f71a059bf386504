// fast-check arbitraries for plans a vendor might send: a template's valid-complete fixture
// with its free text replaced by any text (any Unicode, control characters, XSS payloads),
// `x-` extension fields and unknown fields added to any object, and extra rows in any list.
import fc from 'fast-check';
import type { TemplateId } from '@isp-kit/schemas';
import { stringFields } from '../../security/support/schema-walk.js';
import { xssPayloads } from '../../security/support/xss-payloads.js';

type Path = (string | number)[];

function isObject(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Paths of every object (`objects`) and every non-empty list of objects (`lists`) in `value`. */
function containers(value: unknown, path: Path = [], found = { objects: [] as Path[], lists: [] as Path[] }) {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isObject)) found.lists.push(path);
    value.forEach((item, index) => containers(item, [...path, index], found));
  } else if (isObject(value)) {
    found.objects.push(path);
    for (const [key, child] of Object.entries(value)) containers(child, [...path, key], found);
  }
  return found;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key] : undefined), root);
}

/** Sets an own property even for names like `__proto__`, as JSON.parse would. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Any text a person or a system might put in a free-text field. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\t', '\n', '\r', '\u2028', '\u202e', '\ufeff', '"', '\\', '<', '&', ' '), maxLength: 12 }),
  fc.constantFrom(...xssPayloads),
);

/** Names a vendor's system might use for fields the schema does not know. */
const unknownName = fc.oneof(fc.constantFrom('vendorNote', 'legacyId', 'constructor', '__proto__', 'toString', ''), fc.string({ maxLength: 12 }));

/** A plan of `template` made from its valid-complete `fixture` (which is never changed). */
export function planArbitrary(template: TemplateId, fixture: unknown): fc.Arbitrary<Record<string, unknown>> {
  const free = stringFields(template, fixture).filter((field) => field.freeText);
  const { objects, lists } = containers(fixture);
  const anyIndex = (length: number) => fc.nat({ max: Math.max(0, length - 1) });
  return fc
    .record({
      texts: fc.array(fc.tuple(anyIndex(free.length), anyText), { maxLength: 8 }),
      extensions: fc.array(fc.tuple(anyIndex(objects.length), fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 3 })), { maxLength: 5 }),
      unknown: fc.array(fc.tuple(anyIndex(objects.length), unknownName, fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }),
      copies: fc.array(fc.tuple(anyIndex(lists.length), fc.nat()), { maxLength: 3 }),
    })
    .map(({ texts, extensions, unknown, copies }) => {
      const plan = structuredClone(fixture) as Record<string, unknown>;
      for (const [index, text] of texts) {
        const field = free[index];
        if (!field) continue;
        const parent = at(plan, field.path.slice(0, -1)) as Record<string | number, unknown>;
        parent[field.path.at(-1) as string | number] = text;
      }
      for (const [index, name, value] of extensions) define(at(plan, objects[index] ?? []) as Record<string, unknown>, `x-${name}`, value);
      for (const [index, name, value] of unknown) {
        const target = at(plan, objects[index] ?? []) as Record<string, unknown>;
        // The bookkeeping fields say which form to use; changing them is another test's subject.
        if (target === plan && ['template', 'schemaVersion'].includes(name)) continue;
        define(target, name, value);
      }
      for (const [index, row] of copies) {
        const list = lists[index] && (at(plan, lists[index]) as Record<string, unknown>[]);
        if (!list || list.length === 0) continue;
        const copy = structuredClone(list[row % list.length]) as Record<string, unknown>;
        if (typeof copy['id'] === 'string') copy['id'] = `${copy['id']}-copy-${list.length}`;
        list.push(copy);
      }
      return plan;
    });
}
