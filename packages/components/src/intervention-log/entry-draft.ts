import { isRecord, textOf } from '../shared/is-record.js';

/** The add/change form's fields, as typed. */
export interface EntryDraft {
  targetId: string;
  date: string;
  whoWhat: string;
  activity: string;
  staffing: string;
  comments: string;
  /** A tick box: what the entry held ("yes", say) until the box is changed, so saving keeps it. */
  achieved: unknown;
  absent: unknown;
}

export const textFields = ['whoWhat', 'activity', 'staffing', 'comments'] as const;

export function emptyDraft(targetId: string, date: string): EntryDraft {
  return { targetId, date, whoWhat: '', activity: '', staffing: '', comments: '', achieved: false, absent: false };
}

export function draftFromEntry(entry: unknown): EntryDraft {
  const draft = emptyDraft(textOf(entry, 'targetId'), textOf(entry, 'date'));
  for (const field of textFields) draft[field] = textOf(entry, field);
  for (const field of ['achieved', 'absent'] as const) {
    if (isRecord(entry) && entry[field] !== undefined) draft[field] = entry[field];
  }
  return draft;
}

/**
 * The entry the draft describes, built on `base` so fields this form does not know (and `x-`
 * fields) survive a change. Empty text is left out rather than stored as ''.
 */
export function entryFromDraft(draft: EntryDraft, base: Record<string, unknown>): Record<string, unknown> {
  const entry: Record<string, unknown> = { ...base, date: draft.date };
  if (draft.targetId) entry.targetId = draft.targetId;
  else delete entry.targetId;
  for (const field of textFields) {
    const text = draft[field].trim();
    if (text) entry[field] = text;
    else delete entry[field];
  }
  entry.achieved = draft.achieved;
  entry.absent = draft.absent;
  return entry;
}
