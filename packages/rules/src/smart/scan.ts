// One pass over a target: a lower-cased copy with the same offsets, and its word tokens, each
// given its id in a lexicon built once at module load from every word list and rule. By id, a
// word has a bit for every list it is in and the rules it can start, so every later test of a
// word is a bit test, not a string look-up. Rules are sticky regexes tried only where one of
// their first words starts, so a target runs a few regexes at a few places, not one scan of
// the whole text per pattern.
import type { Evidence } from './types.js';
import { span } from './text.js';

/** What the lexicon knows about one word. */
interface Entry {
  /** One bit per rule set the word can start. */
  flags: number;
  /** The rules this word can start, by rule-set index. */
  rules: (RegExp[] | undefined)[];
  /** Membership bits of the word lists (`words`), 32 lists per element. */
  sets: Int32Array;
}

export interface Token {
  start: number;
  end: number;
  /** Lower-cased word. */
  word: string;
  /** The word's place in the lexicon (0: a word no list names). */
  id: number;
  /** One bit per rule set the word can start. */
  flags: number;
}

export interface Prepared {
  text: string;
  /** `text` lower-cased, with exactly the same offsets. */
  lower: string;
  tokens: Token[];
  /** Tokens that start at least one rule (about half of them). */
  triggers: Token[];
  /** The text may have spacing, quotes or hyphens that `tidySpacing` would change. */
  untidy: boolean;
  /** Every rule set some token can start (the tokens' flags together). */
  flags: number;
}

// Room for 32 × 3 word lists (about 70 are used); `words` says when it runs out.
const SET_WORDS = 3;
const LEXICON = new Map<string, Entry>([['', { flags: 0, rules: [], sets: new Int32Array(SET_WORDS) }]]);

// Set when a list or rule is registered: the next scan rebuilds the flat tables.
let changed = true;

function entryOf(word: string): Entry {
  changed = true;
  let entry = LEXICON.get(word);
  if (!entry) LEXICON.set(word, (entry = { flags: 0, rules: [], sets: new Int32Array(SET_WORDS) }));
  return entry;
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

// The lexicon as an open-addressing table of word hashes, so that the scan hashes each word
// as it reads its letters and finds its id without first cutting the word out of the text
// (a Map look-up needs the sliced string and hashes it again). Built on the first scan, after
// every module has registered its words; rebuilt if a list or rule is added later.
let keys: string[] = [];
let slots = new Int32Array(0);
let mask = 0;
let numberId = 0;
// Flat copies of the entries, indexed by word id: a test of a word is one typed-array read.
let FLAGS = new Int32Array(0);
let MEMBERS = new Int32Array(0);
let RULES: (RegExp[] | undefined)[][] = [];

function hashChar(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function buildTable(): void {
  changed = false;
  keys = [...LEXICON.keys()];
  const entries = keys.map((k) => LEXICON.get(k)!);
  FLAGS = Int32Array.from(entries, (e) => e.flags);
  MEMBERS = new Int32Array(entries.length * SET_WORDS);
  entries.forEach((e, n) => MEMBERS.set(e.sets, n * SET_WORDS));
  RULES = entries.map((e) => e.rules);
  numberId = Math.max(0, keys.indexOf('#'));
  let size = 1024;
  while (size < keys.length * 4) size *= 2;
  mask = size - 1;
  slots = new Int32Array(size).fill(-1);
  keys.forEach((key, n) => {
    if (n === 0) return; // '' stands for every word the lexicon does not know
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = hashChar(h, key.charCodeAt(i));
    let slot = h & mask;
    while (slots[slot]! >= 0) slot = (slot + 1) & mask;
    slots[slot] = n;
  });
}

/** The lexicon's index of `lower[start, end)` with hash `h`, or -1. */
function find(lower: string, start: number, end: number, h: number): number {
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const n = slots[slot]!;
    if (n < 0) return -1;
    const key = keys[n]!;
    if (key.length === end - start && lower.startsWith(key, start)) return n;
  }
}

// Typos busy people make that keep a word's length ("thier" for "their"): the rules read the
// word meant. Offsets do not move, so evidence still points into the text as typed. The scan
// finds them as lexicon words, so a target without one costs nothing more.
const MEANT: Readonly<Record<string, string>> = { thier: 'their', teh: 'the', adn: 'and', wiht: 'with', recieve: 'receive', acheive: 'achieve' };
const SAME_LENGTH_TYPOS = new RegExp(`\\b(?:${Object.keys(MEANT).join('|')})\\b`, 'g');

export function prepare(text: string): Prepared {
  if (changed) buildTable();
  const prepared = scan(text, lowerSameLength(text));
  if (!prepared.typo) return prepared;
  return scan(text, prepared.lower.replace(SAME_LENGTH_TYPOS, (typo) => MEANT[typo]!));
}

function scan(text: string, lower: string): Prepared & { typo: boolean } {
  let typo = false;
  const tokens: Token[] = [];
  const triggers: Token[] = [];
  const length = lower.length;
  let untidy = false;
  let flags = 0;
  let i = 0;
  while (i < length) {
    let c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      // Two spaces, a control character, a separator beyond ASCII, or HTML ("<p>", "&nbsp;"):
      // maybe something to tidy.
      if (c === 32 ? lower.charCodeAt(i + 1) === 32 : c < 32 || c > 126 || c === 60 || c === 38) untidy = true;
      i++;
      continue;
    }
    const start = i;
    let h = hashChar(0x811c9dc5, c);
    while (++i < length && isWordChar((c = lower.charCodeAt(i)))) h = hashChar(h, c);
    // Numbers share one entry, '#' (a digit is below 58).
    const digit = lower.charCodeAt(start) < 58;
    const n = digit ? -1 : find(lower, start, i, h);
    // A known word uses the lexicon's own copy: no slice, and comparisons with literals are quick.
    const word = n > 0 ? keys[n]! : lower.slice(start, i);
    const id = n > 0 ? n : digit ? numberId : 0;
    // "w/" and "w/o" are spelt out by tidySpacing.
    if (c === 47 && i - start === 1 && lower.charCodeAt(start) === 119) untidy = true;
    const token: Token = { start, end: i, word, id, flags: FLAGS[id]! };
    tokens.push(token);
    if (token.flags !== 0) {
      triggers.push(token);
      flags |= token.flags;
    } else if (id !== 0 && inSet(token, TYPOS)) typo = true;
  }
  return { text, lower, tokens, triggers, untidy, typo, flags };
}

