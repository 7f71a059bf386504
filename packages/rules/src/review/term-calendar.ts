import { type DayNumber, dayFromParts, formatIsoDate, isWeekday, parseIsoDate, partsFromDay } from '../dates/iso-date.js';
import { RuleInputError } from '../dates/rule-input-error.js';

/** One stretch of teaching as an authority publishes it ("Autumn 1", "Spring term"). */
export type TermPeriod = { name: string; start: string; end: string };

/** The JSON shape of a term calendar (REVIEW-TIMING.md). */
export type TermCalendarInput = {
  name: string;
  periods: TermPeriod[];
  /** INSET days, bank holidays and other closures inside periods. */
  closures: string[];
};

/** A school term: consecutive periods of the same season ("Autumn 1" + "Autumn 2"). */
export type Term = {
  name: string;
  /** Index into `teachingDays` of the term's first and last teaching day. */
  firstIndex: number;
  lastIndex: number;
};

/**
 * A validated calendar with its teaching days precomputed, so that "the n-th teaching day
 * after a date" is one binary search (100,000 review windows well under a second).
 */
export type TermCalendar = {
  readonly name: string;
  readonly periods: readonly TermPeriod[];
  readonly closures: readonly string[];
  /** Sorted day numbers of every teaching day (Mon–Fri, inside a period, not closed). */
  readonly teachingDays: Int32Array;
  /** First and last day the calendar speaks for (first period start, last period end). */
  readonly coversFrom: DayNumber;
  readonly coversTo: DayNumber;
  /** The first day a `from` may be: the start of the holiday before the first period (`speaksFrom`). */
  readonly speaksFrom?: DayNumber;
  readonly terms: readonly Term[];
};

const SEASON = /\b(autumn|spring|summer)\b/i;
/** Periods naming one season further apart than this belong to different school years. */
const MAX_GAP_INSIDE_TERM = 28;

/**
 * Validates a term calendar (an object or its JSON text) and precomputes its teaching days.
 * Errors (`invalid-calendar`, `invalid-date`) name the period and field at fault.
 */
export function parseCalendar(input: unknown): TermCalendar {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, '')); // a byte-order mark, as some editors save JSON
    } catch (error) {
      throw new RuleInputError('invalid-calendar', `Calendar: not valid JSON (${(error as Error).message})`);
    }
  }
  if (isTermCalendar(value)) return value;
  if (!isRecord(value)) throw new RuleInputError('invalid-calendar', 'Calendar: expected an object { name, periods, closures }');
  const name = value['name'];
  if (typeof name !== 'string' || name.trim() === '') {
    throw new RuleInputError('invalid-calendar', 'Calendar: "name" must be a non-empty string', 'name');
  }
  const label = `Calendar "${name}"`;
  assertKnownKeys(value, CALENDAR_KEYS, label, '');
  const periodsValue = value['periods'];
  if (!Array.isArray(periodsValue) || periodsValue.length === 0) {
    throw new RuleInputError('invalid-calendar', `${label}: "periods" must be a non-empty array of { name, start, end }`, 'periods');
  }
  const periods = periodsValue.map((period: unknown, index): ParsedPeriod => {
    const path = `periods[${index}]`;
    if (!isRecord(period)) throw new RuleInputError('invalid-calendar', `${label}: ${path} must be an object { name, start, end }`, path);
    const periodName = period['name'];
    if (typeof periodName !== 'string' || periodName.trim() === '') {
      throw new RuleInputError('invalid-calendar', `${label}: ${path}.name must be a non-empty string`, `${path}.name`);
    }
    const where = `${label}: ${path} ("${periodName}")`;
    assertKnownKeys(period, PERIOD_KEYS, where, `${path}.`);
    const start = parseField(period['start'], `${path}.start`, where);
    const end = parseField(period['end'], `${path}.end`, where);
    if (end < start) {
      throw new RuleInputError('invalid-calendar', `${where}: end ${formatIsoDate(end)} is before start ${formatIsoDate(start)}`, `${path}.end`);
    }
    return { name: periodName, start, end };
  });
  const closuresValue = value['closures'] ?? [];
  if (!Array.isArray(closuresValue)) {
    throw new RuleInputError('invalid-calendar', `${label}: "closures" must be an array of dates YYYY-MM-DD`, 'closures');
  }
  const closures = closuresValue.map((closure: unknown, index) => parseField(closure, `closures[${index}]`, label));
  return buildCalendar(name, periods, closures);
}

