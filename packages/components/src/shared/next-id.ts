/**
 * An id not yet used in `taken`, as `${prefix}-${n}`. Deterministic (no clock, no randomness)
 * so tests and printed plans are stable; ids only need to be unique within one array.
 */
export function nextId(prefix: string, taken: Iterable<unknown>): string {
  const used = new Set<unknown>(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
