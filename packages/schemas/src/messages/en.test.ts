// The English catalogue names a field the way the form shows it: a thing takes "the", a
// question or a label that is not a thing ("By when", "Achieved") is quoted, never "the by when".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { english } from './en.js';
import { validate } from '../validate.js';
import { join } from 'node:path';
import { fixturesDir, readJson } from '../test-support/fixtures.js';

test('a noun-phrase title takes "the", with its row and list', () => {
  assert.equal(english.required({ field: "Child's name", kind: 'text' }), "Enter the child's name");
  assert.equal(english.required({ field: 'Date the plan was started', kind: 'date' }), 'Enter the date the plan was started');
  assert.equal(english.required({ field: 'Id', kind: 'text', row: 2, list: 'SMART targets' }), 'Enter the ID in row 2 of the SMART targets');
});

test('a clause title reads as it is', () => {
  assert.equal(english.required({ field: 'Who is signing', kind: 'choice' }), 'Choose who is signing');
  assert.equal(english.required({ field: 'My strengths', kind: 'list' }), 'Add my strengths');
});

test('a title that is not a thing is quoted as the form label', () => {
  assert.equal(english['not-in-list']({ field: 'Achieved', kind: 'choice', row: 1, list: 'SMART targets' }), 'Choose an answer to "Achieved" in row 1 of the SMART targets from the list');
  assert.equal(english['invalid-date']({ field: 'By when', kind: 'date', row: 3, list: 'Actions' }), 'Enter an answer to "By when" in row 3 of the actions as a real date, for example 2019-03-27');
  assert.equal(english.required({ field: 'Amended by', kind: 'section' }), 'Fill in an answer to "Amended by"');
  assert.equal(english.required({ field: 'Child absent', kind: 'yes-no', row: 2, list: 'Record of intervention' }), 'Choose yes or no for "Child absent" in row 2 of the record of intervention');
  assert.equal(english.required({ field: 'Sufficient progress?', kind: 'yes-no' }), 'Choose yes or no for "Sufficient progress?"');
  assert.equal(english.required({ field: 'Pupil is on a Reduced Timetable', kind: 'yes-no' }), 'Choose yes or no for "Pupil is on a Reduced Timetable"');
});

test('a template field that is not text says so, instead of "no template called a whole number"', () => {
  const { errors } = validate({ template: 12 } as never);
  assert.match(errors[0]!.message, /^The "template" field must name a template, not a whole number: use one of /);
  assert.match(validate({ template: 'nope' } as never).errors[0]!.message, /^There is no template called "nope": use one of /);
});

test('a whole plan: an outcome outside the list is named by its label', () => {
  const plan = readJson(join(fixturesDir, 'individual-provision-map', 'invalid-bad-achieved-value.json'));
  const { errors } = validate(plan as never);
  assert.deepEqual(errors.map((error) => error.message), ['Choose an answer to "Achieved" in row 1 of the SMART targets from the list ("mostly" is not one of the choices)']);
});

test('a section named after the person asks for their details, not to "fill in the pupil"', () => {
  assert.equal(english.required({ field: 'Pupil', kind: 'section' }), "Fill in the pupil's details");
  assert.equal(english.required({ field: 'Child / young person', kind: 'section' }), "Fill in the child / young person's details");
  assert.equal(english.required({ field: "Child's details", kind: 'section' }), "Fill in the child's details");
});
