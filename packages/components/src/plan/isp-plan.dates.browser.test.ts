import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// Dates in <isp-plan> are typed into <isp-date-input>'s three boxes, so what is wrong is said
// about the boxes ("must include a month"), never as an ISO example the person cannot type.

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };
type Plan = Record<string, Record<string, unknown>>;

async function mountDraft(): Promise<IspPlan> {
  return mountPlan((element) => {
    element.template = 'individual-provision-map';
    element.plan = { ...structuredClone(complete.default), status: 'draft' };
  });
}

async function dayBox(element: IspPlan, pointer: string): Promise<HTMLInputElement> {
  const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`isp-date-input[data-pointer="${pointer}"]`);
  if (!part) throw new Error(`no date part at ${pointer}`);
  await part.updateComplete;
  return part.shadowRoot!.querySelector<HTMLInputElement>('input')!;
}

async function clearAndType(box: HTMLInputElement, text: string): Promise<void> {
  box.focus();
  box.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan dates', () => {
  it('an optional date with every box emptied leaves the plan valid', async () => {
    const element = await mountDraft();
    const root = element.shadowRoot!.querySelector(`isp-date-input[data-pointer="/planDetails/dateOfPlan"]`)!.shadowRoot!;
    for (const box of root.querySelectorAll('input')) await clearAndType(box, '');
    (document.activeElement as HTMLElement | null)?.blur();
    await element.updateComplete;
    expect((element.plan as Plan)['planDetails']!['dateOfPlan'], 'the emptied date is left out, not kept as ""').to.equal(undefined);
    expect(element.checkValidity()).to.equal(true);
  });

  it('a date missing its month and year says so, in the summary and inline alike', async () => {
    const element = await mountDraft();
    const root = element.shadowRoot!.querySelector(`isp-date-input[data-pointer="/planDetails/dateOfPlan"]`)!.shadowRoot!;
    const [day, month, year] = [...root.querySelectorAll('input')];
    for (const box of [day!, month!, year!]) await clearAndType(box, '');
    expect(element.checkValidity(), 'an optional date left empty').to.equal(true);
    await clearAndType(day!, '12');
    day!.blur();
    expect(element.checkValidity(), 'a day typed alone is not a date, and does not pass silently').to.equal(false);
    expect(element.reportValidity()).to.equal(false);
    await element.updateComplete;
    const summary = element.shadowRoot!.querySelector('.govuk-error-summary, [part~="error-summary"]');
    const link = [...(summary?.querySelectorAll('a') ?? [])].find((a) => a.getAttribute('href')?.includes('dateOfPlan'));
    expect(link?.textContent?.trim()).to.match(/must include a month and year$/);
    expect(link?.textContent).not.to.include('2019-03-27');
    const part = element.shadowRoot!.querySelector<HTMLElement & { error: string }>(`isp-date-input[data-pointer="/planDetails/dateOfPlan"]`)!;
    expect(part.error).to.equal(link?.textContent?.trim());
  });

  it('changing one box of a date already there keeps what was typed and says what is wrong, never drops the date silently', async () => {
    const element = await mountDraft();
    const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`isp-date-input[data-pointer="/planDetails/dateOfPlan"]`)!;
    const [day, month, year] = [...part.shadowRoot!.querySelectorAll('input')];
    const before = [day!.value, month!.value];
    year!.focus();
    year!.select();
    await sendKeys({ type: '20' }); // on the way to typing a new year: not a date yet
    await element.updateComplete;
    await part.updateComplete;
    expect([day!.value, month!.value, year!.value], 'the other boxes and the typed year stay').to.deep.equal([...before, '20']);
    expect(element.checkValidity(), 'a half-typed year is a problem, not a pass').to.equal(false);
    await sendKeys({ type: '27' });
    await element.updateComplete;
    expect((element.plan as Plan)['planDetails']!['dateOfPlan']).to.equal(`2027-${before[1]!.padStart(2, '0')}-${before[0]!.padStart(2, '0')}`);
    expect(element.checkValidity()).to.equal(true);
  });

  it('a form reset puts back the date the host gave, over what was half typed', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const element = await mountPlan((plan) => {
      plan.template = 'individual-provision-map';
      plan.plan = { ...structuredClone(complete.default), status: 'draft' };
    }, form);
    const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`isp-date-input[data-pointer="/planDetails/dateOfPlan"]`)!;
    const year = part.shadowRoot!.querySelectorAll('input')[2]!;
    const given = year.value;
    year.focus();
    year.select();
    await sendKeys({ type: '20' });
    await element.updateComplete;
    form.reset();
    await element.updateComplete;
    await part.updateComplete;
    expect(year.value).to.equal(given);
  });
});

