// Keywords no template uses but local authorities' own schemas do (number and length limits,
// list sizes, unique rows, the enum-with-titles `oneOf`, `x-` annotations): the interpreter
// must report exactly what ajv does, built as the project builds it, on every instance here:
// the same errors with the same keyword, params, instance path and schema path, in the same
// order. The instances sit on and around each limit, with wrong types, code points outside
// the BMP, floats that do not divide evenly, and `oneOf` with no and with several passing
// branches, where which branch errors stay depends on ajv's short cut after the second pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AjvError } from '../compiled-validator.js';
import { Ajv } from 'ajv/dist/ajv.js';
import addFormatsModule from 'ajv-formats';
import { createAjv, validatorOptions } from '../compile/create-ajv.js';
import { customAnnotationKeywords } from '../compile/annotation-keywords.js';
import type { JsonSchemaObject } from '../json-schema.js';
import { seededRandom } from '../test-support/plan-mutations.js';
import { interpretSchema } from './interpret-schema.js';

// ajv (strict) refuses keywords it does not know, so the `x-` annotations used below are
// declared to it, as an annotation is; the interpreter must ignore them without being told.
const options = { code: { source: false }, strictTypes: false, strictRequired: false, keywords: [...customAnnotationKeywords, 'x-origin', 'x-widget'] };
const ajv = createAjv(options);
// ajv's default class is draft-07, which schemas written by other tools (Zod, pydantic v1,
// OpenAPI converters) declare: every case below is held to it too, declared as draft-07.
const ajv07 = new Ajv({ ...validatorOptions, ...options });
addFormatsModule.default(ajv07);
const draft07 = 'http://json-schema.org/draft-07/schema#';

