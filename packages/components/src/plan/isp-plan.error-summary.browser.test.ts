import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import { invalidFixtures } from '../test-helpers/fixtures.js';

// GOV.UK's error summary, driven by every invalid schema fixture: each message in the summary
// is also shown inline, in the same words, where its link takes focus. Some pointers have no
// field of their own (a field the template does not have, a hidden id, a value outside a list
// of checkboxes, a read-only value): their message is shown at what stands for them.

const fixtures = await invalidFixtures();

/** Every element under `root`, through the shadow roots of the plan and its parts. */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function words(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function settled(element: IspPlan): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all([element, ...deepElements(element)].map((each) => (each as Partial<IspPlan>).updateComplete));
  }
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan error summary: every message is also inline, where its link leads', function () {
  this.timeout(20000);

  for (const { template, name, plan, pointers } of fixtures) {
    it(`${template}: ${name}`, async () => {
      const element = document.createElement('isp-plan');
      element.template = template;
      element.plan = plan;
      document.body.append(element);
      await settled(element);
      // A plan of another template or a newer schema version is refused instead (bad-input tests).
      if (element.shadowRoot!.querySelector('.problem')) return;

      expect(element.reportValidity()).to.equal(false);
      await settled(element);
      const summary = element.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
      const links = [...summary.querySelectorAll<HTMLAnchorElement>('a[data-focus-pointer]')];
      expect(links.map((link) => link.dataset['focusPointer'])).to.include.members(pointers);
      for (const link of links) {
        const message = words(link);
        const inline = [...deepElements(element)].filter((each) => each.getAttribute('part') === 'error' && !summary.contains(each)).map((each) => words(each).replace(/^Error: /, ''));
        expect(inline.some((shown) => shown.split('. ').includes(message) || shown === message), `"${message}" shown inline, among ${JSON.stringify(inline)}`).to.equal(true);
        link.click();
        await settled(element);
        const focused = deepActiveElement();
        expect(focused !== null && focused !== link && focused !== document.body, `the link to ${link.dataset['focusPointer']} moves focus`).to.equal(true);
      }
    });
  }
});

describe('isp-plan: a value outside a list of checkboxes', () => {
  it('is shown ticked, so it can be unticked to fix the plan, and nothing else changes', async () => {
    const plan = fixtures.find((each) => each.name === 'invalid-bad-reason.json' && each.template === 'inclusion-support-plan')!.plan as { planDetails: { reasons: string[] } };
    const element = document.createElement('isp-plan');
    element.template = 'inclusion-support-plan';
    element.plan = plan;
    document.body.append(element);
    await settled(element);
    const boxes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-pointer="/planDetails/reasons"]')];
    const outside = boxes.find((box) => box.value === JSON.stringify('exclusion'));
    expect(outside, 'a box for the value outside the list').to.not.equal(undefined);
    expect(outside!.checked).to.equal(true);
    expect(element.shadowRoot!.querySelector(`label[for="${outside!.id}"]`)?.textContent).to.contain('exclusion');

    outside!.click();
    await settled(element);
    expect((element.plan as typeof plan).planDetails.reasons).to.deep.equal(['universal-strategies-not-successful', 'reduced-timetable']);
    expect(element.checkValidity(), element.validationMessage).to.equal(true);
    // The plan is agreed: the change is an amendment, and is the only other change.
    const after = element.plan as typeof plan & { amendments: { path: string; previous: unknown }[] };
    expect(after.amendments.at(-1)).to.include({ path: '/planDetails/reasons' });
    expect(after.amendments.at(-1)!.previous).to.deep.equal(plan.planDetails.reasons);
    const rest = { ...after, planDetails: { ...after.planDetails, reasons: plan.planDetails.reasons }, amendments: after.amendments.slice(0, -1) };
    expect(rest).to.deep.equal(plan);
  });
});

describe('isp-plan error summary links, followed by keyboard (people audit)', () => {
  async function followLink(element: IspPlan, pointer: string): Promise<string> {
    element.reportValidity();
    await settled(element);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>(`.error-summary a[data-focus-pointer="${pointer}"]`)!;
    link.focus();
    link.click();
    await settled(element);
    const focused = deepActiveElement();
    return focused === link ? 'the link itself' : (focused?.id ?? String(focused?.localName));
  }

  it('takes "Fill in the child\'s details" to the first field to fill in, not the heading above it', async () => {
    const element = document.createElement('isp-plan');
    element.template = 'individual-provision-map';
    document.body.append(element);
    await settled(element);
    expect(await followLink(element, '/child')).to.equal('f/child/name');
  });

  it('moves focus off the link for a record with nothing to focus (an amendment), to its section', async () => {
    const { plan } = fixtures.find((each) => each.template === 'sen-support-plan' && each.name === 'invalid-amendment-without-date.json')!;
    const element = document.createElement('isp-plan');
    element.template = 'sen-support-plan';
    element.plan = plan;
    document.body.append(element);
    await settled(element);
    expect(await followLink(element, '/amendments/0/date')).to.equal('section-amendments-heading');
  });
});

describe('isp-plan error summary as a screen reader hears it (people audit)', () => {
  it('does not announce the remaining errors again each time one is fixed', async () => {
    const { plan } = fixtures.find((each) => each.template === 'individual-provision-map' && each.name === 'invalid-missing-child-name.json')!;
    const broken = structuredClone(plan) as { planDetails?: Record<string, unknown> };
    broken.planDetails = { ...broken.planDetails, graduatedResponseLevel: 'GR9' };
    const element = document.createElement('isp-plan');
    element.template = 'individual-provision-map';
    element.plan = broken;
    document.body.append(element);
    await settled(element);
    element.reportValidity();
    await settled(element);
    const alert = element.shadowRoot!.querySelector('.error-summary [role="alert"]')!;
    expect(alert.querySelectorAll('li').length).to.equal(2);
    // What a live region announces: text added to it or changed in it (removals are not read).
    const announced: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') announced.push(record.target.textContent ?? '');
        for (const node of record.addedNodes) if ((node.textContent ?? '').trim()) announced.push(node.textContent!.trim());
      }
    });
    observer.observe(alert, { childList: true, subtree: true, characterData: true });
    const name = element.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/child/name"]')!;
    name.value = 'Amara';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    name.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settled(element);
    observer.disconnect();
    expect(alert.querySelectorAll('li').length).to.equal(1);
    expect(announced).to.deep.equal([]);
  });
});
