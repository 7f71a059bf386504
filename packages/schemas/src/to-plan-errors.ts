import type { AjvError } from './compiled-validator.js';
import { describeField } from './describe-field.js';
import { describeValue } from './describe-value.js';
import { appendToken, pointerTokens } from './json-pointer.js';
import { nullBranchOf } from './json-schema.js';
import type { MessageCatalogue, MessageContext, PlanErrorCode } from './messages/catalogue.js';
import type { PlanError } from './plan-error.js';
import { isListSchema, schemasAt } from './schema-at-pointer.js';
import type { LocatedSchema, SchemaRegistry } from './schema-registry.js';

export interface ErrorSource {
  readonly registry: SchemaRegistry;
  /** The schema the plan was validated against. */
  readonly root: LocatedSchema;
  /** The plan, to describe wrong values ("not a number"). */
  readonly plan: unknown;
  readonly messages: MessageCatalogue;
}

/**
 * Turns ajv's errors into `PlanError`s: the pointer of the field itself (a missing or
 * unknown property at its own pointer), the field's title from the schema, and a message
 * from the catalogue. ajv's own wording is never passed on.
 */
export function toPlanErrors(ajvErrors: readonly AjvError[], source: ErrorSource): PlanError[] {
  const errors: PlanError[] = [];
  const seen = new Set<string>();
  for (const error of withoutBranchNoise(ajvErrors, source)) {
    const planError = toPlanError(error, source);
    const key = `${planError.pointer}\u0000${planError.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(planError);
    }
  }
  return errors;
}

function toPlanError(error: AjvError, source: ErrorSource): PlanError {
  const { params } = error;
  const property = firstString(params.missingProperty, params.additionalProperty, params.unevaluatedProperty);
  const pointer = property === undefined ? error.instancePath : appendToken(error.instancePath, property);
  const tokens = pointerTokens(pointer);
  const field = describeAt(source, tokens);
  const code = codeOf(error);
  const context: MessageContext = {
    field: field.short,
    kind: field.kind,
    ...rowOf(source, tokens),
    ...(field.example === undefined ? {} : { example: field.example }),
    ...detailsOf(error, source),
  };
  if (code === 'unknown-field') {
    const parentTokens = tokens.slice(0, -1);
    const section = parentTokens.length === 0 ? undefined : describeAt(source, parentTokens).short;
    return {
      pointer,
      // The property has no title to give: it is not in the schema. Name it as written.
      field: property === '' ? '(a field with an empty name)' : property ?? field.title,
      message: source.messages['unknown-field']({ ...context, property, ...(section === undefined ? {} : { section }) }),
      code,
    };
  }
  return { pointer, field: field.title, message: source.messages[code](context), code };
}

/** Describes the field at `tokens`; an untitled list row is named after its list. */
function describeAt(source: ErrorSource, tokens: readonly string[]) {
  return describeField(schemasAt(source.registry, source.root, tokens), tokens.at(-1) ?? '', () => {
    const listTokens = tokens.slice(0, -1);
    return describeField(schemasAt(source.registry, source.root, listTokens), listTokens.at(-1) ?? '').title;
  });
}

function codeOf({ keyword, params }: AjvError): PlanErrorCode {
  switch (keyword) {
    case 'required':
    case 'dependentRequired':
      return 'required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'unknown-field';
    case 'type':
      return 'wrong-type';
    case 'format':
      return params.format === 'date' ? 'invalid-date' : 'invalid-format';
    case 'enum':
      return 'not-in-list';
    case 'const':
      return 'wrong-value';
    case 'minLength':
      return 'empty';
    case 'maxLength':
      return 'too-long';
    case 'minItems':
    case 'minContains':
      return 'too-few';
    case 'maxItems':
    case 'maxContains':
      return 'too-many';
    case 'minimum':
    case 'exclusiveMinimum':
      return 'too-small';
    case 'maximum':
    case 'exclusiveMaximum':
      return 'too-large';
    case 'pattern':
      return 'invalid-pattern';
    case 'uniqueItems':
      return 'duplicate';
    default:
      return 'no-match';
  }
}

function detailsOf({ keyword, params, instancePath }: AjvError, source: ErrorSource): Partial<MessageContext> {
  if (typeof params.limit === 'number') return { limit: params.limit, exclusive: params.comparison === '<' || params.comparison === '>' };
  if (typeof params.multipleOf === 'number') return { multipleOf: params.multipleOf };
  if (keyword === 'type') {
    const types = typeof params.type === 'string' ? params.type.split(',') : [];
    return { types, found: describeValue(valueAt(source.plan, pointerTokens(instancePath))) };
  }
  if (keyword === 'format' && typeof params.format === 'string') return { allowed: [params.format] };
  if (keyword === 'const') return { allowed: [String(params.allowedValue)] };
  if (keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { allowed: params.allowedValues.map(String), given: givenValue(valueAt(source.plan, pointerTokens(instancePath))) };
  }
  // A code list written as `oneOf` of `const`s reads as a choice: the value given is named too.
  if (keyword === 'oneOf') return { given: givenValue(valueAt(source.plan, pointerTokens(instancePath))) };
  return {};
}

/**
 * The 1-based row of the innermost list the field sits in, and that list's title, so that
 * "Enter the id" says which one: "in row 2 of the SMART targets". The row itself (an item
 * without a title of its own) is already named after the list, so it gets no list title.
 */
function rowOf(source: ErrorSource, tokens: readonly string[]): { row?: number; list?: string } {
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] as string;
    if (!/^(0|[1-9][0-9]*)$/.test(token)) continue;
    const listTokens = tokens.slice(0, index);
    const listSchemas = schemasAt(source.registry, source.root, listTokens);
    if (!Array.isArray(valueAt(source.plan, listTokens)) && !isListSchema(listSchemas)) continue;
    const row = Number(token) + 1;
    if (index === tokens.length - 1) return { row };
    return { row, list: describeField(listSchemas, listTokens.at(-1) ?? '').short };
  }
  return {};
}

/** A value as written, for a message: text in quotes (cut at 40 characters), else in words. */
function givenValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return describeValue(value);
}

function valueAt(document: unknown, tokens: readonly string[]): unknown {
  let node = document;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function firstString(...values: unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string');
}

/**
 * With `allErrors`, a failed `anyOf`/`oneOf` first lists why each alternative failed, and
 * those reasons contradict each other ("must be text", "must be a list"). Keep the single
 * "not in any allowed form" error instead. `if` adds a summary error of its own next to the
 * `then`/`else` errors that say what is wrong; drop the summary. A value or null (pydantic's
 * `Optional`) is the other way round: the value's own errors say what is wrong, so its "must
 * be null" and the summary go.
 */
function withoutBranchNoise(errors: readonly AjvError[], source: ErrorSource): AjvError[] {
  const dropped = new Set<number>();
  errors.forEach((error, index) => {
    if (error.keyword === 'if') dropped.add(index);
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    if (error.params.passingSchemas != null) return; // oneOf matched twice: no branch errors
    let nullBranch: number | undefined;
    for (const schema of schemasAt(source.registry, source.root, pointerTokens(error.instancePath))) nullBranch ??= nullBranchOf(schema[error.keyword]);
    // (None: the path ends "/undefined/type", which no error has.)
    const nullError = errors.findIndex((earlier) => earlier.schemaPath === `${error.schemaPath}/${nullBranch}/type` && earlier.instancePath === error.instancePath);
    if (nullError >= 0) {
      dropped.add(nullError).add(index);
      return;
    }
    // Branch errors come straight before the summary, at or below its instance path. A
    // sibling keyword of the same schema (same schema path up to the keyword) is kept;
    // errors from a branch's `$ref` carry a path relative to the referenced schema.
    const schemaOfKeyword = error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/') + 1);
    for (let before = index - 1; before >= 0; before--) {
      const earlier = errors[before] as AjvError;
      if (!isWithin(earlier.instancePath, error.instancePath)) break;
      const inBranch = earlier.schemaPath.startsWith(`${error.schemaPath}/`);
      if (!inBranch && earlier.schemaPath.startsWith(schemaOfKeyword)) break;
      dropped.add(before);
    }
  });
  return errors.filter((_, index) => !dropped.has(index));
}

function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
