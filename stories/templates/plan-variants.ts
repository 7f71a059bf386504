// States that no fixture file holds but every template must be seen in: a plan with 200
// SMART target rows, and a plan that was agreed and then amended. Pure functions over a
// fixture and its schema, so the catalogue derives them for any template, including new ones.
export type Schema = Record<string, unknown>;
export type Resolve = (node: unknown) => Schema | undefined;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSmartTargetRef(node: unknown): boolean {
  return isObject(node) && typeof node.$ref === 'string' && /\/smartTarget$/.test(node.$ref);
}

/**
 * The JSON pointer of the first array of SMART target rows in reading order, e.g. `/targets`
 * or `/cycles/0/targets` (through the first row of an outer array), or null if there is none.
 */
export function findTargetRows(schema: Schema | undefined, resolve: Resolve, pointer = '', depth = 0): string | null {
  if (!schema || depth > 6) return null;
  if (isSmartTargetRef(schema.items)) return pointer;
  const items = schema.items === undefined ? undefined : resolve(schema.items);
  if (items) {
    const found = findTargetRows(items, resolve, `${pointer}/0`, depth + 1);
    if (found !== null) return found;
  }
  const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  for (const [key, child] of properties) {
    const found = findTargetRows(resolve(child), resolve, `${pointer}/${escapeKey(key)}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function keysOf(pointer: string): string[] {
  return pointer.split('/').slice(1).map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function at(document: unknown, pointer: string): unknown {
  return keysOf(pointer).reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Json)[key] : undefined), document);
}

/** A copy of `plan` whose target rows (found through `schema`) number exactly `count`. */
export function longPlan(plan: unknown, schema: Schema | undefined, resolve: Resolve, count: number): unknown {
  const pointer = findTargetRows(schema, resolve);
  if (pointer === null || !isObject(plan)) return plan;
  const copy = structuredClone(plan);
  const keys = keysOf(pointer);
  const last = keys.pop();
  let parent: unknown = copy;
  for (const key of keys) {
    const next = (parent as Json)[key];
    if (!isObject(next) && !Array.isArray(next)) return plan;
    parent = next;
  }
  if (last === undefined || !isObject(parent)) return plan;
  const existing = Array.isArray(parent[last]) ? (parent[last] as unknown[]) : [];
  const sample = isObject(existing[0]) ? existing[0] : { baseline: 'Child can', target: 'Child will', provision: '' };
  parent[last] = Array.from({ length: count }, (_, index) => {
    const row = structuredClone(existing[index] ?? sample) as Json;
    row.id = `target-${String(index + 1).padStart(3, '0')}`;
    return row;
  });
  return copy;
}

const bookkeeping = new Set(['template', 'schemaVersion', 'status', 'followsReview', 'amendments']);

/** Where the amendment story changes text: the first target's wording, else the first text field. */
function amendablePath(plan: Json, schema: Schema | undefined, resolve: Resolve): string | null {
  const rows = findTargetRows(schema, resolve);
  if (rows !== null && typeof at(plan, `${rows}/0/target`) === 'string') return `${rows}/0/target`;
  const key = Object.keys(plan).find((name) => !bookkeeping.has(name) && !name.startsWith('x-') && typeof plan[name] === 'string');
  return key === undefined ? null : `/${escapeKey(key)}`;
}

/**
 * A copy of a complete plan as it looks after sign-off and one agreed change: status `agreed`,
 * the new wording in place and an amendment recording who changed what, when and why, with the
 * previous wording kept (seed 003: amendments shown apart from the original).
 */
export function signedAndAmendedPlan(plan: unknown, schema: Schema | undefined, resolve: Resolve): unknown {
  if (!isObject(plan)) return plan;
  const copy = structuredClone(plan);
  copy.status = 'agreed';
  const path = amendablePath(copy, schema, resolve);
  if (path === null) return copy;
  const previous = at(copy, path) as string;
  const value = `${previous} Agreed change: adults also use a visual timetable.`;
  const keys = keysOf(path);
  const last = keys.pop()!;
  (at(copy, keys.map((key) => `/${escapeKey(key)}`).join('')) as Json)[last] = value;
  const amendments = Array.isArray(copy.amendments) ? copy.amendments : [];
  copy.amendments = [...amendments, {
    id: `amendment-${amendments.length + 1}`,
    date: '2026-02-09',
    by: { name: 'Priya Shah', role: 'SENCO' },
    path,
    previous,
    value,
    reason: 'Agreed with parents at the half-termly review.',
  }];
  return copy;
}