/** ajv's errors with the schema path from its `#`: the interpreter's starts with the document's URI. */
const comparable = (errors: readonly AjvError[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({ instancePath, schemaPath: schemaPath.slice(schemaPath.indexOf('#')), keyword, params }));

const oneOfCodes = [{ const: 'N', title: 'No special educational need' }, { const: 'K', title: 'SEN support' }, { const: 'E', title: 'EHC plan' }];
const astral = '😀';

const cases: [string, JsonSchemaObject, unknown[]][] = [
  ['number limits together', { type: 'number', maximum: 10, minimum: 0, exclusiveMaximum: 10, exclusiveMinimum: 0, multipleOf: 0.5 },
    [-1, 0, -0, 0.5, 0.25, 5, 9.5, 10, 10.5, 11, 1e-10, 'x', null, true, [], {}, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]],
  ['limits in reverse order of writing', { exclusiveMinimum: 1, multipleOf: 2, minimum: 2, exclusiveMaximum: 8, maximum: 7 }, [0, 1, 2, 3, 4, 7, 8, 9, 'x', null]],
  ['maximum alone, negative and fractional', { type: 'number', maximum: -2.5 }, [-2.5, -2.4, -3, 0]],
  ['an integer with limits', { type: 'integer', minimum: 1, maximum: 5, multipleOf: 2 }, [0, 1, 2, 4, 5, 6, 2.5, '2', 1e21]],
  ['multipleOf 0.1, as ajv divides', { type: 'number', multipleOf: 0.1 }, [0, 0.1, 0.2, 0.3, 0.7, 1.1, 1.2, 3, 0.30000000000000004, -0.3, 1e-7, 1e21, 123456789.1]],
  ['multipleOf 0.01 (money)', { multipleOf: 0.01 }, [19.99, 0.07, 1.15, 1.005, 100, 'x']],
  ['multipleOf a whole number', { multipleOf: 3 }, [0, 3, -9, 4, 4.5, 3e300, 1e21]],
  ['limits with no type', { maximum: 5, exclusiveMinimum: 1 }, [1, 3, 5, 6, 'x', [], null]],
  ['string lengths', { type: 'string', maxLength: 3, minLength: 2 },
    ['', 'a', 'ab', 'abc', 'abcd', astral.repeat(3), astral.repeat(4), 'a' + astral, 'e\u0301', 'e\u0301e\u0301', '\ud800\ud800\ud800\ud800', '\udc00\ud800', 5, null]],
  ['maxLength 0', { maxLength: 0 }, ['', 'a', astral, 1, []]],
  ['maxLength beside a pattern, an enum and a format', { type: 'string', maxLength: 10, pattern: '^2', enum: ['2026-01-01', '2026-02-30', '3'], format: 'date' },
    ['2026-01-01', '2026-02-30', '2026-01-011', '3', '20261-01-01', 4]],
  ['list sizes and unique rows', { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true },
    [[], [1], [1, 1], [1, 2, 3, 4], [1, 2, 1, 2], [{ a: 1 }, { a: 1 }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], ['a', 'a'], [1, '1'], [[1], [1]], [null, null], 'x', {}]],
  ['maxItems 0 and minItems 0', { maxItems: 0, minItems: 0 }, [[], [1], 'x']],
  ['unique text rows (ajv hashes them)', { type: 'array', items: { type: 'string', maxLength: 2 }, uniqueItems: true },
    [['a', 'b', 'a'], ['a', 'b', 'a', 'b'], ['a', 1, 1], ['abc', 'abc'], ['__proto__', '__proto__'], ['toString', 'toString'], ['constructor', 'x', 'constructor'], ['b', 'a']]],
  ['unique rows of two scalar types', { items: { type: ['string', 'number'] }, uniqueItems: true }, [['1', 1], [1, '1', 1], ['a', 'a'], [true, true], [null, 'null', null]]],
  ['unique whole numbers', { items: { type: 'integer' }, uniqueItems: true }, [[1, 1.0], [2.5, 2.5], [1, 2, 3, 2], ['1', '1']]],
  ['unique yes/no and nulls', { items: { type: ['boolean', 'null'] }, uniqueItems: true }, [[true, false, true], [null, false, null], ['true', true, 'true']]],
  ['unique rows of objects (ajv compares deeply)', { items: { type: 'object' }, uniqueItems: true }, [[{ a: [1] }, { a: [1] }], [{}, { a: 1 }, {}], [1, 1]]],
  ['unique rows through a $ref', { items: { $ref: '#/$defs/code' }, uniqueItems: true, $defs: { code: { type: 'string' } } }, [['a', 'a'], [1, 1]]],
  ['a $ref into draft-07 style definitions (pydantic v1, OpenAPI converters)', { type: 'object', properties: { code: { $ref: '#/definitions/code' } }, definitions: { code: { type: 'string', maxLength: 1 } } },
    [{ code: 'N' }, { code: 'NN' }, { code: 7 }, {}]],
  ['uniqueItems false', { uniqueItems: false, type: 'array' }, [[1, 1], 'x']],
  ['enum with titles as oneOf', { type: 'string', title: 'SEN provision', oneOf: oneOfCodes }, ['N', 'K', 'E', 'X', '', 5, null]],
  ['enum with titles beside maxLength, reached by $ref', { type: 'object', properties: { code: { $ref: '#/$defs/code' } }, $defs: { code: { type: 'string', oneOf: oneOfCodes, maxLength: 1 } } },
    [{ code: 'N' }, { code: 'NN' }, { code: 'X' }, { code: 7 }, {}]],
  ['oneOf with two or more passing branches', { oneOf: [{ type: 'number' }, { minimum: 2 }, { maximum: 5 }, { type: 'string' }] }, [3, 1, 10, 'a', null, []]],
  ['oneOf with branches that always pass', { oneOf: [{}, { title: 'anything' }, true, { type: 'string' }] }, [5, 'a']],
  ['oneOf with one branch', { oneOf: [{ type: 'string', maxLength: 1 }] }, ['a', 'ab', 1]],
  ['oneOf inside oneOf', { oneOf: [{ oneOf: [{ type: 'string' }, { maxLength: 2 }] }, { type: 'number', maximum: 3 }] }, ['a', 'abc', 2, 5, null, []]],
  ['oneOf in list rows and properties, beside a type and const', { type: 'array', items: { type: 'object', required: ['k'], properties: { k: { oneOf: [{ type: 'string', minLength: 2 }, { type: 'integer', exclusiveMinimum: 5 }], const: 'ab' } } } },
    [[{ k: 'ab' }, { k: 'a' }, { k: 6 }, { k: 5 }, {}, { k: null }, 'x']]],
  ['pydantic Optional: a schema or null', { anyOf: [{ type: 'integer', minimum: 0, maximum: 120 }, { type: 'null' }], default: null, title: 'Age' },
    [null, 0, 7, -1, 121, 5.5, 'x', '7', true, [], {}, Number.NaN]],
  ['null first, with annotations, beside a type, const and enum', { type: 'string', anyOf: [{ type: 'null', title: 'None', 'x-widget': 'none' }, { type: 'string', maxLength: 3, pattern: '^a' }], enum: ['ab', 'abcd', 'b'], const: 'ab' },
    ['ab', 'abcd', 'b', 'c', null, 5, []]],
  ['nullable $refs to a choice and a group (pydantic v2 $defs)', { type: 'object', properties: { need: { anyOf: [{ $ref: '#/$defs/Need' }, { type: 'null' }], default: null }, address: { anyOf: [{ $ref: '#/$defs/Address' }, { type: 'null' }] } },
    $defs: { Need: { title: 'Need', type: 'string', enum: ['SLCN', 'ASD'] }, Address: { title: 'Address', type: 'object', properties: { line1: { type: 'string', maxLength: 5 }, postcode: { anyOf: [{ type: 'string', maxLength: 8 }, { type: 'null' }] } }, required: ['line1'], additionalProperties: false } } },
    [{ need: null, address: null }, { need: 'ASD', address: { line1: 'a', postcode: null } }, { need: 'X', address: { line1: 'far too long', postcode: 'SW1A 1AA 9', other: 1 } }, { need: 3, address: 'x' }, { address: {} }, { address: [] }]],
  ['a $ref beside annotations only (what draft-07 allows)', { properties: { code: { $ref: '#/definitions/code', title: 'Code', description: 'A code' } }, definitions: { code: { type: 'string', maxLength: 1 } } },
    [{ code: 'N' }, { code: 'NN' }, { code: null }]],
  ['a nullable anything (pydantic Optional[Any])', { type: 'array', items: { anyOf: [{}, { type: 'null' }] } }, [[1, null, 'x', {}], 'x']],
  ['a nullable annotated anything, null inside a nullable, and a nullable list of codes', { type: 'array', items: { anyOf: [{ title: 'Anything' }, { type: 'null' }] }, maxItems: 2, properties: {},
    oneOf: [{ maxItems: 1 }, { minItems: 3 }] }, [[1, null], [1, 2, 3], 'x']],
  ['nested nullable and codes', { anyOf: [{ anyOf: [{ type: 'string', oneOf: oneOfCodes }, { type: 'null' }] }, { type: 'null' }] }, ['N', 'X', null, 1]],
  ['x- annotations anywhere', { type: 'object', 'x-origin': 'LA', properties: { a: { type: 'string', 'x-widget': 'big', maxLength: 2 } }, additionalProperties: false },
    [{ a: 'ab' }, { a: 'abc' }, { b: 1 }, { 'x-widget': 1 }]],
];

// Seeded random values around the limits: decimals of one to three places (where dividing
// by a float step goes either way), and short strings of characters that are one or two
// UTF-16 units, lone surrogates included.
const random = seededRandom(0x1e9);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const numbers = Array.from({ length: 400 }, () => Number((random() * 20 - 5).toFixed(pick([0, 1, 2, 3]))));
const texts = Array.from({ length: 400 }, () => Array.from({ length: Math.floor(random() * 7) }, () => pick(['a', 'é', 'e\u0301', astral, '\ud800', '\udc00'])).join(''));
const rows = Array.from({ length: 200 }, () => Array.from({ length: Math.floor(random() * 5) }, () => pick([1, 2, '1', 'a', true, null, [1], { a: 1 }])));
for (const step of [0.1, 0.01, 0.05, 0.3, 2.5, 0.001, 7]) {
  cases.push([`random numbers, multipleOf ${step}`, { type: 'number', multipleOf: step, exclusiveMaximum: 10, minimum: -2 }, numbers]);
}
cases.push(['random strings', { type: 'string', minLength: 2, maxLength: 4 }, texts]);

// The string formats generated schemas carry (pydantic's datetime, UUID and HttpUrl, Zod's
// .datetime(), .uuid() and .url()), as ajv-formats decides them in full mode: a time needs a
// zone, a leap second counts only at 23:59 UTC, the date inside a timestamp must be real.
const times = ['00', '15', '22', '23', '24'].flatMap((hour) => ['00', '29', '59', '60'].flatMap((minute) => ['00', '59', '59.999', '60', '60.5', '61']
  .flatMap((second) => ['Z', 'z', '', '+00:00', '-08:00', '+01:00', '+0100', '+01', '-00:30', '+05:45', '+24:00', '+23:60', '-23:59', '+1:00', ' Z']
    .map((zone) => `${hour}:${minute}:${second}${zone}`))));
const timeCases = ['14:30:00Z', '14:30:00.123456789+01:00', '14:30Z', '14:30:00.Z', '1:30:00Z', '14:30:00 Z', '14:30:00Z ', 'T14:30:00Z', '14:30:00\n', '１4:30:00Z', '', '23:59:60+00:00', '00:59:60+01:00', '00:29:60+00:30',
  '24:00:30+00:01', '23:60:60+00:01', '00:00:60+00:01', '23:59:60.999Z', '23:59:61Z'];
const dateTimes = ['2016-12-31', '2024-02-29', '2023-02-29', '2024-04-31', '2024-13-01', '2024-1-01'].flatMap((date) => ['T', 't', ' ', '\t', '\u00a0', '', 'TT', '_']
  .flatMap((separator) => ['23:59:60Z', '15:59:60-08:00', '10:00:00', '10:00:00.5z', '10:00:00+05:30', '10:00:00+0530'].map((time) => `${date}${separator}${time}`)));
const dateTimeCases = ['2019-03-27T14:30:00Z', '2019-03-27T14:30:00.000Z', '2019-03-27T14:30:00+00:00', '2019-03-27T14:30Z', '2019-03-27', '14:30:00Z', '2019-03-27T14:30:00Z\n',
  ' 2019-03-27T14:30:00Z', '2019-03-27T14:30:00ZZ', '2019-03-27TT14:30:00Z', '+002019-03-27T14:30:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999999Z', '2019-03-27T14:30:00-00:00'];
const uuids = ['3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10', '3F2B8C1E-8A8E-4F57-9C43-2A1F0D6A9B10', '00000000-0000-0000-0000-000000000000', 'urn:uuid:3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10',
  'URN:UUID:3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10', 'uuid:3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10', '3f2b8c1e8a8e4f579c432a1f0d6a9b10', '{3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10}',
  '3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b1', '3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b100', '3f2b8c1g-8a8e-4f57-9c43-2a1f0d6a9b10', '3f2b8c1e-8a8e4f57-9c43-2a1f0d6a9b10-',
  '3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10\n', ' 3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '', 'x'];
const uris = ['https://example.com', 'https://example.com/report?id=3#top', 'HTTP://EXAMPLE.COM/', 'http://user:pass@example.com:8080/a/b', 'http://example.com:/x', 'example.com',
  'www.example.com/report', '//example.com/x', '/relative/path', 'report.pdf', '#fragment', 'a:b', 'mailto:sam@example.org', 'urn:isbn:0451450523', 'tel:+44-20-7946-0000',
  'file:///C:/plans/x.json', '1http://example.com', 'h_t://example.com', 'http://example.com/a b', 'http://ex ample.com', ' https://example.com', 'https://example.com ',
  'https://example.com/\n', 'http://[::1]:8080/', 'http://[2001:db8::7]/c=GB?objectClass?one', 'http://[2001:0db8:85a3:0000:0000:8a2e:0370:7334]/', 'http://[::ffff:192.0.2.1]/',
  'http://[v1.fe:80]/', 'http://[::1/', 'http://[::1]]/', 'http://[12345::1]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[fe80::1%25eth0]/', 'http://192.168.0.1/', 'http://256.1.1.1/',
  'http://example.com/%7Euser', 'http://example.com/%7euser', 'http://example.com/%zz', 'http://example.com/%7', 'http://example.com/100%', 'https://example.com/?q=%20a%20',
  'http://example.com/"quoted"', 'http://example.com/<a>', 'http://example.com/a\\b', 'http://example.com/{x}', 'http://example.com/a|b', 'http://example.com/^', 'http://example.com/`',
  'http://example.com#a#b', 'http://example.com?a?b/c', 'https://例え.jp/', 'https://example.com/café', 'http://-x-.com', 'http:', 'http:/', 'http://', 'x:', ':', '', 'urn:', 'a+b-c.d:e'];
for (const [format, values] of [['time', [...times, ...timeCases]], ['date-time', [...dateTimes, ...dateTimeCases]], ['uuid', uuids], ['uri', uris]] as const) {
  cases.push([`format ${format}`, { type: 'string', format }, [...values, 5, null]]);
  cases.push([`format ${format} beside a maxLength, with no type, nullable`, { anyOf: [{ format, maxLength: 30, title: format }, { type: 'null' }] }, [...values, 5, null]]);
}
cases.push(['random rows', { type: 'array', minItems: 1, maxItems: 3, uniqueItems: true }, rows]);
cases.push(['random scalar rows', { type: 'array', items: { type: ['string', 'number', 'boolean', 'null'] }, uniqueItems: true }, rows]);

describe('the interpreter agrees with ajv on the keywords local authorities use', () => {
  for (const [what, schema, instances, draft] of cases.flatMap(([what, schema, instances], index) => [
    [what, schema, instances, '2020-12'],
    // With and without the "#", as tools write it either way.
    [what, { $schema: index % 2 === 0 ? draft07 : draft07.slice(0, -1), ...schema }, instances, 'draft-07'],
  ] as const)) {
    it(`${what} (${draft})`, () => {
      const expected = (draft === 'draft-07' ? ajv07 : ajv).compile(schema);
      const ours = interpretSchema(schema);
      for (const instance of instances) {
        const context = `${what}: ${JSON.stringify(instance)} (${typeof instance})`;
        assert.equal(ours(instance), expected(instance), context);
        assert.deepEqual(comparable(ours.errors), comparable(expected.errors as AjvError[] | null), context);
      }
    });
  }

  it('covers every keyword it is about, failing as well as passing', () => {
    const failed = new Set<string>();
    for (const [, schema, instances] of cases) {
      const expected = ajv.compile(schema);
      for (const instance of instances) if (!expected(instance)) for (const error of expected.errors ?? []) failed.add(error.keyword);
    }
    for (const keyword of ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'maxLength', 'minLength', 'maxItems', 'minItems', 'uniqueItems', 'oneOf', 'anyOf', 'const', 'enum', 'type', 'format']) {
      assert.ok(failed.has(keyword), `no instance fails "${keyword}"`);
    }
  });
});
