import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewStatus } from './review-status.js';
import { parseCalendar } from './term-calendar.js';
import { exampleCalendar } from './test-data/example-calendar.js';

const calendar = parseCalendar(exampleCalendar);
// Window for this plan: 2026-10-16 to 2026-11-06.
const plan = { template: 'individual-provision-map', from: '2026-09-03', calendar };

test('scheduled before earliest, due from earliest to latest inclusive, overdue after latest', () => {
  assert.equal(reviewStatus({ ...plan, today: '2026-10-15' }), 'scheduled');
  assert.equal(reviewStatus({ ...plan, today: '2026-10-16' }), 'due');
  assert.equal(reviewStatus({ ...plan, today: '2026-10-28' }), 'due');
  assert.equal(reviewStatus({ ...plan, today: '2026-11-06' }), 'due');
  assert.equal(reviewStatus({ ...plan, today: '2026-11-07' }), 'overdue');
});

test('reviewed once a review on or after from is recorded, whatever the window says', () => {
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviewedOn: '2026-09-03' }), 'reviewed');
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviews: [{ date: '2026-06-01' }, { date: '2026-11-20' }] }), 'reviewed');
});

test('a review before from does not count', () => {
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviewedOn: '2026-09-02' }), 'overdue');
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviews: [{ date: '2026-09-02' }] }), 'overdue');
});

test('a review dated after today has not been held yet, so it does not count on that day', () => {
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviewedOn: '2026-12-02' }), 'overdue');
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviews: [{ date: '2027-01-10' }] }), 'overdue');
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviewedOn: '2026-12-01' }), 'reviewed');
});

test('called without options: a clear error, not a crash', () => {
  assert.throws(() => reviewStatus(undefined as never), /options: expected an object/);
});

test('bad dates are errors naming the field', () => {
  assert.throws(() => reviewStatus({ ...plan, today: '2026-11-31' }), /today: 2026-11-31 is not a real date/);
  assert.throws(() => reviewStatus({ ...plan, today: '2026-11-01', reviews: [{ date: 'soon' }] }), /reviews\[0\]\.date: "soon" is not a date/);
});

test('a plan reviewed is "reviewed" even when the calendar does not yet reach its next window', () => {
  // Plan dated 1 July: its window needs next year's dates, which are not published yet.
  const late = { template: 'individual-provision-map', from: '2027-07-01', today: '2027-07-20', calendar };
  assert.throws(() => reviewStatus(late), { name: 'RuleInputError', code: 'calendar-too-short' });
  // Before: the same error, though the review held already settles the status.
  assert.equal(reviewStatus({ ...late, reviewedOn: '2027-07-19' }), 'reviewed');
  assert.equal(reviewStatus({ ...late, reviews: [{ date: '2027-07-19' }] }), 'reviewed');
  // Other bad input is still refused.
  assert.throws(() => reviewStatus({ ...late, template: 'nope', reviewedOn: '2027-07-19' }), { code: 'unknown-template' });
});

test('a review date left blank records no review, as checkCensus and reviewBasisOf read an empty value; a wrong one is still refused', () => {
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviewedOn: '' }), 'overdue');
  assert.equal(reviewStatus({ ...plan, today: '2026-12-01', reviews: [{ date: '  ' }, { date: '2026-11-01' }] }), 'reviewed');
  assert.throws(() => reviewStatus({ ...plan, today: '2026-12-01', reviews: [{ date: '2026-02-30' }] }), { code: 'invalid-date', path: 'reviews[0].date' });
});
