// Turns an end point found in a target ("by 12 March 2027", "by the end of the spring term",
// "within 6 weeks") into an ISO date, so a row can be compared with the plan's review date.
// Terms differ between local authorities, so a named term resolves to the earliest date it
// usually ends: a target is only flagged when it clearly runs past the review.
import { MONTHS } from './dates.js';
import { NUMBER_WORDS } from './text.js';
import { tidySpacing } from './spacing.js';

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// [month, day] each named period usually ends by, at the earliest.
const PERIOD_END: readonly [RegExp, number, number][] = [
  [/autumn half[- ]?term|oct(?:ober)? (?:half[- ]?term|holiday|break)|first half[- ]?term/i, 10, 20],
  [/spring half[- ]?term|feb(?:ruary)? (?:half[- ]?term|holiday|break)/i, 2, 10],
  [/summer half[- ]?term|may (?:half[- ]?term|holiday|break)|whitsun/i, 5, 22],
  [/autumn term|christmas/i, 12, 16],
  [/spring term|easter/i, 3, 25],
  [/summer term|summer holidays?|end of (?:the )?(?:school |academic )?year|july/i, 7, 17],
];

export type Resolved = { iso: string } | { invalid: true } | undefined;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A strict `YYYY-MM-DD` check: the day must exist. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * A month and day without a year: after the plan date when it is known, otherwise the
 * occurrence nearest the review date.
 */
function placeInYear(month: number, day: number, reference: { planDate?: string; reviewDate?: string }): string | undefined {
  const anchor = reference.planDate ?? reference.reviewDate;
  if (!anchor) return undefined;
  const year = Number(anchor.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => iso(y, month, Math.min(day, daysInMonth(y, month))));
  if (reference.planDate) return candidates.find((c) => c >= reference.planDate!) ?? candidates[2];
  const target = dayNumber(anchor);
  return candidates.reduce((best, c) => (Math.abs(dayNumber(c) - target) < Math.abs(dayNumber(best) - target) ? c : best));
}

// The year may be left out after by/before/until ("by 14/03"): the nearest such date is meant.
const NUMERIC = /(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\b/;
const ISO_IN_TEXT = /(\d{4})-(\d{2})-(\d{2})/;
const DAY_MONTH = /(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?(?:,?\s+(\d{4}))?/;
const MONTH_DAY = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/;
const MONTH_ONLY = /\b([A-Za-z]{3,9})(?:\s+(\d{4}))?\s*$/;
// "a", "an", then one to twelve: the counts a period is given in.
const COUNTS = ['a', 'an', ...NUMBER_WORDS.split(' ', 12)];
const PERIOD = new RegExp(`(\\d+|${COUNTS.join('|')})\\s+(?:school\\s+|teaching\\s+)?(week|month|term|half[- ]?term|day)s?`, 'i');
const WORDS: Record<string, number> = Object.fromEntries(COUNTS.map((w, i) => [w, Math.max(1, i - 1)]));
const REVIEW = /review/i;

const MONTH_WORD = new RegExp(`^${MONTHS}$`, 'i');

function monthOf(word: string): number | undefined {
  if (!MONTH_WORD.test(word)) return undefined;
  const lower = word.toLowerCase();
  return MONTH_INDEX[lower.startsWith('sept') ? 'sept' : lower.slice(0, 3)];
}

function fromParts(year: number | undefined, month: number, day: number, reference: { planDate?: string; reviewDate?: string }): Resolved {
  if (month < 1 || month > 12) return { invalid: true };
  if (year === undefined) {
    // No year: a day no year's month has ("31 February", "31/04") is impossible all the same.
    if (day < 1 || day > daysInMonth(2024, month)) return { invalid: true };
    const placed = placeInYear(month, day, reference);
    return placed ? { iso: placed } : undefined;
  }
  if (day < 1 || day > daysInMonth(year, month)) return { invalid: true };
  return { iso: iso(year, month, day) };
}

/** The ISO date an end-point phrase stands for, `{ invalid }` for an impossible date, or undefined. */
export function resolveEndPoint(original: string, reference: { planDate?: string; reviewDate?: string }): Resolved {
  // Evidence is the text as written; read it with the spacing the patterns expect.
  // "HT" is how plans write half term.
  const phrase = tidySpacing(original).text.replace(/\bht\b/gi, 'half term');
  let m = ISO_IN_TEXT.exec(phrase);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), reference);
  m = NUMERIC.exec(phrase);
  if (m) {
    const year = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return fromParts(year, Number(m[2]), Number(m[1]), reference);
  }
  m = DAY_MONTH.exec(phrase);
  if (m && monthOf(m[2]!) !== undefined) return fromParts(m[3] ? Number(m[3]) : undefined, monthOf(m[2]!)!, Number(m[1]), reference);
  m = MONTH_DAY.exec(phrase);
  if (m && monthOf(m[1]!) !== undefined) return fromParts(m[3] ? Number(m[3]) : undefined, monthOf(m[1]!)!, Number(m[2]), reference);
  if (REVIEW.test(phrase)) return reference.reviewDate ? { iso: reference.reviewDate } : undefined;
  for (const [re, month, day] of PERIOD_END) {
    if (re.test(phrase)) return fromParts(undefined, month, day, reference);
  }
  m = PERIOD.exec(phrase);
  if (m) {
    if (!reference.planDate) return undefined;
    const n = Number(m[1]) || WORDS[m[1]!.toLowerCase()] || 1;
    const unit = m[2]!.toLowerCase();
    const days = unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' ? 30 * n : unit === 'term' ? 91 * n : 45 * n;
    return { iso: addDays(reference.planDate, days) };
  }
  m = MONTH_ONLY.exec(phrase);
  if (m && monthOf(m[1]!) !== undefined) {
    const month = monthOf(m[1]!)!;
    if (m[2]) {
      const year = Number(m[2]);
      return { iso: iso(year, month, daysInMonth(year, month)) };
    }
    // The month's last day, which placeInYear fits to the year (28 or 29 February).
    return fromParts(undefined, month, daysInMonth(2024, month), reference);
  }
  return undefined;
}
