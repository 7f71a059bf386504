import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import '../define/isp-date-input.js';
import type { IspDateInput } from './isp-date-input.js';
import { checkDateParts, splitWholeDate } from './parse-date-parts.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

async function render(props: Partial<IspDateInput> = {}): Promise<IspDateInput> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-date-input'), { label: 'Date of plan', ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function box(element: IspDateInput, field: 'day' | 'month' | 'year'): HTMLInputElement {
  return element.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${field}]`)!;
}

async function type(element: IspDateInput, field: 'day' | 'month' | 'year', text: string): Promise<void> {
  const input = box(element, field);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function leave(element: IspDateInput): Promise<void> {
  const outside = document.createElement('button');
  document.body.append(outside);
  outside.focus();
  await element.updateComplete;
}

describe('isp-date-input', () => {
  it('has no axe violations in edit, view and print modes, empty, filled and with an error', async () => {
    const cases: Partial<IspDateInput>[] = [
      { mode: 'edit' },
      { mode: 'edit', value: '2026-10-14', hint: 'For example, 27 3 2026' },
      { mode: 'edit', error: 'Date of plan must be a real date', hint: 'For example, 27 3 2026' },
      { mode: 'view', value: '2026-10-14' },
      { mode: 'view' },
      { mode: 'print' },
      { mode: 'print', value: '2026-10-14' },
    ];
    for (const props of cases) {
      const element = await render(props);
      const results = await axe.run(element, axeOptions);
      expect(results.violations, JSON.stringify(props)).to.deep.equal([]);
    }
  });

  it('is a GOV.UK date input: fieldset, legend, three numeric boxes, hint and error described', async () => {
    const element = await render({ hint: 'For example, 27 3 2026', error: 'Date of plan must be a real date' });
    const root = element.shadowRoot!;
    expect(root.querySelector('legend')!.textContent).to.equal('Date of plan');
    const inputs = [...root.querySelectorAll('input')];
    expect(inputs.map((input) => input.getAttribute('inputmode'))).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect(inputs.map((input) => root.querySelector(`label[for=${input.id}]`)?.textContent)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('date-hint date-error');
    const error = root.querySelector('#date-error')!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Date of plan must be a real date');
    expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
    expect(inputs.every((input) => input.getAttribute('aria-invalid') === 'true')).to.equal(true);
  });

  it('uses the host id for its error id', async () => {
    const element = await render({ id: 'dob', error: 'Enter date of birth' });
    expect(element.shadowRoot!.querySelector('#dob-error')).to.not.equal(null);
  });

  it('accepts what people type: single digits, leading zeros, month names and abbreviations', async () => {
    const cases: [string, string, string, string][] = [
      ['3', '3', '2026', '2026-03-03'],
      ['03', '03', '2026', '2026-03-03'],
      ['14', 'March', '2026', '2026-03-14'],
      ['14', 'mar', '2026', '2026-03-14'],
      ['1st', 'Sept', '2026', '2026-09-01'],
      [' 29 ', ' feb ', ' 2028 ', '2028-02-29'],
    ];
    for (const [day, month, year, iso] of cases) {
      expect(checkDateParts({ day, month, year }, 'Date of plan').value, `${day} ${month} ${year}`).to.equal(iso);
    }
  });

  it('says what is wrong in GOV.UK words', () => {
    const say = (day: string, month: string, year: string, rules = {}) =>
      checkDateParts({ day, month, year }, 'Date of plan', rules);
    expect(say('', '', '').message).to.equal('');
    expect(say('', '', '', { required: true }).message).to.equal('Enter date of plan');
    expect(say('14', '', '2026').message).to.equal('Date of plan must include a month');
    expect(say('14', '', '2026').invalidFields).to.deep.equal(['month']);
    expect(say('', '', '2026').message).to.equal('Date of plan must include a day and month');
    expect(say('30', '2', '2026').message).to.equal('Date of plan must be a real date');
    expect(say('14', '13', '2026').invalidFields).to.deep.equal(['month']);
    expect(say('14', 'Smarch', '2026').message).to.equal('Date of plan must be a real date');
    expect(say('14', '10', '26').message).to.equal('Year must include 4 numbers');
    expect(say('14', '10', '2026', { max: '2026-10-01' }).message).to.equal('Date of plan must be the same as or before 1 October 2026');
    expect(say('14', '10', '2026', { min: '2026-11-01' }).message).to.equal('Date of plan must be the same as or after 1 November 2026');
    expect(say('29', '2', '2027').value).to.equal('');
    const today = '2026-10-14';
    expect(say('15', '10', '2026', { max: '2026-10-13', today }).message).to.equal('Date of plan must be in the past');
    expect(say('15', '10', '2026', { max: today, today }).message).to.equal('Date of plan must be today or in the past');
    expect(say('13', '10', '2026', { min: '2026-10-15', today }).message).to.equal('Date of plan must be in the future');
    expect(say('13', '10', '2026', { min: today, today }).message).to.equal('Date of plan must be today or in the future');
    expect(say('31', '12', '2026', { max: '2026-12-31', today: '2027-01-01' }).message).to.equal('');
    expect(say('01', '01', '2027', { max: '2026-12-31', today: '2027-01-01' }).message).to.equal('Date of plan must be in the past');
  });

  it('a whole date typed key by key into the day box is split once it is whole, not at its first two-figure year', async () => {
    for (const [typed, parts] of [
      ['31/2/2026', ['31', '2', '2026']],
      ['14 10 2026', ['14', '10', '2026']],
      ['1 Jan 2026', ['1', 'Jan', '2026']],
      ['14th October 2026', ['14', 'October', '2026']],
    ] as const) {
      const element = await render();
      box(element, 'day').focus();
      await sendKeys({ type: typed });
      await element.updateComplete;
      expect([box(element, 'day').value, box(element, 'month').value, box(element, 'year').value], typed).to.deep.equal([...parts]);
    }
    // A two-figure year typed on purpose is split when the person leaves the box.
    const element = await render();
    box(element, 'day').focus();
    await sendKeys({ type: '14/10/26' });
    await sendKeys({ press: 'Tab' });
    await element.updateComplete;
    expect([box(element, 'day').value, box(element, 'month').value, box(element, 'year').value]).to.deep.equal(['14', '10', '26']);
  });

  it('draws its boxes, labelled "Date", when a framework sets label to undefined or null', async () => {
    for (const label of [undefined, null]) {
      const element = await render({ label: label as unknown as string });
      expect(element.shadowRoot!.querySelector('legend')?.textContent, String(label)).to.equal('Date');
      expect(element.shadowRoot!.querySelectorAll('input').length).to.equal(3);
    }
  });

  it('splits a whole date typed or pasted into one box', async () => {
    expect(splitWholeDate('14/10/2026')).to.deep.equal({ day: '14', month: '10', year: '2026' });
    expect(splitWholeDate('14 Oct 2026')).to.deep.equal({ day: '14', month: 'Oct', year: '2026' });
    expect(splitWholeDate('2026-10-14')).to.deep.equal({ day: '14', month: '10', year: '2026' });
    expect(splitWholeDate('14')).to.equal(undefined);
    const element = await render();
    await type(element, 'day', '14/10/2026');
    expect(element.value).to.equal('2026-10-14');
    expect([box(element, 'day').value, box(element, 'month').value, box(element, 'year').value]).to.deep.equal(['14', '10', '2026']);
  });

  it('sets value to the ISO date only once the date is complete and real, firing composed events', async () => {
    const element = await render();
    const events: { type: string; value: string; composed: boolean; bubbles: boolean }[] = [];
    const record = (event: Event) => events.push({ type: event.type, value: (event.target as IspDateInput).value, composed: event.composed, bubbles: event.bubbles });
    document.body.addEventListener('input', record);
    document.body.addEventListener('change', record);
    try {
      await type(element, 'day', '14');
      expect(element.value).to.equal('');
      await type(element, 'month', 'October');
      await type(element, 'year', '2026');
      expect(element.value).to.equal('2026-10-14');
      const inputs = events.filter((event) => event.type === 'input');
      // One per box typed in, as native inputs fire: '' until the three make a real date.
      expect(inputs.map((event) => event.value)).to.deep.equal(['', '', '2026-10-14']);
      expect(events.filter((event) => event.type === 'change').length).to.equal(3);
      expect(events.every((event) => event.composed && event.bubbles)).to.equal(true);
      await type(element, 'day', '32');
      expect(element.value).to.equal('');
    } finally {
      document.body.removeEventListener('input', record);
      document.body.removeEventListener('change', record);
    }
  });

  it('shows its own message only after the person leaves the boxes, and marks just the wrong box', async () => {
    const element = await render();
    await type(element, 'day', '14');
    expect(element.shadowRoot!.querySelector('.error-message')).to.equal(null);
    expect(element.validationMessage).to.equal('Date of plan must include a month and year');
    await leave(element);
    expect(element.shadowRoot!.querySelector('.error-message')!.textContent).to.contain('Date of plan must include a month and year');
    expect(box(element, 'day').hasAttribute('aria-invalid')).to.equal(false);
    expect(box(element, 'month').getAttribute('aria-invalid')).to.equal('true');
  });

  it('reportValidity shows the message and focuses the first wrong box', async () => {
    const element = await render({ required: true });
    expect(element.checkValidity()).to.equal(false);
    expect(element.reportValidity()).to.equal(false);
    await element.updateComplete;
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(box(element, 'day'));
    expect(element.shadowRoot!.textContent).to.contain('Enter date of plan');
    element.value = '2026-10-14';
    await element.updateComplete;
    expect(element.checkValidity()).to.equal(true);
  });

  it('fills the boxes from a value and does not reset them when the host echoes its own value back', async () => {
    const element = await render({ value: '2026-03-05' });
    expect(box(element, 'month').value).to.equal('03');
    await type(element, 'year', '20');
    expect(element.value).to.equal('');
    element.value = '';
    await element.updateComplete;
    expect(box(element, 'year').value).to.equal('20');
  });

  it('applies min, max and today set on the element', async () => {
    const element = await render({ value: '2026-10-15', max: '2026-10-13', today: '2026-10-14' });
    expect(element.validationMessage).to.equal('Date of plan must be in the past');
    element.max = '';
    element.min = '2026-11-01';
    await element.updateComplete;
    expect(element.validationMessage).to.equal('Date of plan must be the same as or after 1 November 2026');
  });

  it('focus() moves to the day box', async () => {
    const element = await render();
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(box(element, 'day'));
  });

  it('never throws on a bad value and keeps it untouched', async () => {
    for (const bad of [42, { day: 1 }, 'not a date', '2026-02-30'] as unknown[]) {
      const element = await render({ value: bad as string });
      expect(element.value).to.equal(bad);
      expect(element.validationMessage).to.equal('Date of plan must be a real date');
    }
    const empty = await render({ value: null as unknown as string });
    expect(empty.validationMessage).to.equal('');
    const view = await render({ value: 'next Tuesday', mode: 'view' });
    expect(view.shadowRoot!.textContent).to.contain('next Tuesday');
  });

  it('shows a value it cannot read beside its message, until the person types', async () => {
    for (const [bad, shown] of [['next tuesday', 'next tuesday'], [20261014, '20261014'], [{ day: 1 }, '{"day":1}']] as const) {
      const element = await render({ value: bad as unknown as string });
      const given = element.shadowRoot!.querySelector('[part=given]')!;
      expect(given.textContent!.replace(/\s+/g, ' ').trim(), String(bad)).to.equal(`Recorded as: ${shown}`);
      expect(element.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(given.id);
      expect(element.value).to.equal(bad);
      expect((await axe.run(element, axeOptions)).violations).to.deep.equal([]);
    }
    const element = await render({ value: 'next tuesday' });
    await type(element, 'day', '3');
    expect(element.shadowRoot!.querySelector('[part=given]')).to.equal(null);
    expect((await render({ value: '2026-10-14' })).shadowRoot!.querySelector('[part=given]')).to.equal(null);
  });

  it('reads as a date in view mode and gives lines to write on in print mode', async () => {
    const view = await render({ value: '2026-10-14', mode: 'view' });
    expect(view.shadowRoot!.querySelector('input')).to.equal(null);
    expect(view.shadowRoot!.querySelector('[part=value]')!.textContent).to.equal('14 October 2026');
    const print = await render({ mode: 'print' });
    expect(print.shadowRoot!.querySelectorAll('.hand-written span').length).to.equal(3);
  });

  it('works by keyboard alone: Tab between the boxes and type', async () => {
    const element = await render();
    element.focus();
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'mar' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2026' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(box(element, 'year'));
    expect(element.value).to.equal('2026-03-03');
  });
});
