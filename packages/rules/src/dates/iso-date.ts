import { RuleInputError } from './rule-input-error.js';

/**
 * Plain ISO dates (`YYYY-MM-DD`) as integer day numbers: days since 1970-01-01.
 *
 * Why day numbers: a plan date has no time and no time zone, so `new Date('2026-03-29')`
 * style parsing (UTC midnight, shown in local time) invites off-by-one bugs around clock
 * changes. Integers make "n days later" and "is it a weekday" exact and fast.
 */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (proleptic Gregorian), after Howard Hinnant's days_from_civil. */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** `[year, month, day]` of a day number; the inverse of {@link dayFromParts}. */
export function partsFromDay(dayNumber: DayNumber): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * Parses a plain ISO date into a day number, or throws a `RuleInputError` (`invalid-date`)
 * that names the field, e.g. "from: 2026-02-30 is not a real date (February 2026 has 28 days)".
 */
export function parseIsoDate(value: unknown, field = 'date'): DayNumber {
  // Fast path without a regex: batch callers parse hundreds of thousands of dates.
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const year = digitsAt(value, 0, 4);
    const month = digitsAt(value, 5, 2);
    const day = digitsAt(value, 8, 2);
    if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return dayFromParts(year, month, day);
    }
  }
  return explainInvalidDate(value, field);
}

/** The number written by `length` ASCII digits from `start`, or -1 if any is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let number = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** The slow path: says exactly what is wrong with a value the fast path refused. */
function explainInvalidDate(value: unknown, field: string): DayNumber {
  if (typeof value !== 'string') {
    throw new RuleInputError(
      'invalid-date',
      `${field}: expected a date written YYYY-MM-DD, got ${describe(value)}`,
      field,
    );
  }
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new RuleInputError(
      'invalid-date',
      `${field}: "${clip(value)}" is not a date written YYYY-MM-DD (a plain date, no time or time zone)`,
      field,
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) {
    throw new RuleInputError('invalid-date', `${field}: ${value} is not a real date (month ${match[2]} does not exist)`, field);
  }
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new RuleInputError(
      'invalid-date',
      `${field}: ${value} is not a real date (${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days)`,
      field,
    );
  }
  return dayFromParts(year, month, day);
}

export function formatIsoDate(dayNumber: DayNumber): string {
  const [year, month, day] = partsFromDay(dayNumber);
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return yyyy + (month < 10 ? '-0' : '-') + month + (day < 10 ? '-0' : '-') + day;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
export function dayOfWeek(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekday(dayNumber: DayNumber): boolean {
  const weekday = dayOfWeek(dayNumber);
  return weekday !== 0 && weekday !== 6;
}

/** Adds days to a plain ISO date: `addDays('2026-02-27', 2)` is `'2026-03-01'`. */
export function addDays(date: string, days: number, field = 'date'): string {
  // 1.5, NaN or "2" would make "2026-02-28.5", "0NaN-NaN-NaN" or a string concatenation.
  if (!Number.isSafeInteger(days)) {
    throw new RuleInputError('invalid-field', `days: expected a whole number of days, got ${typeof days === 'number' ? days : describe(days)}`, 'days');
  }
  const day = parseIsoDate(date, field) + days;
  // Outside these years the result could not be written YYYY-MM-DD, nor read back.
  const outside = day < dayFromParts(0, 1, 1) ? 'before 0000-01-01' : day > dayFromParts(9999, 12, 31) ? 'after 9999-12-31' : '';
  if (outside) throw new RuleInputError('invalid-date', `${field}: ${date} plus ${days} days is ${outside}`, field);
  return formatIsoDate(day);
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${clip(value)}"`;
  return typeof value;
}

/** Keeps error messages readable when someone sends a megabyte of text. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
