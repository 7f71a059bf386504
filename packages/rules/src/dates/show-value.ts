/**
 * A bad value as an error message shows it: as JSON where JSON can write it (`"no"`, `3`,
 * `null`), otherwise by its type (`bigint`, `function`, `symbol`). `JSON.stringify` alone
 * throws a TypeError for a BigInt, which would replace the message with a crash.
 */
export function showValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
