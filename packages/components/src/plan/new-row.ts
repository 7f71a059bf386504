import { isPlainObject } from './plan-document.js';
import { kindOf, propertiesOf } from './schema-keywords.js';
import type { ResolvedSchema, SchemaResolver } from './schema-resolver.js';

let counter = 0;

/** A fresh id for a new row: random where the browser offers it, unique in the page anyway. */
export function newRowId(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `row-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

/**
 * The value of a new row: an object (with a generated `id` when the item has a string `id`,
 * since records point at targets by id), an empty list, or for a text, number, yes/no or
 * choice the empty string that an emptied field in a list holds (never an object, which a
 * number box would show as "{}"); `{}` when the item has no type.
 */
export function newRow(item: ResolvedSchema | undefined, resolver: SchemaResolver | undefined): unknown {
  if (!item) return {};
  const kind = kindOf(item.node);
  if (kind !== 'object') return kind === 'array' ? [] : kind === 'unknown' ? {} : '';
  const row: Record<string, unknown> = {};
  const idSchema = propertiesOf(item.node).find(([name]) => name === 'id')?.[1];
  if (idSchema !== undefined && resolver && isPlainObject(idSchema) && kindOf(resolver.resolve(idSchema, item.base).node) === 'string') {
    row['id'] = newRowId();
  }
  return row;
}
