// The format checkers the standalone validators call, for schemas whose only function
// formats are these, and the interpreter's. ajv-formats' own table is one CommonJS module
// that bundlers cannot tree-shake: referencing its `date` shipped every format's regular
// expressions (uri, email, ipv6, …, about 6 KB minified). This module is what the code
// references instead. The checks are ajv-formats' (full mode), copied so the same strings
// pass and fail; a test compares them with ajv-formats on many inputs.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  // https://tools.ietf.org/html/rfc3339#appendix-C
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** full-date from RFC 3339 section 5.6, as ajv-formats checks it. */
export function validateDate(text: string): boolean {
  const matches = DATE.exec(text);
  if (!matches) return false;
  const year = Number(matches[1]);
  const month = Number(matches[2]);
  const day = Number(matches[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS[month] as number));
}

function compareDate(d1: string, d2: string): number | undefined {
  if (!(d1 && d2)) return undefined;
  if (d1 > d2) return 1;
  if (d1 < d2) return -1;
  return 0;
}

/** Format name → checker, in ajv's `{ validate, compare }` shape. */
export const formats = {
  date: { validate: validateDate, compare: compareDate },
} as const;
