import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { apdrAdvice } from '@isp-kit/rules';
import '../define/all.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// "Sufficient progress?" is optional (left out until the cycle is reviewed), yet "No" is the
// answer that matters: after two cycles without sufficient progress the SENCO is consulted
// (seed 001, `apdrAdvice`). A lone checkbox can only say yes or nothing, so an optional yes/no
// question gets Yes and No like a required one; a statement to tick (a checklist item) keeps
// its checkbox.

afterEach(() => document.body.replaceChildren());

describe('isp-plan: optional yes/no questions', () => {
  it('lets a SENCO answer "Sufficient progress?" No with the keyboard', async () => {
    const cycle = (id: string) => ({ id, cycleNumber: 1 });
    const element = await mountPlan((plan) => {
      plan.plan = {
        template: 'individual-support-plan',
        schemaVersion: '1.0.0',
        status: 'draft',
        child: { name: 'Ruby' },
        section1: { apdrCycles: [cycle('c1'), cycle('c2')] },
      };
    });
    for (const index of [0, 1]) {
      const first = element.shadowRoot!.querySelector<HTMLInputElement>(`[data-pointer="/section1/apdrCycles/${index}/review/sufficientProgress"]`)!;
      expect(first.type).to.equal('radio');
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
    }
    const cycles = (element.plan as { section1: { apdrCycles: { review?: { sufficientProgress?: boolean } }[] } }).section1.apdrCycles;
    expect(cycles.map((each) => each.review?.sufficientProgress)).to.deep.equal([false, false]);
    expect(apdrAdvice(cycles).advice).to.equal('consult-senco');
  });

  it('keeps a checkbox for an item of a checklist', async () => {
    const element = await mountPlan((plan) => {
      plan.template = 'inclusion-support-plan';
    });
    const box = element.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/triedFirst/liftReferral"]')!;
    expect(box.type).to.equal('checkbox');
  });
});
