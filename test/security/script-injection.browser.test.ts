// Script injection: the strings of every template's valid-complete plan are replaced by known
// XSS payloads, then the plan is rendered by <isp-plan> in edit, view and print modes.
// Nothing may execute (the payloads call a trap, and dialogs are trapped too), no element
// that could run or load anything may appear, and the plan read back is what was set.
// Two sweeps: only the free-text fields made hostile (the plan stays valid, so every one of
// them must be shown exactly as typed), and every string made hostile (dates, choices and ids
// too, as a hostile or broken MIS might send), where nothing may run or be lost.
import { expect } from '@esm-bundle/chai';
import { deepReadableText, injectedElements } from './support/deep-dom.js';
import { modes, mountPlan } from './support/mount-plan.js';
import { completePlans } from './support/plan-fixtures.js';
import { hostilePlan } from './support/hostile-plan.js';
import { trapName } from './support/xss-payloads.js';

const sprung: string[] = [];
const trapWindow = window as unknown as Record<string, unknown>;
trapWindow[trapName] = (label: unknown) => sprung.push(String(label));
// A payload that reached alert/confirm/prompt would also have run.
for (const dialog of ['alert', 'confirm', 'prompt', 'print'] as const) {
  trapWindow[dialog] = () => sprung.push(`window.${dialog}()`);
}

/** Gives event handlers, image errors and autofocus a chance to fire before looking. */
async function letAnythingFire(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const fixtures = await completePlans();
const freeTextPlans = fixtures.map(({ template, plan }, index) => hostilePlan(template, plan, index * 1000, 'free-text'));
const everyStringPlans = fixtures.map(({ template, plan }, index) => hostilePlan(template, plan, index * 1000, 'every'));

async function expectNothingRan(element: Element): Promise<void> {
  await letAnythingFire();
  expect(sprung, 'payloads that ran').to.deep.equal([]);
  expect(injectedElements(element), 'elements made from plan text').to.deep.equal([]);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('script injection: free-text fields of every template filled with XSS payloads', function () {
  this.timeout(30000);

  it('fills several free-text fields per template (the sweep is not empty)', () => {
    for (const { template, filled } of freeTextPlans) expect(filled.length, template).to.be.greaterThan(3);
  });

  for (const { template, plan, filled } of freeTextPlans) {
    for (const mode of modes) {
      it(`${template} in ${mode} mode: no payload runs, no injected element, every field shows its text as typed`, async () => {
        sprung.length = 0;
        const element = await mountPlan(template, mode, plan);
        await expectNothingRan(element);
        const shown = deepReadableText(element);
        const missing = filled.filter(({ text }) => !shown.includes(text)).map(({ field }) => field.pointer);
        expect(missing, 'fields whose text is not shown exactly as typed').to.deep.equal([]);
        expect(element.plan, 'the plan read back').to.deep.equal(plan);
      });
    }
  }
});

describe('script injection: every string of every template (dates, choices, ids too) filled with XSS payloads', function () {
  this.timeout(30000);

  for (const { template, plan } of everyStringPlans) {
    for (const mode of modes) {
      it(`${template} in ${mode} mode: no payload runs, no injected element, the plan is given back untouched`, async () => {
        sprung.length = 0;
        const element = await mountPlan(template, mode, plan);
        await expectNothingRan(element);
        expect(element.plan, 'the plan read back').to.deep.equal(plan);
      });
    }
  }
});
