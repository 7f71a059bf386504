import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import '../define/isp-signature.js';
import type { IspDateInput } from '../date-input/isp-date-input.js';
import type { IspSignature } from './isp-signature.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

const signed = { who: 'parent-carer', role: 'Mum', name: 'Amy Jones', date: '2026-10-14', 'x-mis-id': 'S-7' };

async function render(props: Partial<IspSignature> = {}): Promise<IspSignature> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-signature'), { label: 'Parent/carer signature', ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: IspSignature) => element.shadowRoot!;
const text = (element: IspSignature) => root(element).textContent!.replace(/\s+/g, ' ');

async function typeInto(element: IspSignature, selector: string, value: string): Promise<void> {
  const input = root(element).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function typeDate(element: IspSignature, day: string, month: string, year: string): Promise<void> {
  const dateInput = root(element).querySelector<IspDateInput>('isp-date-input')!;
  for (const [name, text] of [['day', day], ['month', month], ['year', year]] as const) {
    const box = dateInput.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await dateInput.updateComplete;
  }
  await element.updateComplete;
}

describe('isp-signature', () => {
  it('has no axe violations unsigned, signed, stale, with errors, in edit, view and print modes', async () => {
    const cases: Partial<IspSignature>[] = [
      {},
      { value: signed },
      { value: signed, stale: true },
      { error: 'The parent/carer must sign the plan', hint: 'Sign when you agree with the plan' },
      { value: signed, mode: 'view' },
      { value: {}, mode: 'view' },
      { value: signed, mode: 'print', stale: true },
      { value: {}, mode: 'print' },
    ];
    for (const props of cases) {
      const element = await render(props);
      expect((await axe.run(element, axeOptions)).violations, JSON.stringify(props)).to.deep.equal([]);
    }
    const withFieldErrors = await render({ today: '2026-10-14' });
    root(withFieldErrors).querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
    await withFieldErrors.updateComplete;
    expect((await axe.run(withFieldErrors, axeOptions)).violations).to.deep.equal([]);
  });

  it('lets a page style the date boxes inside through exported parts', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('isp-signature::part(date-day), isp-signature::part(date-year) { background-color: rgb(1, 2, 3); }'
      + ' isp-signature::part(date-label) { color: rgb(4, 5, 6); }');
    document.adoptedStyleSheets = [sheet];
    try {
      const element = await render();
      const dateInput = root(element).querySelector<IspDateInput>('isp-date-input')!;
      const inner = dateInput.shadowRoot!;
      for (const name of ['day', 'year']) {
        expect(getComputedStyle(inner.querySelector(`input[name=${name}]`)!).backgroundColor, name).to.equal('rgb(1, 2, 3)');
      }
      expect(getComputedStyle(inner.querySelector('input[name=month]')!).backgroundColor).to.not.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inner.querySelector('[part=label]')!).color).to.equal('rgb(4, 5, 6)');
      // The signature's own label is not the date's.
      expect(getComputedStyle(root(element).querySelector('legend[part=label]')!).color).to.not.equal('rgb(4, 5, 6)');
    } finally {
      document.adoptedStyleSheets = [];
    }
  });

  it('draws the secondary button shadow from a documented token, GOV.UK grey by default', async () => {
    const element = await render({ value: signed });
    const button = root(element).querySelector<HTMLButtonElement>('button.secondary')!;
    expect(getComputedStyle(button).boxShadow).to.contain('rgb(146, 145, 145)');
    element.style.setProperty('--isp-color-button-secondary-shadow', 'rgb(7, 8, 9)');
    expect(getComputedStyle(button).boxShadow).to.contain('rgb(7, 8, 9)');
  });

  it('signs by typed name and date, keeping unknown fields and never mutating the given value', async () => {
    const given = { 'x-vendor': { keep: true } };
    const frozen = Object.freeze(given);
    const element = await render({ value: frozen, today: '2026-10-14' });
    const events: string[] = [];
    element.addEventListener('input', (event) => events.push(`input:${event.composed}:${event.bubbles}`));
    element.addEventListener('change', (event) => events.push(`change:${event.composed}:${event.bubbles}`));
    await typeInto(element, '#who', 'parent-carer');
    await typeInto(element, '#name', 'Amy Jones');
    await typeDate(element, '14', 'Oct', '2026');
    expect(element.value).to.deep.equal({ 'x-vendor': { keep: true }, who: 'parent-carer', name: 'Amy Jones', date: '2026-10-14' });
    expect(given).to.deep.equal({ 'x-vendor': { keep: true } });
    expect(events).to.include('input:true:true').and.include('change:true:true');
    expect(events.every((event) => event.endsWith(':true:true'))).to.equal(true);
    root(element).querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
    await element.updateComplete;
    expect(root(element).querySelector('[part=signed]')!.textContent).to.contain('Signed by Amy Jones (Parent/carer) on 14 October 2026');
  });

  it('uses today when no date is given, and says what is missing when signing too early', async () => {
    const element = await render({ today: '2026-10-14' });
    root(element).querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
    await element.updateComplete;
    expect(text(element)).to.contain('Error: Select who is signing').and.contain('Error: Enter the name of the person signing');
    expect(root(element).querySelector('#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(element).querySelector('#name')!.getAttribute('aria-describedby')).to.contain('name-error');
    await typeInto(element, '#who', 'pupil');
    await typeInto(element, '#name', 'Sam');
    root(element).querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
    await element.updateComplete;
    expect((element.value as { date: string }).date).to.equal('2026-10-14');
  });

  it('warns that a stale signature needs signing again, and lets it be signed again', async () => {
    const element = await render({ value: signed, stale: true });
    expect(element.hasAttribute('stale')).to.equal(true);
    expect(root(element).querySelector('[part=stale-warning]')!.textContent).to.contain('Warning: This has changed since it was signed');
    const again = root(element).querySelector<HTMLButtonElement>('[part=sign-again-button]')!;
    expect(again.textContent).to.contain('Sign again');
    again.click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(root(element).activeElement!.id).to.equal('who');
  });

  it('reads as a sentence in view mode and gives lines to sign by hand in print mode', async () => {
    const view = await render({ value: signed, mode: 'view' });
    expect(root(view).querySelector('input, select, button')).to.equal(null);
    expect(text(view)).to.contain('Signed by Amy Jones (Parent/carer, Mum) on 14 October 2026');
    const print = await render({ value: {}, mode: 'print' });
    const labels = [...root(print).querySelectorAll('.print-lines > span:not(.write-line)')].map((span) => span.textContent);
    expect(labels).to.deep.equal(['Signature', 'Name', 'Date']);
    expect(root(print).querySelectorAll('.write-line').length).to.equal(3);
  });

  it('in view mode shows the typed name and role of a signature that has no real date yet', async () => {
    const view = await render({ value: { ...signed, date: '2026-02-30' }, mode: 'view' });
    expect(text(view)).to.contain('Not signed yet: Amy Jones (Parent/carer, Mum), no signing date');
    const empty = await render({ value: {}, mode: 'view' });
    expect(text(empty)).to.contain('Not signed yet');
    expect(text(empty)).not.to.contain(':');
  });

  it('focus() moves to the first field', async () => {
    const element = await render();
    element.focus();
    expect(root(element).activeElement!.id).to.equal('who');
  });

  it('never throws on a bad value and keeps it untouched', async () => {
    for (const bad of [null, 'Amy', 42, [], { name: 7, date: 'yesterday', who: 'grandparent' }] as unknown[]) {
      const element = await render({ value: bad });
      expect(element.value).to.equal(bad);
    }
    const text = await render({ value: 'Amy' });
    expect(root(text).querySelector('input, select')).to.equal(null);
    expect(root(text).textContent).to.contain('could not be read');
    const odd = await render({ value: { who: 'grandparent', name: 'Nan' } });
    expect(root(odd).querySelector<HTMLSelectElement>('#who')!.value).to.equal('grandparent');
  });

  it('offers no field for a part of the signature that holds a list or an object', async () => {
    const element = await render({ value: { who: 'pupil', name: { given: 'Sam', family: 'Green' }, date: ['2026-10-14'] } });
    expect(root(element).querySelectorAll('#name').length).to.equal(0);
    expect(root(element).querySelectorAll('isp-date-input').length).to.equal(0);
    expect(root(element).querySelectorAll('#role').length).to.equal(1);
    expect(root(element).querySelectorAll('[part=problem]')).to.have.length(2);
    // Signing would write today's date over the one that could not be read.
    expect(root(element).querySelectorAll('[part=sign-button]').length).to.equal(0);
    expect((await axe.run(element, axeOptions)).violations).to.deep.equal([]);
  });

  it('works by keyboard alone: choose who, type the name and date, press Enter on Sign', async () => {
    const element = await render({ today: '2026-10-14' });
    element.focus();
    await sendKeys({ type: 'Pu' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Year 4 pupil' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Sam Green' });
    for (const part of ['14', '10', '2026']) {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: part });
    }
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement!.getAttribute('part')).to.equal('sign-button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.value).to.deep.equal({ who: 'pupil', role: 'Year 4 pupil', name: 'Sam Green', date: '2026-10-14' });
    expect(root(element).querySelector('[part=signed]')!.textContent).to.contain('Signed by Sam Green (Pupil, Year 4 pupil) on 14 October 2026');
  });

  it('choosing who is signing fires one input, from the host, and shows who the host sets afterwards', async () => {
    const element = await render({ value: {} });
    const heard: unknown[] = [];
    element.addEventListener('input', () => heard.push((element.value as { who?: string }).who));
    const select = root(element).querySelector<HTMLSelectElement>('#who')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(heard).to.deep.equal(['parent-carer']);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(select.value).to.equal('pupil');
    element.value = { who: 'parent-carer' };
    await element.updateComplete;
    expect(select.value).to.equal('parent-carer');
  });

  it('reports what is still needed to sign when required', async () => {
    expect((await render({ required: true })).validationMessage).to.equal('Enter the name of the person signing');
    expect((await render({ required: true, value: { who: 'pupil', name: 'Sam' } })).validationMessage).to.equal('Enter the date of signing');
    expect((await render({ required: true, value: signed })).checkValidity()).to.equal(true);
    expect((await render({ value: {} })).checkValidity()).to.equal(true);
  });
});

