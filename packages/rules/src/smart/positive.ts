import type { Evidence, Verdict } from './types.js';
import { NO_INCIDENTS } from './criterion.js';
import { matchRules, rules, type Prepared } from './scan.js';
import { NUMBER_WORD, NUMBER_WORDS, ordered, span } from './text.js';

const re = (source: string): RegExp => new RegExp(source, 'y');
const L = 'a-z\\u00c0-\\u024f';

// Success defined by stopping, not doing, reducing or limiting a problem behaviour.
const STOP_RULES = rules([
  // "will not hit", "and not push"; "will not need prompts" states independence, which is fine,
  // and "when his hearing aid is whistling or not working" is the state of a thing.
  ['will can to and or should must would', re(`(?:(?:will|can|to|and|should|must|would)\\s+(?:[${L}]+ly\\s+)?(?:not|never|no longer)|or\\s+(?:not|never|no longer)(?!\\s+[${L}]+ing\\b))\\b(?!\\s+(?:need|needing|require|requiring|rely|relying|only|just)\\b)`)],
  // ("when someone won't share with me": another child's behaviour, not the pupil's.)
  ['won', re('(?<!(?:someone|somebody|anyone|they|others|another child|a friend|friends|peers) )won[\'’]t\\b(?!\\s+(?:need|require|rely)\\b)')],
  // A note's "– not to take toys", "…, not to forget it".
  ['not', re('(?<=(?:^|[–—:;,(-])\\s*)not to\\b(?!\\s+(?:need|needing|require|requiring|rely|relying)\\b)')],
  re('no longer\\b'),
  // "scream for less than 5 minutes", "cry less": a problem behaviour limited, however it is measured.
  ['scream screams screaming cry cries crying shout shouts shouting tantrum tantrums hit hits hitting kick kicks kicking bite bites biting swear swears swearing stammer stammers stammering', re('(?:scream|cr(?:y|ies)|shout|tantrum|hit|kick|bite|swear|stammer)(?:s|ing)? (?:(?:for |on |in )?(?:less|fewer|no more|not more) than|less)\\b')],
  // "try not to get angry": still defined by not doing.
  ['try tries trying learn learns remember remembers choose chooses aim aims', re('(?:tr(?:y|ies|ying)|learns?|remembers?|chooses?|aims?) (?:not|never) to\\b')],
  // "stop playing when the bell rings" ends an activity on cue: that is the wanted behaviour.
  ['stop stops stopping stopped refrain refrains refraining avoid avoids avoiding cease quit give resist', re(`(?<!full )(?:stop|stops|stopping|(?<=have )stopped|refrain(?:s|ing)? from|avoid(?:s|ing)?|cease|quit|give up|resist)\\s+(?:[${L}]+ly\\s+)?(?!playing\\b|working\\b|reading\\b|writing\\b|drawing\\b|building\\b|eating\\b)(?![${L}]+ing (?:and (?:stand|sit|look|listen|freeze|line|come|walk|wait|put|return)s?|within \\d+ seconds?|when (?:the|an|a|his|her) (?:whistle|bell|adult|teacher|signal|timer)|on (?:the |a )?(?:whistle|signal|cue))\\b)(?:[${L}]+-)?[${L}]+ing\\b`)],
  // Fading support ("support reducing to verbal prompts") is not a problem behaviour, nor is
  // reducing a fraction to its simplest form (a maths skill).
  ['reduce reduces reducing decrease decreases decreasing lessen minimise minimize cut lower lowers lowering', re('(?:reduc(?:e|es|ing)|decreas(?:e|es|ing)|lessen|minimi[sz]e|cut down|lower(?:s|ing)? the number)\\b(?! (?:the |these |each |all |both )?(?:fractions?|ratios?|equations?|expressions?)\\b)(?! to (?:[a-z]+ )?(?:prompts?|prompting|support|help|reminders?|cues?)\\b)(?! (?:the |his |her |their )?(?:adult |verbal |visual |physical )?(?:prompts?|prompting|support|help|reminders?|cues?)\\b)')],
  ['limit limits limiting', re('limit(?:s|ing)? (?:his|her|their|the number|how|[a-z]+ing)\\b')],
  // "spend no more than 10 minutes a day hiding"; time spent getting changed is a skill's pace.
  ['spend spends spending', re(`(?:spend|spends|spending) (?:no more|not more|less) than (?:\\d+|${NUMBER_WORD}) (?:minutes?|mins?|hours?)(?: (?:a|per|each) [a-z]+)? (?:hiding|crying|screaming|shouting|wandering|refusing|sulking|arguing|sleeping|on (?:his|her|their) phone|with (?:his|her|their) head down|off task|walking (?:around )?(?:the )?corridors?)\\b`)],
  re('(?:be|become|get|is|are|feel|feels) less\\b'),
  re(`(?:have|has|show|with) (?:fewer|less) (?!than\\b|errors?\\b|mistakes?\\b|prompts?\\b|prompting\\b|reminders?\\b|support\\b|help\\b|adult\\b|time\\b)[${L}]+`),
  // A reduced timetable or day is provision, not a problem behaviour reduced.
  re('reduced\\b(?! (?:timetables?|days?|hours|weeks?|curriculum)\\b)'),
  re('less (?:often|frequently|disruptive|aggressive)\\b'),
  ['zero no', NO_INCIDENTS],
  // "fewer than 3 …": a limit on a problem unless it limits errors, prompts or time (a skill);
  // "spilling no more than once" limits a slip in a skill, "an adult pointing to it no more
  // than once" fades support: neither is a problem behaviour.
  ['fewer less no not at maximum max only', re(`(?<!(?:pointing|prompting|reminding|helping|showing|modelling|repeating|signing|guiding|supporting)(?: to)?(?: it| him| her| them| (?:his|her|their) (?:hands?|arms?|wrists?|elbows?))?(?: for)? )(?<!(?:spilling|spills|dropping|drops|missing|misses|reversing|reverses|misspelling|misspells|wobbling|stumbling|tripping|falling|slipping|(?:losing|loses) (?:his|her|their) place) )(?:(?:(?:fewer|less|no more|not more)\\s+than|at most|(?:a )?max(?:imum)?(?: of)?)\\s+(?:\\d+(?: ?x(?![a-z]))?|${NUMBER_WORD}|once|twice|a)|only\\s+(?:once|twice|\\d+ times))\\b(?!\\s+(?:(?:[${L}0-9-]+\\s+){0,3})?(?:(?:break|exit|help|calm|time-out|time out) (?:cards?|pass(?:es)?)|errors?|mistakes?|reversals?|slips?|omissions?|rests?|stops?|pauses?|(?<!\\b(?:at|during|after|before|until) )breaks?(?! ?times?\\b)|prompts?|reminders?|cues?|repeats?|repetitions?|attempts?|tries|seconds?|secs?|minutes?|mins?|hours?|words?|letters?|spelling|adult|verbal|visual|physical|support|missing|missed|wrong|incorrect|forgotten|reversed|misspelt|misspelled)\\b)`)],
 // Time spent away from learning is a problem limited, not a skill's speed.
  ['fewer less no not', re(`(?:fewer|less|no more|not more)\\s+than\\s+(?:\\d+|${NUMBER_WORD}|a)\\s+(?:minutes?|mins?|hours?|sessions?|lessons?|days?)\\s+(?:at a time\\s+|(?:a|per|each) (?:day|week|lesson|session|morning|afternoon)\\s+)?(?:out of|outside|away from|off|absent|late|in (?:the )?(?:corridor|office|isolation|time[- ]out|toilets?))\\b`)],
  // "No hitting.": a rule that forbids, as a poster or a target card puts it.
  ['no', re('no (?:hitting|kicking|biting|pushing|shoving|shouting|running|swearing|spitting|throwing|fighting|snatching|grabbing|calling out)\\b(?! (?:incidents?|episodes?)\\b)')],
  // "without hitting": defined by not doing a problem behaviour ("without prompts" is fine).
  re(`without\\s+(?:[${L}]+\\s+)?(?:hitting|kicking|biting|pushing|shoving|shouting|calling out|running|fighting|swearing|grabbing|snatching|throwing|crying|screaming|hurting|spitting|scratching|pinching|interrupting|refusing|arguing|damaging|disrupting|leaving|(?:walking|running|storming) (?:out|off)|ripping|tearing|breaking|slamming|tantrums?|incidents?|outbursts?|aggression|fuss|complaint|complaining|upset|being (?:sent|removed|excluded)|red cards?|yellow cards?|detentions?|exclusions?|sanctions?|behaviour points?|referrals?|physical interventions?|restraints?)\\b`),
  // "an incident-free playtime", "exclusion-free for 6 weeks".
  ['incident exclusion detention sanction', re('(?:incident|exclusion|detention|sanction)[- ]free\\b')],
  // "lunchtimes free from fighting", "keep time out of lessons to a minimum".
  ['free', re(`free (?:from|of) (?:[${L}]+ )?(?:[${L}]+ing|incidents?|outbursts?|aggression|sanctions?|detentions?)\\b`)],
  re('to a minimum\\b'),
  ['spend spends spending', re('(?:spend|spends|spending) less time (?:out of|outside|away from|in (?:the )?(?:corridor|office|isolation|time[- ]out))\\b')],
]);

