import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// A plan printed to be signed by hand in a meeting (people audit): every signature the template
// asks for has lines to sign on, even when nobody has signed yet.

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan on paper: lines to sign', () => {
  it('gives a list of signatures with none yet (parents, staff) a signature to fill in by hand, not "Not given"', async () => {
    const element = await mountPlan((each) => {
      each.template = 'inclusion-support-plan';
      each.mode = 'print';
      each.plan = { template: 'inclusion-support-plan', schemaVersion: '1.0.0', status: 'draft', child: { name: 'Jayden' }, agreement: { parentSignatures: [] } };
    });
    const section = element.shadowRoot!.querySelector('[data-section="agreement"]')!;
    const rows = [...section.querySelectorAll('.summary-row')].filter((row) => /signatures$/i.test(row.querySelector('dt')?.textContent?.trim() ?? ''));
    expect(rows.map((row) => row.querySelector('dt')!.textContent!.trim())).to.deep.equal(['Parent/carer signatures', 'School and professional signatures']);
    for (const row of rows) {
      const title = row.querySelector('dt')!.textContent!.trim();
      expect(row.querySelector('isp-signature') !== null, `${title}: a signature to sign`).to.equal(true);
      expect(row.querySelector('dd')!.textContent!.includes('Not given'), `${title}: "Not given"`).to.equal(false);
      // Titled once, by its row heading ("Signature 1"), not again by the part.
      const part = row.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('isp-signature')!;
      await part.updateComplete;
      expect(part.shadowRoot!.textContent!.includes('Signature 1'), `${title}: "Signature 1" twice`).to.equal(false);
    }
  });
});
