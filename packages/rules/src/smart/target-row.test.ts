import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTargetRow } from './index.js';

const row = {
  baseline: 'Amir can say hello when an adult says it first.',
  target: 'Amir will say hello to his key person on arrival, with a verbal prompt, on 4 out of 5 mornings by 12 March 2027.',
  provision: 'Key person greets Amir at the door each morning.',
  resources: 'Photo of key person',
};
const codes = (r: ReturnType<typeof checkTargetRow>) => r.issues.map((i) => i.code);

test('a complete row with a SMART target inside the review window is ok', () => {
  const result = checkTargetRow(row, { pupilName: 'Amir', reviewDate: '2027-03-20' });
  assert.deepEqual(codes(result), []);
  assert.equal(result.ok, true);
  assert.equal(result.target.smart, true);
});

test('missing baseline, provision and resources are reported by field', () => {
  const result = checkTargetRow({ target: row.target, baseline: '  ', resources: [] }, { pupilName: 'Amir' });
  assert.deepEqual(result.issues.map((i) => [i.field, i.code]), [
    ['baseline', 'row.baseline-missing'],
    ['provision', 'row.provision-missing'],
    ['resources', 'row.resources-missing'],
  ]);
  assert.ok(result.issues.every((i) => i.message && i.suggestion));
  assert.equal(result.ok, false);
});

test('a target ending after the review date is flagged, pointing at the date', () => {
  const result = checkTargetRow(row, { pupilName: 'Amir', reviewDate: '2027-03-01' });
  assert.deepEqual(codes(result), ['row.time-bound-after-review']);
  assert.equal(result.issues[0]?.evidence[0]?.text, 'by 12 March 2027');
});

test('numeric UK dates and named terms are compared too', () => {
  const numeric = { ...row, target: row.target.replace('by 12 March 2027', 'by 12/03/2027') };
  assert.deepEqual(codes(checkTargetRow(numeric, { reviewDate: '2027-03-01' })), ['row.time-bound-after-review']);
  assert.deepEqual(codes(checkTargetRow(numeric, { reviewDate: '2027-03-12' })), []);
  const term = { ...row, target: row.target.replace('by 12 March 2027', 'by the end of the summer term') };
  assert.deepEqual(codes(checkTargetRow(term, { reviewDate: '2027-02-10', planDate: '2027-01-05' })), ['row.time-bound-after-review']);
  const review = { ...row, target: row.target.replace('by 12 March 2027', 'by the next review') };
  assert.deepEqual(codes(checkTargetRow(review, { reviewDate: '2027-02-10' })), []);
});

test('"within 6 weeks" resolves from the plan date', () => {
  const weeks = { ...row, target: row.target.replace('by 12 March 2027', 'within 6 weeks') };
  assert.deepEqual(codes(checkTargetRow(weeks, { reviewDate: '2027-02-20', planDate: '2027-01-05' })), []);
  assert.deepEqual(codes(checkTargetRow(weeks, { reviewDate: '2027-02-20', planDate: '2027-01-15' })), ['row.time-bound-after-review']);
});

test('impossible dates and a bad review date get clear issues, never a throw', () => {
  const impossible = { ...row, target: row.target.replace('by 12 March 2027', 'by 31/02/2027') };
  assert.deepEqual(codes(checkTargetRow(impossible, { reviewDate: '2027-03-20' })), ['row.time-bound-invalid-date']);
  assert.deepEqual(codes(checkTargetRow(row, { reviewDate: '2027-02-30' })), ['row.review-date-invalid']);
  assert.deepEqual(codes(checkTargetRow(null as unknown as object, {})).slice(0, 1), ['row.not-an-object']);
  assert.doesNotThrow(() => checkTargetRow({ target: 42 } as unknown as object, undefined));
});

test('a date without a year and a half term written "HT" are compared with the review date', () => {
  const yearless = { ...row, target: row.target.replace('by 12 March 2027', 'by 14/03') };
  assert.deepEqual(codes(checkTargetRow(yearless, { reviewDate: '2027-03-01', planDate: '2027-01-05' })), ['row.time-bound-after-review']);
  assert.deepEqual(codes(checkTargetRow(yearless, { reviewDate: '2027-03-20', planDate: '2027-01-05' })), []);
  assert.deepEqual(codes(checkTargetRow({ ...yearless, target: row.target.replace('by 12 March 2027', 'by 31/02') }, { reviewDate: '2027-03-20' })), ['row.time-bound-invalid-date']);
  const ht = { ...row, target: row.target.replace('by 12 March 2027', 'by Feb HT') };
  assert.deepEqual(codes(checkTargetRow(ht, { reviewDate: '2027-01-20', planDate: '2027-01-05' })), ['row.time-bound-after-review']);
  assert.deepEqual(codes(checkTargetRow(ht, { reviewDate: '2027-02-20', planDate: '2027-01-05' })), []);
});
