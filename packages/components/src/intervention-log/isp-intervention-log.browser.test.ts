import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import '../define/isp-intervention-log.js';
import type { IspDateInput } from '../date-input/isp-date-input.js';
import type { IspInterventionLog } from './isp-intervention-log.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

const targets = [
  { id: 't1', target: 'Sam will say "more" to ask for a snack at snack time in 4 out of 5 sessions by the next review.' },
  { id: 't2', target: 'Sam will hang up his coat with one verbal prompt on arrival on 4 out of 5 days by half term.' },
];
const entries = [
  { id: 'e1', targetId: 't1', date: '2026-10-12', whoWhat: 'Key person', comments: 'Said "more" twice', achieved: true, absent: false, 'x-mis': 9 },
  { id: 'e2', targetId: 't2', date: '2026-10-13', whoWhat: 'Key person', achieved: false, absent: true },
];

async function render(props: Partial<IspInterventionLog> = {}): Promise<IspInterventionLog> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-intervention-log'), { today: '2026-10-14', targets, ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: IspInterventionLog) => element.shadowRoot!;
const settle = async (element: IspInterventionLog) => {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
};

async function typeText(element: IspInterventionLog, id: string, text: string): Promise<HTMLInputElement> {
  const input = root(element).querySelector<HTMLInputElement>(`#${id}`)!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  return input;
}

function pressEnter(target: HTMLElement): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
}

function rows(element: IspInterventionLog, targetId: string): string[] {
  return [...root(element).querySelectorAll(`[data-target-id="${targetId}"] tbody tr`)].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
}

