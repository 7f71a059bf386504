import { formatIsoDate, parseIsoDate, partsFromDay } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';

/** SEND Code of Practice 2014, 6.65: schools should meet parents at least three times each year. */
export const MIN_PARENT_MEETINGS_PER_YEAR = 3;

export type ParentMeetingCheck = {
  from: string;
  to: string;
  /** Distinct meeting days inside the year. */
  count: number;
  ok: boolean;
  message: string;
};

/** The school year (1 September to 31 August) that contains `date`. */
export function schoolYearOf(date: string): { from: string; to: string } {
  const [year, month] = partsFromDay(parseIsoDate(date, 'date'));
  const startYear = month >= 9 ? year : year - 1;
  return { from: `${startYear}-09-01`, to: `${startYear + 1}-08-31` };
}

/**
 * Counts the distinct days of meetings with parents inside `from`..`to` (inclusive) and
 * checks the Code of Practice minimum of three a year. Invalid dates throw `invalid-date`
 * naming the entry (`meetings[2]`), never silently skipped.
 */
export function checkParentMeetings(meetings: readonly string[], year: { from: string; to: string }): ParentMeetingCheck {
  if (!Array.isArray(meetings)) throw new RuleInputError('invalid-field', 'meetings: expected a list of meeting dates YYYY-MM-DD', 'meetings');
  if (typeof year !== 'object' || year === null) {
    throw new RuleInputError('invalid-field', "year: expected { from, to }, e.g. schoolYearOf('2026-10-01')", 'year');
  }
  const from = parseIsoDate(year.from, 'from');
  const to = parseIsoDate(year.to, 'to');
  // The minimum is per year: a longer span would let three meetings in two years pass.
  if (to < from || to - from > 365) {
    throw new RuleInputError('invalid-date', `to: ${year.to} must be on or after from ${year.from} and at most a year later`, 'to');
  }
  const days = new Set<number>();
  meetings.forEach((meeting, index) => {
    const day = parseIsoDate(meeting, `meetings[${index}]`);
    if (day >= from && day <= to) days.add(day);
  });
  const count = days.size;
  const ok = count >= MIN_PARENT_MEETINGS_PER_YEAR;
  const span = `${formatIsoDate(from)} to ${formatIsoDate(to)}`;
  return {
    from: formatIsoDate(from),
    to: formatIsoDate(to),
    count,
    ok,
    message: ok
      ? `${count} meetings with parents from ${span}: meets the Code of Practice minimum of three a year.`
      : `Only ${count} meeting${count === 1 ? '' : 's'} with parents from ${span}: the SEND Code of Practice expects at least three a year; plan ${MIN_PARENT_MEETINGS_PER_YEAR - count} more.`,
  };
}
