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
