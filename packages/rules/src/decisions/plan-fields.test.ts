import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemas } from '@isp-kit/schemas';
import { planFieldsOf, slotsAt, valuesAt } from './plan-fields.js';

test('finds each field where the template keeps it, by shared $defs and names', () => {
  assert.deepEqual(planFieldsOf(schemas['individual-provision-map']), {
    dateOfPlan: ['/planDetails/dateOfPlan'],
    reviewDate: ['/agreement/reviewDate'],
    parentViews: [],
    signatures: ['/agreement/parentCarerSignature'],
    targets: ['/targets/*'],
    reviews: [],
    apdrCycles: [],
    senData: [],
  });
  const inclusion = planFieldsOf(schemas['inclusion-support-plan']);
  assert.deepEqual(inclusion.dateOfPlan, ['/planDetails/startDate']);
  assert.deepEqual(inclusion.reviewDate, ['/planDetails/reviewDates/*']);
  assert.deepEqual(inclusion.signatures, ['/agreement/parentSignatures/*', '/agreement/pupilSignature', '/agreement/staffSignatures/*']);
  const school = planFieldsOf(schemas['individual-support-plan']);
  assert.ok(school.targets.includes('/section1/apdrCycles/*/plan/targets/*'));
  assert.ok(school.apdrCycles.includes('/section1/apdrCycles'));
});

test('valuesAt expands every array item; slotsAt keeps a slot for each missing field', () => {
  const plan = { cycles: [{ notes: 'a' }, {}], list: [1, 2] };
  assert.deepEqual(valuesAt(plan, '/cycles/*/notes'), [{ pointer: '/cycles/0/notes', value: 'a' }]);
  assert.deepEqual(valuesAt(plan, '/list/*'), [{ pointer: '/list/0', value: 1 }, { pointer: '/list/1', value: 2 }]);
  assert.deepEqual(slotsAt(plan, '/cycles/*/notes'), [
    { pointer: '/cycles/0/notes', value: 'a' },
    { pointer: '/cycles/1/notes', value: undefined },
  ]);
  assert.deepEqual(slotsAt(plan, '/missing/field'), [{ pointer: '/missing/field', value: undefined }]);
  assert.deepEqual(valuesAt(null, '/a'), []);
});