describe('isp-intervention-log', () => {
  it('has no axe violations empty, filled, with errors, in edit, view and print modes', async () => {
    const cases: Partial<IspInterventionLog>[] = [
      {},
      { value: entries },
      { value: entries, error: 'Add at least one entry', hint: 'One row per session' },
      { value: entries, mode: 'view' },
      { value: entries, mode: 'print' },
      { value: [], targets: [], mode: 'view' },
    ];
    for (const props of cases) {
      const element = await render(props);
      expect((await axe.run(element, axeOptions)).violations, JSON.stringify(props)).to.deep.equal([]);
    }
    const invalid = await render();
    root(invalid).querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await settle(invalid);
    expect((await axe.run(invalid, axeOptions)).violations).to.deep.equal([]);
  });

  it('adds an entry with Enter: newest at the top of its target, form cleared, focus back on the first field', async () => {
    const given = Object.freeze([...entries]);
    const element = await render({ value: given });
    const events: string[] = [];
    element.addEventListener('input', (event) => events.push(`input:${event.composed}:${event.bubbles}`));
    element.addEventListener('change', (event) => events.push(`change:${event.composed}:${event.bubbles}`));
    const select = root(element).querySelector<HTMLSelectElement>('#entry-target')!;
    select.value = 't1';
    select.dispatchEvent(new Event('change'));
    await typeText(element, 'entry-whoWhat', 'Teaching assistant');
    const comments = await typeText(element, 'entry-comments', 'Asked for more with a sign');
    pressEnter(comments);
    await settle(element);
    const value = element.value as Record<string, unknown>[];
    expect(value).to.have.length(3);
    expect(value[2]).to.deep.equal({ id: 'entry-1', targetId: 't1', date: '2026-10-14', whoWhat: 'Teaching assistant', comments: 'Asked for more with a sign', achieved: false, absent: false });
    expect(value[0]).to.equal(entries[0]);
    expect(given).to.have.length(2);
    expect(rows(element, 't1')[0]).to.contain('14 October 2026').and.contain('Teaching assistant');
    expect(events).to.deep.equal(['input:true:true', 'change:true:true']);
    expect(root(element).querySelector<HTMLInputElement>('#entry-comments')!.value).to.equal('');
    expect(root(element).activeElement!.id).to.equal('entry-target');
    expect(root(element).querySelector('[role=status]')!.textContent).to.equal('Entry of 14 October 2026 added');
  });

  it('starts on the first target, and keeps the target someone chose when targets are passed again', async () => {
    const element = await render({ value: [] });
    const select = root(element).querySelector<HTMLSelectElement>('#entry-target')!;
    expect(select.value).to.equal('t1');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    element.targets = [...targets];
    await element.updateComplete;
    expect(select.value).to.equal('');
  });

  it('also adds with Enter pressed inside the date boxes', async () => {
    const element = await render({ value: [], targets: [] });
    await typeText(element, 'entry-whoWhat', 'Key person');
    const day = root(element).querySelector<IspDateInput>('#entry-date')!.shadowRoot!.querySelector<HTMLInputElement>('input[name=day]')!;
    pressEnter(day);
    await settle(element);
    expect(element.value).to.have.length(1);
    expect(root(element).activeElement!.id).to.equal('entry-date');
  });

  it('says what is missing instead of adding an empty entry', async () => {
    const element = await render({ value: [], today: '' });
    root(element).querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await settle(element);
    expect(element.value).to.deep.equal([]);
    const text = root(element).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Error: Enter who or what, the activity or a comment');
    expect(root(element).querySelector<IspDateInput>('#entry-date')!.error).to.equal('Enter date of session');
  });

  it('changes an entry keeping its unknown fields, and undoes the change', async () => {
    const element = await render({ value: entries });
    const change = [...root(element).querySelectorAll<HTMLButtonElement>('[data-target-id=t1] button')].find((button) => button.textContent!.startsWith('Change'))!;
    change.click();
    await settle(element);
    expect(root(element).querySelector('legend')!.textContent).to.equal('Change entry');
    const comments = await typeText(element, 'entry-comments', 'Said "more" three times');
    pressEnter(comments);
    await settle(element);
    const changed = (element.value as Record<string, unknown>[])[0]!;
    expect(changed).to.deep.equal({ ...entries[0], comments: 'Said "more" three times' });
    expect(entries[0]!.comments).to.equal('Said "more" twice');
    root(element).querySelector<HTMLButtonElement>('[part=undo] button')!.click();
    await settle(element);
    expect(element.value).to.deep.equal(entries);
  });

  it('still changes the right entry when the host passes a copy of the list mid-change', async () => {
    const element = await render({ value: entries });
    [...root(element).querySelectorAll<HTMLButtonElement>('[data-target-id=t1] button')].find((button) => button.textContent!.startsWith('Change'))!.click();
    await settle(element);
    element.value = structuredClone(entries);
    await element.updateComplete;
    const comments = await typeText(element, 'entry-comments', 'Changed after a copy');
    pressEnter(comments);
    await settle(element);
    const value = element.value as Record<string, unknown>[];
    expect(value).to.have.length(2);
    expect(value[0]!.comments).to.equal('Changed after a copy');
  });

  it('removes an entry with undo, moving focus to Undo', async () => {
    const element = await render({ value: entries });
    const remove = [...root(element).querySelectorAll<HTMLButtonElement>('[data-target-id=t2] button')].find((button) => button.textContent!.startsWith('Remove'))!;
    expect(remove.textContent!.replace(/\s+/g, ' ')).to.equal('Remove entry of 13 October 2026');
    remove.click();
    await settle(element);
    expect(element.value).to.deep.equal([entries[0]]);
    expect(root(element).querySelector('[part=undo]')!.textContent).to.contain('Entry of 13 October 2026 removed.');
    expect(root(element).activeElement!.textContent).to.equal('Undo');
    root(element).querySelector<HTMLButtonElement>('[part=undo] button')!.click();
    await settle(element);
    expect(element.value).to.deep.equal(entries);
  });

  it('retitles a group and its option as target text changes, and files entries again when a target goes', async () => {
    const element = await render({ value: entries });
    element.targets = [{ ...targets[0]!, target: 'Sam will say more' }, targets[1]!];
    await element.updateComplete;
    expect(root(element).querySelector('[data-target-id="t1"] caption')!.textContent).to.equal('Target 1: Sam will say more');
    expect(root(element).querySelector('#entry-target option[value="t1"]')!.textContent!.trim()).to.equal('Target 1: Sam will say more');
    expect(rows(element, 't1')[0]).to.contain('Said "more" twice');
    element.targets = [targets[1]!];
    await element.updateComplete;
    expect(root(element).querySelector('[data-target-id="t1"]')).to.equal(null);
    expect(rows(element, '')[0]).to.contain('Said "more" twice');
    expect(rows(element, 't2')[0]).to.contain('13 October 2026');
  });

  it('groups entries by target with the target text, and keeps entries of unknown targets', async () => {
    const element = await render({ value: [...entries, { id: 'e3', targetId: 'gone', date: '2026-10-01', comments: 'Old target' }] });
    const captions = [...root(element).querySelectorAll('caption')].map((caption) => caption.textContent);
    expect(captions[0]).to.equal(`Target 1: ${targets[0]!.target}`);
    expect(captions[2]).to.equal('Other entries');
    expect(rows(element, '')[0]).to.contain('Old target');
  });

  it("files a record of intervention's entries under the targets it records, which point at the plan's by targetId", async () => {
    const recorded = targets.map(({ id, target }) => ({ targetId: id, target }));
    const element = await render({ targets: recorded, value: entries });
    const captions = [...root(element).querySelectorAll('caption')].map((caption) => caption.textContent);
    expect(captions).to.deep.equal([`Target 1: ${targets[0]!.target}`, `Target 2: ${targets[1]!.target}`]);
    const options = [...root(element).querySelectorAll('option')].map((option) => option.value);
    expect(options).to.include.members(['t1', 't2']);
  });

  it('reads as tables in view mode and adds blank rows to fill by hand in print mode', async () => {
    const view = await render({ value: entries, mode: 'view' });
    expect(root(view).querySelector('form, button')).to.equal(null);
    const print = await render({ value: entries, mode: 'print' });
    expect(root(print).querySelectorAll('tr.blank').length).to.equal(6);
  });

  it('focus() moves to the first field', async () => {
    const element = await render();
    element.focus();
    expect(root(element).activeElement!.id).to.equal('entry-target');
  });

  it('never throws on a bad value or bad targets and keeps the value untouched', async () => {
    for (const bad of [null, 'entries', { id: 'e1' }, 42] as unknown[]) {
      const element = await render({ value: bad, targets: 'nope' });
      expect(element.value).to.equal(bad);
      expect(root(element).textContent).to.contain('This record could not be read');
      expect(root(element).querySelector('form')).to.equal(null);
    }
    const mixed = [null, 'odd', { id: 'e1', date: 'soon' }];
    const element = await render({ value: mixed });
    expect(root(element).textContent).to.contain('This entry could not be read');
    await typeText(element, 'entry-whoWhat', 'Key person');
    root(element).querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await settle(element);
    expect((element.value as unknown[]).slice(0, 3)).to.deep.equal(mixed);
  });

  it('offers no Change for an entry whose fields hold lists or objects, so saving cannot drop them', async () => {
    const odd = { id: 'e9', targetId: 't1', date: '2026-10-12', comments: { text: 'Said more', by: 'TA' } };
    const element = await render({ value: [odd] });
    expect(root(element).querySelectorAll('[data-target-id=t1] button').length).to.equal(0);
    expect(root(element).textContent).to.contain('This entry could not be read');
    expect(element.value).to.deep.equal([odd]);
  });

  it("focusField opens a logged entry for change on the field named, with the host's message beside it until it is changed", async () => {
    const element = await render({ value: entries });
    expect(element.focusField('/1/achieved', 'Enter an answer to "Target achieved"')).to.equal(true);
    await settle(element);
    const box = root(element).querySelector<HTMLInputElement>('#entry-achieved')!;
    expect(root(element).activeElement).to.equal(box);
    expect(root(element).querySelector('legend')!.textContent).to.equal('Change entry');
    expect(root(element).querySelector<HTMLInputElement>('#entry-absent')!.checked, 'the form holds entry 2').to.equal(true);
    const error = root(element).getElementById(box.getAttribute('aria-describedby')!)!;
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter an answer to "Target achieved"');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect((await axe.run(element, axeOptions)).violations).to.deep.equal([]);

    box.click();
    await settle(element);
    expect(root(element).querySelector('#entry-achieved-error')).to.equal(null);
    expect(box.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('keeps a tick box holding something other than true or false ("yes", 1) until the box itself is changed', async () => {
    const odd = [{ ...entries[0]!, achieved: 'yes' }, { ...entries[1]!, absent: 1 }];
    const element = await render({ value: odd });
    const change = (target: string) => [...root(element).querySelectorAll<HTMLButtonElement>(`[data-target-id=${target}] button`)].find((button) => button.textContent!.startsWith('Change'))!.click();
    change('t2');
    await settle(element);
    pressEnter(await typeText(element, 'entry-whoWhat', 'Teaching assistant'));
    await settle(element);
    expect((element.value as unknown[])[1]).to.deep.equal({ ...odd[1], whoWhat: 'Teaching assistant' });

    expect(element.focusField('/0/achieved', 'Target achieved must be true or false')).to.equal(true);
    await settle(element);
    const box = root(element).querySelector<HTMLInputElement>('#entry-achieved')!;
    expect(box.checked).to.equal(false);
    const comments = await typeText(element, 'entry-comments', 'Said "more" three times');
    expect(root(element).querySelector('#entry-achieved-error')!.textContent).to.contain('Target achieved must be true or false');
    pressEnter(comments);
    await settle(element);
    expect((element.value as unknown[])[0]).to.deep.equal({ ...odd[0], comments: 'Said "more" three times' });

    change('t1');
    await settle(element);
    box.click();
    pressEnter(box);
    await settle(element);
    expect((element.value as unknown[])[0]).to.deep.equal({ ...odd[0], comments: 'Said "more" three times', achieved: true });
  });

  it('focusField refuses what it cannot open: an unreadable entry, a field the form lacks, an entry not there, view mode', async () => {
    const odd = { id: 'e9', targetId: 't1', date: '2026-10-12', comments: { text: 'Said more' } };
    const element = await render({ value: [...entries, odd] });
    for (const pointer of ['/2/date', '/0/outcome', '/0/id', '/5/date', '/0', '/x/date']) {
      expect(element.focusField(pointer, 'Wrong'), pointer).to.equal(false);
    }
    await settle(element);
    expect(root(element).querySelector('legend')!.textContent).to.equal('Add an entry');
    element.mode = 'view';
    await element.updateComplete;
    expect(element.focusField('/0/date', 'Wrong')).to.equal(false);
  });

  it('works by keyboard alone: Tab to a field, type, press Enter, and focus comes back to the start', async () => {
    const element = await render({ value: [] });
    element.focus();
    for (let tab = 0; tab < 4; tab += 1) await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement!.id).to.equal('entry-whoWhat');
    await sendKeys({ type: 'Key person' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.value).to.have.length(1);
    expect(root(element).activeElement!.id).to.equal('entry-target');
    await sendKeys({ press: 'Tab' });
    const day = root(element).querySelector<IspDateInput>('#entry-date')!.shadowRoot!.activeElement;
    expect(day?.getAttribute('name')).to.equal('day');
  });

  it('choosing a target fires no input (the value has not changed), and Change shows the entry\'s own target', async () => {
    const element = await render({ value: entries });
    let heard = 0;
    element.addEventListener('input', () => (heard += 1));
    const select = root(element).querySelector<HTMLSelectElement>('#entry-target')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(heard).to.equal(0);
    expect(select.value).to.equal('t2');
    const change = [...root(element).querySelectorAll<HTMLButtonElement>('[data-target-id=t1] button')].find((button) => button.textContent!.startsWith('Change'))!;
    change.click();
    await settle(element);
    expect(select.value).to.equal('t1');
  });

  it('announces each entry added, even a second one of the same date', async () => {
    const element = await render({ value: [] });
    const status = root(element).querySelector('[role=status]')!;
    const announced: string[] = [];
    new MutationObserver(() => announced.push(status.textContent!.trim())).observe(status, { childList: true, subtree: true, characterData: true });
    for (const who of ['Key person', 'Teaching assistant']) {
      pressEnter(await typeText(element, 'entry-whoWhat', who));
      await settle(element);
    }
    expect(element.value).to.have.length(2);
    expect(announced.filter((text) => text === 'Entry of 14 October 2026 added')).to.have.length(2);
  });

  it('treats an undefined value as no entries yet: the form is there to add the first', async () => {
    const element = await render({ value: undefined });
    expect(root(element).textContent).to.not.contain('could not be read');
    pressEnter(await typeText(element, 'entry-whoWhat', 'Key person'));
    await settle(element);
    expect(element.value).to.have.length(1);
  });

  it('reports "Add at least one entry" when required and empty', async () => {
    expect((await render({ value: [], required: true })).validationMessage).to.equal('Add at least one entry');
    expect((await render({ value: entries, required: true })).checkValidity()).to.equal(true);
    expect((await render({ value: [], error: 'From the host' })).validationMessage).to.equal('From the host');
  });
});

describe('isp-intervention-log undo, when the host changed the log since', () => {
  it('puts back the removed entry and keeps what the host added meanwhile', async () => {
    const element = await render({ value: [...entries] });
    const [first, second] = entries;
    const removeFirst = [...root(element).querySelectorAll<HTMLButtonElement>('button.link')].find((button) => button.textContent!.startsWith('Remove') && button.closest('tr')!.textContent!.includes(formatted(first)))!;
    removeFirst.click();
    await settle(element);
    const synced = { id: 'from-sync', targetId: 't1', date: '2026-10-15', whoWhat: 'Autosaved elsewhere' };
    element.value = [...(element.value as unknown[]), synced];
    await settle(element);
    root(element).querySelector<HTMLButtonElement>('[part=undo] button')!.click();
    await settle(element);
    const ids = (element.value as { id: string }[]).map((entry) => entry.id);
    expect(ids).to.have.members([(first as { id: string }).id, (second as { id: string }).id, 'from-sync']);
  });
});

function formatted(entry: unknown): string {
  const [year, month, day] = String((entry as { date: string }).date).split('-').map(Number);
  return `${day} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month! - 1]} ${year}`;
}

describe('isp-intervention-log with values that are not yes or no', () => {
  it('shows "achieved" and "absent" as written rather than as empty cells', async () => {
    const element = await render({ value: [{ id: 'x1', targetId: 't1', date: '2026-10-13', whoWhat: 'TA', achieved: 'partly', absent: 'Y' }] });
    const row = rows(element, 't1')[0]!;
    expect(row).to.contain('partly').and.contain('Y');
  });
});

describe('isp-intervention-log for a screen reader (people audit)', () => {
  it('lays out every group of a usual log, so groups below the fold are in the accessibility tree', async () => {
    const many = Array.from({ length: 8 }, (_, index) => ({ id: `t${index}`, target: `Target number ${index + 1}` }));
    const logged = many.map((target, index) => ({ id: `e${index}`, targetId: target.id, date: '2026-10-12', whoWhat: 'Key person', comments: 'Took part', achieved: true, absent: false }));
    for (const mode of ['edit', 'view'] as const) {
      const element = await render({ targets: many, value: logged, mode });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      // Chromium leaves content skipped by `content-visibility: auto` out of the accessibility tree.
      const skipped = [...root(element).querySelectorAll('caption')].filter((caption) => !caption.checkVisibility({ contentVisibilityAuto: true }));
      expect(skipped.length, `${mode}: captions skipped`).to.equal(0);
    }
  });
});
