import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reviewWindow } from './review-window.js';
import { cadenceFor, hasReviewWindow } from './cadence.js';
import { parseCalendar } from './term-calendar.js';
import { exampleCalendar } from './test-data/example-calendar.js';

const calendar = parseCalendar(exampleCalendar);
const code = (expected: string) => (error: unknown) => (error as { code?: string }).code === expected;

test('without a calendar: from + 7*min to from + 7*max days', () => {
  assert.deepEqual(reviewWindow({ template: 'ey-individual-support-plan', from: '2026-09-03' }), {
    earliest: '2026-10-15',
    latest: '2026-10-29',
  });
  assert.deepEqual(reviewWindow({ template: 'inclusion-support-plan', from: '2026-12-30' }), {
    earliest: '2027-01-13',
    latest: '2027-01-27',
  });
});

test('with a calendar: the 30th and 40th teaching days after from (weeks of 5 teaching days)', () => {
  // After Thu 3 Sep: Fri 4 Sep is day 1; the INSET Monday 28 Sep and half term do not count.
  for (const template of ['ey-individual-support-plan', 'individual-provision-map', 'sen-support-plan']) {
    assert.deepEqual(reviewWindow({ template, from: '2026-09-03', calendar }), {
      earliest: '2026-10-16',
      latest: '2026-11-06',
    });
  }
});

test('from may be a weekend or a holiday; it is never counted itself', () => {
  // Sat 5 Sep: Mon 7 Sep is day 1, Fri 18 Sep day 10; day 20 is Mon 5 Oct (INSET on 28 Sep skipped).
  assert.deepEqual(reviewWindow({ template: 'inclusion-support-plan', from: '2026-09-05', calendar }), {
    earliest: '2026-09-18',
    latest: '2026-10-05',
  });
  // Wed 28 Oct is half term: Mon 2 Nov is day 1.
  assert.deepEqual(reviewWindow({ template: 'inclusion-support-plan', from: '2026-10-28', calendar }), {
    earliest: '2026-11-13',
    latest: '2026-11-27',
  });
});

test('a calendar that is not an object is a clear error; null means no calendar', () => {
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', calendar: 42 as never }), /Calendar: expected an object/);
  assert.deepEqual(reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', calendar: null }), {
    earliest: '2026-10-15',
    latest: '2026-10-29',
  });
});

test('accepts the calendar as plain JSON as well as parsed', () => {
  assert.deepEqual(
    reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', calendar: exampleCalendar }),
    reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', calendar }),
  );
});

test('the caller may override the cadence, for one call or per template', () => {
  assert.deepEqual(reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: { min: 4, max: 6 } }), {
    earliest: '2026-10-01',
    latest: '2026-10-15',
  });
  const table = { 'sen-support-plan': { min: 1, max: 2 } };
  assert.deepEqual(reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: table }), {
    earliest: '2026-09-10',
    latest: '2026-09-17',
  });
  // Templates missing from the table keep the default.
  assert.equal(reviewWindow({ template: 'individual-provision-map', from: '2026-09-03', cadence: table }).earliest, '2026-10-15');
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: { min: 8, max: 6 } }), code('invalid-cadence'));
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: { min: 6, max: 8.5 } }), code('invalid-cadence'));
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: { min: 6, max: 1e9 } }), /max ≤ 104/);
});

test('school ISP (termly): due in the last two teaching weeks of the term', () => {
  assert.deepEqual(reviewWindow({ template: 'individual-support-plan', from: '2026-09-03', calendar }), {
    earliest: '2026-12-07',
    latest: '2026-12-18',
  });
  // Half term counts as part of the term: a plan from the holiday still ends with Autumn term.
  assert.deepEqual(reviewWindow({ template: 'individual-support-plan', from: '2026-10-28', calendar }), {
    earliest: '2026-12-07',
    latest: '2026-12-18',
  });
});

test('school ISP (termly): a plan with fewer than 30 teaching days left runs to the end of the next term', () => {
  // After Tue 1 Dec only 13 teaching days of Autumn term remain.
  assert.deepEqual(reviewWindow({ template: 'individual-support-plan', from: '2026-12-01', calendar }), {
    earliest: '2027-03-15',
    latest: '2027-03-26',
  });
  // After Fri 6 Nov, 30 remain: the cycle still ends with Autumn term.
  assert.equal(reviewWindow({ template: 'individual-support-plan', from: '2026-11-06', calendar }).latest, '2026-12-18');
  assert.throws(() => reviewWindow({ template: 'individual-support-plan', from: '2027-06-30', calendar }), code('calendar-too-short'));
});

test('school ISP without a calendar: a term approximated as 10 to 14 weeks', () => {
  assert.deepEqual(reviewWindow({ template: 'individual-support-plan', from: '2026-09-03' }), {
    earliest: '2026-11-12',
    latest: '2026-12-10',
  });
});

test('records have no window of their own', () => {
  for (const template of ['record-of-intervention', 'review-of-intervention', 'inclusion-action-plan']) {
    assert.throws(() => reviewWindow({ template, from: '2026-09-03' }), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'no-review-window');
      assert.match((error as Error).message, new RegExp(`^${template} is a record with no review window of its own`));
      return true;
    });
  }
});

test('bad input gets a clear error: unknown template, impossible date, calendar too short', () => {
  assert.throws(() => reviewWindow({ template: 'isp', from: '2026-09-03' }), /template: "isp" is not a template id; expected one of ey-individual-support-plan/);
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-02-30' }), /from: 2026-02-30 is not a real date/);
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2027-07-01', calendar }), code('calendar-too-short'));
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-07-20', calendar }), code('calendar-too-short'));
});