describe('isp-signature in a host that sets back a copy of its value on every input', () => {
  it('stays open for the name to be typed, with the date already there', async () => {
    const element = await render({ value: { date: '2026-10-14' } });
    element.addEventListener('input', () => (element.value = structuredClone(element.value)));
    root(element).querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ type: 'Ben Smith' });
    await element.updateComplete;
    expect(root(element).querySelector<HTMLInputElement>('#name')?.value).to.equal('Ben Smith');
    expect(root(element).textContent).not.to.contain('Signed by');
  });
});

describe('isp-signature: changing a signature', () => {
  const signed = { who: 'parent-carer', name: 'Amy Jones', date: '2026-09-01', 'x-mis': 7 };

  it('is never signed in a new name on the old date: the date goes when the form opens, and Sign dates it today', async () => {
    const element = await render({ value: { ...signed }, today: '2026-10-14' });
    root(element).querySelector<HTMLButtonElement>('[part=sign-again-button]')!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal({ who: 'parent-carer', name: 'Amy Jones', 'x-mis': 7 });
    const name = root(element).querySelector<HTMLInputElement>('#name')!;
    name.focus();
    name.select();
    await sendKeys({ type: 'Ben Smith' });
    await element.updateComplete;
    expect((element.value as { date?: string }).date, 'not signed until Sign is pressed').to.equal(undefined);
    root(element).querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal({ who: 'parent-carer', name: 'Ben Smith', date: '2026-10-14', 'x-mis': 7 });
    expect(root(element).querySelector('[role=status]')!.textContent, 'signing is announced').to.equal('Signed by Ben Smith (Parent/carer) on 14 October 2026.');
  });

  it('Cancel puts the signature back as it was', async () => {
    const element = await render({ value: { ...signed }, today: '2026-10-14' });
    root(element).querySelector<HTMLButtonElement>('[part=sign-again-button]')!.click();
    await element.updateComplete;
    root(element).querySelector<HTMLButtonElement>('[part=cancel-button]')!.click();
    await element.updateComplete;
    expect(element.value).to.deep.equal(signed);
    expect(root(element).textContent).to.contain('Signed by Amy Jones');
  });

  it('a signing date in the future is refused and not written', async () => {
    const element = await render({ value: { who: 'parent-carer', name: 'Amy Jones' }, today: '2026-10-14' });
    const date = root(element).querySelector('isp-date-input')!;
    const [day, month, year] = [...date.shadowRoot!.querySelectorAll('input')];
    day!.focus();
    await sendKeys({ type: '1' });
    month!.focus();
    await sendKeys({ type: '1' });
    year!.focus();
    await sendKeys({ type: '2030' });
    await element.updateComplete;
    expect((element.value as { date?: string }).date).to.equal(undefined);
    root(element).querySelector<HTMLButtonElement>('[part=sign-button]')!.click();
    await element.updateComplete;
    await (date as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(date.shadowRoot!.textContent).to.match(/must be today or in the past/);
    expect(root(element).textContent).not.to.contain('Signed by');
  });
});
