import { annotationKeywords, isExtensionKeyword } from '../compile/annotation-keywords.js';
import { formats } from '../compile/formats.js';
import type { AjvError, CompiledValidator } from '../compiled-validator.js';
import { appendToken } from '../json-pointer.js';
import { isSchemaObject, nullBranchOf, type JsonSchema, type JsonSchemaObject } from '../json-schema.js';

// A JSON Schema interpreter for exactly the keywords the built-in templates use. It walks
// the schema objects the package already exports (no generated code, nothing compiled), so
// a page that renders forms from the schemas pays for their validation with a few KB of
// code instead of a second, compiled copy of every schema. It reports ajv's raw errors
// (same keywords, params, instance paths, in ajv's order), so the existing translation into
// `PlanError`s gives the same words by construction; `agreement.test.ts` holds it to that.
//
// Anything else is refused when the schema is interpreted, never skipped when a plan is
// validated: a schema change that adds a keyword fails loudly until the keyword is added
// here (and to the agreement test).

/** A schema uses a keyword (or a keyword value) the interpreter does not implement. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
  constructor(
    /** The keyword that is not supported, e.g. `allOf`. */
    readonly keyword: string,
    /** Where in which schema, e.g. `https://…/common.schema.json#/$defs/child`. */
    readonly schemaPath: string,
    detail = `the keyword "${keyword}" is not supported`,
  ) {
    super(`Cannot interpret the schema at ${schemaPath}: ${detail}. Validate with a precompiled validator (isp-schemas compile) instead, or add the keyword to packages/schemas/src/interpret.`);
  }
}

type Check = (data: unknown, path: string, errors: AjvError[]) => void;
type GroupType = 'number' | 'string' | 'array' | 'object';

// Draft-07 (Zod, pydantic v1, OpenAPI converters) means the same for every keyword here but
// two: `items` as a list, refused in both, and keywords beside `$ref`, which draft-07 ignores
// and ajv applies, refused in a draft-07 document.
// (With or without the empty fragment, as tools write it either way.)
const drafts = /^https?:\/\/json-schema\.org\/draft(-07|\/2020-12)\/schema#?$/;
const jsonTypes = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string']);
// Format checks are ajv-formats' (full mode): `date` through the same module the standalone
// validators use, `json-pointer` and `email` the regular expressions ajv inlines (a local
// authority's variant asking for a contact's email must not lose its other checks for it).
const formatChecks: Readonly<Record<string, (text: string) => boolean>> = {
  date: formats.date.validate,
  'json-pointer': (text) => /^(?:\/(?:[^~/]|~0|~1)*)*$/.test(text),
  email: (text) => /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i.test(text),
};

// ajv's rule groups, in ajv's order (draft 2020-12 vocabularies): keywords that apply to any
// value, then those that apply to numbers, strings, arrays and objects, each group only when
// the value has that type. `format` belongs to the number and string groups; `items` runs
// before `uniqueItems` (ajv adds it `before` it).
const untypedKeywords = ['$ref', 'const', 'enum', 'anyOf', 'oneOf'] as const;
const groups: readonly (readonly [GroupType, readonly string[]])[] = [
  ['number', ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'format']],
  ['string', ['maxLength', 'minLength', 'pattern', 'format']],
  ['array', ['maxItems', 'minItems', 'items', 'uniqueItems']],
  ['object', ['required', 'additionalProperties', 'properties', 'patternProperties']],
];
// The limit keywords, each with the comparison a valid value passes (ajv's `comparison`
// param for numbers). Lengths count code points, as ajv's `ucs2length` does.
const limits: Readonly<Record<string, string>> = {
  maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>',
  maxLength: '<=', minLength: '>=', maxItems: '<=', minItems: '>=',
};
const ruleKeywords = new Set(['type', ...untypedKeywords, ...groups.flatMap(([, keywords]) => keywords)]);
// Keywords that never change the result: annotations, and the document structure (draft-07's
// `definitions` too, which ajv knows in 2020-12 as well: pydantic v1 and converters write it).
const ignoredKeywords = new Set<string>([...annotationKeywords, '$defs', 'definitions', '$schema', '$id']);

