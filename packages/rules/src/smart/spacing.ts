// Targets are pasted from word processors and MIS screens: non-breaking spaces, double spaces
// after a full stop, tabs, line breaks, curly apostrophes and Unicode hyphens. The rules are
// written for plain text with single spaces, so the check reads a tidied copy and maps its
// evidence back to the characters the person wrote.
import type { Evidence } from './types.js';

/** A tidied copy of a text, and where each of its characters came from. */
export interface Tidied {
  text: string;
  /** Offset in the original text of each character of `text`. */
  origin: Int32Array;
}

const SPACE = /\s/;

function tidyChar(ch: string, prev: string, next: string): string {
  if (ch === '‘' || ch === '’') return "'";
  if (ch === '\u2010' || ch === '\u2011') return '-';
  if (ch === '–' && prev !== '' && next !== '' && !SPACE.test(prev) && !SPACE.test(next)) return '-';
  return ch;
}

// Notes write "w/ TA support" and "w/o help"; "w/c 14th" (week commencing) is a date.
const SHORTHAND = /^[wW]\/(?:[oO](?![a-zA-Z]))?(?![cC](?![a-zA-Z]))/;

/**
 * Collapses every run of whitespace to one space, makes quotes and hyphens plain, and spells
 * out "w/" and "w/o" as "with" and "without" (each letter mapped to the shorthand it came from).
 */
export function tidySpacing(text: string): Tidied {
  const out: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const short = (ch === 'w' || ch === 'W') && !/[\p{L}\p{N}]/u.test(text.charAt(i - 1)) ? SHORTHAND.exec(text.slice(i, i + 4))?.[0] : undefined;
    if (short) {
      const word = short.length === 3 ? 'without' : 'with';
      for (let k = 0; k < word.length; k++) origin.push(i + Math.min(k, short.length - 1));
      out.push(word);
      i += short.length - 1;
      continue;
    }
    const space = SPACE.test(ch);
    if (space && out[out.length - 1] === ' ') continue;
    out.push(space ? ' ' : tidyChar(ch, text.charAt(i - 1), text.charAt(i + 1)));
    origin.push(i);
  }
  return { text: out.join(''), origin: Int32Array.from(origin) };
}

/** Evidence found in the tidied copy, as offsets and text of the original. */
export function untidy(evidence: readonly Evidence[], original: string, tidied: Tidied): Evidence[] {
  const { origin } = tidied;
  return evidence.map((e) => {
    const start = origin[e.start] ?? original.length;
    const end = e.end > e.start ? origin[e.end - 1]! + 1 : start;
    return { start, end, text: original.slice(start, end) };
  });
}
