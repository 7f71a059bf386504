import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { validateTemplate, type TemplateId } from '@isp-kit/schemas';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// A SENCO types into an optional field, thinks better of it and deletes it again, with the
// keyboard. The plan must be as if nothing had been typed: no '' left behind (in the generic
// fields or in a part), and no emptied group left as `{}` to fail its own `required` (a review
// with no date, a signature with no "who") and block saving a plan that looks empty there.

async function typeAndErase(element: IspPlan, control: HTMLElement): Promise<void> {
  control.focus();
  await sendKeys({ type: 'abc' });
  await element.updateComplete;
  await sendKeys({ press: 'Control+a' });
  await sendKeys({ press: 'Backspace' });
  await element.updateComplete;
  expect((control.getRootNode() as ShadowRoot).activeElement, 'focus stays in the emptied field').to.equal(control);
  await sendKeys({ press: 'Tab' });
  await element.updateComplete;
}

function start(template: string) {
  return { template, schemaVersion: '1.0.0', status: 'draft', child: { name: 'Kai' }, targets: [{ id: 't1' }] };
}

const inPart = (element: IspPlan, tag: string, selector: string) =>
  element.shadowRoot!.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!;

afterEach(() => document.body.replaceChildren());

describe('isp-plan: a field typed in and emptied again leaves nothing behind', () => {
  const cases: [string, TemplateId, (element: IspPlan) => HTMLElement][] = [
    ['a field of an optional group with a required field (review outcome)', 'sen-support-plan', (element) => element.shadowRoot!.querySelector<HTMLElement>('[data-pointer="/review/outcome"]')!],
    ['the role of a signature', 'individual-provision-map', (element) => inPart(element, 'isp-signature', '#role')],
    ['the typed name of a signature', 'individual-provision-map', (element) => inPart(element, 'isp-signature', '#name')],
    ['the resources of a SMART target', 'individual-provision-map', (element) => inPart(element, 'isp-smart-target', '#resources')],
    ['who recorded the pupil\'s views', 'sen-support-plan', (element) => inPart(element, 'isp-pupil-voice', '#recordedBy')],
  ];
  for (const [what, template, control] of cases) {
    it(what, async () => {
      const element = await mountPlan((plan) => {
        plan.plan = start(template);
      });
      await typeAndErase(element, control(element));
      expect(element.plan).to.deep.equal(start(template));
      expect(validateTemplate(template, element.plan).errors).to.deep.equal([]);
    });
  }

  it('keeps an emptied row of a list, which only Remove takes away', async () => {
    const element = await mountPlan((plan) => {
      plan.plan = { ...start('sen-support-plan'), contributors: [{ role: 'Parent' }] };
    });
    await typeAndErase(element, element.shadowRoot!.querySelector<HTMLElement>('[data-pointer="/contributors/0/role"]')!);
    expect((element.plan as { contributors: unknown[] }).contributors).to.deep.equal([{}]);
  });
});
