import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextStepsAfterReview } from './next-steps.js';

const codes = (steps: { code: string }[]) => steps.map((step) => step.code);

test('targets not achieved (or partly): revisit and adapt them', () => {
  const steps = nextStepsAfterReview({
    targetsReviewed: [{ targetId: 't1', achieved: 'no' }, { targetId: 't2', achieved: 'partly' }, { targetId: 't3', achieved: 'yes' }],
  });
  assert.deepEqual(codes(steps), ['revisit-targets', 'next-step-targets', 'agree-new-targets']);
  assert.deepEqual(steps[0]?.targetIds, ['t1', 't2']);
  assert.match(steps[0]?.reason ?? '', /tracking documents or the outside agency report/);
});

test('all achieved: specialist report for next steps and a new observation from the agency', () => {
  const steps = nextStepsAfterReview({ targetsReviewed: [{ targetId: 't1', achieved: 'yes' }, { targetId: 't2', achieved: 'yes' }] });
  assert.deepEqual(codes(steps), ['request-new-observation', 'agree-new-targets']);
  assert.match(steps[0]?.action ?? '', /request a new observation/);
});

test('no agency report: ask the agency with parental consent, or the parents', () => {
  const steps = nextStepsAfterReview({ targetsReviewed: [{ targetId: 't1', achieved: 'yes' }], agencyReportReceived: false });
  assert.equal(steps[0]?.code, 'request-agency-report');
  assert.match(steps[0]?.action ?? '', /with consent from parents.*or ask the parents/);
});

test('targets without a recorded outcome are not counted as achieved', () => {
  const steps = nextStepsAfterReview({ targetsReviewed: [{ targetId: 't1', achieved: 'yes' }, { targetId: 't2' }] });
  assert.deepEqual(codes(steps), ['record-outcomes', 'next-step-targets', 'agree-new-targets']);
  assert.deepEqual(steps[0]?.targetIds, ['t2']);
});

test('a verdict that is not yes, partly or no, a target without an id, or a report flag that is not true/false is an error naming it', () => {
  const failsWith = (review: unknown, path: string) =>
    assert.throws(() => nextStepsAfterReview(review as never), (error: unknown) => {
      assert.equal((error as { code?: string }).code, 'invalid-field', String(error));
      assert.equal((error as { path?: string }).path, path);
      return true;
    });
  failsWith({ targetsReviewed: [{ targetId: 'a', achieved: 'yes' }, { targetId: 'b', achieved: 'maybe' }] }, 'targetsReviewed[1].achieved');
  failsWith({ targetsReviewed: [{ achieved: 'no' }] }, 'targetsReviewed[0].targetId');
  failsWith({ targetsReviewed: [null] }, 'targetsReviewed[0]');
  failsWith({ targetsReviewed: [], agencyReportReceived: 'no' }, 'agencyReportReceived');
  // A minutes-of-review document: the path says where in it.
  failsWith({ review: { targetsReviewed: [{ targetId: 'a', achieved: 'Yes' }] } }, 'review.targetsReviewed[0].achieved');
  // Not yet recorded is still allowed, and asked for.
  assert.deepEqual(codes(nextStepsAfterReview({ targetsReviewed: [{ targetId: 'a' }] })), ['record-outcomes', 'agree-new-targets']);
});

test('one target to revisit is "it", not "them"', () => {
  const [step] = nextStepsAfterReview({ targetsReviewed: [{ targetId: 'a', achieved: 'no' }] });
  assert.equal(step?.action, 'Revisit and adapt this target to make it achievable: a.');
});

test('a target listed twice in a review is named once, with its last verdict (as startNextCycle reads it)', () => {
  const twice = nextStepsAfterReview({ targetsReviewed: [{ targetId: 'a', achieved: 'no' }, { targetId: 'a', achieved: 'no' }] });
  assert.equal(twice[0]?.action, 'Revisit and adapt this target to make it achievable: a.');
  assert.deepEqual(twice[0]?.targetIds, ['a']);
  // A later verdict replaces an earlier one: never both "revisit" and "achieved" for one target.
  const changed = nextStepsAfterReview({ targetsReviewed: [{ targetId: 'a', achieved: 'no' }, { targetId: 'b', achieved: 'yes' }, { targetId: 'a', achieved: 'yes' }] });
  assert.deepEqual(changed.map((step) => [step.code, step.targetIds]), [['request-new-observation', ['a', 'b']], ['agree-new-targets', undefined]]);
});

test('a list where the review object belongs is refused, not answered with "agree new targets" alone', () => {
  const refused = { name: 'RuleInputError', code: 'invalid-field' };
  assert.throws(() => nextStepsAfterReview([] as never), { ...refused, message: /^review: expected an object/ });
  // Before: `review: []` was read as minutes holding no verdicts, and the top-level ones were dropped.
  assert.throws(
    () => nextStepsAfterReview({ review: [], targetsReviewed: [{ targetId: 't1', achieved: 'no' }] } as never),
    { ...refused, path: 'review', message: /^review: expected/ },
  );
});
