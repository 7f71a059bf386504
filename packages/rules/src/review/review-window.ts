import type { TemplateId } from './template-id.js';
import { type DayNumber, formatIsoDate, parseIsoDate } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';
import { type CadenceOverride, type CadenceWeeks, assertTemplate, cadenceFor, defaultCadence, termlyWithoutCalendar } from './cadence.js';
import { type TermCalendar, type TermCalendarInput, type TermPeriod, nthTeachingDayAfter, parseCalendar } from './term-calendar.js';
import { termlyWindowDays } from './termly-window.js';

export type ReviewWindow = { earliest: string; latest: string };

export type ReviewWindowOptions = {
  template: TemplateId | string;
  /** Date of plan, or of the last review. Any date, including weekends and holidays. */
  from: string;
  /** A parsed calendar (fast) or its JSON shape (parsed and cached per object); null means none. */
  calendar?: TermCalendar | TermCalendarInput | null | undefined;
  cadence?: CadenceOverride | undefined;
};

/**
 * When the next review falls due (REVIEW-TIMING.md). Throws `RuleInputError`:
 * `unknown-template`, `invalid-date`, `no-review-window` (records), `calendar-too-short`.
 */
export function reviewWindow(options: ReviewWindowOptions): ReviewWindow {
  const [earliest, latest] = reviewWindowDays(options);
  return { earliest: formatIsoDate(earliest), latest: formatIsoDate(latest) };
}

/** The same window as day numbers, for callers that compare dates. */
export function reviewWindowDays(options: ReviewWindowOptions): [DayNumber, DayNumber] {
  assertOptions(options);
  return windowFrom(options, parseIsoDate(options.from, 'from'));
}

/** Called from plain JavaScript with nothing or a string, say so rather than crash. */
export function assertOptions(options: unknown, shape = '{ template, from, today }'): asserts options is object {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RuleInputError('invalid-field', `options: expected an object such as ${shape}`, 'options');
  }
}

/** The window from an already-parsed `from` (so `reviewStatus` parses it once). */
export function windowFrom(options: Omit<ReviewWindowOptions, 'from'>, from: DayNumber): [DayNumber, DayNumber] {
  const template = assertTemplate(options.template);
  const cadence = cadenceFor(template, options.cadence);
  if (cadence === 'none') {
    throw new RuleInputError(
      'no-review-window',
      defaultCadence[template] === 'none'
        ? `${template} is a record with no review window of its own: the plan it belongs to sets the review date (a review's next review date starts the next window)`
        : `${template} has no review window: the cadence table sets it to "none"`,
      'template',
    );
  }
  const calendar = options.calendar === undefined || options.calendar === null ? undefined : calendarOf(options.calendar);
  if (cadence === 'termly') {
    return calendar ? termlyWindowDays(calendar, from) : weeksAfter(from, termlyWithoutCalendar);
  }
  if (!calendar) return weeksAfter(from, cadence);
  return [nthTeachingDayAfter(calendar, from, 5 * cadence.min), nthTeachingDayAfter(calendar, from, 5 * cadence.max)];
}

function weeksAfter(from: DayNumber, cadence: CadenceWeeks): [DayNumber, DayNumber] {
  const latest = from + 7 * cadence.max;
  // Day 2932896 is 9999-12-31, the last date written YYYY-MM-DD; a later one would be
  // written "10000-…", which no reader of dates takes. (A calendar's dates never go past it.)
  if (latest > 2932896) {
    throw new RuleInputError('invalid-date', `from: ${formatIsoDate(from)} is too late: the review window would end after 9999-12-31`, 'from');
  }
  return [from + 7 * cadence.min, latest];
}

// Parsing a calendar costs far more than a window; cache it per input object so callers
// may pass plain JSON on every call. The values it was parsed from are kept beside it: a
// calendar changed in place (an INSET day added in a settings form) is parsed again.
const parsedCalendars = new WeakMap<object, [unknown[], TermCalendar]>();

export function calendarOf(input: TermCalendar | TermCalendarInput): TermCalendar {
  // Anything but an object (JSON text, or a wrong value) gets parseCalendar's own answer.
  if (typeof input !== 'object' || input === null) return parseCalendar(input);
  if ('teachingDays' in input && input.teachingDays instanceof Int32Array) return input as TermCalendar;
  const values = valuesRead(input);
  let parsed = parsedCalendars.get(input);
  if (parsed?.[0].length !== values.length || parsed[0].some((value, i) => value !== values[i])) {
    parsedCalendars.set(input, (parsed = [values, parseCalendar(input)]));
  }
  return parsed[1];
}

/** Every value a calendar's days depend on, in order (a few dozen: cheaper than its JSON text). */
function valuesRead({ name, periods, closures }: { name?: unknown; periods?: unknown; closures?: unknown }): unknown[] {
  const values: unknown[] = [name, periods, closures];
  if (Array.isArray(periods)) for (const p of periods as (Partial<TermPeriod> | null)[]) values.push(p, p?.name, p?.start, p?.end);
  if (Array.isArray(closures)) for (const day of closures as unknown[]) values.push(day);
  return values;
}
