import type { Evidence, Verdict } from './types.js';
import { DATE_SOURCE, MONTHS, TERM_SOURCE } from './dates.js';
import { findAll, NUMBER_WORD, ordered } from './text.js';

const PERIOD_NUMBER = `(?:\\d+|${NUMBER_WORD}|a|an|\\d+\\s*(?:-|–|to)\\s*\\d+|${NUMBER_WORD} to ${NUMBER_WORD})`;

// An explicit end point or period (SMART.md "By when").
const END_POINT = new RegExp(
  [
    `(?:\\b(?:by|before|on|until|no later than|in)\\s+)?(?:${DATE_SOURCE})`,
    // A named term, unless it is a frequency ("each term", "every half term").
    `(?:\\b(?:by|before|until|in|during|at|for|over|throughout|no later than)\\s+(?:the\\s+)?(?:end of\\s+(?:the\\s+)?)?)?(?<!\\b(?:each|every|per|a|once a|twice a)\\s+)\\b${TERM_SOURCE}\\b`,
    `\\b(?:by|before|until|till|in|during|from|no later than|end of)\\s+(?:the\\s+)?(?:end of\\s+)?(?:early |mid-?|late )?${MONTHS}\\b`,
    '\\b(?:by|before|at|until|for|in time for|ready for)\\s+(?:the\\s+)?(?:(?:next|first|coming|following|planned|termly|annual|IEP|ISP|plan|support plan|half[- ]termly|6[- ]week|six[- ]week)\\s+)*(?:review|review date|review meeting|reviews)\\b',
    `\\b(?:within|in|over|after|for|during|by the end of|by|at the end of)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+|first\\s+)?${PERIOD_NUMBER}\\s+(?:school\\s+|teaching\\s+|academic\\s+)?(?:weeks?|months?|terms?|half[- ]terms?|years?)\\b`,
    `\\bwithin\\s+(?:the\\s+)?(?:next\\s+)?${PERIOD_NUMBER}\\s+(?:school\\s+|teaching\\s+)?days\\b`,
    '\\bby (?:the end of )?week\\s+\\d+\\b',
    '\\b(?:by|before) (?:the )?(?:end of (?:the )?)?(?:(?:school|academic|calendar) year|year|Year \\d+|Y\\d+|Reception|nursery|pre-?school|key stage \\d|KS\\d|primary school|this year|next year|transition|summer|Christmas|Easter|the holidays)\\b(?!\\s+(?:half[- ]?)?term)',
    '\\b(?:this|next) (?:academic |school )?year\\b',
    '\\b(?:by|before) (?:he|she|they|[\\p{Lu}][\\p{Ll}]+) (?:moves?|transfers?|starts?|leaves?|goes?|transitions?)\\b',
    '\\bby (?:his|her|their) \\w+ birthday\\b',
  ].join('|'),
  'giu',
);
const ONGOING = /\bon-?going\b|\b(?:regularly|continually|constantly) reviewed\b|\breviewed (?:regularly|often|continually)\b|\buntil further notice\b|\bcontinuous(?:ly)?\b|\bno end date\b|\bover time\b/giu;
const FREQUENCY = new RegExp(
  `\\b(?:daily|weekly|fortnightly|monthly|termly|every (?:day|week|morning|afternoon|session|lesson|time|school day)|each (?:day|week|morning|afternoon|session|lesson|school day)|(?:once|twice|\\d+ times|${NUMBER_WORD} times) (?:a|per|each|every|in a) \\w+|per (?:day|week|session|lesson))\\b`,
  'giu',
);
// Response times, clock times and observation windows look like end points but are not.
const NOT_AN_END_POINT =
  /\bwithin \d+ (?:seconds?|secs?|minutes?|mins?|hours?)\b|\bby \d{1,2}[:.]\d{2}\b|\bby \d{1,2}\s*(?:am|pm)\b|\b(?:across|over) (?:\d+|three|four|five|six|two) (?:consecutive )?(?:sessions|lessons|days|observations)\b|\bby the end of (?:the |each |every )?(?:day|lesson|session|morning|afternoon|activity|task)\b/giu;

/** End-point evidence only: the target-row check reads dates from it. */
export function endPoints(text: string): Evidence[] {
  // "may" as a verb is not the month.
  return findAll(END_POINT, text).filter((e) => !/(?<![\p{L}])may(?![\p{L}])/u.test(e.text));
}

export function checkTimeBound(text: string): Verdict {
  const ends = endPoints(text);
  if (ends.length > 0) return { ok: true, code: 'timeBound.end-point', evidence: ordered(ends) };
  const ongoing = findAll(ONGOING, text);
  if (ongoing.length > 0) return { ok: false, code: 'timeBound.ongoing', evidence: ongoing };
  const frequency = findAll(FREQUENCY, text);
  if (frequency.length > 0) return { ok: false, code: 'timeBound.frequency-only', evidence: frequency };
  const near = findAll(NOT_AN_END_POINT, text);
  if (near.length > 0) return { ok: false, code: 'timeBound.not-an-end-point', evidence: near };
  return { ok: false, code: 'timeBound.missing', evidence: [] };
}
