import { isSchemaObject } from './json-schema.js';
import type { FieldKind } from './messages/catalogue.js';
import type { SchemasAt } from './schema-at-pointer.js';

export interface FieldDescription {
  /** The title as the schema gives it, without a trailing colon. */
  readonly title: string;
  /** The title shortened for a sentence: no bracketed example or note. */
  readonly short: string;
  readonly kind: FieldKind;
  /** The first of the schema's `examples`, as text. */
  readonly example?: string;
}

/**
 * Describes a field from the schemas that apply to it. `name` (the property name) is the
 * fallback when no schema gives a title, turned into words: `dateOfBirth` → "Date of birth".
 */
export function describeField(schemas: SchemasAt, name: string, listTitle?: () => string): FieldDescription {
  const titled = schemas.find((schema) => typeof schema.title === 'string' && schema.title.trim() !== '');
  // An untitled row of a list is named after the list ("Reasons", row 2), not "Entry".
  const untitled = listTitle && /^[0-9]+$/.test(name) ? listTitle() : humanise(name);
  const title = titled ? tidy(titled.title as string) : untitled;
  const withoutNotes = title.replace(/\s*\([^()]*\)/g, '').trim();
  const short = withoutNotes.replace(/[:\s]+$/, '') || title;
  const examples = schemas.find((schema) => Array.isArray(schema.examples))?.examples as unknown[] | undefined;
  const first = examples?.[0];
  return {
    title,
    short,
    kind: kindOf(schemas),
    ...(typeof first === 'string' || typeof first === 'number' ? { example: String(first) } : {}),
  };
}

function tidy(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
}

function humanise(name: string): string {
  if (name === '') return 'Plan';
  if (/^[0-9]+$/.test(name)) return 'Entry';
  const words = name.replace(/^x-/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function kindOf(schemas: SchemasAt): FieldKind {
  const has = (test: (schema: SchemasAt[number]) => boolean) => schemas.some(test);
  const typeIs = (type: string) => (schema: SchemasAt[number]) =>
    schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
  // A list of codes: `enum`, or `oneOf` of `const`s (each with its `title`).
  if (has((schema) => Array.isArray(schema.enum) || (Array.isArray(schema.oneOf) && schema.oneOf.every((branch) => isSchemaObject(branch) && 'const' in branch)))) return 'choice';
  if (has((schema) => 'const' in schema)) return 'value';
  if (has((schema) => schema.format === 'date')) return 'date';
  if (has(typeIs('boolean'))) return 'yes-no';
  if (has(typeIs('array'))) return 'list';
  if (has(typeIs('object')) || has((schema) => 'properties' in schema)) return 'section';
  if (has(typeIs('number')) || has(typeIs('integer'))) return 'number';
  if (has(typeIs('string'))) return 'text';
  return 'value';
}
