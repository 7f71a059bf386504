import { RuleInputError } from '../dates/rule-input-error.js';

/**
 * A deep copy of a plan's JSON data. Unlike `structuredClone` it reads through a
 * framework's reactive proxies (Vue's `reactive()`), which `structuredClone` refuses with a
 * DOMException, and it refuses, naming where, what a JSON plan cannot hold (a function, a
 * BigInt, a Map, a loop) rather than carry it into the next plan or crash.
 */
export function copyJson(value: unknown, path: string, seen: readonly object[] = []): unknown {
  if (typeof value !== 'object' || value === null) {
    if (['function', 'symbol', 'bigint'].includes(typeof value)) throw notJson(path, `a ${typeof value}`);
    return value;
  }
  if (seen.includes(value)) throw notJson(path, 'a reference back to an object that contains it');
  if (value instanceof Date) return new Date(value.getTime()); // a vendor's timestamp, kept as structuredClone kept it
  const inside = [...seen, value];
  if (Array.isArray(value)) return value.map((item, index) => copyJson(item, `${path}[${index}]`, inside));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw notJson(path, `a ${value.constructor?.name ?? 'class instance'}`);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyJson(item, `${path}.${key}`, inside);
  return copy;
}

function notJson(path: string, what: string): RuleInputError {
  return new RuleInputError('invalid-field', `${path}: ${what} is not JSON: a plan holds only text, numbers, true/false, null, lists and objects`, path);
}
