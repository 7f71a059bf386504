import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import type { IspDateInput } from '../date-input/isp-date-input.js';
import type { IspInterventionLog } from '../intervention-log/isp-intervention-log.js';
import { invalidFixtures } from '../test-helpers/fixtures.js';
import type { IspPlan } from './isp-plan.js';

// A summary link for an error inside a logged entry (`/entries/1/date`) takes focus to that
// entry's own field, opened for change in the log's form, with the summary's words beside it;
// not to the empty "Add an entry" form, which has nothing to do with the error.

const fixtures = (await invalidFixtures()).filter(({ template, pointers }) => template === 'record-of-intervention' && pointers.some((pointer) => /^\/entries\/\d+\/(date|achieved)$/.test(pointer)));

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const words = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(/^Error: /, '');

async function settled(element: IspPlan, log: IspInterventionLog): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await element.updateComplete;
    await log.updateComplete;
    await log.shadowRoot!.querySelector<IspDateInput>('isp-date-input')?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("isp-plan error summary: an error in a logged entry leads to that entry's field", () => {
  it('finds the fixtures it is about', () => {
    expect(fixtures.map((fixture) => fixture.name)).to.include.members(['invalid-bad-entry-date.json', 'invalid-entry-without-date.json', 'invalid-achieved-not-boolean.json']);
  });

  for (const { name, plan, pointers } of fixtures) {
    it(name, async () => {
      const element = document.createElement('isp-plan');
      element.template = 'record-of-intervention';
      element.plan = plan;
      document.body.append(element);
      await element.updateComplete;
      const log = element.shadowRoot!.querySelector<IspInterventionLog>('isp-intervention-log')!;
      await settled(element, log);

      element.reportValidity();
      await settled(element, log);
      const pointer = pointers[0]!;
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>(`.error-summary a[data-focus-pointer="${pointer}"]`)!;
      const [, index, field] = pointer.split('/').slice(1);
      const entry = (plan as { entries: Record<string, unknown>[] }).entries[Number(index)]!;
      link.click();
      await settled(element, log);

      const root = log.shadowRoot!;
      expect(words(root.querySelector('legend')), 'the entry is open for change').to.equal('Change entry');
      expect(root.querySelector<HTMLInputElement>('#entry-whoWhat')!.value, 'the form holds that entry').to.equal(entry['whoWhat']);
      const control = root.querySelector<HTMLElement>(`#entry-${field}`)!;
      const focused = deepActiveElement();
      expect(focused === control || control.shadowRoot?.contains(focused) === true, `focus on the entry's ${field}, not on ${focused?.id}`).to.equal(true);
      // The same words as the link, inline next to that field.
      const inline = field === 'date'
        ? control.shadowRoot!.querySelector('[part="error"]')
        : root.getElementById(control.getAttribute('aria-describedby') ?? '');
      expect(words(inline)).to.equal(words(link));
    });
  }
});
