import type { Evidence, Verdict } from './types.js';
import { DATE_RULE_FIRSTS, DATE_SOURCE, MONTHS, TERM_FIRSTS, TERM_SOURCE, YEARLESS_DATE } from './dates.js';
import { matchRules, rules, type Prepared } from './scan.js';
import { NUMBER_WORD, ordered } from './text.js';
import { resolveEndPoint } from './resolve-date.js';

const re = (source: string): RegExp => new RegExp(source, 'y');
const PERIOD_NUMBER = `(?:\\d+|${NUMBER_WORD}|a|an|\\d+\\s*(?:-|–|to)\\s*\\d+|${NUMBER_WORD} to ${NUMBER_WORD})`;
// Notes clip "by the end of" to "by end of" and "by end" ("by end Nov").
const PREFIX = '(?:(?:by|before|until|untill|in|during|at|for|over|throughout|no later than)\\s+(?:the\\s+)?(?:end(?:\\s+of)?\\s+(?:the\\s+)?)?)?';

// An explicit end point or period (SMART.md "By when").
const END_POINT = rules([
  [DATE_RULE_FIRSTS[0]! + ' by before on until no in', re(`(?:(?:by|before|on|until|no later than|in)\\s+)?(?:${DATE_SOURCE})`)],
  // A named term, unless it is a frequency ("each term", "every half term").
  ['by before until', YEARLESS_DATE],
  [TERM_FIRSTS + ' by before until untill in during at for over throughout no', re(`${PREFIX}(?<!\\b(?:each|every|per|a|once a|twice a)\\s)${TERM_SOURCE}\\b`)],
  ['by before until untill till in during from no end', re(`(?:by|before|until|untill|till|in|during|from|no later than|end of)\\s+(?:the\\s+)?(?:end(?:\\s+of)?\\s+)?(?:early |mid-?|late )?${MONTHS}\\b`)],
  // "Achieved at last review", "comment added at review": a review looked back on, not an end point.
  ['by before at until untill for in ready', re('(?<!(?:added|agreed|set|discussed|noted|made|written|amended|updated|changed|reviewed) |(?<!\\bbe )achieved )(?:by|before|at|until|untill|for|in time for|ready for)\\s+(?!(?:each|every|all)\\b)(?!(?<=\\bat\\s+)(?:the\\s+)?(?:last|previous)\\b)(?:the\\s+)?(?:time of\\s+)?(?:(?:the|his|her|their|next|first|second|third|2nd|3rd|final|last|coming|following|planned|termly|annual|iep|isp|ipm|ehcp|pep|tac|plan|support plan|half[- ]termly|6[- ]week|six[- ]week|autumn|spring|summer|christmas|easter|end[- ]of[- ]term|(?:autumn|spring|summer) term)\\s+)*(?:[a-z-]+\\s+){0,2}?(?:review|review date|review meeting|reviews|(?:tac|taf|team around the (?:child|family)|pep|cin|core group|annual review|multi-agency) meeting|progress check|assessment point|assessment week|data drop|parents\'? evening|ppm|exit (?:assessment|check|test)|final assessment|(?:pupil )?progress meeting)\\b')],
  ['within in over by for', re('(?:within|in|over|by the end of|for) (?:half a|a half) term\\b')],
  re('(?:by|at|before) the end of (?:the|this|her|his|their) (?:[a-z0-9-]+ ){0,2}(?:block|period|programme|intervention|cycle|plan|term|half[- ]term|course|semester|placement|topic|rotation|internship|induction)\\b'),
  // "by the end of the 8-week group", "… the 6-week phonics catch-up": a run of sessions named by its length.
  re('(?:by|at|before) the end of (?:the|this|her|his|their) (?:\\d+|[a-z]+)[- ](?:weeks?|sessions?) (?:[a-z-]+ ){0,2}?(?:groups?|catch-up|club|sessions)\\b'),
  // "by T3": a term by its number, only after "by" ("T1:" numbers a target).
  ['by before until', re('(?:by|before|until) (?:the )?(?:end of )?t[1-6]\\b')],
  // "by Spring 2027": a term and its year.
  ['by before until in during end', re('(?:by|before|until|in|during|end of) (?:the )?(?:end of (?:the )?)?(?:autumn|spring|summer)(?: term)? (?:19|20)\\d\\d\\b')],
  // "by the mock exams", "before his GCSEs".
  ['by before', re('(?:by|before) (?:the |his |her |their )?(?:mock |summer |end of year |year \\d+ )?(?:exams?|examinations|mocks|gcses?|sats|a[- ]levels?)\\b')],
  ['within in over after for during by at', re(`(?:within|in|over|after|for|during|by the end of|by|at the end of)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:next\\s+|coming\\s+|following\\s+|first\\s+)?${PERIOD_NUMBER}\\s+(?:school\\s+|teaching\\s+|academic\\s+)?(?:weeks?|wks?|months?|mths?|terms?|half[- ]terms?|years?|yrs?)\\b(?!\\s+(?:in a row|running)\\b)`)],
  re(`within\\s+(?:the\\s+)?(?:next\\s+)?${PERIOD_NUMBER}\\s+(?:school\\s+|teaching\\s+)?days\\b`),
  re('by (?:the end of )?(?:week|wk)\\s*\\d+\\b'),
  re('(?:by|before) (?:the )?(?:end of (?:the )?)?(?:(?:school|academic|calendar) year|year|year \\d+|yr ?\\d+|y\\d+|reception|nursery|pre-?school|key stage \\d|ks\\d|primary school|this year|next year|transition|summer|christmas|xmas|easter|the holidays)\\b(?!\\s+(?:half[- ]?)?term)'),
  re('(?:this|next) (?:academic |school )?year\\b'),
  // "for the rest of Year 9", "until the end of the semester" (American plans say semester).
  ['for until till over', re('(?:for|until|till|over) the rest of (?:the |this )?(?:term|half[- ]term|year|school year|academic year|year \\d+|semester)\\b')],
  ['by before until end', re('(?:by|before|until|end of) (?:the )?(?:end of (?:the |this |my |his |her |their )?)?(?:(?:fall|spring|winter|summer|first|second) )?semester\\b')],
  // "before she moves to secondary"; "before lessons start" is a time of day, not an end point.
  re('(?:by|before) (?:the time )?(?!(?:lessons?|school|class|the|work|assembly|lunch|play|registration|it)\\b)(?:he|she|they|[a-z]+) (?:moves?|transfers?|starts?|leaves?|goes?|transitions?)\\b'),
  re('by (?:his|her|their) [a-z0-9]+ birthday\\b'),
  // "After 12 sessions of handwriting practice": the end of a run of sessions ("over 3 sessions"
  // only watches).
  re(`after (?:\\d+|${NUMBER_WORD}) (?:more |further )?(?:sessions|lessons)\\b`),
]);
const ONGOING = /\bon-?going\b|\b(?:regularly|continually|constantly) reviewed\b|\breviewed (?:regularly|often|continually)\b|\buntil further notice\b|\bcontinuous(?:ly)?\b|\bno end date\b|\bover time\b/g;
const FREQUENCY = new RegExp(
  `\\b(?:daily|weekly|fortnightly|monthly|termly|half-termly|(?:each|every) (?:half[- ]?)?term|every (?:day|week|morning|afternoon|session|lesson|time|school day)|each (?:day|week|morning|afternoon|session|lesson|school day)|(?:once|twice|\\d+ times|${NUMBER_WORD} times) (?:a|per|each|every|in a) [a-z]+|per (?:day|week|session|lesson))\\b`,
  'g',
);
// Response times, clock times and observation windows look like end points but are not.
const NOT_AN_END_POINT =
  /\bwithin \d+ (?:seconds?|secs?|minutes?|mins?|hours?)\b|\bby \d{1,2}[:.]\d{2}\b|\bby \d{1,2}\s*(?:am|pm)\b|\b(?:across|over) (?:\d+|three|four|five|six|two) (?:consecutive )?(?:sessions|lessons|days|observations)\b|\bby the end of (?:the |each |every )?(?:day|lesson|session|morning|afternoon|activity|task)\b/g;

