import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apdrAdvice } from './apdr-cycles.js';

test('two reviewed cycles in a row without sufficient progress: consult the SENCO, consider SEN Support', () => {
  const advice = apdrAdvice([{ sufficientProgress: false }, { sufficientProgress: false }]);
  assert.equal(advice.advice, 'consult-senco');
  assert.equal(advice.cyclesWithoutProgress, 2);
  assert.match(advice.message, /formal consultation with the SENCO/);
  assert.match(advice.message, /SEN Support/);
});

test('fewer than two cycles: keep going before a formal consultation', () => {
  assert.equal(apdrAdvice([]).advice, 'continue-apdr');
  const one = apdrAdvice([{ sufficientProgress: false }, {}]); // the second is not reviewed yet
  assert.equal(one.advice, 'continue-apdr');
  assert.equal(one.cyclesCompleted, 1);
  assert.match(one.message, /1 of at least 2 APDR cycles/);
});

test('a cycle with sufficient progress starts the count again', () => {
  const advice = apdrAdvice([{ sufficientProgress: false }, { sufficientProgress: true }, { sufficientProgress: false }]);
  assert.equal(advice.advice, 'continue-apdr');
  assert.equal(advice.cyclesWithoutProgress, 1);
  assert.equal(apdrAdvice([{ sufficientProgress: true }, { sufficientProgress: false }, { sufficientProgress: false }]).advice, 'consult-senco');
});

test('reads cycles as the school ISP schema holds them', () => {
  const cycles = [{ review: { sufficientProgress: false } }, { review: { sufficientProgress: false } }, { review: {} }];
  assert.equal(apdrAdvice(cycles).advice, 'consult-senco');
  assert.equal(apdrAdvice(cycles).cyclesCompleted, 2);
});

test('a progress verdict that is not true/false is an error naming the cycle', () => {
  assert.throws(() => apdrAdvice([{ sufficientProgress: 'no' as unknown as boolean }]), /cycles\[0\]\.sufficientProgress: expected true or false/);
});

test('the advice never says the pupil is making sufficient progress when the latest cycle said not', () => {
  const advice = apdrAdvice([{ sufficientProgress: false }, { sufficientProgress: true }, { sufficientProgress: false }]);
  assert.doesNotMatch(advice.message, /is making sufficient progress/);
  assert.match(advice.message, /latest APDR cycle .*without sufficient progress/);
  assert.match(apdrAdvice([{ sufficientProgress: true }, { sufficientProgress: true }]).message, /making sufficient progress/);
});

test('a cycle that is not an object is an error naming it, not skipped', () => {
  assert.throws(() => apdrAdvice([{ sufficientProgress: false }, 5 as never]), (error: unknown) => {
    assert.equal((error as { code?: string }).code, 'invalid-field');
    assert.equal((error as { path?: string }).path, 'cycles[1]');
    return true;
  });
  assert.throws(() => apdrAdvice([null as never]), /cycles\[0\]: expected an APDR cycle object/);
});

test('a cycle whose review is not an object is refused, not counted as not yet reviewed', () => {
  for (const review of ['no', false, 0, []]) {
    assert.throws(
      () => apdrAdvice([{ review: { sufficientProgress: false } }, { review: review as never }]),
      { name: 'RuleInputError', code: 'invalid-field', path: 'cycles[1].review', message: /^cycles\[1\]\.review: expected/ },
      JSON.stringify(review),
    );
  }
  // null, as forms save an empty group, is "not reviewed yet".
  assert.equal(apdrAdvice([{ review: { sufficientProgress: false } }, { review: null as never }]).cyclesCompleted, 1);
});

test('a cycle reviewed without a verdict on progress is named, not silently left out of the count', () => {
  // Before: two reviews held, the second's verdict not ticked, and the advice said "1 of at least 2 cycles completed".
  const advice = apdrAdvice([{ review: { sufficientProgress: false, date: '2026-12-10' } }, { review: { date: '2027-03-24', notes: 'Little progress.' } }]);
  assert.equal(advice.advice, 'continue-apdr');
  assert.equal(advice.cyclesCompleted, 1);
  assert.deepEqual(advice.cyclesWithoutVerdict, [1]);
  assert.match(advice.message, /APDR cycle 2 \(cycles\[1\]\) was reviewed on 2027-03-24 without a verdict on sufficient progress: record it/);
  assert.deepEqual(apdrAdvice([{ sufficientProgress: false }, { review: {} }]).cyclesWithoutVerdict, []);
});