// "from 4 a week to 1", "go from 5 incidents … to 2 or fewer": a count brought down is a problem
// limited ("from 20 to 40 words a minute" is a skill growing, "count back from 20 to 0" a skill).
const FROM_TO = new RegExp(`\\bfrom (\\d+|${NUMBER_WORD}) (?:[a-z-]+ ){0,8}?to (\\d+|${NUMBER_WORD})\\b`, 'g');
// Words read as values up to ten (NUMBER_WORDS opens with one to ten); beyond, none.
const SMALL_NUMBER_WORDS = NUMBER_WORDS.split(' ').slice(0, 10);
const valueOf = (word: string): number => {
  if (/^\d/.test(word)) return Number(word);
  const index = SMALL_NUMBER_WORDS.indexOf(word);
  return index < 0 ? -1 : index + 1;
};
function broughtDown(p: Prepared): Evidence[] {
  if (!p.lower.includes('from ')) return [];
  const found: Evidence[] = [];
  for (const m of p.lower.matchAll(FROM_TO)) {
    const [before, after] = [valueOf(m[1]!), valueOf(m[2]!)];
    const counting = /\b(?:count(?:s|ing)?|back(?:wards)?)\b[^.,;]{0,20}$/.test(p.lower.slice(Math.max(0, m.index - 24), m.index));
    if (before >= 0 && after >= 0 && after < before && !counting) found.push(span(p.text, m.index, m.index + m[0].length));
  }
  return found;
}

export function checkPositive(p: Prepared): Verdict {
  const evidence = ordered([...matchRules(p, STOP_RULES), ...broughtDown(p)]);
  if (evidence.length > 0) return { ok: false, code: 'positive.stop-behaviour', evidence };
  return { ok: true, code: 'positive.stated', evidence: [] };
}