export type ParsedPeriod = { name: string; start: DayNumber; end: DayNumber };

const CALENDAR_KEYS = ['name', 'periods', 'closures'];
const PERIOD_KEYS = ['name', 'start', 'end'];

/**
 * A misspelt field ("closure", "Closures") would be ignored and every window silently counted
 * without it: refused, naming it. `x-` extensions and `$schema`/`$comment` are allowed.
 */
function assertKnownKeys(value: Record<string, unknown>, known: readonly string[], where: string, path: string): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key) || key.startsWith('x-') || key.startsWith('$')) continue;
    throw new RuleInputError('invalid-calendar', `${where}: ${JSON.stringify(key)} is not a calendar field (expected ${known.join(', ')})`, `${path}${key}`);
  }
}

/** Nine weeks from one period's end to the next start: the summer holiday is at most seven. */
const MAX_HOLIDAY_DAYS = 63;

/** Builds the calendar from already-validated parts (shared with the iCalendar reader). */
export function buildCalendar(name: string, periods: ParsedPeriod[], closureDays: DayNumber[]): TermCalendar {
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.start <= previous.end) {
      throw new RuleInputError(
        'invalid-calendar',
        `Calendar "${name}": periods "${previous.name}" (${formatIsoDate(previous.start)} to ${formatIsoDate(previous.end)}) and "${current.name}" (${formatIsoDate(current.start)} to ${formatIsoDate(current.end)}) overlap`,
        'periods',
      );
    }
    // No school holiday is this long, so the dates of a term are missing: counting across
    // them as a holiday would be a guess (REVIEW-TIMING.md).
    if (current.start - previous.end > MAX_HOLIDAY_DAYS) {
      throw new RuleInputError(
        'invalid-calendar',
        `Calendar "${name}": "${previous.name}" ends on ${formatIsoDate(previous.end)} and "${current.name}" starts ${current.start - previous.end} days later, longer than any holiday: add the dates of the term between them`,
        'periods',
      );
    }
  }
  const closed = new Set(closureDays);
  const days: number[] = [];
  const periodRanges: [number, number][] = [];
  for (const period of sorted) {
    const firstIndex = days.length;
    for (let day = period.start; day <= period.end; day++) {
      if (isWeekday(day) && !closed.has(day)) days.push(day);
    }
    periodRanges.push([firstIndex, days.length - 1]);
  }
  return {
    name,
    periods: sorted.map((p) => ({ name: p.name, start: formatIsoDate(p.start), end: formatIsoDate(p.end) })),
    closures: [...closed].sort((a, b) => a - b).map(formatIsoDate),
    teachingDays: Int32Array.from(days),
    coversFrom: sorted[0]!.start,
    coversTo: sorted[sorted.length - 1]!.end,
    speaksFrom: speaksFrom(sorted[0]!.start),
    terms: groupTerms(sorted, periodRanges),
  };
}

/**
 * Groups periods into terms. Authorities publish half terms ("Autumn 1", "Autumn 2"), whole
 * terms, or even one event per school day, so two consecutive periods are one term when:
 * both name a season (Autumn, Spring, Summer) and it is the same one, under four weeks
 * apart; or, when either names none, at most a half-term week lies between them (12 days
 * from end to start, room for an INSET day). The two-week Christmas and Easter breaks
 * (14 days or more) end a term.
 */
function groupTerms(periods: ParsedPeriod[], ranges: [number, number][]): Term[] {
  const terms: (Term & { season: string | undefined; end: DayNumber })[] = [];
  periods.forEach((period, index) => {
    const [firstIndex, lastIndex] = ranges[index]!;
    const season = SEASON.exec(period.name)?.[1]?.toLowerCase();
    const previous = terms[terms.length - 1];
    if (previous && sameTerm(previous.season, previous.end, season, period.start)) {
      if (lastIndex >= firstIndex) {
        if (previous.lastIndex < previous.firstIndex) previous.firstIndex = firstIndex;
        previous.lastIndex = lastIndex;
      }
      previous.end = period.end;
      previous.season ??= season;
      return;
    }
    const termName = season ? `${season[0]!.toUpperCase()}${season.slice(1)} term` : period.name;
    terms.push({ name: termName, firstIndex, lastIndex, season, end: period.end });
  });
  return terms
    .filter((term) => term.lastIndex >= term.firstIndex)
    .map(({ name, firstIndex, lastIndex }) => ({ name, firstIndex, lastIndex }));
}

