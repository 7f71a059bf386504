import { isIsoDate } from '../shared/iso-date.js';
import { isRecord } from '../shared/is-record.js';
import { nextId } from '../shared/next-id.js';
import { sameJson } from '../shared/same-json.js';
import { isArrayIndex, parsePointer } from './json-pointer.js';

export interface AmendmentInput {
  /** JSON pointer of the field to change, e.g. "/targets/0/target". */
  path: string;
  /** The new value; `undefined` removes the field (not allowed for list items). */
  value: unknown;
  /** Who made the change: a schema `contributor` (`{ name, role }`). */
  by: { name: string; role?: string } & Record<string, unknown>;
  /** Why it changed, in the words of the person amending. */
  reason?: string;
  /** ISO date of the amendment. */
  date: string;
}

type Json = Record<string, unknown> | unknown[];

/** Thrown for input recordAmendment cannot act on; `field` names which argument is wrong. */
export class AmendmentError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'AmendmentError';
    this.field = field;
  }
}


function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A copy of `container` with `key` set to `child` (or removed when `child` is undefined). */
function withChild(container: Json, key: string, child: unknown): Json {
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[key === '-' ? copy.length : Number(key)] = child;
    return copy;
  }
  const copy = { ...container };
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}

/**
 * Records an edit made after a plan was agreed: returns a new plan with the field at `path` set
 * to `value` and an amendment (who, when, what, why, and the value before) appended to
 * `amendments`. The plan given is never changed, and the original wording survives in the
 * amendment's `previous`. An edit that changes nothing returns the same plan, unamended.
 * Throws `AmendmentError` naming the argument and the problem for input it cannot act on.
 */
export function recordAmendment<Plan extends Record<string, unknown>>(plan: Plan, input: AmendmentInput): Plan & { amendments?: unknown[] } {
  if (!isRecord(plan)) throw new AmendmentError('plan', `The plan must be an object, not ${kindOf(plan)}`);
  if (!isRecord(input)) throw new AmendmentError('input', 'The amendment must be an object with path, value, by and date');
  const { path, value, by, reason, date } = input;
  const tokens = parsePointer(path);
  if (!tokens || tokens.length === 0 || tokens.some((token) => token === '')) {
    throw new AmendmentError('path', `path must be a JSON pointer to one field, such as "/targets/0/target", not ${JSON.stringify(path)}`);
  }
  if (tokens[0] === 'amendments' || tokens[0] === 'template' || tokens[0] === 'schemaVersion') {
    throw new AmendmentError('path', `path ${path} cannot be amended: it is part of the plan's own record keeping`);
  }
  if (!isIsoDate(date)) throw new AmendmentError('date', `date must be a real date written YYYY-MM-DD, not ${JSON.stringify(date)}`);
  if (!isRecord(by) || typeof by.name !== 'string' || by.name.trim() === '') {
    throw new AmendmentError('by', 'by must say who made the change: an object with a name, such as { "name": "A Patel", "role": "SENCO" }');
  }
  if (reason !== undefined && typeof reason !== 'string') throw new AmendmentError('reason', 'reason must be text');
  const amendments = plan.amendments ?? [];
  if (!Array.isArray(amendments)) throw new AmendmentError('plan', `The plan's amendments must be a list, not ${kindOf(amendments)}`);

  // Walk down, remembering each container so the copies can be rebuilt on the way back up.
  const containers: Json[] = [plan];
  for (let depth = 0; depth < tokens.length; depth += 1) {
    const container = containers[depth]!;
    const token = tokens[depth]!;
    const where = `/${tokens.slice(0, depth + 1).join('/')}`;
    const last = depth === tokens.length - 1;
    if (Array.isArray(container)) {
      const inRange = isArrayIndex(token) && Number(token) < container.length + (last ? 1 : 0);
      if (!(inRange || (last && token === '-'))) {
        throw new AmendmentError('path', `path ${path}: ${where} is not an item of the list (it has ${container.length})`);
      }
      if (last && value === undefined) {
        throw new AmendmentError('value', `path ${path}: a list item cannot be removed by an amendment; amend the list itself`);
      }
    }
    if (last) break;
    const child = Array.isArray(container) ? container[Number(token)] : container[token];
    if (child === undefined) throw new AmendmentError('path', `path ${path}: ${where} does not exist`);
    if (!isRecord(child) && !Array.isArray(child)) {
      throw new AmendmentError('path', `path ${path}: ${where} is ${kindOf(child)}, so it has no fields to amend`);
    }
    containers.push(child);
  }

  const leafKey = tokens.at(-1)!;
  const leafContainer = containers.at(-1)!;
  const existed = Array.isArray(leafContainer)
    ? leafKey !== '-' && Number(leafKey) < leafContainer.length
    : Object.hasOwn(leafContainer, leafKey);
  const previous = existed ? (Array.isArray(leafContainer) ? leafContainer[Number(leafKey)] : leafContainer[leafKey]) : undefined;
  if (existed ? sameJson(previous, value) : value === undefined) return plan as Plan & { amendments?: unknown[] };

  let rebuilt: unknown = value;
  for (let depth = tokens.length - 1; depth >= 0; depth -= 1) {
    rebuilt = withChild(containers[depth]!, tokens[depth]!, rebuilt);
  }
  const amendment: Record<string, unknown> = {
    id: nextId('amendment', amendments.map((item) => (isRecord(item) ? item.id : undefined))),
    date,
    by: structuredClone(by),
    path,
  };
  // Copies, so later edits of the plan can never rewrite history.
  if (existed) amendment.previous = structuredClone(previous);
  if (value !== undefined) amendment.value = structuredClone(value);
  if (reason !== undefined && reason.trim() !== '') amendment.reason = reason;
  return { ...(rebuilt as Plan), amendments: [...amendments, amendment] };
}