function findIn(p: Prepared, regex: RegExp): Evidence[] {
  const found: Evidence[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(p.lower)) !== null) {
    found.push({ start: m.index, end: m.index + m[0].length, text: p.text.slice(m.index, m.index + m[0].length) });
  }
  return found;
}

/** End-point evidence (the target-row check reads dates from the verdict's evidence). */
// "starting after the October half term", "from Easter", "From Monday 4 January", "Plan dated 09/11/2026", an exported
// row's "Start date: 07/01/27": where the target starts, not where it ends.
const STARTS_AT = /\b(?:after|since|starting|from|dated|start(?:ing)? date:?|date (?:set|started|agreed):?|start:)(?: the)?(?: (?:october|oct|february|feb|may|autumn|spring|summer|christmas|easter|whitsun))?(?: (?:monday|tuesday|wednesday|thursday|friday|mon|tues?|wed|thur?s?|fri),?)? $/;

// "Following his annual review in July 2026", "(Target set 02/11/2026)", "as agreed at the review on
// 12 October": a date looked back on, not an end point ("tasks set by half term" looks ahead).
const LOOKS_BACK = /\b(?:following (?:his|her|their|the|a|an) (?:[a-z-]+ ){0,2}(?:review|meeting|assessment)s?|(?:target|targets|plan) (?:was |were )?(?:set|written|agreed|started)(?: on)?|(?:agreed|set|written|held|discussed|decided)(?: at (?:the|his|her|their) (?:[a-z-]+ )?(?:review|meeting))?(?: on)?) $/;