const MAX_HALF_TERM_GAP = 12;

function sameTerm(previousSeason: string | undefined, previousEnd: DayNumber, season: string | undefined, start: DayNumber): boolean {
  const gap = start - previousEnd;
  if (previousSeason && season) return previousSeason === season && gap <= MAX_GAP_INSIDE_TERM;
  return gap <= MAX_HALF_TERM_GAP;
}

/** Index of the first teaching day strictly after `day` (may equal the array length). */
export function firstIndexAfter(teachingDays: Int32Array, day: DayNumber): number {
  let low = 0;
  let high = teachingDays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (teachingDays[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The n-th teaching day after `from` (`from` itself not counted), or a `calendar-too-short`
 * error when the calendar does not speak for `from` or ends before that day.
 */
export function nthTeachingDayAfter(calendar: TermCalendar, from: DayNumber, n: number): DayNumber {
  if (!Number.isSafeInteger(n) || n < 1) throw new RuleInputError('invalid-field', `n: expected a whole number of teaching days, 1 or more, got ${String(n)}`, 'n');
  assertCovers(calendar, from);
  const index = firstIndexAfter(calendar.teachingDays, from) + n - 1;
  const day = calendar.teachingDays[index];
  if (day === undefined || index < 0) {
    throw new RuleInputError(
      'calendar-too-short',
      `Calendar "${calendar.name}" ends on ${formatIsoDate(calendar.coversTo)}, before the ${ordinal(n)} teaching day after ${formatIsoDate(from)}: add the next terms' dates`,
      'calendar',
    );
  }
  return day;
}

/** Holidays between terms are at most two weeks, except the summer's. */
const BREAK_BEFORE_TERM_DAYS = 14;

/**
 * The first day a calendar whose first period starts on `coversFrom` speaks for. That period
 * is preceded by a holiday, which has no teaching days, so a `from` there ("may be any date")
 * counts from the first day of term. A calendar that starts a school year (in August or
 * September) speaks for the whole summer holiday: English schools have broken up by 1 August.
 * Any other calendar speaks for the two weeks before it; earlier days were term time that it
 * does not list.
 */
function speaksFrom(coversFrom: DayNumber): DayNumber {
  const [year, month] = partsFromDay(coversFrom);
  return startsYear(month) ? dayFromParts(year, 8, 1) : coversFrom - BREAK_BEFORE_TERM_DAYS;
}

function startsYear(month: number): boolean {
  return month === 8 || month === 9;
}

export function assertCovers(calendar: TermCalendar, day: DayNumber, field = 'from'): void {
  // Parsed once per calendar (this runs for every window); a hand-built calendar may lack it.
  const first = calendar.speaksFrom ?? speaksFrom(calendar.coversFrom);
  if (day >= first && day <= calendar.coversTo) return;
  const covers = `Calendar "${calendar.name}" covers ${formatIsoDate(calendar.coversFrom)} to ${formatIsoDate(calendar.coversTo)}; ${field} ${formatIsoDate(day)}`;
  if (day > calendar.coversTo) {
    throw new RuleInputError('calendar-too-short', `${covers} is outside it, so its teaching days are unknown`, 'calendar');
  }
  const where = startsYear(partsFromDay(calendar.coversFrom)[1]) ? "in the previous school year: add that year's dates" : "in term time it does not list: add the previous term's dates";
  throw new RuleInputError('calendar-too-short', `${covers} is before it, ${where}`, 'calendar');
}

/** True when `day` is a teaching day of the calendar. */
export function isTeachingDay(calendar: TermCalendar, day: DayNumber): boolean {
  const index = firstIndexAfter(calendar.teachingDays, day) - 1;
  return index >= 0 && calendar.teachingDays[index] === day;
}

export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function parseField(value: unknown, path: string, where: string): DayNumber {
  try {
    return parseIsoDate(value, path);
  } catch (error) {
    const reason = (error as Error).message.slice(path.length + 2);
    throw new RuleInputError('invalid-calendar', `${where}: ${path.replace(/^periods\[\d+\]\./, '')} ${reason}`, path);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isTermCalendar(value: unknown): value is TermCalendar {
  return isRecord(value) && value['teachingDays'] instanceof Int32Array;
}
