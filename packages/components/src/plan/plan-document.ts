/** A plan as JSON: the renderer never assumes more than "an object with string keys". */
export type PlanDocument = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
