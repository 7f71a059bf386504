// Heavy plans stay usable (untimed; the figures come from packages/components/bench/
// heavy-plan.bench.js): a record of intervention with 1,000 targets and 5,000 intervention
// records, and an individual provision map with 1,000 SMART targets, render in full, and an
// edit deep in the list changes exactly that field, with every other row kept.
import { expect } from '@esm-bundle/chai';
import type { IspPlan } from '../../packages/components/src/plan/isp-plan.js';
import { heavyProvisionMap, heavyRecordOfIntervention } from '../../packages/components/bench/heavy-plan-data.js';
import { deepElements, settled } from '../security/support/deep-dom.js';
import { mountPlan } from '../security/support/mount-plan.js';
import { differingPaths } from './support/plan-diff.js';

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));

afterEach(() => {
  document.body.replaceChildren();
});

/**
 * The text box for `pointer`: <isp-plan>'s own control, or the box inside the part (such as
 * the SMART target editor) that edits the row the pointer is in.
 */
function textBoxFor(element: IspPlan, pointer: string): HTMLInputElement | HTMLTextAreaElement {
  const own = element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-pointer="${pointer}"]`);
  if (own) return own;
  const field = pointer.split('/').at(-1)!;
  const row = pointer.slice(0, pointer.lastIndexOf('/'));
  const part = element.shadowRoot!.querySelector(`[data-pointer="${row}"]`);
  const inner = part?.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${field}`);
  if (!inner) throw new Error(`no text box for ${pointer}`);
  return inner;
}

/** How many rows of the list at `pointer` are drawn: row headings or row parts, by row. */
function rowsDrawn(element: IspPlan, pointer: string): number {
  const row = new RegExp(`^${pointer}/\\d+$`);
  const rows = new Set<string>();
  for (const each of deepElements(element)) {
    for (const at of [(each as HTMLElement).dataset?.['rowHeading'], (each as HTMLElement).dataset?.['pointer']]) {
      if (at !== undefined && row.test(at)) rows.add(at);
    }
  }
  return rows.size;
}

/** Types `text` at the end of `control` as a person would: value changed, then `input`. */
async function typeAtEnd(element: IspPlan, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  control.value += text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settled(element);
}

describe('heavy plans: 1,000 targets and 5,000 intervention records', function () {
  this.timeout(120000);

  it('a record of intervention with 1,000 targets and 5,000 entries renders every target and entry, and editing target 750 changes only it', async () => {
    const plan = heavyRecordOfIntervention(1000, 5000);
    const element = await mountPlan('record-of-intervention', 'edit', plan);
    expect(uncaught).to.deep.equal([]);
    expect(rowsDrawn(element, '/targets'), 'a row per target').to.equal(1000);
    // The entries are drawn by the intervention log part; its text holds every comment.
    const log = [...deepElements(element)].find((each) => each.localName === 'isp-intervention-log');
    const logText = log?.shadowRoot?.textContent ?? element.shadowRoot!.textContent ?? '';
    for (const index of [0, 2499, 4999]) {
      expect(logText.includes(plan.entries[index]!.comments), `entry ${index} is on the page`).to.equal(true);
    }

    const before = structuredClone(element.plan);
    await typeAtEnd(element, textBoxFor(element, '/targets/750/target'), ' Now with a sign.');
    expect(differingPaths(before, element.plan)).to.deep.equal(['/targets/750/target']);
    expect((element.plan as typeof plan).targets[750]!.target).to.equal(`${plan.targets[750]!.target} Now with a sign.`);
    expect((element.plan as typeof plan).entries).to.deep.equal(plan.entries);
  });

  it('an individual provision map with 1,000 SMART targets renders every row, and typing in the last target updates only it', async () => {
    const plan = heavyProvisionMap(1000);
    const element = await mountPlan('individual-provision-map', 'edit', plan);
    expect(uncaught).to.deep.equal([]);
    expect(rowsDrawn(element, '/targets'), 'a row per target').to.equal(1000);

    const before = structuredClone(element.plan);
    await typeAtEnd(element, textBoxFor(element, '/targets/999/target'), ' Also at home.');
    expect(differingPaths(before, element.plan)).to.deep.equal(['/targets/999/target']);
    expect((element.plan as typeof plan).targets[999]!.target).to.equal(`${plan.targets[999]!.target} Also at home.`);
  });
});
