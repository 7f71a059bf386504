import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import { validFixtures } from '../test-helpers/fixtures.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// Print mode is the paper layout: on screen it must look as it prints, and the printout has no
// "Open for guidance" disclosures (a paper copy cannot open one).

const fixtures = (await validFixtures()).filter((fixture) => fixture.name === 'valid-complete.json');

afterEach(() => {
  document.body.replaceChildren();
});

const disclosures = (root: ShadowRoot) => [...root.querySelectorAll('summary')].filter((each) => /open for guidance/i.test(each.textContent ?? ''));

describe('isp-plan in print mode: no guidance disclosures on screen either', () => {
  for (const { template, plan } of fixtures) {
    it(template, async () => {
      const edit = await mountPlan((element) => Object.assign(element, { template, plan }));
      // The template has guidance: edit mode shows it, so its absence below is print mode's doing.
      expect(disclosures(edit.shadowRoot!).length, 'guidance in edit mode').to.be.greaterThan(0);

      const print = await mountPlan((element) => Object.assign(element, { template, plan, mode: 'print' }));
      expect(disclosures(print.shadowRoot!).map((each) => each.textContent?.trim())).to.deep.equal([]);
    });
  }

  it('printing from edit mode leaves the guidance out too, and brings it back after', async () => {
    const { template, plan } = fixtures.find((fixture) => fixture.template === 'individual-provision-map')!;
    const element = await mountPlan((each) => Object.assign(each, { template, plan }));
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(disclosures(element.shadowRoot!).length).to.equal(0);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(disclosures(element.shadowRoot!).length).to.be.greaterThan(0);
  });
});

describe('isp-plan and the page it is on', () => {
  const a4Rules = () => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSPageRule).length;

  it('sets A4 paper on the document only while a plan is on the page', async () => {
    expect(a4Rules(), 'no plan yet').to.equal(0);
    const first = await mountPlan((element) => (element.template = 'individual-provision-map'));
    const second = await mountPlan((element) => (element.template = 'individual-provision-map'));
    expect(a4Rules()).to.equal(1);
    first.remove();
    expect(a4Rules(), 'one plan still on the page').to.equal(1);
    second.remove();
    expect(a4Rules(), "the host's own pages print on their own paper").to.equal(0);
  });
});
