import { isPlainObject } from './plan-document.js';
import type { SchemaNode } from './schema-resolver.js';

/** The kinds of value the generic renderer knows how to edit. */
export type ValueKind = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'unknown';

/** One option of an enum, with the label people read. */
export interface Choice {
  readonly value: unknown;
  readonly title: string;
}

/** The node's kind from `type` (first non-null of a list), else inferred from its keywords. */
export function kindOf(node: SchemaNode): ValueKind {
  const declared = Array.isArray(node['type']) ? node['type'].find((type) => type !== 'null') : node['type'];
  if (declared === 'object' || declared === 'array' || declared === 'string' || declared === 'number' || declared === 'integer' || declared === 'boolean') {
    return declared;
  }
  if (isPlainObject(node['properties'])) return 'object';
  if (node['items'] !== undefined || node['prefixItems'] !== undefined) return 'array';
  const choices = choicesOf(node);
  if (choices && choices.length > 0) {
    const first = choices[0]?.value;
    if (typeof first === 'string') return 'string';
    if (typeof first === 'number') return 'number';
    if (typeof first === 'boolean') return 'boolean';
  }
  return 'unknown';
}

/**
 * The options of an enum: `enum` with titles from `enumTitles` (this project's keyword),
 * `x-enumTitles` or `enumNames`, or a `oneOf`/`anyOf` whose entries are all `{ const, title }`.
 */
export function choicesOf(node: SchemaNode): Choice[] | undefined {
  if (Array.isArray(node['enum'])) {
    const titles = [node['enumTitles'], node['x-enumTitles'], node['enumNames']].find(Array.isArray) as unknown[] | undefined;
    return node['enum'].map((value, index) => ({ value, title: typeof titles?.[index] === 'string' ? titles[index] : String(value) }));
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = node[keyword];
    if (Array.isArray(options) && options.length > 0 && options.every((option) => isPlainObject(option) && 'const' in option)) {
      return options.map((option: Record<string, unknown>) => ({
        value: option['const'],
        title: typeof option['title'] === 'string' ? option['title'] : String(option['const']),
      }));
    }
  }
  return undefined;
}

/**
 * Whether a schema takes null: its `type` lists "null" (a nullable `anyOf` is read so too), or
 * OpenAPI 3.0's `nullable: true`.
 */
export function allowsNull(node: SchemaNode | undefined): boolean {
  return node?.['nullable'] === true || [node?.['type']].flat().includes('null');
}

/**
 * The label: the schema's `title` (the seed's wording), else the property name made readable.
 * A title that is one identifier (pydantic titles a `$defs` entry with its class name,
 * "SenNeedType") is made readable as a property name is.
 */
export function titleOf(node: SchemaNode, fallbackName: string | number): string {
  const title = stringKeyword(node, 'title');
  if (title && !/^\S*[a-z][A-Z]\S*$/.test(title)) return title;
  const name = title ?? fallbackName;
  if (typeof name === 'number') return `Item ${name + 1}`;
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function stringKeyword(node: SchemaNode, keyword: string): string | undefined {
  const value = node[keyword];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Guidance text: a string or a list of paragraphs; split into paragraphs on blank lines. */
export function guidanceParagraphs(node: SchemaNode): string[] {
  const raw = node['guidance'];
  const text = Array.isArray(raw) ? raw.filter((part) => typeof part === 'string').join('\n\n') : typeof raw === 'string' ? raw : '';
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

export function requiredNames(node: SchemaNode): ReadonlySet<string> {
  return new Set(Array.isArray(node['required']) ? node['required'].filter((name): name is string => typeof name === 'string') : []);
}

export function propertiesOf(node: SchemaNode): [string, unknown][] {
  return isPlainObject(node['properties']) ? Object.entries(node['properties']) : [];
}

/**
 * The entries of a map (`additionalProperties` given as a schema, e.g. a score per subject): the
 * plan's own keys, each with that schema. `x-` fields are the vendor's, and stay unshown.
 */
export function mapEntries(node: SchemaNode, object: Record<string, unknown>): [string, unknown][] {
  const each = node['additionalProperties'];
  if (!isPlainObject(each)) return [];
  const declared = isPlainObject(node['properties']) ? node['properties'] : {};
  return Object.keys(object)
    .filter((key) => !key.startsWith('x-') && !Object.hasOwn(declared, key))
    .map((key) => [key, each]);
}

/** True for a date string (`format: "date"`), whether reached through the common `date` or not. */
export function isDateNode(node: SchemaNode, defName: string | undefined): boolean {
  return defName === 'date' || node['format'] === 'date';
}
