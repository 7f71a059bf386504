// Finds the commitment's headline verb: the first verb after the main modal
// ("Amir will …", "Ruby can …", "Sam to …"), skipping negation, adverbs and
// "be able to"-style wrappers. Both the action check and the positive check start here.
import { inSet, words, type Prepared, type Token } from './scan.js';

const MODALS = words('will can shall should must would won ll');
const SKIP = words('not never now then also still always again just really t');
// "be able to X", "try to X": the wrapper ends with "to".
const WRAP_TO = words('able supported encouraged helped expected prompted begin start continue try attempt aim confidence opportunity chance manage');
// "try not to get angry": the wrapper before a negated verb.
// ("learn not to snatch" stays on "learn", as vague as "learn to".)
const WRAP_NOT_TO = words('try attempt aim remember choose');
// Some words ending in -ly are verbs, not adverbs.
const LY_VERBS = words('apply reply rely fly supply multiply tally comply bully');

export interface Headline {
  /** Index of the modal token ("will"), or -1 when the text has none. */
  modal: number;
  /** Index of the headline verb token, or -1. */
  verb: number;
}

/** Who writes provision where the pupil's behaviour belongs: "Staff will model…". */
export const ADULT_SUBJECTS = words('staff adults adult teacher teachers ta tas we senco practitioner practitioners parents parent mum dad school setting nursery preschool college assistant lsa keyworker salt slt hlta elsa therapist therapists mentor tutor');

export function isAdult(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  return inSet(t, ADULT_SUBJECTS) || ((t.word === 'person' || t.word === 'worker') && tokens[at - 1]?.word === 'key');
}

/** "1)" or "2." numbering the steps of a list ("will 1) pack his bag and 2) hand…"). */
export function isListNumber(lower: string, t: Token): boolean {
  return t.end - t.start === 1 && /[).]/.test(lower.charAt(t.end)) && lower.charAt(t.end + 1) === ' ' && /\d/.test(lower.charAt(t.start));
}

function skipWrappers(lower: string, tokens: readonly Token[], from: number): number {
  let i = from;
  for (let guard = 0; guard < 10 && i < tokens.length; guard++) {
    const t = tokens[i]!;
    const w = t.word;
    const nextToken = tokens[i + 1];
    const next = nextToken?.word;
    const third = tokens[i + 2];
    if (inSet(t, SKIP) || isListNumber(lower, t)) i++;
    else if (w === 'no' && next === 'longer') i += 2;
    else if (w === 'be' && nextToken !== undefined && inSet(nextToken, WRAP_TO) && third?.word === 'to') i += 3;
    else if (inSet(t, WRAP_TO) && next === 'to') i += 2;
    else if (inSet(t, WRAP_NOT_TO) && next === 'not' && third?.word === 'to') i += 3;
    else if (w === 'have' && next === 'a' && third?.word === 'go' && tokens[i + 3]?.word === 'at') i += 4;
    else if (w === 'have' && next === 'the' && tokens[i + 3]?.word === 'to' && third !== undefined && inSet(third, WRAP_TO)) i += 4;
    else if (w.length > 4 && w.endsWith('ly') && !inSet(t, LY_VERBS)) i++;
    else break;
  }
  return i;
}

/**
 * Note-style targets with no modal ("Jay – read 20 words", "Stairs: walk down…") start after
 * a name or heading set off by a dash or colon within the first few words; others at the start.
 */
function afterLabel(p: Prepared): number {
  const { tokens, text } = p;
  for (let i = 1; i < Math.min(tokens.length, 7); i++) {
    const gap = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (gap.includes('–') || gap.includes(' - ') || gap.includes(':')) return i;
  }
  return 0;
}

/**
 * "Outcome: Eitan will access a mainstream class. Step 1: Eitan will stay at his table…": the
 * step is the target for this review; the outcome before it is where the steps lead. The index
 * of the first token after the last "Step N:", or 0.
 */
function stepStart(p: Prepared): number {
  const { tokens, text } = p;
  let start = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.word === 'step' && /^\d$/.test(tokens[i + 1]!.word) && /^\s*[:–-]/.test(text.slice(tokens[i + 1]!.end))) start = i + 2;
  }
  return start;
}

export function findHeadline(p: Prepared): Headline {
  const { tokens } = p;
  const start = stepStart(p);
  let modal = -1;
  for (let i = start; i < tokens.length; i++) {
    const w = tokens[i]!.word;
    if (inSet(tokens[i]!, MODALS) || ((w === 'is' || w === 'are') && tokens[i + 1]?.word === 'able' && tokens[i + 2]?.word === 'to')) {
      modal = w === 'is' || w === 'are' ? i + 2 : i;
      // "…so we will use it: Chidi will request…", "His key adult will meet him…; Jordan will…":
      // the adults' provision, then the pupil's commitment (used when there is one).
      if (i > 0 && isAdult(tokens, i - 1)) continue;
      break;
    }
  }
  // "Kian can recall some of his number bonds. Kian will know all of them…": what he can do now
  // is the baseline; the target is the later sentence with "will".
  if (modal >= 0 && tokens[modal]!.word !== 'will') {
    const later = tokens.findIndex((t, k) => k > modal && t.word === 'will' && !isAdult(tokens, k - 1) && /[.!?]/.test(p.text.slice(tokens[modal]!.end, t.start)));
    if (later > 0) modal = later;
  }
  const label = modal < 0 ? Math.max(start, afterLabel(p)) : 0;
  if (modal < 0) {
    // "Amir to say hello…": the infinitive marker stands in for "will" near the start. After a
    // label ("Ewan – work on Lexia … to boost his reading") only a short subject comes first.
    for (let i = start; i < tokens.length && tokens[i]!.start < tokens[start]!.start + 60; i++) {
      if (tokens[i]!.word === 'to') {
        if (label === 0 || i <= label + 3) modal = i;
        break;
      }
    }
  }
  const verb = skipWrappers(p.lower, tokens, modal < 0 ? label : modal + 1);
  return { modal, verb: verb < tokens.length ? verb : -1 };
}
