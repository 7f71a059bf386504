import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { checkPlanForSignOff } from './sign-off.js';
import { parseCalendar } from '../review/term-calendar.js';
import { exampleCalendar } from '../review/test-data/example-calendar.js';

/** The parts of the fixtures these tests change; the rest passes through untouched. */
type Signature = { who: string; name?: string; date?: string };
type Plan = {
  child: { name?: string };
  planDetails: { reviewDates?: string[] };
  support: { parentCarerViews?: string };
  agreement: { parentCarerSignature?: Signature; reviewDate?: string };
  targets: { target: string; baseline?: string; resources?: string }[];
  reducedTimetable?: { inPlace: boolean; endDate?: string };
};
const fixture = (template: string, name: string): Plan =>
  JSON.parse(readFileSync(new URL(`../../../schemas/fixtures/${template}/${name}.json`, import.meta.url), 'utf8')) as Plan;
const codes = (plan: unknown, today = '2026-10-01', calendar?: ReturnType<typeof parseCalendar>) =>
  checkPlanForSignOff(plan, { today, calendar }).map((issue) => `${issue.code} ${issue.pointer}`);

// Date of plan 2026-09-14, review date 2026-10-30, signed by a parent, three SMART targets.
const ipm = fixture('individual-provision-map', 'valid-complete');

test('a complete plan is ready for sign-off', () => {
  assert.deepEqual(codes(ipm), []);
});

