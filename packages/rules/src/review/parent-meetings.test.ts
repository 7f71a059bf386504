import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkParentMeetings, schoolYearOf } from './parent-meetings.js';

test('the school year runs from 1 September to 31 August', () => {
  assert.deepEqual(schoolYearOf('2026-09-01'), { from: '2026-09-01', to: '2027-08-31' });
  assert.deepEqual(schoolYearOf('2027-08-31'), { from: '2026-09-01', to: '2027-08-31' });
});

test('three distinct meeting days in the year meet the Code of Practice minimum', () => {
  const year = schoolYearOf('2026-10-01');
  const check = checkParentMeetings(['2026-10-01', '2027-02-01', '2027-06-01', '2027-09-10'], year);
  assert.equal(check.count, 3);
  assert.equal(check.ok, true);
});

test('fewer than three (meetings outside the year and repeats of a day do not count)', () => {
  const check = checkParentMeetings(['2026-10-01', '2026-10-01', '2026-08-31'], schoolYearOf('2026-10-01'));
  assert.equal(check.count, 1);
  assert.equal(check.ok, false);
  assert.match(check.message, /Only 1 meeting with parents .* at least three a year; plan 2 more/);
});

test('an invalid meeting date is an error naming it', () => {
  assert.throws(() => checkParentMeetings(['2026-10-01', '2026-02-29'], schoolYearOf('2026-10-01')), /meetings\[1\]: 2026-02-29 is not a real date/);
});

test('bad arguments are errors naming them, never a crash or a silent count', () => {
  const year = schoolYearOf('2026-10-01');
  const fails = (run: () => unknown, code: string, path: string) => assert.throws(run, { name: 'RuleInputError', code, path });
  fails(() => checkParentMeetings(undefined as never, year), 'invalid-field', 'meetings');
  fails(() => checkParentMeetings('2026-10-01' as never, year), 'invalid-field', 'meetings');
  fails(() => checkParentMeetings([], undefined as never), 'invalid-field', 'year');
  // A year that ends before it starts, or runs longer than a year, would count the wrong meetings.
  fails(() => checkParentMeetings([], { from: '2027-08-31', to: '2026-09-01' }), 'invalid-date', 'to');
  fails(() => checkParentMeetings(['2026-10-01', '2027-10-01', '2028-03-01'], { from: '2026-09-01', to: '2028-08-31' }), 'invalid-date', 'to');
  // A leap school year is still one year.
  assert.equal(checkParentMeetings(['2028-02-29'], schoolYearOf('2028-02-29')).count, 1);
});
