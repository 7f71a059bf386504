/**
 * Finds where a template keeps the fields the rules need (date of plan, review date,
 * parent/carer views, signatures, SMART targets, reviews) by walking its JSON Schema, so
 * the rules follow the schemas instead of a hand-kept list of paths per template.
 * Paths are JSON pointers with `*` for "every item of this array".
 */
export type PlanFields = {
  dateOfPlan: string[];
  reviewDate: string[];
  parentViews: string[];
  signatures: string[];
  targets: string[];
  reviews: string[];
  /** Lists of APDR cycles (school ISP), each with `plan`, `review` … */
  apdrCycles: string[];
  /** Objects holding the school census SEN data (`senProvision`, `primaryNeed`, `secondaryNeed`). */
  senData: string[];
};

type SchemaNode = Record<string, unknown>;

const MAX_DEPTH = 12;

// Walking a schema costs far more than reading a plan: once per schema object, however many
// plans a command reads or a form draws.
const fieldsBySchema = new WeakMap<object, PlanFields>();

/** Where the fields are in `schema`: the same object for the same schema, to read, not change. */
export function planFieldsOf(schema: unknown): PlanFields {
  const known = isNode(schema) ? fieldsBySchema.get(schema) : undefined;
  if (known) return known;
  const fields: PlanFields = {
    dateOfPlan: [],
    reviewDate: [],
    parentViews: [],
    signatures: [],
    targets: [],
    reviews: [],
    apdrCycles: [],
    senData: [],
  };
  const localDefs = isNode(schema) && isNode(schema['$defs']) ? (schema['$defs'] as SchemaNode) : {};
  const visit = (node: unknown, pointer: string, key: string, depth: number): void => {
    if (!isNode(node) || depth > MAX_DEPTH) return;
    const ref = typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
    const shared = ref?.match(/common\.schema\.json#\/\$defs\/(\w+)$/)?.[1];
    if (shared === 'signature') fields.signatures.push(pointer);
    else if (shared === 'smartTarget') fields.targets.push(pointer);
    else if (shared === 'review') fields.reviews.push(pointer);
    else if (shared === 'senProvision') fields.senData.push(pointer.slice(0, pointer.lastIndexOf('/')));
    if (/^(dateOfPlan|startDate)$/.test(key)) fields.dateOfPlan.push(pointer);
    else if (/^reviewDates?$/.test(key)) fields.reviewDate.push(node['type'] === 'array' ? `${pointer}/*` : pointer);
    else if (/^parent(Carer)?Views?$/i.test(key)) fields.parentViews.push(pointer);
    else if (key === 'apdrCycles') fields.apdrCycles.push(pointer);
    if (shared) return;
    const local = ref?.match(/^#\/\$defs\/(\w+)$/)?.[1];
    if (local) visit(localDefs[local], pointer, key, depth + 1);
    if (isNode(node['properties'])) {
      for (const [name, child] of Object.entries(node['properties'] as SchemaNode)) {
        visit(child, `${pointer}/${name}`, name, depth + 1);
      }
    }
    if (node['type'] === 'array' || 'items' in node) visit(node['items'], `${pointer}/*`, '*', depth + 1);
  };
  visit(schema, '', '', 0);
  if (isNode(schema)) fieldsBySchema.set(schema, fields);
  return fields;
}

/** Every value at a pointer pattern, with its concrete pointer (`/targets/*` → `/targets/0`, …). */
export function valuesAt(document: unknown, pattern: string): { pointer: string; value: unknown }[] {
  const parts = pattern.split('/').slice(1);
  let found: { pointer: string; value: unknown }[] = [{ pointer: '', value: document }];
  for (const part of parts) {
    const next: { pointer: string; value: unknown }[] = [];
    for (const { pointer, value } of found) {
      if (part === '*') {
        if (Array.isArray(value)) value.forEach((item, index) => next.push({ pointer: `${pointer}/${index}`, value: item }));
      } else if (isNode(value) && Object.prototype.hasOwnProperty.call(value, part)) {
        next.push({ pointer: `${pointer}/${part}`, value: value[part] });
      }
    }
    found = next;
  }
  return found;
}

/**
 * Like {@link valuesAt}, but for a field that may be missing: one slot per containing
 * object that exists (`/cycles/STAR/notes` gives `/cycles/0/notes`, `/cycles/1/notes` …),
 * with `value` undefined when the field is absent. A path without an inner STAR (`*`)
 * always has exactly one slot.
 */
export function slotsAt(document: unknown, pattern: string): { pointer: string; value: unknown }[] {
  const inner = pattern.lastIndexOf('/*/');
  if (inner === -1) return [{ pointer: pattern, value: valuesAt(document, pattern)[0]?.value }];
  const rest = pattern.slice(inner + 2);
  return valuesAt(document, pattern.slice(0, inner + 2)).map(({ pointer, value }) => ({
    pointer: `${pointer}${rest}`,
    value: valuesAt(value, rest)[0]?.value,
  }));
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
