import { isPlainObject } from './plan-document.js';

/** One step into a JSON document: a property name or an array index. */
export type PathSegment = string | number;

/** Segments → RFC 6901 JSON Pointer (`['targets', 2, 'target']` → `/targets/2/target`). */
export function toPointer(segments: readonly PathSegment[]): string {
  let pointer = '';
  for (const segment of segments) {
    pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  }
  return pointer;
}

/** RFC 6901 JSON Pointer → segments (all strings; indexes stay strings like `"2"`). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `segments`, or `undefined` when any step is missing. */
export function getAt(document: unknown, segments: readonly PathSegment[]): unknown {
  let current = document;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isPlainObject(current)) current = current[String(segment)];
    else return undefined;
  }
  return current;
}

/**
 * The pointer of what changed between `previous` and `next`, the values at `pointer`: followed
 * down while exactly one property (or, in a list of the same length, one row) differs, so an
 * edit inside a part's value is named by its field (`/targets/0/baseline`).
 */
export function changedPointer(pointer: string, previous: unknown, next: unknown): string {
  if (typeof previous !== 'object' || typeof next !== 'object' || !previous || !next || Object(previous).length !== Object(next).length) return pointer;
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const differ = Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key]);
  return differ.length === 1 ? changedPointer(pointer + toPointer(differ), before[differ[0]!], after[differ[0]!]) : pointer;
}

/** Called when an array is copied along an edited path, so row keys can follow the copy. */
export type ArrayCopied = (previous: readonly unknown[], next: unknown[]) => void;

/**
 * A new document with `value` at `segments`, sharing every untouched branch with the old one
 * (only the objects and arrays on the path are copied), so an edit costs O(depth), keeps
 * unknown and `x-` fields, and unchanged rows keep their identity for cheap re-rendering.
 * `value === undefined` removes an object property (rows are removed with `updateAt` on the
 * array). Missing containers on the way are created: arrays when the next segment is a
 * number, objects otherwise.
 */
export function setAt(
  document: unknown,
  segments: readonly PathSegment[],
  value: unknown,
  onArrayCopied?: ArrayCopied,
): unknown {
  return updateAt(document, segments, () => value, onArrayCopied);
}

/** Like `setAt`, but the new value is computed from the old one (used for row operations). */
export function updateAt(
  document: unknown,
  segments: readonly PathSegment[],
  update: (previous: unknown) => unknown,
  onArrayCopied?: ArrayCopied,
): unknown {
  if (segments.length === 0) return update(document);
  const [head, ...rest] = segments as [PathSegment, ...PathSegment[]];
  if (Array.isArray(document)) {
    const index = Number(head);
    const copy = document.slice();
    copy[index] = updateAt(document[index], rest, update, onArrayCopied);
    onArrayCopied?.(document, copy);
    return copy;
  }
  const base: Record<string, unknown> = isPlainObject(document) ? document : {};
  const key = String(head);
  const child = rest.length === 0 ? undefined : base[key] ?? (typeof rest[0] === 'number' ? [] : {});
  const next = updateAt(rest.length === 0 ? base[key] : child, rest, update, onArrayCopied);
  const copy = { ...base };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}
