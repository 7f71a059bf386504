// The format checkers the standalone validators call, for schemas whose only function
// formats are these, and the interpreter's. ajv-formats' own table is one CommonJS module
// that bundlers cannot tree-shake: referencing its `date` shipped every format's regular
// expressions (uri, email, ipv6, …, about 6 KB minified). This module is what the code
// references instead. The checks are ajv-formats' (full mode), copied so the same strings
// pass and fail; tests compare them with ajv-formats on many inputs. `time`, `date-time` and
// `uri` are exported on their own, outside `formats`, so the standalone validators (which
// import `formats` and call only `date`) leave them out.

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

// full-time: a zone is required (ajv-formats' full mode; the zone's hours and minutes are
// limited here in the expression), and a second of 60 counts only where the time is 23:59 in
// UTC, by ajv-formats' arithmetic (which lets "24:00:30+00:01" through too).
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(?:z|([+-])([01]\d|2[0-3])(?::?([0-5]\d))?)$/i;

/** full-time from RFC 3339 section 5.6, as ajv-formats checks it (its `time`). */
export function validateTime(text: string): boolean {
  const [, hour = '', minute = '', second = '', sign, zoneHour = 0, zoneMinute = 0] = TIME.exec(text) ?? [];
  if (!hour) return false;
  const offset = sign === '-' ? -1 : 1;
  const utcMinute = +minute - +zoneMinute * offset;
  const utcHour = +hour - +zoneHour * offset - (utcMinute < 0 ? 1 : 0);
  return (+hour < 24 && +minute < 60 && +second < 60) || ((utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && +second < 61);
}

/** date-time from RFC 3339 section 5.6, as ajv-formats checks it (T, t or any white space between). */
export function validateDateTime(text: string): boolean {
  const parts = text.split(/t|\s/i);
  return parts.length === 2 && validateDate(parts[0] as string) && validateTime(parts[1] as string);
}

// ajv-formats' `uri` (RFC 3986 with a scheme required) less two parts that change nothing: the
// IPv4 host, which the registered-name host beside it matches too, and its test for a "/" or
// ":", which the scheme's ":" passes.
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** A URI with a scheme, as ajv-formats checks it (its `uri`). */
export function validateUri(text: string): boolean {
  return URI.test(text);
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
