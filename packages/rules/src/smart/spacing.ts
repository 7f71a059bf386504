// Targets are pasted from word processors and MIS screens: non-breaking spaces, double spaces
// after a full stop, tabs, line breaks, curly apostrophes and Unicode hyphens, and rich-text
// fields hand over HTML ("<p>", "&nbsp;", "&amp;"). The rules are written for plain text with
// single spaces, so the check reads a tidied copy and maps its evidence back to the characters
// the person wrote.
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

// HTML's formatting tags read as a space ("<name>", a placeholder, is no tag); its entities as the
// characters they stand for.
const TAG = /^<\/?(?:p|br|li|ul|ol|strong|b|i|em|u|span|div|h[1-6]|font|a|table|tbody|thead|tr|td|th|sup|sub|hr|blockquote|small|mark|del|ins|s)\b[^<>]{0,200}>/i;
const ENTITY = /^&(?:#(\d{1,6})|#x([0-9a-f]{1,5})|([a-z]{2,6}));/i;
const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', lsquo: "'", rsquo: "'", ldquo: '"', rdquo: '"',
  ndash: '–', mdash: '—', hellip: '…', pound: '£',
};

/** The markup at `i` (a tag, or an entity and the character it stands for), or undefined. */
function markupAt(text: string, i: number): { length: number; ch: string } | undefined {
  const first = text.charAt(i);
  if (first === '<') {
    const tag = TAG.exec(text.slice(i, i + 210));
    return tag ? { length: tag[0].length, ch: ' ' } : undefined;
  }
  if (first !== '&') return undefined;
  const entity = ENTITY.exec(text.slice(i, i + 12));
  if (!entity) return undefined;
  const code = entity[1] ? Number(entity[1]) : entity[2] ? parseInt(entity[2], 16) : undefined;
  const ch = code === undefined ? NAMED[entity[3]!.toLowerCase()] : code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  return ch === undefined ? undefined : { length: entity[0].length, ch };
}

// Notes write "w/ TA support" and "w/o help"; "w/c 14th" (week commencing) is a date.
const SHORTHAND = /^[wW]\/(?:[oO](?![a-zA-Z]))?(?![cC](?![a-zA-Z]))/;

/**
 * Collapses every run of whitespace to one space, makes quotes and hyphens plain, reads HTML
 * tags and entities, and spells out "w/" and "w/o" as "with" and "without" (each letter mapped
 * to the shorthand it came from).
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
    const markup = ch === '<' || ch === '&' ? markupAt(text, i) : undefined;
    const read = markup?.ch ?? ch;
    const at = i;
    if (markup) i += markup.length - 1;
    const space = SPACE.test(read);
    if (space && out[out.length - 1] === ' ') continue;
    out.push(space ? ' ' : tidyChar(read, text.charAt(at - 1), text.charAt(i + 1)));
    origin.push(at);
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
