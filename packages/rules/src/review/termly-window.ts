import { type DayNumber, formatIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { type TermCalendar, assertCovers, firstIndexAfter } from './term-calendar.js';

/**
 * A cycle needs at least this many teaching days of its term (6 weeks, the shortest
 * cadence of the other plans) before a review means anything; a plan written later in a
 * term runs to the end of the next term instead.
 */
export const MIN_TEACHING_DAYS_IN_TERMLY_CYCLE = 30;
/** End-of-term reviews happen in the last two teaching weeks of the term. */
export const TERMLY_REVIEW_WEEKS = 2;

/**
 * School ISP (seed 001: APDR "on a termly basis"). The cycle's term is the term of the
 * first teaching day after `from`, or the following term when fewer than 30 teaching days
 * of it remain. The review is due in that term's last two teaching weeks: `earliest` is the
 * 10th teaching day before the term ends (counting its last day), `latest` the term's last
 * teaching day.
 */
export function termlyWindowDays(calendar: TermCalendar, from: DayNumber): [DayNumber, DayNumber] {
  assertCovers(calendar, from);
  const first = firstIndexAfter(calendar.teachingDays, from);
  let termIndex = calendar.terms.findIndex((term) => term.lastIndex >= first);
  let term = calendar.terms[termIndex];
  if (term && term.lastIndex - first + 1 < MIN_TEACHING_DAYS_IN_TERMLY_CYCLE) {
    termIndex += 1;
    term = calendar.terms[termIndex];
  }
  if (!term) {
    throw new RuleInputError(
      'calendar-too-short',
      `Calendar "${calendar.name}" ends on ${formatIsoDate(calendar.coversTo)}, before the end of the termly cycle starting ${formatIsoDate(from)}: add the next terms' dates`,
      'calendar',
    );
  }
  const earliestIndex = Math.max(term.lastIndex - 5 * TERMLY_REVIEW_WEEKS + 1, term.firstIndex, first);
  return [calendar.teachingDays[earliestIndex]!, calendar.teachingDays[term.lastIndex]!];
}
