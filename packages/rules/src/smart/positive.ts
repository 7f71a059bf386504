import type { Evidence, Verdict } from './types.js';
import { findAll, NUMBER_WORD, ordered } from './text.js';

// Success defined by stopping, not doing, reducing or limiting a problem behaviour.
const NEGATED =
  /\b(?:will|can|to|and|or|should|must|would)\s+(?:\p{L}+ly\s+)?(?:not|never|no longer)\b(?!\s+(?:need|needing|require|requiring|rely|relying|only)\b)|\bwon['’]t\b(?!\s+(?:need|require|rely)\b)|\bno longer\b|\b(?:stop|stops|stopping|refrain(?:s|ing)? from|avoid(?:s|ing)?|cease|quit|give up|resist)\s+(?!being\b)[\p{L}]+ing\b|\b(?:reduce|reduces|reducing|decrease|decreases|decreasing|lessen|minimi[sz]e|cut down|limit)\b|\b(?:be|become|get|is|are) less\b|\bless (?:often|frequently|disruptive|aggressive)\b|\b(?:zero|no) (?:incidents?|instances?|episodes?|outbursts?|occurrences?|refusals?)\b/giu;

// "fewer than 3 …": a limit on a problem unless it limits errors, prompts or time (a skill).
const LIMIT = new RegExp(
  `\\b(?:fewer|less|no more|not more)\\s+than\\s+(?:\\d+|${NUMBER_WORD}|once|twice|a)\\b(?!\\s+(?:(?:[\\p{L}-]+\\s+){0,2})?(?:errors?|mistakes?|prompts?|reminders?|cues?|attempts?|tries|seconds?|secs?|minutes?|mins?|hours?|words?|letters?|spelling|adult|verbal|visual|physical|support)\\b)`,
  'giu',
);

// "without hitting": defined by not doing a problem behaviour ("without prompts" is fine).
const WITHOUT_PROBLEM =
  /\bwithout\s+(?:\w+\s+)?(?:hitting|kicking|biting|pushing|shoving|shouting|calling out|running|fighting|swearing|grabbing|snatching|throwing|crying|screaming|hurting|spitting|scratching|pinching|interrupting|refusing|arguing|damaging|disrupting|leaving|tantrums?|incidents?|outbursts?|aggression|fuss|complaint|complaining|upset|being (?:sent|removed|excluded))\b/giu;

export function checkPositive(text: string): Verdict {
  const evidence: Evidence[] = ordered([
    ...findAll(NEGATED, text),
    ...findAll(LIMIT, text),
    ...findAll(WITHOUT_PROBLEM, text),
  ]);
  if (evidence.length > 0) return { ok: false, code: 'positive.stop-behaviour', evidence };
  return { ok: true, code: 'positive.stated', evidence: [] };
}