/** A word list: `#` stands for any number. */
export interface WordSet {
  k: number;
  bit: number;
}

let nextSet = 0;

/** Registers a word list (space-separated) in the lexicon. */
export function words(list: string): WordSet {
  const n = nextSet++;
  if (n >= SET_WORDS * 32) throw new Error('too many word lists');
  const set = { k: n >> 5, bit: 1 << (n & 31) };
  for (const w of list.split(' ')) if (w !== '') entryOf(w).sets[set.k]! |= set.bit;
  return set;
}

/** True when the token is in the word list. */
export function inSet(token: Token, set: WordSet): boolean {
  return (MEMBERS[token.id * SET_WORDS + set.k]! & set.bit) !== 0;
}

/** Tokens whose word is in the list, as evidence. */
export function matchWords(p: Prepared, set: WordSet): Evidence[] {
  const found: Evidence[] = [];
  const { k, bit } = set;
  for (const t of p.tokens) if ((MEMBERS[t.id * SET_WORDS + k]! & bit) !== 0) found.push(span(p.text, t.start, t.end));
  return found;
}

/** A set of rules tried together (one element's rules). */
export interface RuleSet {
  bit: number;
  index: number;
}

let nextRuleSet = 0;

/**
 * The words a regex can start with, read from its source when it begins with a word or a
 * group of words ("with …", "(?:every|each) …"); other rules name them (`[firsts, regex]`).
 */
function firstWords(re: RegExp): string[] {
  const m = /^(?:\(\?:([a-z|]+)\)|([a-z]+))(?=[ \\])/.exec(re.source);
  if (!m) throw new Error(`rule ${re} needs its first words`);
  return (m[1] ?? m[2]!).split('|');
}

/** Builds a rule set from sticky regexes on lower-case text, or [first words (space-separated), regex]. */
export function rules(list: readonly (RegExp | readonly [string, RegExp])[]): RuleSet {
  const index = nextRuleSet++;
  if (index > 30) throw new Error('too many rule sets');
  for (const item of list) {
    const [firsts, re] = item instanceof RegExp ? [firstWords(item), item] : [item[0].split(' '), item[1]];
    if (!re.sticky) throw new Error(`rule ${re} must be sticky`);
    for (const first of firsts) {
      const entry = entryOf(first);
      entry.flags |= 1 << index;
      (entry.rules[index] ??= []).push(re);
    }
  }
  return { bit: 1 << index, index };
}

/** Every rule match, tried only at tokens that can start one. Longest match per token wins. */
export function matchRules(p: Prepared, set: RuleSet): Evidence[] {
  const found: Evidence[] = [];
  if ((p.flags & set.bit) === 0) return found; // no word in the text starts one of these rules
  let coveredTo = -1;
  const { lower } = p;
  for (const token of p.triggers) {
    if ((token.flags & set.bit) === 0 || token.start < coveredTo) continue;
    const bucket = RULES[token.id]![set.index]!;
    let best = -1;
    for (let r = 0; r < bucket.length; r++) {
      const re = bucket[r]!;
      re.lastIndex = token.start;
      // test() on a sticky regex leaves lastIndex at the match end, without building a match array.
      if (re.test(lower) && re.lastIndex > best) best = re.lastIndex;
    }
    if (best > token.start) {
      found.push(span(p.text, token.start, best));
      coveredTo = best;
    }
  }
  return found;
}

const TYPOS = words(Object.keys(MEANT).join(' '));
