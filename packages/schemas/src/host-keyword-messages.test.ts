// A local authority's own limits (lengths, sizes, ranges, steps, unique rows, a list of codes
// written as `oneOf` of `const`/`title`) must come out as plain English that names the field
// and says what to do, like the templates' own errors: not "is not in any of the forms".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInterpretedPlanValidator } from './interpret/interpreted-validate.js';

const validate = createInterpretedPlanValidator({
  type: 'object',
  properties: {
    reason: { type: 'string', title: 'Reason for referral', maxLength: 10, minLength: 2 },
    hours: { type: 'number', title: 'Hours of support', minimum: 1, maximum: 25, multipleOf: 0.5 },
    share: { type: 'number', title: 'Share of the day', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    staff: { type: 'array', title: 'Staff involved', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true },
    provision: { type: 'string', title: 'SEN provision', oneOf: [{ const: 'K', title: 'SEN support' }, { const: 'E', title: 'EHC plan' }] },
  },
  required: ['provision'],
});

const messages = (plan: object) => validate(plan).errors.map((error) => `${error.pointer} ${error.code}: ${error.message}`);

test('lengths, ranges and steps say the limit', () => {
  assert.deepEqual(messages({ provision: 'K', reason: 'x'.repeat(11), hours: 30 }), [
    '/reason too-long: The reason for referral must be 10 characters or fewer',
    '/hours too-large: The hours of support must be 25 or less',
  ]);
  assert.deepEqual(messages({ provision: 'K', reason: 'x', hours: 0 }), [
    '/reason empty: The reason for referral must be at least 2 characters',
    '/hours too-small: The hours of support must be 1 or more',
  ]);
  assert.deepEqual(messages({ provision: 'K', hours: 2.25 }), ['/hours no-match: The hours of support must be a multiple of 0.5']);
});

test('an exclusive limit says "more than" or "less than", not "or more"', () => {
  assert.deepEqual(messages({ provision: 'K', share: 0 }), ['/share too-small: The share of the day must be more than 0']);
  assert.deepEqual(messages({ provision: 'K', share: 1 }), ['/share too-large: The share of the day must be less than 1']);
});

test('list sizes and repeated rows name the list', () => {
  assert.deepEqual(messages({ provision: 'K', staff: [] }), ['/staff too-few: Add at least 1 entry to the staff involved']);
  assert.deepEqual(messages({ provision: 'K', staff: ['Ann', 'Bo', 'Ann'] }), [
    '/staff too-many: The staff involved can have at most 2 entries',
    '/staff duplicate: Remove the repeated entry from the staff involved',
  ]);
});

test('a code outside a oneOf list reads as a choice from the list, as an enum does', () => {
  assert.deepEqual(messages({ provision: 'N' }), ['/provision no-match: Choose the SEN provision from the list ("N" is not one of the choices)']);
  assert.deepEqual(messages({}), ['/provision required: Choose the SEN provision']);
});

test('an id in a format generated schemas write (pydantic UUID, Zod .uuid()) says what to enter, with an example', () => {
  const validateGenerated = createInterpretedPlanValidator({
    type: 'object',
    properties: { id: { type: 'string', format: 'uuid', title: 'Record ID' }, parent: { anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }], default: null, title: 'Parent record' } },
  });
  const generated = (plan: object) => validateGenerated(plan).errors.map((error) => `${error.pointer} ${error.code}: ${error.message}`);
  assert.deepEqual(generated({ id: '3f2b8c1e8a8e4f579c432a1f0d6a9b10', parent: '{3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10}' }), [
    '/id invalid-format: Enter the record ID as a UUID, for example 3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10',
    '/parent invalid-format: Enter the parent record as a UUID, for example 3f2b8c1e-8a8e-4f57-9c43-2a1f0d6a9b10',
  ]);
  assert.deepEqual(generated({ id: '3F2B8C1E-8A8E-4F57-9C43-2A1F0D6A9B10', parent: null }), []);
});

test('a timestamp, a time and a web address (pydantic datetime, time and HttpUrl; Zod .datetime() and .url()) say what to enter, with an example', () => {
  const validateGenerated = createInterpretedPlanValidator({
    type: 'object',
    properties: {
      created_at: { type: 'string', format: 'date-time', title: 'Created At' },
      starts: { type: 'string', format: 'time', title: 'Session starts' },
      website: { anyOf: [{ type: 'string', format: 'uri', minLength: 1, maxLength: 2083 }, { type: 'null' }], default: null, title: 'School website' },
    },
  });
  const generated = (plan: object) => validateGenerated(plan).errors.map((error) => `${error.pointer} ${error.code}: ${error.message}`);
  assert.deepEqual(generated({ created_at: '2026-02-30T09:00:00Z', starts: '09:00', website: 'www.example.org' }), [
    '/created_at invalid-format: Enter the created at as a date and time, for example 2019-03-27T14:30:00Z',
    '/starts invalid-format: Enter the session starts as a time, for example 14:30:00Z',
    '/website invalid-format: Enter the school website as a full web address, for example https://example.com/report',
  ]);
  assert.deepEqual(generated({ created_at: '2026-03-27T09:00:00.5+01:00', starts: '09:00:00Z', website: 'https://example.org/school' }), []);
});
