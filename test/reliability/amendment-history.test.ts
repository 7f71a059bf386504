// Sign-off integrity, in the function that keeps it: after a plan is agreed, any sequence of
// edits recorded with recordAmendment (for every template, any field of free text, any new
// text) never changes the plan it was given, never rewrites an earlier amendment, and keeps
// the original signed wording: undoing the amendments from the last to the first gives back
// exactly the plan that was signed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { templateIds } from '@isp-kit/schemas';
import { recordAmendment } from '../../packages/components/src/amendments/record-amendment.js';
import { stringFields } from '../security/support/schema-walk.js';
import { anyText } from './support/plan-arbitrary.js';

type Plan = Record<string, unknown>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function fixture(template: string): Plan {
  return JSON.parse(readFileSync(new URL(`../../packages/schemas/fixtures/${template}/valid-complete.json`, import.meta.url), 'utf8')) as Plan;
}

function tokens(pointer: string): string[] {
  return pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A copy of `plan` with the value at `pointer` put back to `value` (removed when undefined). */
function putBack(plan: Plan, pointer: string, value: unknown): Plan {
  const copy = structuredClone(plan);
  const path = tokens(pointer);
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
  const last = path.at(-1) as string;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

for (const template of templateIds) {
  test(`${template}: any sequence of amendments keeps the signed plan recoverable and never rewrites history`, () => {
    const signed: Plan = deepFreeze({ ...fixture(template), status: 'agreed' });
    const fields = stringFields(template, signed).filter((field) => field.freeText && field.path[0] !== 'amendments');
    assert.ok(fields.length > 0, 'free-text fields to amend');
    const edit = fc.record({ field: fc.nat({ max: fields.length - 1 }), text: anyText, reason: fc.option(anyText, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const before = JSON.stringify(signed);
        const startCount = (signed['amendments'] as unknown[] | undefined)?.length ?? 0;
        let plan: Plan = signed;
        for (const { field, text, reason } of edits) {
          const { pointer } = fields[field]!;
          const previousHistory = JSON.stringify(plan['amendments'] ?? []);
          const next = recordAmendment(plan, { path: pointer, value: text, by: { name: 'A Patel', role: 'SENCO' }, date: '2026-11-02', ...(reason === undefined ? {} : { reason }) });
          const history = (next['amendments'] ?? []) as Plan[];
          // Earlier amendments are kept exactly, in order; at most one is added.
          assert.equal(JSON.stringify(history.slice(0, (plan['amendments'] as unknown[] | undefined)?.length ?? 0)), previousHistory);
          if (next !== plan) {
            const added = history.at(-1)!;
            assert.equal(added['path'], pointer);
            assert.equal(added['value'], text);
            assert.equal(added['previous'], tokens(pointer).reduce<unknown>((node, key) => (node as Plan)[key], plan));
          }
          plan = deepFreeze(next);
        }
        assert.equal(JSON.stringify(signed), before, 'the signed plan given was never changed');
        // Undo from the newest amendment back to the ones that came with the plan.
        const history = (plan['amendments'] ?? []) as Plan[];
        let undone: Plan = plan;
        for (const amendment of history.slice(startCount).reverse()) undone = putBack(undone, amendment['path'] as string, amendment['previous']);
        assert.deepEqual({ ...undone, amendments: history.slice(0, startCount) }, { ...signed, amendments: signed['amendments'] ?? [] });
      }),
      { numRuns: 60, seed: 20261102 },
    );
  });
}
