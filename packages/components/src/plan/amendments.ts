import { isPlainObject, type PlanDocument } from './plan-document.js';
import { newRowId } from './new-row.js';
import { sameJson } from '../shared/same-json.js';

/** Statuses before agreement; from `agreed` on, edits are recorded as amendments (seed 003). */
const beforeAgreement = new Set([undefined, 'draft']);

/** True when edits to this plan must be recorded as amendments: it has been agreed. */
export function isAgreed(plan: unknown): boolean {
  return isPlainObject(plan) && !beforeAgreement.has(plan['status'] as string | undefined);
}

/** Today as `YYYY-MM-DD` in the person's own time zone (the day they would write by hand). */
export function localIsoDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface AmendmentDraft {
  readonly path: string;
  readonly previous: unknown;
  readonly value: unknown;
  readonly by: Record<string, unknown>;
  readonly date: string;
}

/** The schema's `amendment`: `previous`/`value` are left out when the field was absent. */
export function amendmentOf(draft: AmendmentDraft): Record<string, unknown> {
  const amendment: Record<string, unknown> = { id: newRowId(), date: draft.date, by: draft.by, path: draft.path };
  if (draft.previous !== undefined) amendment['previous'] = draft.previous;
  if (draft.value !== undefined) amendment['value'] = draft.value;
  return amendment;
}

export interface Change {
  readonly path: string;
  readonly previous: unknown;
  readonly value: unknown;
}

/**
 * What changed at `path`: for a list of rows a part hands back whole (an intervention log), one
 * change per row added, removed or edited, so an agreed record does not keep two copies of its
 * whole log for every session logged; anything else (a list of ticked choices too) is one change.
 */
export function changesAt(path: string, previous: unknown, value: unknown): Change[] {
  const rows = (list: unknown): list is unknown[] => Array.isArray(list) && list.every(isPlainObject);
  if (!rows(previous) || !rows(value)) return [{ path, previous, value }];
  if (previous.length === value.length) {
    return value.flatMap((row, index) => (sameJson(previous[index], row) ? [] : [{ path: `${path}/${index}`, previous: previous[index], value: row }]));
  }
  const kept = (row: unknown, list: unknown[], same: Set<unknown>) => same.has(row) || list.some((other) => sameJson(other, row));
  const before = new Set(previous);
  const after = new Set(value);
  return [
    ...previous.flatMap((row, index) => (kept(row, value, after) ? [] : [{ path: `${path}/${index}`, previous: row, value: undefined }])),
    ...value.flatMap((row, index) => (kept(row, previous, before) ? [] : [{ path: `${path}/${index}`, previous: undefined, value: row }])),
  ];
}


/**
 * A signature needs signing again when it is signed (typed name and date) and the plan was
 * amended after that date, or amended in this session and not signed again since.
 */
export function isSignatureStale(signature: unknown, plan: PlanDocument, amendedThisSession: boolean): boolean {
  if (!isPlainObject(signature) || typeof signature['name'] !== 'string' || signature['name'].trim() === '' || typeof signature['date'] !== 'string') return false;
  if (amendedThisSession) return true;
  const signedOn = signature['date'];
  const amendments = Array.isArray(plan['amendments']) ? plan['amendments'] : [];
  return amendments.some((amendment) => isPlainObject(amendment) && typeof amendment['date'] === 'string' && amendment['date'] > signedOn);
}
