/** New lists for row actions; the input is never changed (rows and their keys move together). */

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

export function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const copy = list.slice();
  [copy[a], copy[b]] = [copy[b] as T, copy[a] as T];
  return copy;
}
