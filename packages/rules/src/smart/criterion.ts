import type { Evidence, Verdict } from './types.js';
import { DATE_SOURCE } from './dates.js';
import { blank, findAll, NUMBER_WORD, ordered, outside } from './text.js';

// Perfection on every occasion over time: no one can meet it (SMART.md "absolute").
const ABSOLUTE = new RegExp(
  [
    '\\b100\\s*(?:%|per ?cent)\\s+of\\s+(?:the\\s+)?(?:time|occasions|lessons|days|sessions|school days|mornings|opportunities)\\b',
    '\\b(?:every|each) (?:single )?(?:time|occasion|opportunity)\\b',
    '\\bon (?:all|every) (?:\\w+ )?occasions?\\b',
    '\\bat all times\\b',
    '\\ball (?:of )?the time\\b',
    '\\balways\\b',
    '\\bnever(?: again)?\\b',
    '\\bto zero\\b',
    '\\b(?:zero|no) (?:incidents?|instances?|episodes?|outbursts?|occurrences?|refusals?)\\b',
    '\\bwithout fail\\b',
    // "5 out of 5 days": a perfect score repeated over time (one assessment is fine).
    '\\b(\\d+) (?:out of|of|/) \\1 (?:consecutive )?(?:days|lessons|sessions|occasions|times|mornings|afternoons|weeks|opportunities|school days)\\b',
  ].join('|'),
  'giu',
);

// A measurable degree of success: x out of y, %, count, duration, distance, frequency, score.
const MEASURE = new RegExp(
  [
    `\\b(?:\\d+|${NUMBER_WORD})\\s*(?:out of|\\/|of(?: the)?|in)\\s*(?:\\d+|${NUMBER_WORD})\\b`,
    '\\b\\d+(?:\\.\\d+)?\\s*(?:%|per ?cent)',
    `\\b(?:\\d+|${NUMBER_WORD}|once|twice)\\s+(?:times?|occasions?)\\b|\\b(?:once|twice)\\b`,
    `\\b(?:\\d+|${NUMBER_WORD}|a few|several)\\s+(?:consecutive\\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\\b`,
    '\\b\\d+\\s*(?:m|metres?|meters?|km|cm|yards?|steps)\\b',
    '\\b(?:daily|weekly|every (?:day|week|morning|afternoon|session|lesson|school day)|each (?:day|week|morning|afternoon|session|lesson|school day)|per (?:day|week|session|lesson|minute))\\b',
    '\\bscor(?:e|es|ing) (?:of |at least )?\\d+',
    // Any other count ("read 10 words", "count to 20", "name 3 feelings").
    `(?<![\\p{L}\\d:/.-])(?:\\d+|${NUMBER_WORD})(?![\\d:/.-]|\\s*(?:st|nd|rd|th)\\b)(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

// Numbers that are not degrees of success: dates, times, periods, year groups, labels.
const NOT_A_MEASURE = new RegExp(
  [
    DATE_SOURCE,
    `\\b(?:within|in|over|after|for|during|by the end of|by|at the end of)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+|following\\s+|first\\s+)?(?:\\d+|${NUMBER_WORD}|\\d+\\s*(?:-|–|to)\\s*\\d+)\\s+(?:school\\s+|teaching\\s+)?(?:weeks?|months?|terms?|half[- ]terms?|years?)\\b`,
    '\\b(?:year|y|phase|level|stage|key stage|ks|book band|band|age|aged|step|set|group|room|class|table|week)\\s*\\d+\\b',
    '\\b\\d{1,2}[:.]\\d{2}\\b',
    '\\b\\d+\\s*(?:am|pm)\\b',
    `\\b(?:\\d+|${NUMBER_WORD})-(?!to\\b)[\\p{L}]+`,
    // Group size is the situation, not a degree of success ("with 2 friends", "a group of 3").
    `\\b(?:with|alongside|and|among)\\s+(?:\\d+|${NUMBER_WORD})(?:\\s+(?:other|familiar|known))?\\s+(?:friends?|peers?|children|adults?|pupils?|classmates?|others|people)\\b|\\bgroup of (?:\\d+|${NUMBER_WORD})\\b`,
    '\\b(?:one|1)(?= (?:other|of (?:his|her|their|the)|adult|peer|child|friend|more|day|at a time)\\b)',
  ].join('|'),
  'giu',
);

// Vague degrees: reported as the evidence when nothing measurable is found.
const VAGUE =
  /\b(?:consistently|regularly|more (?:often|frequently|regularly|independently|confidently)|most of the time|usually|often|frequently|sometimes|successfully|with increasing (?:\w+ )?(?:independence|confidence|accuracy|frequency|success)|increasingly|appropriately|reliably|accurately|confidently|fluently|better|improved?|age[- ]related expectations?)\b/giu;

export function checkCriterion(text: string): Verdict {
  const absolute = findAll(ABSOLUTE, text);
  if (absolute.length > 0) return { ok: false, code: 'criterion.absolute', evidence: absolute };
  const excluded: Evidence[] = findAll(NOT_A_MEASURE, text);
  const measures = outside(findAll(MEASURE, blank(text, excluded)), excluded).map((e) => ({
    ...e,
    text: text.slice(e.start, e.end),
  }));
  if (measures.length > 0) return { ok: true, code: 'criterion.measurable', evidence: ordered(measures) };
  const vague = findAll(VAGUE, text);
  if (vague.length > 0) return { ok: false, code: 'criterion.vague', evidence: vague };
  return { ok: false, code: 'criterion.missing', evidence: [] };
}
