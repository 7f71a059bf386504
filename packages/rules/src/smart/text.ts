import type { Evidence } from './types.js';

/** One stretch of text, as offsets into the original target. */
export function span(text: string, start: number, end: number): Evidence {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Every match of a global regex, as evidence. The regexes live at module level (compiled
 * once); resetting `lastIndex` makes reuse safe because checks run synchronously.
 */
export function findAll(re: RegExp, text: string, group = 0): Evidence[] {
  const found: Evidence[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const part = m[group];
    if (part === undefined) continue;
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(part));
    found.push(span(text, start, start + part.length));
  }
  return found;
}

/**
 * Drops evidence that overlaps any of the spans (e.g. numbers inside a date). `found` must not
 * overlap itself (true of every rule's matches). Both lists are walked in position order, so a
 * 100 KB text with thousands of each stays n log n.
 */
export function outside(found: readonly Evidence[], spans: readonly Evidence[]): Evidence[] {
  if (spans.length === 0 || found.length === 0) return [...found];
  const sorted = byStart(spans);
  const items = byStart(found);
  const kept: Evidence[] = [];
  let i = 0;
  let reach = -1; // furthest end among spans starting before the current item ends
  for (const e of items) {
    while (i < sorted.length && sorted[i]!.start < e.end) {
      reach = Math.max(reach, sorted[i]!.end);
      i++;
    }
    // Spans that started earlier but end after e.start overlap it; reach covers them all.
    if (reach > e.start) continue;
    kept.push(e);
  }
  return kept;
}

/** True when the list is already in position order (a stable sort would leave it as it is). */
function inOrder(list: readonly Evidence[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.start) return false;
  return true;
}

/** The list by start position; most lists come in order already, and are not copied. */
export function byStart(list: readonly Evidence[]): readonly Evidence[] {
  return inOrder(list) ? list : [...list].sort((a, b) => a.start - b.start);
}

/** Evidence sorted by position, without spans that overlap an earlier (or longer) one. */
export function ordered(found: Evidence[]): Evidence[] {
  if (found.length < 2) return found;
  // Usually the spans already follow each other without touching: nothing to sort or drop.
  let apart = true;
  for (let i = 1; i < found.length && apart; i++) apart = found[i - 1]!.end <= found[i]!.start && found[i]!.start < found[i]!.end;
  if (apart && found[0]!.start < found[0]!.end) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [found[0]!];
  for (let i = 1; i < found.length; i++) {
    const e = found[i]!;
    if (e.start >= out[out.length - 1]!.end) out.push(e);
  }
  return out;
}

/** Number words a target is likely to use for counts (one to twenty, tens, once, twice). */
export const NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred';
export const NUMBER_WORD = `(?:${NUMBER_WORDS.replaceAll(' ', '|')})`;
