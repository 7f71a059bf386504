import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { createAjv } from '../compile/create-ajv.js';
import type { JsonSchemaObject } from '../json-schema.js';
import { commonSchema, createInterpretedPlanValidator, schemas, validate } from '../index.js';
import { templateIds } from '../template-ids.js';
import { interpretSchema, UnsupportedSchemaError } from './interpret-schema.js';

const commonId = commonSchema.$id as string;
const draft07 = 'http://json-schema.org/draft-07/schema#';

describe('interpretSchema: what it accepts', () => {
  it('interprets every template and every shared definition', () => {
    for (const id of templateIds) assert.doesNotThrow(() => interpretSchema(schemas[id], { related: [commonSchema] }), id);
    for (const name of Object.keys(commonSchema.$defs as object)) {
      assert.doesNotThrow(() => interpretSchema({ $ref: `${commonId}#/$defs/${name}` }, { related: [commonSchema] }), name);
    }
  });

  it('uses no runtime code compilation, so it runs under a CSP without unsafe-eval', () => {
    const dir = new URL('.', import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))) {
      assert.doesNotMatch(readFileSync(new URL(file, dir), 'utf8'), /new Function|\beval\(|Function\(/, file);
    }
  });
});

describe('interpretSchema: refuses what it does not implement, when interpreting', () => {
  const refused: [string, JsonSchemaObject, RegExp][] = [
    ['allOf', { allOf: [{ type: 'string' }] }, /"allOf" is not supported/],
    ['anyOf deep inside', { properties: { a: { items: { anyOf: [{}] } } } }, /#\/properties\/a\/items: "anyOf" is supported only/],
    ['anyOf of two schemas, neither only null', { anyOf: [{ type: 'string' }, { type: 'number' }] }, /"anyOf" is supported only as a schema or \{ "type": "null" \}/],
    ['anyOf of three, one null (pydantic\'s Optional of a union)', { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] }, /"anyOf" is supported only/],
    ['anyOf whose null branch checks more than null', { anyOf: [{ type: 'string' }, { type: 'null', maxLength: 1 }] }, /"anyOf" is supported only/],
    ['anyOf whose null branch is a type list', { anyOf: [{ type: 'string' }, { type: ['null'] }] }, /"anyOf" is supported only/],
    ['anyOf with an unsupported branch', { anyOf: [{ allOf: [] }, { type: 'null' }] }, /#\/anyOf\/0: the keyword "allOf"/],
    ['a misspelt keyword', { type: 'object', requried: ['a'] }, /"requried" is not supported/],
    ['maxProperties', { type: 'object', maxProperties: 3 }, /"maxProperties"/],
    ['a keyword that only looks like an extension', { type: 'string', X_widget: 1 }, /"X_widget" is not supported/],
    ['a limit that is not a number', { type: 'string', maxLength: '3' }, /"maxLength" must be a whole number/],
    ['a length limit that is not whole', { type: 'array', minItems: 1.5 }, /"minItems" must be a whole number/],
    ['multipleOf 0', { type: 'number', multipleOf: 0 }, /"multipleOf" must be a number above 0/],
    ['an empty oneOf', { oneOf: [] }, /"oneOf" must be a list of schemas/],
    ['uniqueItems that is not true or false', { uniqueItems: 'yes' }, /"uniqueItems" must be true or false/],
    ['a schema for additional properties', { additionalProperties: { type: 'string' } }, /"additionalProperties" is supported only as true or false/],
    ['another format', { type: 'string', format: 'hostname' }, /"hostname" is not a supported format \(date, date-time, time, json-pointer, email, uuid, uri\)/],
    ['an older draft', { $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' }, /only drafts 2020-12 and 07 are supported/],
    ['draft-07 items as a list of schemas', { $schema: draft07, type: 'array', items: [{ type: 'string' }] }, /#: "items" as a list is not supported/],
    ['draft-07 additionalItems', { $schema: draft07, type: 'array', additionalItems: false }, /#: the keyword "additionalItems" is not supported/],
    ['a draft-07 $ref beside a keyword, which draft-07 ignores and ajv applies', { $schema: draft07, properties: { a: { $ref: '#/definitions/a', maxLength: 1, title: 'A' } }, definitions: { a: { type: 'string' } } },
      /#\/properties\/a: "\$ref" has "maxLength" beside it/],
    ['a draft-07 $ref beside a keyword deep in the definitions', { $schema: draft07, $ref: '#/definitions/a', definitions: { a: { properties: { b: { $ref: '#/definitions/c', minimum: 1 } } }, c: {} } },
      /#\/definitions\/a\/properties\/b: "\$ref" has "minimum"/],
    ['an $id inside', { properties: { a: { $id: 'https://example.org/a', type: 'string' } } }, /"\$id" inside a schema/],
    ['a reference to an anchor', { $ref: '#here', $defs: { a: { $anchor: 'here' } } }, /uses an anchor/],
    ['a reference to an unknown document', { $ref: 'https://example.org/other.schema.json#/$defs/x' }, /not one of the schemas given/],
    ['a reference to nothing', { $ref: '#/$defs/missing' }, /points at nothing/],
    ['the false schema', { properties: { a: false } }, /the schema false is not supported/],
    ['a bad pattern', { type: 'string', pattern: '(' }, /not a valid regular expression/],
    ['an unknown type', { type: 'date' }, /"date" is not a JSON type/],
    ['an unsupported keyword in a shared definition', { $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/b' }, b: { allOf: [] } } }, /#\/\$defs\/b: the keyword "allOf"/],
  ];
  for (const [what, schema, message] of refused) {
    it(`refuses ${what}`, () => {
      assert.throws(() => interpretSchema(schema), (error: unknown) => {
        assert.ok(error instanceof UnsupportedSchemaError);
        assert.match(error.message, message);
        assert.match(error.message, /isp-schemas compile/);
        return true;
      });
    });
  }

  it('ignores annotations and unreachable definitions', () => {
    const validator = interpretSchema({ title: 'T', description: 'D', guidance: 'G', widget: 'textarea', seed: '002', examples: ['x'], readOnly: true, $comment: 'c', $defs: { unused: { allOf: [] } }, type: 'string' });
    assert.equal(validator('x'), true);
    assert.equal(validator(1), false);
  });

  it('ignores a default value, which is an annotation too', () => {
    const validator = interpretSchema({ type: 'integer', default: 5 });
    assert.equal(validator(1), true);
    assert.equal(validator('1'), false);
  });

  it('follows $ref cycles', () => {
    const validator = interpretSchema({ $ref: '#/$defs/node', $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } }, additionalProperties: false } } });
    assert.equal(validator({ next: { next: {} } }), true);
    assert.equal(validator({ next: { next: { other: 1 } } }), false);
    assert.deepEqual(validator.errors?.map((error) => [error.instancePath, error.keyword]), [['/next/next', 'additionalProperties']]);
  });
});

describe('interpretSchema: ajv order and params on schemas the templates do not (yet) combine this way', () => {
  // The templates never put, say, `enum` beside `minLength`, so the agreement test cannot see
  // where ajv reports a wrong type relative to other keywords. ajv compiled here (tests may
  // use new Function) says.
  const ajv = createAjv({ code: { source: false }, strictTypes: false, strictRequired: false });
  ajv.addSchema(commonSchema);
  const cases: [JsonSchemaObject, unknown[]][] = [
    [{ type: 'string', minLength: 2, enum: ['a', 'bb'], pattern: '^b' }, [5, '', 'a', 'c', 'bb', null]],
    [{ type: 'string', enum: ['a'] }, [5, 'b', 'a']],
    [{ type: 'integer', minimum: 1, const: 2 }, [1.5, -1, 'x', 0, 2, 3, Number.NaN, Number.POSITIVE_INFINITY]],
    [{ type: ['string', 'null'], minLength: 1 }, [null, '', 3, 'x']],
    [{ type: 'number', format: 'date' }, ['2026-02-30', 1]],
    [{ format: 'date', minLength: 1 }, ['2026-02-30', '', 7, '2024-02-29']],
    [{ type: 'string', format: 'email' }, ['sam@example.org', 'SAM.JONES@School.Sch.UK', 'sam@', '@example.org', 'sam jones@example.org',
      'sam@example', 'sam..jones@example.org', 'o\'neill+plans@la.gov.uk', 'sam@-example.org', 'sam@example.org ', '', 5]],
    [{ type: 'array', items: { $ref: `${commonId}#/$defs/date` } }, [['2026-02-30', 1, '2026-01-01'], {}, 'x']],
    [{ type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' }, 'c/d~e': { type: 'string' } }, patternProperties: { '^x-': {}, '^y': { type: 'number' } }, additionalProperties: false },
      [{}, { a: 1, 'c/d~e': 2, y1: 'no', z: 1, 'x-a': 1 }, [], 'x', { b: 1, 'q/r': 1 }]],
    [{ type: 'object', properties: { s: { type: 'string', minLength: 1 } } }, [{ s: '😀' }, { s: '' }, { s: '\ud800' }]],
    [{ enum: [{ a: [1, 2] }, [1], null] }, [{ a: [1, 2] }, { a: [2, 1] }, [1], [1, 2], null, 0]],
    // In 2020-12 a keyword beside `$ref` applies (draft-07 ignores it, so there it is refused).
    [{ properties: { a: { $ref: '#/$defs/a', maxLength: 2, title: 'A' } }, $defs: { a: { type: 'string', minLength: 2 } } }, [{ a: 'a' }, { a: 'abc' }, { a: 'ab' }, { a: 1 }]],
  ];
  for (const [schema, values] of cases) {
    it(JSON.stringify(schema), () => {
      const expected = ajv.compile(schema);
      const ours = interpretSchema(schema, { related: [commonSchema] });
      for (const value of values) {
        const strip = (errors: typeof ours.errors) => (errors ?? []).map(({ instancePath, keyword, params }) => ({ instancePath, keyword, params }));
        assert.equal(ours(value), expected(value), JSON.stringify(value));
        assert.deepEqual(strip(ours.errors), strip(expected.errors as typeof ours.errors), JSON.stringify(value));
      }
    });
  }
});

describe('createInterpretedPlanValidator', () => {
  it('validates a variant copied from a template like the template itself', () => {
    const variant = { ...schemas['individual-provision-map'], $id: 'https://isp-kit.org/schemas/v1/ipm-copy.schema.json' };
    const plan = { template: 'individual-provision-map', schemaVersion: '1.0.0', status: 'draft', child: { dateOfBirth: '2026-02-30' } };
    assert.deepEqual(createInterpretedPlanValidator(variant)(plan), validate(plan));
  });

  it('throws at once for a variant it cannot interpret', () => {
    // (An `allOf` naming a template is a variant laid over it, as `isp-schemas compile` reads it.)
    assert.throws(() => createInterpretedPlanValidator({ allOf: [{ $ref: `${commonId}#/$defs/child` }] }), UnsupportedSchemaError);
  });
});

it('reads a variant without an $id as one of the family, so a relative $ref reaches the common schema', () => {
  const validateVariant = createInterpretedPlanValidator({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { since: { $ref: 'common.schema.json#/$defs/date', title: 'Since' } },
  });
  assert.deepEqual(validateVariant({ since: '2026-09-14' }).errors, []);
  assert.deepEqual(
    validateVariant({ since: '2026-02-30' }).errors.map((error) => error.message),
    ['Enter an answer to "Since" as a real date, for example 2019-03-27'],
  );
});
