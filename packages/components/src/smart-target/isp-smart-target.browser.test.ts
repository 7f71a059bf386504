import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import '../define/isp-smart-target.js';
import type { IspSmartTarget } from './isp-smart-target.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

const smartText = 'Sam will say "more" to ask for a snack at snack time with a visual prompt in 4 out of 5 sessions by the next review.';
const row = {
  id: 't1', areaOfNeed: 'communication-and-interaction', 'x-mis': { row: 3 },
  baseline: 'Sam can point to the snack he wants.', target: smartText,
  provision: 'Modelling at snack time', resources: 'Snack choice board', whenWhoWhere: 'Daily, key person, snack table',
};

async function render(props: Partial<IspSmartTarget> = {}): Promise<IspSmartTarget> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-smart-target'), { pupilName: 'Sam Green', label: 'Target 1', ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: IspSmartTarget) => element.shadowRoot!;

async function typeTarget(element: IspSmartTarget, text: string): Promise<void> {
  const box = root(element).querySelector<HTMLTextAreaElement>('#target')!;
  box.focus();
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

function missing(element: IspSmartTarget): string[] {
  return [...root(element).querySelectorAll('.checklist li.missing .element')].map((item) => item.textContent!);
}

describe('isp-smart-target', () => {
  it('draws its fields when a framework sets pupilName to undefined or null', async () => {
    for (const pupilName of [undefined, null]) {
      const element = await render({ pupilName: pupilName as unknown as string });
      expect(root(element).querySelector('#target'), String(pupilName)).to.not.equal(null);
    }
  });

  it('echoes a first name in its hints, but not text no first name is that long (a 1 MB "name" took seconds to lay out)', async () => {
    const named = await render({ pupilName: 'Sam Green' });
    expect(root(named).textContent).to.contain('What Sam can do now');
    const pasted = await render({ pupilName: `${'A'.repeat(100_000)} Green` });
    const text = root(pasted).textContent ?? '';
    expect(text.includes('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), 'the long text in the hints').to.equal(false);
    expect(text).to.contain('What Child can do now');
  });

  it('has no axe violations empty, filled, partly SMART, with an error, in edit, view and print modes', async () => {
    const cases: Partial<IspSmartTarget>[] = [
      {},
      { value: row },
      { value: { ...row, target: 'He will improve his speech.' } },
      { value: row, error: 'Enter the SMART target', hint: 'One target per row' },
      { value: { ...row, achieved: 'partly', outcome: 'Says "more" with a prompt' }, mode: 'view' },
      { value: row, mode: 'print' },
    ];
    for (const props of cases) {
      const element = await render(props);
      expect((await axe.run(element, axeOptions)).violations, JSON.stringify(props)).to.deep.equal([]);
    }
  });

  it('shows a checklist of the seven elements with what is missing and how to fix it', async () => {
    const element = await render({ value: { ...row, target: 'Sam will say "more" at snack time.' } });
    expect(root(element).querySelectorAll('.checklist li')).to.have.length(7);
    expect(root(element).querySelector('#smart-count')!.textContent).to.equal('5 of 7 SMART elements found');
    expect(missing(element)).to.deep.equal(['To what degree: how well or how often', 'By when']);
    const byWhen = root(element).querySelectorAll('.checklist li.missing')[1]!;
    expect(byWhen.querySelector('.suggestion')!.textContent).to.contain("by the next review");
    expect(byWhen.textContent).to.contain('Missing:');
    expect(root(element).querySelector('#target')!.getAttribute('aria-describedby')).to.contain('smart-count');
  });

  it('updates the checklist as the person types, and shows found evidence', async () => {
    const element = await render({ value: { id: 't1' } });
    expect(root(element).querySelector('.checklist')).to.equal(null);
    await typeTarget(element, 'He will understand numbers.');
    expect(missing(element)).to.include("Who: the pupil's name").and.include('Does what: something you can see or count');
    await typeTarget(element, smartText);
    expect(missing(element)).to.deep.equal([]);
    expect(root(element).querySelector('#smart-count')!.textContent).to.equal('All 7 SMART elements found');
    expect(root(element).querySelector('.checklist li.met .found')!.textContent).to.contain('“Sam”');
  });

  it('announces a short summary politely once typing pauses, not on every keystroke', async () => {
    const element = await render({ value: { id: 't1' } });
    const live = root(element).querySelectorAll('[aria-live]');
    expect(live).to.have.length(1);
    expect(live[0]!.getAttribute('aria-live')).to.equal('polite');
    await typeTarget(element, 'Sam will say');
    await typeTarget(element, 'Sam will say "more" at snack time.');
    await element.updateComplete;
    expect(live[0]!.textContent).to.equal('');
    await new Promise((resolve) => setTimeout(resolve, 1400));
    await element.updateComplete;
    expect(live[0]!.textContent).to.equal('SMART check: 5 of 7 SMART elements found. Missing: how well, by when.');
  });

  it("advises when the target's end date is after the plan's review date", async () => {
    const late = { id: 't1', target: 'Sam will say "more" at snack time in 4 out of 5 sessions by 20 December 2026.' };
    const element = await render({ value: late, reviewDate: '2026-11-30', planDate: '2026-10-01' });
    expect(root(element).querySelector('.checklist')!.textContent).to.contain("end date is after the plan's review date");
    const inTime = await render({ value: late, reviewDate: '2026-12-31', planDate: '2026-10-01' });
    expect(root(inTime).querySelector('.checklist')!.textContent).to.not.contain('review date, so');
    const noDates = await render({ value: late });
    expect(root(noDates).querySelector('.checklist')!.textContent).to.not.contain('review date, so');
  });

  it('is advice: it never marks the target invalid', async () => {
    const element = await render({ value: { id: 't1', target: 'He will be good.' } });
    expect(root(element).querySelector('#target')!.hasAttribute('aria-invalid')).to.equal(false);
    expect(root(element).querySelector('.error-message')).to.equal(null);
    expect(root(element).textContent).to.contain('Advice only');
  });

  it('emits a new value keeping unknown fields, never mutating the given one, with composed events', async () => {
    const given = Object.freeze({ ...row });
    const element = await render({ value: given });
    const events: string[] = [];
    element.addEventListener('input', (event) => events.push(`input:${event.composed}:${event.bubbles}`));
    element.addEventListener('change', (event) => events.push(`change:${event.composed}:${event.bubbles}`));
    await typeTarget(element, 'Sam will wave hello.');
    root(element).querySelector('#target')!.dispatchEvent(new Event('change', { bubbles: true }));
    const yes = root(element).querySelector<HTMLInputElement>('#achieved-yes')!;
    yes.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal({ ...row, target: 'Sam will wave hello.', achieved: 'yes' });
    expect(given.target).to.equal(smartText);
    expect(events).to.deep.equal(['input:true:true', 'change:true:true', 'input:true:true', 'change:true:true']);
  });

  it('offers the areas of need from the shared schema and keeps an unknown one', async () => {
    const element = await render({ value: row });
    const select = root(element).querySelector<HTMLSelectElement>('#areaOfNeed')!;
    expect([...select.options].map((option) => option.text)).to.include('Social, emotional and mental health');
    expect(select.value).to.equal('communication-and-interaction');
    select.value = 'sensory-and-physical';
    select.dispatchEvent(new Event('change'));
    expect(element.value).to.deep.equal({ ...row, areaOfNeed: 'sensory-and-physical' });
    const odd = await render({ value: { ...row, areaOfNeed: 'speech' } });
    expect(root(odd).querySelector<HTMLSelectElement>('#areaOfNeed')!.value).to.equal('speech');
  });

  it('shows an achieved value it does not know, and keeps it until the person chooses', async () => {
    const given = { ...row, achieved: 'mostly' };
    const element = await render({ value: given });
    const achieved = root(element).querySelector('[part=achieved]')!;
    expect(achieved.querySelectorAll('input:checked')).to.have.length(0);
    expect(achieved.textContent!.replace(/\s+/g, ' ')).to.contain('Recorded as: mostly');
    expect((await axe.run(element, axeOptions)).violations).to.deep.equal([]);
    await typeTarget(element, 'Sam will wave hello.');
    expect(element.value).to.deep.equal({ ...given, target: 'Sam will wave hello.' });
    expect(root(element).textContent).to.contain('Recorded as: mostly');
    achieved.querySelector<HTMLInputElement>('#achieved-partly')!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal({ ...given, target: 'Sam will wave hello.', achieved: 'partly' });
    expect(root(element).textContent).to.not.contain('Recorded as');
  });

  it('choosing an area of need by keyboard fires one input, from the host, after value changed', async () => {
    const element = await render({ value: { id: 't1' } });
    const heard: unknown[] = [];
    element.addEventListener('input', () => heard.push((element.value as { areaOfNeed?: string }).areaOfNeed));
    root(element).querySelector<HTMLSelectElement>('#areaOfNeed')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(heard).to.deep.equal(['communication-and-interaction']);
  });

  it('shows the area of need the host sets, even after the person chose another', async () => {
    const element = await render({ value: { id: 't1' } });
    const select = root(element).querySelector<HTMLSelectElement>('#areaOfNeed')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(select.value).to.equal('cognition-and-learning');
    element.value = { id: 't1', areaOfNeed: 'communication-and-interaction' };
    await element.updateComplete;
    expect(select.value).to.equal('communication-and-interaction');
    element.value = { id: 't1' };
    await element.updateComplete;
    expect(select.value).to.equal('');
  });

  it('checks one target only when its text changes', async () => {
    const element = await render({ value: row });
    const first = element.smartCheck;
    const provision = root(element).querySelector<HTMLTextAreaElement>('#provision')!;
    provision.value = 'Modelling';
    provision.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(element.smartCheck).to.equal(first);
  });

  it('shows an error from the host inline, tied to the target box', async () => {
    const element = await render({ value: row, error: 'Enter the SMART target' });
    const box = root(element).querySelector('#target')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')).to.contain('target-error');
    expect(root(element).querySelector('#target-error')!.textContent).to.contain('Error: Enter the SMART target');
  });

  it('focus() moves to the first box, and every box is reachable by keyboard', async () => {
    const element = await render({ value: row });
    element.focus();
    expect(root(element).activeElement!.id).to.equal('baseline');
    const focusable = [...root(element).querySelectorAll('textarea, input')].filter((item) => (item as HTMLElement).tabIndex >= 0);
    expect(focusable.length).to.be.greaterThan(6);
  });

  it('reads as a document in view mode and leaves lines for the outcome in print mode', async () => {
    const view = await render({ value: { ...row, achieved: 'partly' }, mode: 'view' });
    expect(root(view).querySelector('textarea, input')).to.equal(null);
    expect(root(view).textContent).to.contain(smartText).and.contain('Partly').and.contain('Communication and interaction');
    const print = await render({ value: row, mode: 'print' });
    expect(root(print).querySelectorAll('.write-line')).to.have.length(2);
  });

  it('never throws on a bad value and keeps it untouched', async () => {
    for (const bad of [null, 'target', 42, [], { target: 42, baseline: { odd: true } }] as unknown[]) {
      const element = await render({ value: bad });
      expect(element.value).to.equal(bad);
      const wrongShape = bad !== null && (typeof bad !== 'object' || Array.isArray(bad));
      expect(root(element).querySelector('textarea') === null, String(bad)).to.equal(wrongShape);
      const view = await render({ value: bad, mode: 'view' });
      expect(view.value).to.equal(bad);
    }
  });

  it('offers no box for a field that holds a list or an object, so nobody overwrites it unseen', async () => {
    const given = { id: 't1', target: 'Sam will wave.', baseline: { text: 'Waves', source: 'MIS' }, achieved: ['yes'], provision: 'Modelling' };
    const element = await render({ value: given });
    expect(root(element).querySelectorAll('#baseline').length).to.equal(0);
    expect(root(element).querySelectorAll('[name=achieved]').length).to.equal(0);
    expect(root(element).querySelectorAll('[part=problem]')).to.have.length(2);
    expect(root(element).textContent).to.contain('Current achievement or baseline').and.contain('could not be read');
    await typeTarget(element, 'Sam will wave hello.');
    expect(element.value).to.deep.equal({ ...given, target: 'Sam will wave hello.' });
    expect((await axe.run(element, axeOptions)).violations).to.deep.equal([]);
    const view = await render({ value: given, mode: 'view' });
    expect(root(view).textContent).to.contain('could not be read');
  });

  it('works by keyboard alone: Tab to the target, type, and the checklist follows', async () => {
    const element = await render({ value: { id: 't1' } });
    element.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement!.id).to.equal('target');
    await sendKeys({ type: 'Sam will say hello' });
    await element.updateComplete;
    expect((element.value as { target: string }).target).to.equal('Sam will say hello');
    expect(missing(element)).to.include('By when');
  });

  it('reports "Enter the SMART target" only when required and empty; the checklist never counts', async () => {
    const empty = await render({ value: { id: 't1' }, required: true });
    expect(empty.validationMessage).to.equal('Enter the SMART target');
    expect(empty.checkValidity()).to.equal(false);
    const vague = await render({ value: { id: 't1', target: 'He will be good.' }, required: true });
    expect(vague.checkValidity()).to.equal(true);
    const optional = await render({ value: { id: 't1' } });
    expect(optional.validationMessage).to.equal('');
  });
});
