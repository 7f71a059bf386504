// pydantic writes an `Optional` field as `anyOf` of its schema and `{ type: 'null' }`. A wrong
// answer there must be told in the words of that schema ("must be 0 or more"), not as what ajv
// reports for the whole `anyOf` ("must be null", "must match a schema in anyOf").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { validatorOptions } from './compile/create-ajv.js';
import { createInterpretedPlanValidator } from './interpret/interpreted-validate.js';
import { createPlanValidator } from './plan-validator.js';

// No `$id`, as pydantic writes it: titles inside its `$defs` are still found.
const schema = {
  title: 'SupportPlan',
  type: 'object',
  $defs: {
    Need: { title: 'Need', type: 'string', enum: ['SLCN', 'ASD'] },
    Address: { title: 'Address', type: 'object', properties: { line1: { title: 'First line', type: 'string', maxLength: 20 } }, required: ['line1'] },
  },
  properties: {
    age: { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }], default: null, title: 'Age' },
    email: { anyOf: [{ type: 'null' }, { type: 'string', format: 'email' }], default: null, title: 'Parent carer email' },
    need: { anyOf: [{ $ref: '#/$defs/Need' }, { type: 'null' }], default: null },
    address: { anyOf: [{ $ref: '#/$defs/Address' }, { type: 'null' }], default: null },
    either: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }], title: 'Either' },
  },
};

const ajv = new Ajv2020({ ...validatorOptions, strictTypes: false });
addFormatsModule.default(ajv);
const validators = {
  interpreted: createInterpretedPlanValidator({ ...schema, properties: { ...schema.properties, either: {} } }),
  precompiled: createPlanValidator(ajv.compile(schema), schema),
};

for (const [how, validate] of Object.entries(validators)) {
  const messages = (plan: object) => validate(plan).errors.map((error) => `${error.pointer} ${error.code}: ${error.message}`);

  test(`null is an answer, and a wrong one reads as the schema beside null says (${how})`, () => {
    assert.deepEqual(messages({ age: null, email: null, need: null, address: null }), []);
    assert.deepEqual(messages({ age: -1, email: 'sam@', need: 'X', address: { line1: 'x'.repeat(21) } }), [
      '/age too-small: The age must be 0 or more',
      '/email invalid-format: Enter the parent carer email as an email address, for example name@example.com',
      '/need not-in-list: Choose the need from the list ("X" is not one of the choices)',
      '/address/line1 too-long: The first line must be 20 characters or fewer',
    ]);
    assert.deepEqual(messages({ age: 'seven', address: {} }), [
      '/age wrong-type: Enter the age as a whole number, not text',
      '/address/line1 required: Enter the first line',
    ]);
  });
}

test('an anyOf of more than a schema and null still reads as one error (precompiled)', () => {
  const messages = validators.precompiled({ either: true }).errors.map((error) => `${error.pointer} ${error.code}`);
  assert.deepEqual(messages, ['/either no-match']);
});
