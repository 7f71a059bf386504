/** A plain JSON object (not null, not an array): the only shape a part reads fields from. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field of a JSON object, or '' when it is missing or not a string. */
export function textOf(record: unknown, key: string): string {
  if (!isRecord(record)) return '';
  const field = record[key];
  if (typeof field === 'string') return field;
  // Numbers and booleans are shown rather than hidden, so nobody overwrites them unseen.
  if (typeof field === 'number' || typeof field === 'boolean') return String(field);
  return '';
}
