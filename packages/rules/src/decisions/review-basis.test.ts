import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reviewBasisOf } from './review-basis.js';

type Plan = { planDetails: { dateOfPlan?: string }; reviews?: { date: string }[] };
const fixture = (template: string): Plan =>
  JSON.parse(readFileSync(new URL(`../../../schemas/fixtures/${template}/valid-complete.json`, import.meta.url), 'utf8')) as Plan;

test('counts from the date of plan until a review is held', () => {
  const ipm = fixture('individual-provision-map'); // date of plan 2026-09-14
  assert.deepEqual(reviewBasisOf(ipm, { today: '2026-10-01' }), { template: 'individual-provision-map', from: '2026-09-14', basis: 'date-of-plan' });
  // Minutes of review kept elsewhere count; one not yet held on today does not.
  assert.equal(reviewBasisOf(ipm, { today: '2026-11-01', reviewDates: ['2026-10-30', '2026-11-20'] }).from, '2026-10-30');
});

test('an Inclusion Support Plan counts from its latest review held', () => {
  const plan = fixture('inclusion-support-plan');
  const dates = (plan.reviews ?? []).map((r) => r.date).sort();
  const basis = reviewBasisOf(plan, { today: '2027-06-01' });
  assert.deepEqual([basis.from, basis.basis], [dates[dates.length - 1], 'review']);
});

test('a school ISP counts from the start of its latest APDR cycle', () => {
  const plan = fixture('individual-support-plan');
  const basis = reviewBasisOf(plan, { today: '2027-12-01' });
  assert.ok(['apdr-cycle', 'review'].includes(basis.basis));
  assert.ok(basis.from > (plan.planDetails.dateOfPlan ?? ''));
});

test('a plan with no date to count from is a clear error', () => {
  assert.throws(() => reviewBasisOf({ template: 'sen-support-plan' }, { today: '2026-10-01' }), /\/planDetails\/dateOfPlan: the plan has no date of plan/);
});

test('a date of plan that is not a real date is named as such, not as missing', () => {
  const plan = (dateOfPlan: unknown) => ({ template: 'sen-support-plan', planDetails: { dateOfPlan } });
  assert.throws(
    () => reviewBasisOf(plan('2026-02-30'), { today: '2026-10-01' }),
    (error: Error & { code?: string }) => error.code === 'invalid-date' && error.message === '/planDetails/dateOfPlan: 2026-02-30 is not a real date (February 2026 has 28 days)',
  );
  assert.throws(() => reviewBasisOf(plan('30/09/2026'), { today: '2026-10-01' }), /^RuleInputError: \/planDetails\/dateOfPlan: "30\/09\/2026" is not a date written YYYY-MM-DD/);
});

test('options that are not an object are a clear error, not a crash', () => {
  assert.throws(() => reviewBasisOf(fixture('individual-provision-map'), undefined as never), /^RuleInputError: options: expected an object such as \{ today/);
});

test('review dates that are not dates are refused by name, not skipped', () => {
  const ipm = fixture('individual-provision-map');
  assert.throws(() => reviewBasisOf(ipm, { today: '2026-11-01', reviewDates: ['2026-10-30', '30/10/2026'] }), /reviewDates\[1\]/);
  assert.throws(() => reviewBasisOf(ipm, { today: '2026-11-01', reviewDates: '2026-10-30' as never }), /reviewDates: expected a list/);
});

test("a review date inside the plan that is not a real date is named, not skipped", () => {
  // Skipped, the window would count from the date of plan and call a reviewed plan overdue.
  const plan = { template: 'sen-support-plan', planDetails: { dateOfPlan: '2026-10-26' }, review: { date: '2026-12-32' } };
  assert.throws(
    () => reviewBasisOf(plan, { today: '2027-01-20' }),
    (error: Error & { code?: string; path?: string }) =>
      error.code === 'invalid-date' && error.path === '/review/date' && /^\/review\/date: 2026-12-32 is not a real date/.test(error.message),
  );
  const school = { template: 'individual-support-plan', planDetails: { dateOfPlan: '2026-09-07' }, section1: { apdrCycles: [{ id: 'c1', plan: { date: '7/9/2026' } }] } };
  assert.throws(() => reviewBasisOf(school, { today: '2027-01-20' }), /^RuleInputError: \/section1\/apdrCycles\/0\/plan\/date: "7\/9\/2026" is not a date written YYYY-MM-DD/);
  // A field left empty, as forms save it, is simply not there.
  assert.equal(reviewBasisOf({ ...plan, review: { date: '' } }, { today: '2027-01-20' }).from, '2026-10-26');
});

test('a plan that is not an object is invalid-field at plan, as everywhere else in the rules', () => {
  for (const plan of [null, [], 'plan']) {
    assert.throws(() => reviewBasisOf(plan, { today: '2026-11-22' }), { name: 'RuleInputError', code: 'invalid-field', path: 'plan' }, JSON.stringify(plan));
  }
});
