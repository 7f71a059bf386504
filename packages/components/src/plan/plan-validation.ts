import { toPointer, type PathSegment } from './json-pointer.js';
import { isPlainObject } from './plan-document.js';
import { allowsNull, choicesOf, isDateNode, kindOf, propertiesOf, requiredNames, titleOf } from './schema-keywords.js';
import type { SchemaResolver } from './schema-resolver.js';

/** One problem, at the JSON Pointer of its field, in words a person can act on. */
export interface FieldError {
  readonly pointer: string;
  readonly message: string;
  readonly field?: string;
  readonly code?: string;
}

export interface ValidationResult {
  readonly valid: boolean;
  readonly errors: readonly FieldError[];
}

/** `validate` of @isp-kit/schemas, or a validator a host compiled for its own variant schema. */
export type PlanValidator = (plan: unknown) => ValidationResult;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A small structural check: required fields, types, enums, real dates and minimum lengths, in
 * GOV.UK wording. It is the fallback for a host's `schema` that the interpreter cannot read (a
 * keyword it does not implement; see `hostSchemaValidator`): such a host passes a precompiled
 * `validator` (`isp-schemas compile`) to have everything checked. Runtime compilation is not an
 * option, since it needs `unsafe-eval`.
 */
export function basicValidator(resolver: SchemaResolver): PlanValidator {
  return (plan) => {
    const errors: FieldError[] = [];
    const root = resolver.root();
    visit(resolver, root.node, root.base, plan, [], 'Plan', errors, 0);
    return { valid: errors.length === 0, errors };
  };
}

function visit(
  resolver: SchemaResolver,
  raw: unknown,
  base: string,
  value: unknown,
  path: PathSegment[],
  fallbackTitle: string,
  errors: FieldError[],
  depth: number,
): void {
  if (depth > 64) return;
  const { node, base: nodeBase, defName } = resolver.resolve(raw, base);
  // A nullable field (`type: [..., 'null']`, or `anyOf` with null as the resolver reads it).
  if (value === null && allowsNull(node)) return;
  const title = titleOf(node, fallbackTitle);
  const pointer = toPointer(path);
  const fail = (message: string, code: string): void => {
    errors.push({ pointer, message, field: title, code });
  };
  const kind = kindOf(node);
  const choices = choicesOf(node);

  if (choices && !choices.some((choice) => choice.value === value)) {
    fail(`Select ${title.toLowerCase()} from the list`, 'enum');
    return;
  }
  switch (kind) {
    case 'object': {
      if (!isPlainObject(value)) return fail(`${title} must be a group of answers`, 'type');
      const required = requiredNames(node);
      for (const [name, child] of propertiesOf(node)) {
        const childValue = value[name];
        if (childValue === undefined || childValue === '') {
          if (required.has(name)) {
            const childTitle = titleOf(resolver.resolve(child, nodeBase).node, name);
            errors.push({ pointer: toPointer([...path, name]), message: `Enter ${childTitle.toLowerCase()}`, field: childTitle, code: 'required' });
          }
          continue;
        }
        visit(resolver, child, nodeBase, childValue, [...path, name], name, errors, depth + 1);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) return fail(`${title} must be a list`, 'type');
      const minItems = typeof node['minItems'] === 'number' ? node['minItems'] : 0;
      if (value.length < minItems) fail(`Add at least ${minItems} to ${title.toLowerCase()}`, 'minItems');
      value.forEach((item, index) => visit(resolver, node['items'], nodeBase, item, [...path, index], `${title} ${index + 1}`, errors, depth + 1));
      return;
    }
    case 'string': {
      if (typeof value !== 'string') return fail(`${title} must be text`, 'type');
      if (typeof node['minLength'] === 'number' && value.length < node['minLength']) fail(`Enter ${title.toLowerCase()}`, 'minLength');
      if (isDateNode(node, defName) && !isRealDate(value)) fail(`${title} must be a real date`, 'format');
      return;
    }
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (kind === 'integer' && !Number.isInteger(value))) {
        fail(`${title} must be ${kind === 'integer' ? 'a whole number' : 'a number'}`, 'type');
      }
      return;
    }
    case 'boolean': {
      if (typeof value !== 'boolean') fail(`${title} must be yes or no`, 'type');
      return;
    }
    default:
      return;
  }
}
