import type { PlanObject } from './migration.js';

/**
 * A step of a path into a plan: a property name, or `'[]'` for every item of a list, so
 * `['targets', '[]', 'areaOfNeed']` reaches the area of need of every target.
 */
export type PathStep = string;

function isObject(value: unknown): value is PlanObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns a copy of `value` with `update` applied to what `path` reaches, copying only the
 * objects and lists on the way, so the input is never changed. Paths that reach nothing (a
 * section the plan does not have) leave the plan as it is: drafts may be incomplete.
 */
export function updateAt(value: unknown, path: readonly PathStep[], update: (found: unknown) => unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return update(value);
  if (step === '[]') {
    return Array.isArray(value) ? value.map((item: unknown) => updateAt(item, rest, update)) : value;
  }
  if (!isObject(value) || !Object.hasOwn(value, step)) return value;
  return { ...value, [step]: updateAt(value[step], rest, update) };
}

/**
 * Renames the field at `path` (its last step is the field's current name) to `newName`,
 * keeping its place among its siblings, so a migrated plan reads in the same order.
 */
export function renameField<T extends PlanObject>(plan: T, path: readonly PathStep[], newName: string): T {
  const oldName = path.at(-1);
  if (oldName === undefined || oldName === '[]') throw new TypeError('renameField: the path must end with a field name');
  return updateAt(plan, path.slice(0, -1), (parent) => {
    if (!isObject(parent) || !Object.hasOwn(parent, oldName)) return parent;
    // A field already called `newName` gives way: the renamed field is the one the old
    // shape meant, and keeping both would leave a field the new schema does not expect.
    return Object.fromEntries(
      Object.entries(parent)
        .filter(([key]) => key !== newName)
        .map(([key, field]) => [key === oldName ? newName : key, field]),
    );
  }) as T;
}
