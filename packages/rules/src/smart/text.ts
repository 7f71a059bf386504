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

/** True when a stretch overlaps any of the given spans. */
export function overlaps(start: number, end: number, spans: readonly Evidence[]): boolean {
  for (const s of spans) if (start < s.end && s.start < end) return true;
  return false;
}

/** Drops evidence that overlaps the given spans (e.g. numbers inside a date). */
export function outside(found: readonly Evidence[], spans: readonly Evidence[]): Evidence[] {
  return spans.length === 0 ? [...found] : found.filter((e) => !overlaps(e.start, e.end, spans));
}

/** Evidence sorted by position, without spans that overlap an earlier (or longer) one. */
export function ordered(found: Evidence[]): Evidence[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Evidence[] = [found[0]!];
  for (let i = 1; i < found.length; i++) {
    const e = found[i]!;
    if (e.start >= out[out.length - 1]!.end) out.push(e);
  }
  return out;
}

/** Number words a target is likely to use for counts (one to twenty, tens, once, twice). */
export const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)';
