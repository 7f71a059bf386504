import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import type { IspPlanChangeEvent } from '../events/plan-change-event.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// React's, Vue's and store-based hosts keep the plan in their own state and set it back on every
// isp-plan-change: the same document, or a copy of it. That is not a new plan: typing, focus,
// undo and the amendment record of an agreed plan carry on.

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };
type Plan = Record<string, unknown>;

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mountControlled(plan: Plan, setBack: (element: IspPlan, plan: unknown) => void): Promise<IspPlan> {
  const element = await mountPlan((each) => {
    each.template = 'individual-provision-map';
    each.today = '2026-11-02';
    each.amendedBy = { name: 'Sam Patel', role: 'SENCO' };
    each.plan = plan;
  });
  element.addEventListener('isp-plan-change', (event) => setBack(element, (event as IspPlanChangeEvent).plan));
  return element;
}

afterEach(() => {
  document.body.replaceChildren();
});

for (const [host, setBack] of [
  ['sets back the document it was given', (element: IspPlan, plan: unknown) => (element.plan = plan)],
  ['sets back a copy', (element: IspPlan, plan: unknown) => (element.plan = structuredClone(plan))],
] as const) {
  describe(`isp-plan in a host that ${host} on every change`, () => {
    it('an edit to an agreed plan is recorded once, from the agreed text', async () => {
      const agreed = { ...structuredClone(complete.default), status: 'agreed', amendments: [] };
      const original = (agreed['profile'] as Plan)['observedStrengths'] as string;
      const element = await mountControlled(agreed, setBack);
      const field = element.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-pointer="/profile/observedStrengths"]')!;
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      await sendKeys({ type: ' and dances' });
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      const amendments = (element.plan as { amendments: Plan[] }).amendments;
      expect(amendments.map((amendment) => [amendment['path'], amendment['previous'], amendment['value']])).to.deep.equal([
        ['/profile/observedStrengths', original, `${original} and dances`],
      ]);
    });

    it('typing in a row goes on into the same field, with focus kept', async () => {
      const element = await mountControlled({ ...structuredClone(complete.default), status: 'draft' }, setBack);
      const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[data-pointer="/targets/0"]')!;
      await part.updateComplete;
      const box = part.shadowRoot!.querySelector<HTMLTextAreaElement>('#target')!;
      const before = box.value;
      box.focus();
      box.setSelectionRange(before.length, before.length);
      await sendKeys({ type: ' Every day.' });
      await element.updateComplete;
      expect(((element.plan as { targets: Plan[] }).targets[0]!)['target']).to.equal(`${before} Every day.`);
      expect(deepActive()?.id).to.equal('target');
    });
  });
}
