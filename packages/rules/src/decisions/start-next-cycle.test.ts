import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { types } from 'node:util';
import { validate } from '@isp-kit/schemas';
import { startNextCycle } from './start-next-cycle.js';

const fixture = (template: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../schemas/fixtures/${template}/${name}.json`, import.meta.url), 'utf8'));

const plan = fixture('individual-provision-map', 'valid-complete');
const review = {
  id: 'rev-amara-2026-10',
  review: {
    date: '2026-10-30',
    targetsReviewed: [
      { targetId: 't-snack-more', achieved: 'yes' },
      { targetId: 't-turn-taking', achieved: 'partly' },
      { targetId: 't-coat-on', achieved: 'no' },
    ],
  },
};

test('a new draft that follows the review and keeps the targets not achieved, with the same ids', () => {
  const next = startNextCycle(plan, review, { today: '2026-11-02', newId: 'ipm-amara-2026-aut2' });
  assert.equal(next['id'], 'ipm-amara-2026-aut2');
  assert.equal(next['status'], 'draft');
  assert.equal(next['followsReview'], 'rev-amara-2026-10');
  const targets = next['targets'] as Record<string, unknown>[];
  assert.deepEqual(targets.map((t) => t['id']), ['t-turn-taking', 't-coat-on']);
  // The target itself is carried; last cycle's outcome is not.
  assert.equal(targets[0]?.['target'], (plan['targets'] as Record<string, unknown>[])[1]?.['target']);
  assert.equal('outcome' in targets[0]!, false);
  assert.equal('achieved' in targets[0]!, false);
  assert.equal(validate(next).valid, true, JSON.stringify(validate(next).errors));
});

test("carries the child's details and resets what belonged to the last cycle", () => {
  const next = startNextCycle(plan, review, { today: '2026-11-02', newId: 'next' });
  assert.deepEqual(next['child'], plan['child']);
  assert.deepEqual((next['planDetails'] as Record<string, unknown>)['professionalsInvolved'], (plan['planDetails'] as Record<string, unknown>)['professionalsInvolved']);
  assert.equal((next['planDetails'] as Record<string, unknown>)['dateOfPlan'], '2026-11-02');
  assert.deepEqual(next['agreement'], {}); // no signature, no review date yet
  assert.deepEqual(next['amendments'], []);
  assert.equal(next['x-mis-record-id'], 'MIS-44817'); // vendor fields survive
  // The original plan is left untouched.
  assert.equal((plan['targets'] as unknown[]).length, 3);
  assert.equal(plan['status'], 'agreed');
});

test('a target the review does not mention keeps its own verdict', () => {
  const next = startNextCycle(plan, { id: 'r', targetsReviewed: [{ targetId: 't-coat-on', achieved: 'yes' }] }, { today: '2026-11-02', newId: 'n' });
  // t-snack-more was marked achieved in the plan; t-turn-taking partly.
  assert.deepEqual((next['targets'] as Record<string, unknown>[]).map((t) => t['id']), ['t-turn-taking']);
});

test('without today and newId the date of plan and id are left for the caller', () => {
  const next = startNextCycle(plan, review);
  assert.equal('id' in next, false);
  assert.equal('dateOfPlan' in (next['planDetails'] as Record<string, unknown>), false);
  assert.equal(next['followsReview'], 'rev-amara-2026-10');
});

test('clear errors for what it cannot work without', () => {
  assert.throws(() => startNextCycle(plan, { review: {} }, { today: '2026-11-02', newId: 'n' }), /review\.id: the new plan's followsReview needs the id/);
  assert.throws(() => startNextCycle(plan, review, { today: '2026-11-31', newId: 'n' }), /today: 2026-11-31 is not a real date/);
  assert.throws(() => startNextCycle({ template: 'nope' }, review, { today: '2026-11-02', newId: 'n' }), /plan\.template: "nope" is not a template id/);
});

test('a record, or options that are not an object, get a clear error instead of an invalid draft or a crash', () => {
  for (const template of ['record-of-intervention', 'review-of-intervention', 'inclusion-action-plan']) {
    assert.throws(() => startNextCycle(fixture(template, 'valid-complete'), review, { today: '2026-11-02', newId: 'n' }), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'invalid-field', String(error));
      assert.equal((error as { path?: string }).path, 'plan.template');
      assert.match((error as Error).message, new RegExp(`${template} is a record, not a plan with cycles`));
      return true;
    });
  }
  assert.throws(() => startNextCycle(plan, review, null as never), /^RuleInputError: options: expected an object/);
});

test('school ISP: past APDR cycles and termly plans are kept whole; the next cycle is added after the latest', () => {
  const isp = fixture('individual-support-plan', 'valid-complete');
  type Cycle = { id: string; cycleNumber?: number; plan?: { targets?: { id: string; achieved?: string; outcome?: string }[] } };
  type Isp = { section1: { apdrCycles: Cycle[]; termlySupportPlans: unknown[] }; section2: { apdrCycles: Cycle[] } };
  const original = structuredClone(isp) as unknown as Isp;
  // The SENCO's cycle 3 (section 2) is the latest; its review found its target not achieved this time.
  const latest = original.section2.apdrCycles[0]!;
  const next = startNextCycle(isp, { id: 'rev-ruby-aut1', targetsReviewed: [{ targetId: 't-write-sentences', achieved: 'partly' }] }, { today: '2026-10-26', newId: 'isp-ruby-2026-27' }) as unknown as Isp;
  // History is not rewritten: outcomes, verdicts and parents' views of earlier cycles stay.
  assert.deepEqual(next.section1.apdrCycles, original.section1.apdrCycles);
  assert.deepEqual(next.section1.termlySupportPlans, original.section1.termlySupportPlans);
  assert.deepEqual(next.section2.apdrCycles[0], latest);
  // The new cycle carries the target not achieved, same id, without last cycle's outcome.
  assert.equal(next.section2.apdrCycles.length, 2);
  const added = next.section2.apdrCycles[1]!;
  assert.equal(added.cycleNumber, 4);
  assert.equal(added.id, 'isp-ruby-2026-27-cycle-4');
  assert.deepEqual(added.plan?.targets?.map((t) => t.id), ['t-write-sentences']);
  assert.equal('outcome' in added.plan!.targets![0]!, false);
  assert.equal('achieved' in added.plan!.targets![0]!, false);
  assert.equal(validate(next).valid, true, JSON.stringify(validate(next).errors));
});

test("minutes of review for another plan are refused, not followed (the wrong child's review would break the golden thread)", () => {
  const minutes = fixture('review-of-intervention', 'valid-complete'); // forPlan.planId "ipm-amara-2026-aut1", the IPM fixture's id
  assert.equal(startNextCycle(plan, minutes, { today: '2026-11-02', newId: 'n' })['followsReview'], minutes['id']);
  const other = { ...minutes, forPlan: { planId: 'ipm-someone-else', template: 'individual-provision-map' } };
  assert.throws(() => startNextCycle(plan, other, { today: '2026-11-02', newId: 'n' }), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'invalid-field', String(error));
    assert.equal((error as { path?: string }).path, 'review.forPlan.planId');
    assert.match((error as Error).message, /ipm-someone-else.*ipm-amara-2026-aut1/);
    return true;
  });
  // Without an id on either side there is nothing to compare.
  const { id: _id, ...withoutId } = plan;
  assert.equal(startNextCycle(withoutId, other, { today: '2026-11-02', newId: 'n' })['followsReview'], minutes['id']);
});

test('verdicts that name no target, or say something other than yes/partly/no, are refused, never applied to a target', () => {
  // A target row without an id must not be dropped as "achieved" by a verdict that names no target.
  const noIds = { template: 'individual-provision-map', child: { name: 'Amara' }, targets: [{ target: 'one' }, { id: 't2', target: 'two' }] };
  const refuses = (targetsReviewed: unknown[], path: string) =>
    assert.throws(() => startNextCycle(noIds, { id: 'r', targetsReviewed }), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'invalid-field');
      assert.equal((error as { path?: string }).path, path);
      return true;
    });
  refuses([{ achieved: 'yes' }], 'review.targetsReviewed[0].targetId');
  refuses([{ targetId: 't2', achieved: 'maybe' }], 'review.targetsReviewed[0].achieved');
  refuses([null], 'review.targetsReviewed[0]');
  assert.throws(() => startNextCycle(noIds, { id: 'r', review: { targetsReviewed: [5] } }), /^RuleInputError: review\.review\.targetsReviewed\[0\]: expected/);
  // Good verdicts still apply; the row without an id has none, so it is carried.
  const next = startNextCycle(noIds, { id: 'r', targetsReviewed: [{ targetId: 't2', achieved: 'yes' }] });
  assert.deepEqual(next['targets'], [{ target: 'one' }]);
});

test('a plan or review that is not an object is refused naming which', () => {
  assert.throws(() => startNextCycle([plan], review), { name: 'RuleInputError', code: 'invalid-field', path: 'plan' });
  assert.throws(() => startNextCycle(plan, 'rev-1'), { name: 'RuleInputError', code: 'invalid-field', path: 'review' });
});

test('the next cycle cannot start before the review it follows', () => {
  // Before: a new plan dated 1 October that follows a review held on 30 October.
  assert.throws(() => startNextCycle(plan, review, { today: '2026-10-01' }), {
    name: 'RuleInputError',
    code: 'invalid-date',
    path: 'today',
    message: /^today: 2026-10-01 is before the review it follows \(2026-10-30\)/,
  });
  assert.throws(() => startNextCycle(plan, { id: 'r', date: '2026-10-30', targetsReviewed: [] }, { today: '2026-10-29' }), { code: 'invalid-date', path: 'today' });
  assert.equal(startNextCycle(plan, review, { today: '2026-10-30' })['followsReview'], 'rev-amara-2026-10');
});

test("a plan held in a framework's reactive proxy is copied, and a value JSON cannot hold is refused naming it", () => {
  // Before: structuredClone threw a DOMException (DataCloneError) for a Proxy, as Vue's reactive() makes.
  const wrap = <T extends object>(value: T): T =>
    new Proxy(value, { get: (target, key) => { const inner = Reflect.get(target, key); return typeof inner === 'object' && inner !== null ? wrap(inner) : inner; } });
  const next = startNextCycle(wrap(structuredClone(plan)), review, { today: '2026-11-02' });
  assert.deepEqual(next, startNextCycle(plan, review, { today: '2026-11-02' }));
  assert.ok(!types.isProxy(next['targets']), 'the result is plain data');
  for (const [value, shown] of [[() => 1, 'function'], [Symbol('s'), 'symbol'], [10n, 'bigint'], [new Map(), 'Map']] as const) {
    assert.throws(
      () => startNextCycle({ ...plan, child: { name: 'Amara', 'x-extra': value } }, review),
      { name: 'RuleInputError', code: 'invalid-field', path: 'plan.child.x-extra', message: new RegExp(`^plan.child.x-extra: a ${shown} is not JSON`) },
      shown,
    );
  }
  const looped: Record<string, unknown> = { ...plan };
  looped['x-self'] = looped;
  assert.throws(() => startNextCycle(looped, review), { name: 'RuleInputError', code: 'invalid-field', path: 'plan.x-self' });
});
