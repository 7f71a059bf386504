// Finds the commitment's headline verb: the first verb after the main modal
// ("Amir will …", "Ruby can …", "Sam to …"), skipping negation, adverbs and
// "be able to"-style wrappers. Both the action check and the positive check start here.
import type { Prepared, Token } from './scan.js';

const MODALS = new Set(['will', 'can', 'shall', 'should', 'must', 'would', 'won', 'll']);
const SKIP = new Set(['not', 'never', 'now', 'then', 'also', 'still', 'always', 'again', 'just', 'really', 't']);
// "be able to X", "try to X": the wrapper ends with "to".
const WRAP_TO = new Set(['able', 'supported', 'encouraged', 'helped', 'expected', 'prompted', 'begin', 'start', 'continue', 'try', 'attempt', 'aim', 'confidence', 'opportunity', 'chance', 'manage']);
// Some words ending in -ly are verbs, not adverbs.
const LY_VERBS = new Set(['apply', 'reply', 'rely', 'fly', 'supply', 'multiply', 'tally', 'comply', 'bully']);

export interface Headline {
  /** Index of the modal token ("will"), or -1 when the text has none. */
  modal: number;
  /** Index of the headline verb token, or -1. */
  verb: number;
}

function skipWrappers(tokens: readonly Token[], from: number): number {
  let i = from;
  for (let guard = 0; guard < 10 && i < tokens.length; guard++) {
    const w = tokens[i]!.word;
    const next = tokens[i + 1]?.word;
    if (SKIP.has(w)) i++;
    else if (w === 'no' && next === 'longer') i += 2;
    else if (w === 'be' && next !== undefined && WRAP_TO.has(next) && tokens[i + 2]?.word === 'to') i += 3;
    else if (WRAP_TO.has(w) && next === 'to') i += 2;
    else if (w === 'have' && next === 'a' && tokens[i + 2]?.word === 'go' && tokens[i + 3]?.word === 'at') i += 4;
    else if (w === 'have' && next === 'the' && tokens[i + 3]?.word === 'to' && WRAP_TO.has(tokens[i + 2]?.word ?? '')) i += 4;
    else if (w.length > 4 && w.endsWith('ly') && !LY_VERBS.has(w)) i++;
    else break;
  }
  return i;
}

export function findHeadline(p: Prepared): Headline {
  const { tokens } = p;
  let modal = -1;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.word;
    if (MODALS.has(w) || ((w === 'is' || w === 'are') && tokens[i + 1]?.word === 'able' && tokens[i + 2]?.word === 'to')) {
      modal = w === 'is' || w === 'are' ? i + 2 : i;
      break;
    }
  }
  if (modal < 0) {
    // "Amir to say hello…": the infinitive marker stands in for "will" near the start.
    for (let i = 0; i < tokens.length && tokens[i]!.start < 60; i++) {
      if (tokens[i]!.word === 'to') {
        modal = i;
        break;
      }
    }
  }
  const verb = skipWrappers(tokens, modal + 1);
  return { modal, verb: verb < tokens.length ? verb : -1 };
}
