import { type DayNumber, dayOfWeek, formatIsoDate, isWeekday, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { showValue } from '../dates/show-value.js';
import { assertOptions, calendarOf } from './review-window.js';
import { type TermCalendar, type TermCalendarInput, assertCovers, isTeachingDay } from './term-calendar.js';

/** Who meets the parent(s) (seed 003). */
export type InclusionMeeting = 'class-team' | 'slt-senco' | 'all-professionals';
export type ScheduledMeeting = { date: string; meetings: InclusionMeeting[] };

/**
 * Seed 003: "a parent should meet regularly with the class team (weekly), fortnightly with
 * a member of SLT/SENCO and then monthly with all professionals involved". Each rhythm in
 * teaching days: a week is 5, a month 4 weeks so the three rhythms line up. Meetings fall on
 * the plan's weekday in each week that has teaching (weekdays when no calendar is given; a
 * holiday week is not counted), and those on the same day are one entry.
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
  const teaching = (day: DayNumber): boolean => (calendar ? isTeachingDay(calendar, day) : isWeekday(day));

  const schedule: ScheduledMeeting[] = [];
  let weeks = 0;
  for (let target = start + 7; ; target += 7) {
    const monday = target - ((dayOfWeek(target) + 6) % 7);
    if (monday > end) break;
    const day = meetingDayInWeek(target, monday, teaching);
    // A week without teaching (a holiday) is not a week of support: it is not counted.
    if (day === undefined) continue;
    if (day > end) break;
    weeks += 1;
    const meetings = (Object.keys(INCLUSION_MEETING_RHYTHM) as InclusionMeeting[]).filter(
      (who) => weeks % (INCLUSION_MEETING_RHYTHM[who] / 5) === 0,
    );
    schedule.push({ date: formatIsoDate(day), meetings });
  }
  return schedule;
}

/**
 * "Weekly" is the same weekday each week: when that day is closed (an INSET day, a bank
 * holiday), the meeting moves to the next teaching day of that week, or else the one before,
 * and the next week's meeting is back on its usual day.
 */
function meetingDayInWeek(target: DayNumber, monday: DayNumber, teaching: (day: DayNumber) => boolean): DayNumber | undefined {
  for (let day = target; day <= monday + 4; day++) if (teaching(day)) return day;
  for (let day = Math.min(target, monday + 5) - 1; day >= monday; day--) if (teaching(day)) return day;
  return undefined;
}
