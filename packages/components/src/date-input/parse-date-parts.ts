import { isRealDate, monthNames, toIsoDate } from '../shared/iso-date.js';

/** What a person typed into the three boxes, exactly as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateField = keyof DateParts;

export interface DateCheck {
  /** The ISO date, or '' while the date is empty, incomplete or not real. */
  value: string;
  /** A GOV.UK-worded message, or '' when there is nothing wrong. */
  message: string;
  /** Which boxes the message is about, so only those are marked invalid. */
  invalidFields: DateField[];
}

export interface DateRules {
  required?: boolean;
  /** Earliest allowed ISO date, inclusive. */
  min?: string;
  /** Latest allowed ISO date, inclusive. */
  max?: string;
  /** Today's ISO date, so limits of today, yesterday or tomorrow read "in the past" and so on. */
  today?: string;
}

const allFields: DateField[] = ['day', 'month', 'year'];

/** "1", "01", "1st", "22nd": ordinals are how people say days. */
function parseDay(text: string): number | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** "3", "03", "March", "mar", "Sept", "sept.": any 3+ letter start of a month name. */
function parseMonth(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const word = text.toLowerCase().replace(/\.$/, '');
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return undefined;
  const index = monthNames.findIndex((name) => name.toLowerCase().startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/** GOV.UK says "Enter date of plan": the label in running text starts lower case. */
function inSentence(label: string): string {
  // Leave acronyms ("DOB") and names alone: only lower a capital followed by a lower-case letter.
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

function joinWithAnd(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Checks the three boxes of a date the GOV.UK way and says what is wrong in its words.
 * Two-digit years are refused ("Year must include 4 numbers"): with no clock in the rules a
 * pivot year would be a guess, and a guessed century on a date of birth is worse than a question.
 */
export function checkDateParts(parts: DateParts, label: string, rules: DateRules = {}): DateCheck {
  const name = label.trim() || 'The date';
  const trimmed: DateParts = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = allFields.filter((field) => trimmed[field] === '');

  if (missing.length === 3) {
    return rules.required
      ? { value: '', message: `Enter ${inSentence(name)}`, invalidFields: allFields }
      : { value: '', message: '', invalidFields: [] };
  }
  if (missing.length > 0) {
    return { value: '', message: `${name} must include a ${joinWithAnd(missing)}`, invalidFields: missing };
  }

  const day = parseDay(trimmed.day);
  const month = parseMonth(trimmed.month);
  const yearIsNumber = /^\d+$/.test(trimmed.year);
  if (yearIsNumber && trimmed.year.length !== 4) {
    return { value: '', message: 'Year must include 4 numbers', invalidFields: ['year'] };
  }
  const year = yearIsNumber ? Number(trimmed.year) : undefined;

  const unreadable = allFields.filter((field) => ({ day, month, year })[field] === undefined);
  if (unreadable.length > 0) {
    return { value: '', message: `${name} must be a real date`, invalidFields: unreadable };
  }
  if (!isRealDate(year!, month!, day!)) {
    const wrong: DateField[] = month! < 1 || month! > 12 ? ['month'] : day! < 1 || day! > 31 ? ['day'] : allFields;
    return { value: '', message: `${name} must be a real date`, invalidFields: wrong };
  }

  const value = toIsoDate(year!, month!, day!);
  // ISO dates compare correctly as strings.
  if (rules.min && value < rules.min) {
    return { value, message: `${name} must be ${limitWords(rules.min, 'after', rules.today)}`, invalidFields: allFields };
  }
  if (rules.max && value > rules.max) {
    return { value, message: `${name} must be ${limitWords(rules.max, 'before', rules.today)}`, invalidFields: allFields };
  }
  return { value, message: '', invalidFields: [] };
}

function shiftDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** GOV.UK's wording for a limit: "in the past", "today or in the future", or "the same as or before 1 May 2026". */
function limitWords(limit: string, side: 'before' | 'after', today: string | undefined): string {
  if (today) {
    if (limit === today) return side === 'before' ? 'today or in the past' : 'today or in the future';
    if (side === 'before' && limit === shiftDays(today, -1)) return 'in the past';
    if (side === 'after' && limit === shiftDays(today, 1)) return 'in the future';
  }
  return `the same as or ${side} ${readable(limit)}`;
}

function readable(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${monthNames[(month ?? 1) - 1]} ${year}`;
}

const separated = /^(\d{1,2})(?:st|nd|rd|th)?[\s/.\-]+([a-z]+\.?|\d{1,2})[\s/.\-,]+(\d{2,4})$/i;
const isoLike = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A whole date typed or pasted into one box ("14/10/2026", "14 Oct 2026", "2026-10-14"),
 * split into the three boxes; undefined when the text is not a whole date.
 */
export function splitWholeDate(text: string): DateParts | undefined {
  const value = text.trim();
  const iso = isoLike.exec(value);
  if (iso) return { day: iso[3]!, month: iso[2]!, year: iso[1]! };
  const match = separated.exec(value);
  if (match) return { day: match[1]!, month: match[2]!, year: match[3]! };
  return undefined;
}

/** The three boxes for a value that is already a date (ISO, or anything splitWholeDate reads). */
export function partsFromValue(value: unknown): DateParts {
  if (typeof value !== 'string') return { day: '', month: '', year: '' };
  return splitWholeDate(value) ?? { day: '', month: '', year: '' };
}
