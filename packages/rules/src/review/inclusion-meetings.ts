import { type DayNumber, formatIsoDate, isWeekday, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { showValue } from '../dates/show-value.js';
import { assertOptions, calendarOf } from './review-window.js';
import { type TermCalendar, type TermCalendarInput, assertCovers, firstIndexAfter, nthTeachingDayAfter } from './term-calendar.js';

/** Who meets the parent(s) (seed 003). */
export type InclusionMeeting = 'class-team' | 'slt-senco' | 'all-professionals';
export type ScheduledMeeting = { date: string; meetings: InclusionMeeting[] };

/**
 * Seed 003: "a parent should meet regularly with the class team (weekly), fortnightly with
 * a member of SLT/SENCO and then monthly with all professionals involved". A week is 5
 * teaching days (weekdays when no calendar is given), and a month 4 weeks so the three
 * rhythms line up; meetings that fall on the same day are one entry.
 */
export const INCLUSION_MEETING_RHYTHM: Readonly<Record<InclusionMeeting, number>> = Object.freeze({
  'class-team': 5,
  'slt-senco': 10,
  'all-professionals': 20,
});

/** Guards against a mistyped year producing a schedule of thousands of meetings. */
const MAX_PLAN_DAYS = 2 * 366;

export type InclusionMeetingOptions = {
  /** Start date of the plan (the meeting that agreed it). */
  start: string;
  /** End date of the plan: required, and always for a reduced timetable. */
  end?: string | undefined;
  reducedTimetable?: boolean | undefined;
  calendar?: TermCalendar | TermCalendarInput | null | undefined;
};

/** The review meetings of an Inclusion Support Plan, after `start` up to `end` inclusive. */
export function inclusionMeetingSchedule(options: InclusionMeetingOptions): ScheduledMeeting[] {
  assertOptions(options, '{ start, end, calendar? }');
  const start = parseIsoDate(options.start, 'start');
  if (options.reducedTimetable != null && typeof options.reducedTimetable !== 'boolean') {
    throw new RuleInputError('invalid-field', `reducedTimetable: expected true or false, got ${showValue(options.reducedTimetable)}`, 'reducedTimetable');
  }
  if (options.end == null || options.end === '') {
    throw options.reducedTimetable
      ? new RuleInputError('reduced-timetable-needs-end-date', 'end: a reduced timetable must have an end date (a planned return to full time)', 'end')
      : new RuleInputError('missing-field', 'end: give the end date of the plan (start date plus its duration)', 'end');
  }
  const end = parseIsoDate(options.end, 'end');
  if (end < start) {
    throw new RuleInputError('invalid-date', `end: ${options.end} is before start ${options.start}`, 'end');
  }
  if (end - start > MAX_PLAN_DAYS) {
    throw new RuleInputError('invalid-date', `end: ${options.end} is more than two years after start ${options.start}; an Inclusion Support Plan runs for weeks`, 'end');
  }
  const calendar = options.calendar == null ? undefined : calendarOf(options.calendar);
  if (calendar) {
    assertCovers(calendar, start, 'start');
    assertCovers(calendar, end, 'end');
  }
  const nth = (n: number): DayNumber => (calendar ? nthTeachingDayAfter(calendar, start, n) : nthWeekdayAfter(start, n));

  const schedule: ScheduledMeeting[] = [];
  const step = INCLUSION_MEETING_RHYTHM['class-team'];
  for (let n = step; ; n += step) {
    // The calendar may end right after `end`: stop before asking for a day beyond it.
    if (calendar && firstIndexAfter(calendar.teachingDays, end) - firstIndexAfter(calendar.teachingDays, start) < n) break;
    const day = nth(n);
    if (day > end) break;
    const meetings = (Object.keys(INCLUSION_MEETING_RHYTHM) as InclusionMeeting[]).filter(
      (who) => n % INCLUSION_MEETING_RHYTHM[who] === 0,
    );
    schedule.push({ date: formatIsoDate(day), meetings });
  }
  return schedule;
}

/** The n-th weekday (Mon–Fri) after `from`, `from` not counted. */
export function nthWeekdayAfter(from: DayNumber, n: number): DayNumber {
  let day = from;
  // Whole weeks first, then the remainder day by day (at most a week's walk).
  day += Math.floor((n - 1) / 5) * 7;
  let left = n - Math.floor((n - 1) / 5) * 5;
  while (left > 0) {
    day += 1;
    if (isWeekday(day)) left -= 1;
  }
  return day;
}