/**
 * Interprets `schema` as a validator with the shape of an ajv standalone one (`errors` set
 * after each call, ajv's raw errors). `related` are the documents its `$ref`s may reach
 * (by `$id`); `base` is its own URI when it has no `$id`. Throws `UnsupportedSchemaError`
 * here, not later, if anything the schema reaches uses a keyword this does not implement.
 */
export function interpretSchema(
  schema: JsonSchemaObject,
  options: { readonly related?: readonly JsonSchemaObject[]; readonly base?: string } = {},
): CompiledValidator {
  const interpreter = new Interpreter(schema, options.related ?? [], options.base);
  const root = interpreter.root;
  const validator: CompiledValidator = (data) => {
    const errors: AjvError[] = [];
    root(data, '', errors);
    validator.errors = errors.length === 0 ? null : errors;
    return errors.length === 0;
  };
  validator.errors = null;
  return validator;
}

/** A compiled node, filled in after its subschemas so `$ref` cycles can point at it. */
interface Cell {
  check?: Check;
}

class Interpreter {
  readonly root: Check;
  readonly #documents = new Map<string, JsonSchemaObject>();
  readonly #compiled = new Map<JsonSchemaObject, Cell>();

  constructor(schema: JsonSchemaObject, related: readonly JsonSchemaObject[], base = 'urn:isp-kit:schema') {
    for (const document of related) {
      if (typeof document.$id === 'string') this.#documents.set(withoutFragment(document.$id), document);
    }
    const rootBase = typeof schema.$id === 'string' ? withoutFragment(new URL(schema.$id, base).href) : base;
    this.#documents.set(rootBase, schema);
    for (const [id, document] of this.#documents) {
      const declared = document.$schema;
      if (declared !== undefined && !drafts.test(declared as string)) {
        throw new UnsupportedSchemaError('$schema', `${id}#`, `only drafts 2020-12 and 07 are supported, not ${JSON.stringify(declared)}`);
      }
    }
    this.root = this.#node(schema, rootBase, '');
  }