test("every template's complete fixture has nothing to fix before sign-off", () => {
  // Vendors and the catalogue show these as finished plans: the rules must agree (review
  // dates passed by this late 'today' are warnings only).
  const templates = readdirSync(new URL('../../../schemas/fixtures/', import.meta.url));
  assert.equal(templates.length, 8);
  for (const template of templates) {
    const errors = checkPlanForSignOff(fixture(template, 'valid-complete'), { today: '2026-12-20' })
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${issue.code} ${issue.pointer}`);
    assert.deepEqual(errors, [], template);
  }
});

test('schema errors come first, with their pointers', () => {
  const plan = structuredClone(ipm);
  delete plan.child.name;
  assert.ok(codes(plan).includes('required /child/name'), codes(plan).join('\n'));
  assert.deepEqual(codes({ template: 'nope' }).length > 0, true);
});

test('parent/carer views and signatures must be present, signed with a name and a date', () => {
  const isp = fixture('ey-individual-support-plan', 'valid-complete');
  delete isp.support.parentCarerViews;
  isp.agreement.parentCarerSignature = { who: 'parent-carer', name: ' ' };
  assert.deepEqual(
    codes(isp, '2026-12-01').filter((c) => !c.startsWith('review-date')),
    ['missing-parent-views /support/parentCarerViews', 'signature-missing-name /agreement/parentCarerSignature/name', 'signature-missing-date /agreement/parentCarerSignature/date'],
  );
  const unsigned = structuredClone(ipm);
  delete unsigned.agreement.parentCarerSignature;
  assert.deepEqual(codes(unsigned), ['missing-signature /agreement/parentCarerSignature']);
});

test('dates after today are flagged: date of plan and signatures', () => {
  assert.deepEqual(codes(ipm, '2026-09-13'), [
    'date-of-plan-in-future /planDetails/dateOfPlan',
    'signature-date-in-future /agreement/parentCarerSignature/date',
  ]);
});

test('the review date must fall inside the review window from the date of plan', () => {
  const late = structuredClone(ipm);
  late.agreement.reviewDate = '2026-11-20'; // 9.5 weeks after 14 Sep
  const issues = checkPlanForSignOff(late, { today: '2026-10-01' });
  assert.deepEqual(issues.map((i) => i.code), ['review-date-outside-window']);
  assert.match(issues[0]!.message, /2026-11-20 is outside the review window 2026-10-26 to 2026-11-09 counted from 2026-09-14/);
  // With a calendar, weeks are teaching days: the 30th to 40th after Mon 14 Sep (INSET on
  // 28 Sep and half term skipped) are Tue 3 Nov to Tue 17 Nov, so 30 Oct (half term) is out.
  const calendar = parseCalendar(exampleCalendar);
  const inHalfTerm = checkPlanForSignOff(ipm, { today: '2026-10-01', calendar });
  assert.deepEqual(inHalfTerm.map((i) => i.code), ['review-date-outside-window']);
  assert.match(inHalfTerm[0]!.message, /outside the review window 2026-11-03 to 2026-11-17/);
  const inside = structuredClone(ipm);
  inside.agreement.reviewDate = '2026-11-10';
  assert.deepEqual(codes(inside, '2026-10-01', calendar), []);
});

test('a missing review date, and one already passed', () => {
  const none = structuredClone(ipm);
  delete none.agreement.reviewDate;
  assert.deepEqual(codes(none), ['missing-review-date /agreement/reviewDate']);
  const passed = checkPlanForSignOff(ipm, { today: '2026-11-02' });
  assert.deepEqual(passed.map((i) => [i.code, i.severity]), [['review-date-passed', 'warning']]);
});

test('every target must be SMART, checked with the child’s name; advice is a warning at the target', () => {
  const plan = structuredClone(ipm);
  plan.targets[1]!.target = 'He will improve his behaviour.';
  const issues = checkPlanForSignOff(plan, { today: '2026-10-01' });
  assert.ok(issues.length > 0);
  for (const issue of issues) {
    assert.equal(issue.pointer, '/targets/1/target');
    assert.equal(issue.severity, 'warning');
    assert.match(issue.code, /^smart-/);
  }
  assert.ok(issues.some((i) => i.code === 'smart-who'));
  const empty = structuredClone(ipm);
  empty.targets = [];
  assert.deepEqual(codes(empty), ['no-targets /targets']);
});

test('each target row needs a baseline, provision and resources, and must end by the review date', () => {
  const plan = structuredClone(ipm);
  delete plan.targets[0]!.baseline;
  plan.targets[2]!.resources = '';
  plan.targets[1]!.target = plan.targets[1]!.target.replace('By 30 October 2026', 'By 20 November 2026');
  assert.deepEqual(codes(plan), [
    'row.baseline-missing /targets/0/baseline',
    'row.time-bound-after-review /targets/1/target',
    'row.resources-missing /targets/2/resources',
  ]);
  assert.equal(checkPlanForSignOff(plan, { today: '2026-10-01' }).every((i) => i.severity === 'error'), true);
});

test("minutes of review: the next review date falls in the reviewed plan's window from the review", () => {
  // An IPM reviewed on 30 Oct: the next review is due 6 to 8 weeks later (11 to 25 Dec).
  const minutes = fixture('review-of-intervention', 'valid-complete') as unknown as { review: { date: string; nextReviewDate: string } };
  assert.deepEqual(codes(minutes, '2026-11-01'), []);
  minutes.review.nextReviewDate = '2027-01-20';
  const issues = checkPlanForSignOff(minutes, { today: '2026-11-01' });
  assert.deepEqual(issues.map((i) => `${i.code} ${i.pointer}`), ['next-review-date-outside-window /review/nextReviewDate']);
  assert.match(issues[0]!.message, /outside the window 2026-12-11 to 2026-12-25 counted from this review \(2026-10-30\)/);
});

test('Inclusion Support Plan: each review date inside 2-4 weeks of the one before; a reduced timetable needs an end date', () => {
  const plan = fixture('inclusion-support-plan', 'valid-complete'); // starts 2 Nov, reviews 16 Nov, 30 Nov, 14 Dec
  assert.deepEqual(codes(plan, '2026-11-10'), []);
  plan.planDetails.reviewDates = ['2026-11-16', '2027-01-11'];
  plan.reducedTimetable = { inPlace: true };
  assert.deepEqual(codes(plan, '2026-11-10'), [
    'review-date-outside-window /planDetails/reviewDates/1',
    'reduced-timetable-needs-end-date /reducedTimetable/endDate',
  ]);
});

test('a reduced timetable still in place must not end before the plan starts (an end date carried over from the last cycle)', () => {
  const plan = fixture('inclusion-support-plan', 'valid-complete'); // starts 2 Nov, reduced timetable ends 13 Nov
  plan.reducedTimetable = { inPlace: true, endDate: '2026-10-30' };
  assert.deepEqual(codes(plan, '2026-11-10'), ['reduced-timetable-end-before-start /reducedTimetable/endDate']);
  // Ending on the day the plan starts is a plan for that day; a timetable no longer in place may have ended before.
  plan.reducedTimetable = { inPlace: true, endDate: '2026-11-02' };
  assert.deepEqual(codes(plan, '2026-11-10'), []);
  plan.reducedTimetable = { inPlace: false, endDate: '2026-10-30' };
  assert.deepEqual(codes(plan, '2026-11-10'), []);
});

test('a bad today is the caller’s error, not a plan issue', () => {
  assert.throws(() => checkPlanForSignOff(ipm, { today: '2026-02-30' }), /today: 2026-02-30 is not a real date/);
});

test('options that are not an object say what the options are', () => {
  assert.throws(() => checkPlanForSignOff(ipm, undefined as never), /^RuleInputError: options: expected an object such as \{ today, calendar\?, cadence\? \}/);
});

test('SEN data the school census would refuse blocks sign-off, at the field to fix', () => {
  const sen = fixture('sen-support-plan', 'valid-complete') as unknown as { planDetails: Record<string, unknown> };
  const withSen = (details: Record<string, unknown>) => {
    const plan = structuredClone(sen);
    delete plan.planDetails['primaryNeed'];
    delete plan.planDetails['secondaryNeed'];
    Object.assign(plan.planDetails, details);
    return codes(plan, '2026-12-11').filter((code) => !code.startsWith('next-review-date-outside-window'));
  };
  assert.deepEqual(withSen({ senProvision: 'K', primaryNeed: 'SLCN', secondaryNeed: 'SEMH' }), []);
  // Before: each of these was ready to sign.
  assert.deepEqual(withSen({ senProvision: 'E', primaryNeed: 'NSA' }), ['nsa-only-with-k /planDetails/primaryNeed']);
  assert.deepEqual(withSen({ senProvision: 'N', primaryNeed: 'ASD' }), ['need-type-without-sen /planDetails/primaryNeed']);
  assert.deepEqual(withSen({ senProvision: 'K' }), ['need-type-required /planDetails/primaryNeed']);
  assert.deepEqual(withSen({ senProvision: 'K', secondaryNeed: 'ASD' }), ['single-need-not-primary /planDetails/secondaryNeed']);
  assert.deepEqual(withSen({ senProvision: 'K', primaryNeed: 'ASD', secondaryNeed: 'ASD' }), ['duplicate-need-type /planDetails/secondaryNeed']);
  // A code outside the list is the schema's to report, once.
  assert.deepEqual(withSen({ senProvision: 'K', primaryNeed: 'XYZ' }).filter((code) => code.includes('primaryNeed')).length, 1);
  // No SEN data recorded at all is not the census check's business.
  const none = structuredClone(sen);
  for (const key of ['senProvision', 'primaryNeed', 'secondaryNeed']) delete none.planDetails[key];
  assert.deepEqual(codes(none, '2026-12-11').filter((code) => !code.startsWith('next-review-date-outside-window')), []);
});

test("a broken calendar is the caller's error, thrown once, not an issue of every plan checked", () => {
  // Before: each review date got an 'invalid-calendar' issue, as if the plan were at fault.
  for (const calendar of [{ name: 'x' }, 'not json', { name: 'x', periods: [{ name: 'a', start: '2026-09-03', end: '2026-02-30' }] }]) {
    assert.throws(() => checkPlanForSignOff(ipm, { today: '2026-10-01', calendar: calendar as never }), { name: 'RuleInputError', code: 'invalid-calendar' });
  }
  // A calendar that is fine but does not reach the plan's dates is about this plan: an issue.
  const short = { name: 'Short', periods: [{ name: 'Autumn 1', start: '2026-09-03', end: '2026-10-09' }], closures: [] };
  assert.deepEqual(codes(ipm, '2026-10-01', parseCalendar(short)), ['calendar-too-short /agreement/reviewDate']);
});
