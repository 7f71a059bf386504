// Date and school-period patterns (lower-case text) shared by the time-bound, criterion and
// target-row checks.

/** The month names, then their short forms. */
export const MONTH_WORDS =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sept sep oct nov dec febuary';
export const MONTHS = `(?:${MONTH_WORDS.replaceAll(' ', '|')})`;
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';

/** "12 march 2027", "12th of march", "march 12, 2027", "march 2027", "12/03/2027", "2027-03-12". */
export const DATE_SOURCE =
  `${DAY}\\s+(?:of\\s+)?${MONTHS}\\b\\.?(?:,?\\s+\\d{4})?|${MONTHS}\\.?\\s+${DAY}(?:,?\\s+\\d{4})?\\b|${MONTHS}\\s+\\d{4}\\b|[0-3]?\\d[/.][01]?\\d[/.](?:\\d{4}|\\d{2})\\b|\\d{4}-[01]\\d-[0-3]\\d\\b`;

/** A date, tried only where a number or a month name starts. */
export const DATE_STICKY = new RegExp(`(?:${DATE_SOURCE})`, 'y');
export const DATE_RULE_FIRSTS = [`# ${MONTH_WORDS}`];

/** Named school terms and half terms ("the spring term", "half term", "easter"). */
export const TERM_SOURCE =
  '(?:(?:autumn|spring|summer|christmas|easter|winter|first|second|third|1st|2nd|3rd)\\s+(?:half[- ]?)?term|(?:autumn|aut|spring|spr|summer) ?[12]\\b|half[- ]?term|ht ?[1-6]?\\b|(?:this|next|the|that) term|end of (?:the )?(?:term|ht\\b)|christmas|xmas|easter|whitsun|(?:the )?(?:summer|christmas|easter|winter|spring|oct(?:ober)?|feb(?:ruary)?|may) (?:holidays?|break|half[- ]term|ht\\b))';
export const TERM_FIRSTS =
  'autumn aut spr ht1 ht2 ht3 ht4 ht5 ht6 spring summer christmas xmas easter winter first second third 1st 2nd 3rd half ht this next the that end whitsun october oct february feb may';

/** A day and month without a year after "by", "before" or "until": "by 14/03", "by w/c 3/1", "by 31.03". */
export const YEARLESS_DATE = new RegExp('(?:by|before|until) (?:w/?c |wk beg(?:inning)? )?[0-3]?\\d[/.](?:0?[1-9]|1[0-2])\\b(?![/.]\\d)', 'y');
