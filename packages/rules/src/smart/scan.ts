// One pass over a target: a lower-cased copy with the same offsets, and its word tokens.
// Rules are sticky regexes tried only where one of their first words starts, so each check
// costs a few map look-ups per word instead of scanning the whole text per pattern.
import type { Evidence } from './types.js';
import { span } from './text.js';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased word. */
  word: string;
  /** Bits of the rule and word sets this word can start (one map look-up per word, here). */
  flags: number;
  /** The rules this word can start, by rule-set index. */
  rules: readonly (readonly RegExp[] | undefined)[] | undefined;
}

export interface Prepared {
  text: string;
  /** `text` lower-cased, with exactly the same offsets. */
  lower: string;
  tokens: Token[];
  /** Tokens that start at least one registered rule or word set (usually a third of them). */
  triggers: Token[];
}

/** Letters and digits (Latin, Greek, Cyrillic and beyond); everything else separates words. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x1fff)
  );
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters grow when lower-cased (e.g. "İ"); keep those as they are.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function prepare(text: string): Prepared {
  const lower = lowerSameLength(text);
  const tokens: Token[] = [];
  const triggers: Token[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordChar(lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const word = lower.slice(start, i);
      const entry = TRIGGERS.get(keyOf(word));
      const token: Token = { start, end: i, word, flags: entry ? entry.flags : 0, rules: entry?.rules };
      tokens.push(token);
      if (token.flags !== 0) triggers.push(token);
      start = -1;
    }
  }
  return { text, lower, tokens, triggers };
}

// Every rule set and word set registers its first words here with its own bit, so that
// `prepare` finds, in one look-up per word, which sets a word can start.
interface Trigger {
  flags: number;
  rules: (RegExp[] | undefined)[];
}
const TRIGGERS = new Map<string, Trigger>();
let nextIndex = 0;

function register(byWord: ReadonlyMap<string, RegExp[] | undefined>): number {
  if (nextIndex > 30) throw new Error('too many rule sets');
  const index = nextIndex++;
  for (const [word, list] of byWord) {
    let entry = TRIGGERS.get(word);
    if (!entry) TRIGGERS.set(word, (entry = { flags: 0, rules: [] }));
    entry.flags |= 1 << index;
    entry.rules[index] = list;
  }
  return index;
}

/** Rules keyed by first word; `#` stands for any word starting with a digit. */
export interface RuleSet {
  bit: number;
  index: number;
}

/** Builds a rule set from [first words (space-separated), sticky regex on lower-case text]. */
export function rules(list: readonly (readonly [string, RegExp])[]): RuleSet {
  const byWord = new Map<string, RegExp[]>();
  for (const [firsts, re] of list) {
    if (!re.sticky) throw new Error(`rule ${re} must be sticky`);
    for (const first of firsts.split(' ')) {
      const bucket = byWord.get(first);
      if (bucket) bucket.push(re);
      else byWord.set(first, [re]);
    }
  }
  const index = register(byWord);
  return { bit: 1 << index, index };
}

/** A set of single words matched as whole tokens. */
export interface WordSet {
  bit: number;
}

export function words(list: Iterable<string>): WordSet {
  const index = register(new Map([...list].map((w) => [w, undefined])));
  return { bit: 1 << index };
}

/** The rule key of a word: `#` for anything starting with a digit ("12", "12th", "4"). */
function keyOf(word: string): string {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 ? '#' : word;
}

/** Every rule match, tried only at tokens that can start one. Longest match per token wins. */
export function matchRules(p: Prepared, set: RuleSet, from = 0): Evidence[] {
  const found: Evidence[] = [];
  let coveredTo = -1;
  for (const token of p.triggers) {
    if ((token.flags & set.bit) === 0 || token.start < from || token.start < coveredTo) continue;
    const bucket = token.rules?.[set.index];
    if (!bucket) continue;
    let best = -1;
    for (const re of bucket) {
      re.lastIndex = token.start;
      // test() on a sticky regex leaves lastIndex at the match end, without building a match array.
      if (re.test(p.lower) && re.lastIndex > best) best = re.lastIndex;
    }
    if (best > token.start) {
      found.push(span(p.text, token.start, best));
      coveredTo = best;
    }
  }
  return found;
}

/** Tokens whose word is in the set, as evidence. */
export function matchWords(p: Prepared, set: WordSet): Evidence[] {
  const found: Evidence[] = [];
  for (const token of p.triggers) if ((token.flags & set.bit) !== 0) found.push(span(p.text, token.start, token.end));
  return found;
}

/** True when the token is in the word set. */
export function inSet(token: Token, set: WordSet): boolean {
  return (token.flags & set.bit) !== 0;
}
