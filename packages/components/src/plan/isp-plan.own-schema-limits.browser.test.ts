import { expect } from '@esm-bundle/chai';
import '../define/isp-plan.js';
import type { IspPlan } from './isp-plan.js';
import { mountPlan as mount } from '../test-helpers/mount-plan.js';

// A host's own schema with what local authorities write and no template has: a `maxLength`,
// a list of codes as `oneOf` of `const`/`title`, and a contact's `email`. The interpreter used to refuse both, so
// <isp-plan> fell back to its structural check for the whole schema and let a too-long answer
// through; now the schema is checked in full, in the templates' words, with no warning.

const schema = {
  type: 'object',
  title: 'Referral',
  properties: {
    reason: { type: 'string', title: 'Reason for referral', maxLength: 20, 'x-widget-hint': 'short' },
    provision: { type: 'string', title: 'SEN provision', oneOf: [{ const: 'K', title: 'SEN support' }, { const: 'E', title: 'EHC plan' }] },
    parentEmail: { type: 'string', title: "Parent's email", format: 'email' },
  },
};

async function mounted(plan: object): Promise<{ element: IspPlan; warnings: unknown[] }> {
  const warnings: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const element = await mount((each) => {
      each.schema = schema;
      each.plan = plan;
    });
    return { element, warnings };
  } finally {
    console.warn = warn;
  }
}

async function summaryOf(element: IspPlan): Promise<string> {
  element.reportValidity();
  await element.updateComplete;
  return element.shadowRoot!.querySelector('.error-summary')?.textContent ?? '';
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan with a host schema using maxLength, a oneOf list of codes and an email', () => {
  it('reports a too-long answer in its error summary, naming the field', async () => {
    const { element, warnings } = await mounted({ reason: 'Speech and language needs in class', provision: 'K' });
    expect(warnings, 'no structural fallback').to.deep.equal([]);
    expect(element.checkValidity()).to.equal(false);
    expect(await summaryOf(element)).to.contain('The reason for referral must be 20 characters or fewer');
  });

  it('reports a code outside the list as a choice to make', async () => {
    const { element } = await mounted({ reason: 'Speech', provision: 'N' });
    expect(element.checkValidity()).to.equal(false);
    expect(await summaryOf(element)).to.contain('Choose the SEN provision from the list');
  });

  it('checks an email address, and the other fields in full beside it', async () => {
    const { element, warnings } = await mounted({ reason: 'Speech and language needs in class', provision: 'K', parentEmail: 'ana.lopez at home' });
    expect(warnings, 'no structural fallback').to.deep.equal([]);
    const summary = await summaryOf(element);
    expect(summary).to.contain("Enter the parent's email as an email address");
    expect(summary).to.contain('The reason for referral must be 20 characters or fewer');
  });

  it('accepts answers within the limits', async () => {
    const { element, warnings } = await mounted({ reason: 'Speech', provision: 'E', parentEmail: 'ana.lopez@example.org' });
    expect(warnings).to.deep.equal([]);
    expect(element.checkValidity()).to.equal(true);
  });
});
