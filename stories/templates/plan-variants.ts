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
 * The JSON pointer of the first array of target rows in reading order, e.g. `/targets` or
 * `/cycles/0/targets` (through the first row of an outer array), or null if there is none:
 * SMART target rows, or a `targets` list of another shape (the record of intervention's
 * "Targets recorded").
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
    const resolved = resolve(child);
    if (key === 'targets' && resolved?.type === 'array') return `${pointer}/${escapeKey(key)}`;
    const found = findTargetRows(resolved, resolve, `${pointer}/${escapeKey(key)}`, depth + 1);
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
  // A SMART row's key is `id`; a record of intervention's is `targetId`. The rows the plan has
  // keep theirs, so its log entries, amendments and reviews still point at them.
  const idKey = 'id' in sample ? 'id' : Object.keys(sample).find((key) => /Id$/.test(key)) ?? 'id';
  parent[last] = Array.from({ length: count }, (_, index) => {
    const row = structuredClone(existing[index] ?? sample) as Json;
    if (index >= existing.length) row[idKey] = `target-${String(index + 1).padStart(3, '0')}`;
    return row;
  });
  return copy;
}

// Fields that identify or file the plan: nobody reads them as the plan's words.
const bookkeeping = new Set(['id', 'template', 'schemaVersion', 'status', 'followsReview', 'amendments']);

/** Text a person writes and reads: a plain string, not a code list, date, pattern or read-only id. */
function isFreeText(schema: Schema | undefined): boolean {
  return schema !== undefined && schema.type === 'string' && !schema.readOnly && !['enum', 'const', 'format', 'pattern'].some((key) => key in schema);
}

/** A sentence a person wrote (not a name, a setting or a code): what an agreed change is written to. */
function isProse(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 5 && /[.!?]["”’')]?$/.test(text.trim());
}

/** The first prose field of `value` in the schema's reading order, as a JSON pointer. */
function firstProse(value: unknown, schema: Schema | undefined, resolve: Resolve, pointer: string, depth: number): string | null {
  if (!schema || depth > 8) return null;
  if (typeof value === 'string') return isFreeText(schema) && isProse(value) ? pointer : null;
  if (Array.isArray(value)) {
    const items = schema.items === undefined ? undefined : resolve(schema.items);
    for (const [index, item] of value.entries()) {
      const found = firstProse(item, items, resolve, `${pointer}/${index}`, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isObject(value) || !isObject(schema.properties)) return null;
  for (const [key, child] of Object.entries(schema.properties)) {
    if (bookkeeping.has(key) || key.startsWith('x-') || !(key in value)) continue;
    const found = firstProse(value[key], resolve(child), resolve, `${pointer}/${escapeKey(key)}`, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Where the amendment story changes text: the first target's wording, else the first prose the plan holds. */
function amendablePath(plan: Json, schema: Schema | undefined, resolve: Resolve): string | null {
  const rows = findTargetRows(schema, resolve);
  if (rows !== null && typeof at(plan, `${rows}/0/target`) === 'string') return `${rows}/0/target`;
  return firstProse(plan, schema, resolve, '', 0);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Two weeks after the plan's last amendment (amendments are listed oldest first), else after its latest date. */
function amendmentDate(plan: Json): string {
  const amendments = Array.isArray(plan.amendments) ? plan.amendments : [];
  const dated = amendments.map((amendment) => (isObject(amendment) ? amendment.date : undefined)).filter((date): date is string => typeof date === 'string' && isoDate.test(date));
  const dates = dated.length > 0 ? dated : JSON.stringify(plan).match(/\d{4}-\d{2}-\d{2}(?=")/g) ?? [];
  const latest = dates.filter((date) => !Number.isNaN(Date.parse(date))).sort().at(-1) ?? '2026-09-01';
  const day = new Date(`${latest}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 14);
  return day.toISOString().slice(0, 10);
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
  const date = amendmentDate(copy);
  const previous = at(copy, path) as string;
  const value = `${previous} Agreed change: adults also use a visual timetable.`;
  const keys = keysOf(path);
  const last = keys.pop()!;
  (at(copy, keys.map((key) => `/${escapeKey(key)}`).join('')) as Json)[last] = value;
  const amendments = Array.isArray(copy.amendments) ? copy.amendments : [];
  copy.amendments = [...amendments, {
    id: `amendment-${amendments.length + 1}`,
    date,
    by: { name: 'Priya Shah', role: 'SENCO' },
    path,
    previous,
    value,
    reason: 'Agreed with parents at the half-termly review.',
  }];
  return copy;
}