const FORWARD = /^(?:by|before|until|untill|till|no later than)\b/i;

function endPoints(p: Prepared): Evidence[] {
  // "may" the verb is not the month: the month is written with a capital.
  return matchRules(p, END_POINT).filter((e) => {
    if (/(?<![A-Za-z])may(?![a-z])/.test(e.text) || p.lower.startsWith('from ', e.start)) return false;
    const before = p.lower.slice(Math.max(0, e.start - 48), e.start);
    return !STARTS_AT.test(before.slice(-24)) && (FORWARD.test(e.text) || !LOOKS_BACK.test(before));
  });
}

// Only an end point with day 29 to 31 or a date in figures can name a day that does not exist.
const MAYBE_NOT_A_DATE = /\b(?:29|30|31)\b|\d[/.-]\d/;
const realDate = (end: Evidence): boolean => !MAYBE_NOT_A_DATE.test(end.text) || !('invalid' in (resolveEndPoint(end.text, {}) ?? {}));

export function checkTimeBound(p: Prepared): Verdict {
  const ends = endPoints(p);
  if (ends.length > 0) {
    // "By 30 February": an end point that is not a real date is no end point.
    if (!ends.some(realDate)) return { ok: false, code: 'timeBound.invalid-date', evidence: ordered(ends) };
    return { ok: true, code: 'timeBound.end-point', evidence: ordered(ends) };
  }
  const ongoing = findIn(p, ONGOING);
  if (ongoing.length > 0) return { ok: false, code: 'timeBound.ongoing', evidence: ongoing };
  const frequency = findIn(p, FREQUENCY);
  if (frequency.length > 0) return { ok: false, code: 'timeBound.frequency-only', evidence: frequency };
  const near = findIn(p, NOT_AN_END_POINT);
  if (near.length > 0) return { ok: false, code: 'timeBound.not-an-end-point', evidence: near };
  return { ok: false, code: 'timeBound.missing', evidence: [] };
}