test('a plan dated in the summer holiday before the calendar counts from the first day of term', () => {
  // Autumn 1 from Thu 3 Sep has 36 teaching days (the INSET Monday closed): the 30th is
  // Thu 15 Oct; the 40th is the 4th of Autumn 2, Thu 5 Nov.
  assert.deepEqual(reviewWindow({ template: 'sen-support-plan', from: '2026-08-31', calendar }), { earliest: '2026-10-15', latest: '2026-11-05' });
});

test('a window that would end after 9999-12-31 is an error: it could not be written YYYY-MM-DD', () => {
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '9999-12-01' }), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'invalid-date');
    assert.match((error as Error).message, /^from: 9999-12-01 is too late: the review window would end after 9999-12-31/);
    return true;
  });
  assert.deepEqual(reviewWindow({ template: 'sen-support-plan', from: '9999-11-05' }), { earliest: '9999-12-17', latest: '9999-12-31' });
});

test('a cadence override that cannot be read is an error, never silently the default', () => {
  const from = '2026-09-03';
  // A misspelt template id in a table would otherwise leave the authority's cadence unused.
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from, cadence: { 'sen-suport-plan': { min: 4, max: 6 } } }), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'invalid-cadence');
    assert.equal((error as { path?: string }).path, 'cadence.sen-suport-plan');
    assert.match((error as Error).message, /"sen-suport-plan" is not a template id/);
    return true;
  });
  // Half a cadence is not a table.
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from, cadence: { min: 4 } as never }), /min and max must be whole numbers .*got min 4, max nothing/);
  // Numbers written as strings are shown quoted, so the message does not seem to refuse 4 and 6.
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from, cadence: { min: '4', max: '6' } as never }), /got min "4", max "6"/);
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from, cadence: [] as never }), code('invalid-cadence'));
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from, cadence: { 'sen-support-plan': 'weekly' } as never }), code('invalid-cadence'));
});

test('one cadence for the call does not give a record a window; a table naming "none" says so', () => {
  for (const cadence of [{ min: 6, max: 8 }, 'termly' as const]) {
    assert.throws(() => reviewWindow({ template: 'review-of-intervention', from: '2026-09-03', cadence }), code('no-review-window'));
    assert.equal(hasReviewWindow('record-of-intervention', cadence), false);
    assert.equal(hasReviewWindow('sen-support-plan', cadence), true);
  }
  assert.throws(
    () => reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: { 'sen-support-plan': 'none' } }),
    /^RuleInputError: sen-support-plan has no review window: the cadence table sets it to "none"/,
  );
});

test('hasReviewWindow and cadenceFor refuse a template id they do not know instead of answering for it', () => {
  // "Check first with hasReviewWindow(template)": a misspelt id must not read as "has a window".
  for (const template of ['sen-suport-plan', 'toString', '', undefined, 7]) {
    assert.throws(() => hasReviewWindow(template as never), code('unknown-template'));
    assert.throws(() => cadenceFor(template as never), code('unknown-template'));
  }
  assert.throws(() => hasReviewWindow(Object.create(null) as never), code('unknown-template'));
  assert.deepEqual(cadenceFor('inclusion-support-plan'), { min: 2, max: 4 });
});

test('a list where the options object belongs is refused naming the options, not a missing date', () => {
  assert.throws(() => reviewWindow([{ template: 'individual-provision-map', from: '2026-09-03' }] as never), {
    name: 'RuleInputError',
    code: 'invalid-field',
    path: 'options',
    message: /^options: expected an object such as \{ template, from, today \}/,
  });
});

test('a calendar changed in place after a window was counted is read again, not answered from a stale parse', () => {
  const calendar = structuredClone(exampleCalendar);
  const before = reviewWindow({ template: 'individual-provision-map', from: '2026-09-03', calendar });
  calendar.closures.push('2026-10-01', '2026-10-02');
  calendar.periods[0]!.start = '2026-09-02';
  const after = reviewWindow({ template: 'individual-provision-map', from: '2026-09-03', calendar });
  assert.deepEqual(after, reviewWindow({ template: 'individual-provision-map', from: '2026-09-03', calendar: structuredClone(calendar) }));
  assert.notDeepEqual(after, before);
  // A vendor's field that JSON cannot write (a BigInt) is no reason to fail.
  const withBigInt = { ...structuredClone(exampleCalendar), 'x-id': 7n };
  assert.deepEqual(reviewWindow({ template: 'individual-provision-map', from: '2026-09-03', calendar: withBigInt }), before);
});

test('a cadence in BigInt weeks (from a database) is invalid-cadence, not a TypeError while writing the message', () => {
  assert.throws(() => reviewWindow({ template: 'sen-support-plan', from: '2026-09-03', cadence: { min: 6n, max: 8 } as never }), {
    name: 'RuleInputError',
    code: 'invalid-cadence',
    message: /\(got min bigint, max 8\)/,
  });
});

test('one cadence for the call mixed with a table entry is refused, not the entry silently dropped', () => {
  // Before: the inclusion-support-plan entry was ignored and 6-8 weeks applied to every template.
  const cadence = { min: 6, max: 8, 'inclusion-support-plan': { min: 2, max: 4 } } as never;
  assert.throws(() => reviewWindow({ template: 'inclusion-support-plan', from: '2026-09-03', cadence }), {
    name: 'RuleInputError',
    code: 'invalid-cadence',
    path: 'cadence.inclusion-support-plan',
    message: /^cadence\.inclusion-support-plan: give one cadence \{ min, max \} for the call or a table by template id, not both/,
  });
});