  /** The check for the schema at `pointer` in the document `base`. */
  #node(schema: JsonSchema, base: string, pointer: string): Check {
    const where = `${base}#${pointer}`;
    if (schema === true) return noCheck;
    if (!isSchemaObject(schema)) throw new UnsupportedSchemaError(String(schema), where, `the schema ${JSON.stringify(schema)} is not supported`);
    const known = this.#compiled.get(schema);
    if (known) return known.check ?? ((data, path, errors) => (known.check as Check)(data, path, errors));
    const cell: Cell = {};
    this.#compiled.set(schema, cell);
    cell.check = this.#compile(schema, base, pointer, where);
    return cell.check;
  }

  #compile(schema: JsonSchemaObject, base: string, pointer: string, where: string): Check {
    // A `$ref` in a draft-07 document with a keyword beside it: draft-07 ignores the keyword, ajv applies it.
    const refIn07 = schema.$ref !== undefined && /draft-07/.test(this.#documents.get(base)?.$schema as string);
    for (const keyword of Object.keys(schema)) {
      if (!ruleKeywords.has(keyword) && !ignoredKeywords.has(keyword) && !isExtensionKeyword(keyword)) throw new UnsupportedSchemaError(keyword, where);
      if (refIn07 && keyword !== '$ref' && ruleKeywords.has(keyword)) throw new UnsupportedSchemaError('$ref', where, `"$ref" has "${keyword}" beside it, which draft-07 ignores`);
    }
    if (schema.$id !== undefined && pointer !== '') throw new UnsupportedSchemaError('$id', where, 'an "$id" inside a schema is not supported');
    const keywordPath = (keyword: string) => `${where}/${keyword}`;
    const steps: Check[] = [];

    // The type is checked first, unless the schema has keywords for the one type it allows:
    // then ajv reports a wrong type where that group's keywords would have run.
    const types = typesOf(schema.type, keywordPath('type'));
    const used = new Set(groups.filter(([, keywords]) => keywords.some((keyword) => schema[keyword] !== undefined)).map(([type]) => type));
    const typeFirst = types.length > 0 && !(types.length === 1 && used.has(types[0] as GroupType));
    const typeError = (path: string): AjvError => ({ instancePath: path, schemaPath: keywordPath('type'), keyword: 'type', params: { type: schema.type } });
    if (typeFirst) {
      const typeChecks = types.map(isOfType);
      steps.push((data, path, errors) => {
        if (!typeChecks.some((isType) => isType(data))) errors.push(typeError(path));
      });
    }

    for (const keyword of untypedKeywords) {
      if (schema[keyword] !== undefined) steps.push(this.#keyword(keyword, schema, base, pointer, where));
    }
    for (const [type, keywords] of groups) {
      if (!used.has(type)) continue;
      const inGroup = keywords
        .filter((keyword) => schema[keyword] !== undefined)
        .map((keyword) => this.#keyword(keyword, schema, base, pointer, where))
        .filter((check) => check !== noCheck);
      const isType = isOfType(type);
      const reportType = !typeFirst && types.length === 1 && types[0] === type;
      steps.push((data, path, errors) => {
        if (isType(data)) for (const check of inGroup) check(data, path, errors);
        else if (reportType) errors.push(typeError(path));
      });
    }
    return sequence(steps);
  }

  #keyword(keyword: string, schema: JsonSchemaObject, base: string, pointer: string, where: string): Check {
    const value = schema[keyword];
    const schemaPath = `${where}/${keyword}`;
    const fail = (detail: string): never => {
      throw new UnsupportedSchemaError(keyword, where, `"${keyword}" ${detail}`);
    };
    const error = (path: string, params: Record<string, unknown>): AjvError => ({ instancePath: path, schemaPath, keyword, params });
    switch (keyword) {
      case '$ref': {
        if (typeof value !== 'string') return fail('must be a string');
        const target = this.#resolve(value, base, schemaPath);
        return this.#node(target.schema, target.base, target.pointer);
      }
      case 'const': {
        const params = { allowedValue: value };
        return (data, path, errors) => {
          if (!deepEqual(data, value)) errors.push(error(path, params));
        };
      }
      case 'enum': {
        if (!Array.isArray(value)) return fail('must be a list');
        const params = { allowedValues: value };
        return (data, path, errors) => {
          if (!value.some((allowed) => deepEqual(data, allowed))) errors.push(error(path, params));
        };
      }
      case 'anyOf':
      case 'oneOf': {
        const anyOf = keyword === 'anyOf';
        // `anyOf` only as a value or null (pydantic's Optional), so its errors can read as the value's.
        if (anyOf ? nullBranchOf(value) === undefined : !Array.isArray(value) || value.length === 0) {
          return fail(anyOf ? 'is supported only as a schema or { "type": "null" }' : 'must be a list of schemas');
        }
        const branches = (value as JsonSchema[]).map((branch, index) => this.#node(branch, base, `${pointer}/${keyword}/${index}`));
        // As ajv: a branch is valid when it adds no error; `anyOf` stops at the first valid one,
        // `oneOf` after a second valid one (the rest are not tried). One valid: every branch
        // error goes. Otherwise they stay, then the keyword's error (oneOf's with the valid
        // branches, null for none).
        return (data, path, errors) => {
          const before = errors.length;
          let passing: number | undefined;
          for (const [index, branch] of branches.entries()) {
            const count = errors.length;
            branch(data, path, errors);
            if (errors.length > count) continue;
            if (passing !== undefined) return void errors.push(error(path, { passingSchemas: [passing, index] }));
            passing = index;
            if (anyOf) break;
          }
          if (passing === undefined) errors.push(error(path, anyOf ? {} : { passingSchemas: null }));
          else errors.length = before;
        };
      }
      case 'multipleOf': {
        if (!(typeof value === 'number' && value > 0)) return fail('must be a number above 0');
        const params = { multipleOf: value };
        return (data, path, errors) => {
          // ajv's test, parseInt (of the quotient as text) included: 0.3 is no multiple of 0.1.
          const quotient = (data as number) / value;
          if (quotient !== parseInt(quotient as unknown as string)) errors.push(error(path, params));
        };
      }
      case 'uniqueItems': {
        if (typeof value !== 'boolean') return fail('must be true or false');
        if (!value) return noCheck;
        // ajv finds the pair its own way: rows of scalar types (from `items.type`) through an
        // object keyed by value, from the end, skipping rows of other types; other rows by
        // comparing each with those before it, from the end. The pair reported differs.
        const itemTypes = isSchemaObject(schema.items) ? typesOf(schema.items.type, `${where}/items/type`) : [];
        const hashed = itemTypes.length > 0 && !itemTypes.some((type) => type === 'object' || type === 'array');
        const typeChecks = itemTypes.map(isOfType);
        return (data, path, errors) => {
          const list = data as unknown[];
          const indices: Record<string, number> = {};
          for (let i = list.length; i--; ) {
            let item = list[i];
            if (hashed) {
              if (!typeChecks.some((isType) => isType(item))) continue;
              if (itemTypes.length > 1 && typeof item === 'string') item += '_';
              const j = indices[item as string];
              if (typeof j === 'number') return void errors.push(error(path, { i, j }));
              indices[item as string] = i;
            } else {
              for (let j = i; j--; ) if (deepEqual(item, list[j])) return void errors.push(error(path, { i, j }));
            }
          }
        };
      }
      case 'pattern': {
        if (typeof value !== 'string') return fail('must be a string');
        const regExp = compilePattern(value, fail);
        const params = { pattern: value };
        return (data, path, errors) => {
          if (!regExp.test(data as string)) errors.push(error(path, params));
        };
      }
      case 'format': {
        const test = typeof value === 'string' && Object.hasOwn(formatChecks, value) ? formatChecks[value] : undefined;
        if (!test) return fail(`${JSON.stringify(value)} is not a supported format (${Object.keys(formatChecks).join(', ')})`);
        const params = { format: value };
        // Called from the number group too, where ajv checks no string format.
        return (data, path, errors) => {
          if (typeof data === 'string' && !test(data)) errors.push(error(path, params));
        };
      }
      case 'items': {
        if (Array.isArray(value)) return fail('as a list is not supported');
        const items = this.#node(value as JsonSchema, base, `${pointer}/items`);
        if (items === noCheck) return noCheck;
        return (data, path, errors) => {
          const list = data as unknown[];
          for (let index = 0; index < list.length; index++) items(list[index], `${path}/${index}`, errors);
        };
      }
      case 'required': {
        if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) return fail('must be a list of names');
        const names = value as string[];
        return (data, path, errors) => {
          const object = data as Record<string, unknown>;
          for (const name of names) {
            if (object[name] === undefined) errors.push(error(path, { missingProperty: name }));
          }
        };
      }
      case 'additionalProperties': {
        if (value === true) return noCheck;
        if (value !== false) return fail('is supported only as true or false');
        const properties = isSchemaObject(schema.properties) ? schema.properties : {};
        const patterns = isSchemaObject(schema.patternProperties) ? Object.keys(schema.patternProperties).map((pattern) => compilePattern(pattern, fail)) : [];
        return (data, path, errors) => {
          for (const key in data as object) {
            if (Object.hasOwn(properties, key) || patterns.some((pattern) => pattern.test(key))) continue;
            errors.push(error(path, { additionalProperty: key }));
          }
        };
      }
      case 'properties': {
        if (!isSchemaObject(value)) return fail('must be an object');
        const checks = Object.entries(value)
          .map(([name, sub]) => [name, appendToken('', name), this.#node(sub as JsonSchema, base, `${pointer}/properties${appendToken('', name)}`)] as const)
          .filter(([, , check]) => check !== noCheck);
        return (data, path, errors) => {
          const object = data as Record<string, unknown>;
          for (const [name, token, check] of checks) {
            const property = object[name];
            if (property !== undefined) check(property, path + token, errors);
          }
        };
      }
      case 'patternProperties': {
        if (!isSchemaObject(value)) return fail('must be an object');
        const checks = Object.entries(value)
          .map(([pattern, sub]) => [compilePattern(pattern, fail), this.#node(sub as JsonSchema, base, `${pointer}/patternProperties${appendToken('', pattern)}`)] as const)
          .filter(([, check]) => check !== noCheck);
        if (checks.length === 0) return noCheck;
        return (data, path, errors) => {
          const object = data as Record<string, unknown>;
          for (const [regExp, check] of checks) {
            for (const key in object) if (regExp.test(key)) check(object[key], appendToken(path, key), errors);
          }
        };
      }
      default: {
        const comparison = limits[keyword];
        if (!comparison) return fail('is not supported');
        const counted = !keyword.endsWith('imum');
        if (typeof value !== 'number' || (counted && !(Number.isInteger(value) && value >= 0))) return fail(`must be a ${counted ? 'whole ' : ''}number`);
        const params = counted ? { limit: value } : { comparison, limit: value };
        const atMost = comparison[0] === '<';
        const exclusive = comparison.length === 1;
        return (data, path, errors) => {
          // A string's code points lie between half its length and its length: most strings are
          // decided without counting them.
          if (typeof data === 'string' && (atMost ? data.length <= value : data.length >= value * 2)) return;
          const size = typeof data === 'string' ? ucs2length(data) : Array.isArray(data) ? data.length : (data as number);
          if ((atMost ? size > value : size < value) || (exclusive && size === value)) errors.push(error(path, params));
        };
      }
    }
  }

  #resolve(ref: string, base: string, where: string): { schema: JsonSchema; base: string; pointer: string } {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      throw new UnsupportedSchemaError('$ref', where, `the reference ${JSON.stringify(ref)} is not a valid URI`);
    }
    const documentId = withoutFragment(url.href);
    const document = this.#documents.get(documentId);
    const pointer = decodeURIComponent(url.hash.slice(1));
    if (!document) throw new UnsupportedSchemaError('$ref', where, `the reference ${JSON.stringify(ref)} points at ${documentId}, which is not one of the schemas given`);
    if (pointer !== '' && !pointer.startsWith('/')) throw new UnsupportedSchemaError('$ref', where, `the reference ${JSON.stringify(ref)} uses an anchor; only JSON pointers are supported`);
    let node: unknown = document;
    for (const token of pointer.split('/').slice(1)) {
      node = isSchemaObject(node) ? node[token.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
    }
    if (node !== true && !isSchemaObject(node)) throw new UnsupportedSchemaError('$ref', where, `the reference ${JSON.stringify(ref)} points at nothing`);
    return { schema: node, base: documentId, pointer };
  }
}

const noCheck: Check = () => {};

function sequence(steps: readonly Check[]): Check {
  if (steps.length === 0) return noCheck;
  if (steps.length === 1) return steps[0] as Check;
  return (data, path, errors) => {
    for (const step of steps) step(data, path, errors);
  };
}

function typesOf(type: unknown, where: string): string[] {
  if (type === undefined) return [];
  const types = Array.isArray(type) ? type : [type];
  for (const each of types) {
    if (typeof each !== 'string' || !jsonTypes.has(each)) throw new UnsupportedSchemaError('type', where, `${JSON.stringify(each)} is not a JSON type`);
  }
  return types as string[];
}

/** ajv's type checks (with its default `strictNumbers`: no NaN or Infinity). */
function isOfType(type: string): (data: unknown) => boolean {
  switch (type) {
    case 'null':
      return (data) => data === null;
    case 'array':
      return Array.isArray;
    case 'object':
      return (data) => typeof data === 'object' && data !== null && !Array.isArray(data);
    case 'number':
      return (data) => typeof data === 'number' && Number.isFinite(data);
    case 'integer':
      return (data) => typeof data === 'number' && Number.isFinite(data) && data % 1 === 0;
    default:
      return (data) => typeof data === type;
  }
}

function compilePattern(pattern: string, fail: (detail: string) => never): RegExp {
  try {
    // ajv's default (`unicodeRegExp`): patterns are Unicode regular expressions.
    return new RegExp(pattern, 'u');
  } catch {
    return fail(`has a pattern that is not a valid regular expression: ${pattern}`);
  }
}

/** String length in code points, as ajv counts it (a surrogate pair is one character). */
function ucs2length(text: string): number {
  let length = 0;
  for (let position = 0; position < text.length; length++) {
    const code = text.charCodeAt(position++);
    if (code >= 0xd800 && code <= 0xdbff && position < text.length && (text.charCodeAt(position) & 0xfc00) === 0xdc00) position++;
  }
  return length;
}

/** JSON equality as ajv's `fast-deep-equal` decides it. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => deepEqual(item, other[index]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash === -1 ? uri : uri.slice(0, hash);
}
