import { expect } from '@esm-bundle/chai';
import '../define/isp-plan.js';
import type { IspPlan } from './isp-plan.js';
import { mountPlan as mount } from '../test-helpers/mount-plan.js';

// A host's schema may cap a list (`maxItems`). As in GOV.UK's "add another" pattern, the add
// button goes at the limit and the page says why, instead of letting a person add a row the
// form then calls an error.

const schema = {
  type: 'object',
  title: 'Referral',
  properties: {
    goals: { type: 'array', title: 'Goals', maxItems: 2, items: { type: 'object', title: 'Goal', properties: { text: { type: 'string', title: 'Goal' } } } },
  },
};

const addButton = (element: IspPlan) => element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="add"][data-array="/goals"]');

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan with a list capped by maxItems', () => {
  it('offers "Add another" below the limit, and at the limit says how many it takes instead', async () => {
    const element = await mount((each) => {
      each.schema = schema;
      each.plan = { goals: [{ text: 'Read' }] };
    });
    expect(addButton(element) !== null, 'below the limit').to.equal(true);
    addButton(element)!.click();
    await element.updateComplete;
    expect((element.plan as { goals: unknown[] }).goals.length).to.equal(2);
    expect(addButton(element) === null, 'at the limit').to.equal(true);
    expect(element.shadowRoot!.querySelector('[part~="list-limit"]')?.textContent?.trim()).to.equal('You can add up to 2 goals.');
  });

  it('offers it again once a row is removed', async () => {
    const element = await mount((each) => {
      each.schema = schema;
      each.plan = { goals: [{ text: 'Read' }, { text: 'Write' }] };
    });
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="remove"][data-array="/goals"]')!.click();
    await element.updateComplete;
    expect(addButton(element) !== null).to.equal(true);
  });
});
