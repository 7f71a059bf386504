import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import type { IspPlanChangeEvent } from '../events/plan-change-event.js';
import { mountPlan as mount } from '../test-helpers/mount-plan.js';

// <isp-plan> as a vendor embeds it, with every part registered (isp-kit.js, define/all.js):
// targets are <isp-smart-target>, dates <isp-date-input>, signatures <isp-signature>.

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };

type Plan = { targets: Record<string, unknown>[]; status: string };

function draft(): Plan {
  return { ...structuredClone(complete.default), status: 'draft' } as unknown as Plan;
}

/** The element that has focus, through every shadow root. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The shadow root of the part that draws `pointer`, once it has rendered. */
async function partRoot(element: IspPlan, pointer: string): Promise<ShadowRoot> {
  const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`[data-pointer="${pointer}"]`);
  if (!part?.shadowRoot) throw new Error(`no part for ${pointer}`);
  await part.updateComplete;
  return part.shadowRoot;
}

function rowButton(element: IspPlan, action: string, index?: number): HTMLButtonElement {
  const selector = `[data-array="/targets"][data-action="${action}"]${index === undefined ? '' : `[data-index="${index}"]`}`;
  const found = element.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function mountIpm(plan: Plan): Promise<IspPlan> {
  return mount((each) => {
    each.template = 'individual-provision-map';
    each.plan = plan;
  });
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan with its parts: keyboard-only rows', () => {
  it('after "Add another" focus is in the new target, so typing fills it in', async () => {
    const element = await mountIpm(draft());
    rowButton(element, 'add').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const root = await partRoot(element, '/targets/3');
    expect(deepActive()?.getRootNode() === root, `focus is in the new row, not on ${deepActive()?.outerHTML.slice(0, 60)}`).to.equal(true);
    await sendKeys({ type: 'Hi' });
    expect(Object.values((element.plan as Plan).targets[3]!)).to.include('Hi');
  });

  it('after Undo focus returns to the restored target, not to the page', async () => {
    const element = await mountIpm(draft());
    rowButton(element, 'remove', 1).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect((element.plan as Plan).targets.map((target) => target['id'])).to.deep.equal(['t-snack-more', 't-turn-taking', 't-coat-on']);
    const root = await partRoot(element, '/targets/1');
    expect(deepActive()?.getRootNode() === root, `focus is in the restored row, not on ${deepActive()?.outerHTML.slice(0, 60)}`).to.equal(true);
  });
});

describe('isp-plan with its parts: edits', () => {
  it('isp-plan-change names the field typed in inside a part, not just the part', async () => {
    const plan = draft();
    const element = await mountIpm(plan);
    const events: IspPlanChangeEvent[] = [];
    document.addEventListener('isp-plan-change', (event) => events.push(event));
    const baseline = (await partRoot(element, '/targets/0')).querySelector<HTMLTextAreaElement>('#baseline')!;
    baseline.value = 'Points at the fruit.';
    baseline.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(events.map((event) => event.path)).to.deep.equal(['/targets/0/baseline']);
    expect(events[0]!.plan).to.equal(element.plan);
    const expected = structuredClone(plan);
    expected.targets[0]!['baseline'] = 'Points at the fruit.';
    expect(element.plan).to.deep.equal(expected);
  });

  it('a disabled fieldset disables the controls inside parts too, and nothing can be typed in', async () => {
    const form = document.createElement('form');
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    document.body.append(form);
    const plan = draft();
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.name = 'plan';
      each.plan = plan;
    }, fieldset);
    fieldset.disabled = true;
    await element.updateComplete;
    const parts = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-kind="part"]')];
    expect(parts.length).to.be.greaterThan(0);
    for (const part of parts) {
      await (part as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const open = [...part.shadowRoot!.querySelectorAll<HTMLElement>('input, textarea, select, button')].filter((control) => {
        // A control is usable when it can take focus.
        control.focus();
        return deepActive() === control;
      });
      expect(open.map((control) => `${part.localName} ${control.id}`)).to.deep.equal([]);
    }
    const baseline = (await partRoot(element, '/targets/0')).querySelector<HTMLTextAreaElement>('#baseline')!;
    baseline.value = 'typed anyway';
    baseline.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(element.plan).to.equal(plan);

    fieldset.disabled = false;
    await element.updateComplete;
    baseline.focus();
    expect(deepActive()).to.equal(baseline);
  });
});

describe('isp-plan with its parts: the host sets the plan again', () => {
  it('shows what the host changed in place when it sets the same object again', async () => {
    const plan = draft();
    const element = await mountIpm(plan);
    (plan as unknown as { child: { name: string } }).child.name = 'Amara O.';
    plan.targets[0]!['baseline'] = 'Changed by the host.';
    plan.targets.push({ id: 't-new', target: 'A new target from the MIS.' });
    element.plan = plan;
    await element.updateComplete;
    expect(element.plan).to.equal(plan);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/child/name"]')!.value).to.equal('Amara O.');
    expect((await partRoot(element, '/targets/0')).querySelector<HTMLTextAreaElement>('#baseline')!.value).to.equal('Changed by the host.');
    expect((await partRoot(element, '/targets/3')).querySelector<HTMLTextAreaElement>('#target')!.value).to.equal('A new target from the MIS.');
  });

  it('redraws a part whose value the host changed in place, even when nothing else changed', async () => {
    const plan = draft();
    const element = await mountIpm(plan);
    plan.targets[1]!['outcome'] = 'Rewritten by the host.';
    element.plan = plan;
    await element.updateComplete;
    expect((await partRoot(element, '/targets/1')).querySelector<HTMLTextAreaElement>('#outcome')!.value).to.equal('Rewritten by the host.');
  });
});

describe('isp-plan with its parts: the host changes parts\' values in place and sets the plan again', () => {
  it('the intervention log shows the entries as they now are, and Remove takes the entry on its row', async () => {
    const fixture = (await import('/packages/schemas/fixtures/record-of-intervention/valid-complete.json' as string)) as { default: Record<string, unknown> };
    const plan = { ...structuredClone(fixture.default), status: 'draft' } as { entries: { id: string; date: string }[] };
    const element = await mount((each) => {
      each.template = 'record-of-intervention';
      each.plan = plan;
    });
    const log = await partRoot(element, '/entries');
    expect(log.querySelectorAll('button.link').length, 'Change and Remove on each of three rows').to.equal(6);
    plan.entries.splice(0, 1); // e-1 deleted in the MIS
    element.plan = plan;
    await element.updateComplete;
    const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[data-pointer="/entries"]')!;
    await part.updateComplete;
    const removes = [...log.querySelectorAll<HTMLButtonElement>('button.link')].filter((button) => button.textContent!.startsWith('Remove'));
    expect(removes.length, 'two rows left').to.equal(2);
    const e2 = plan.entries.find((entry) => entry.id === 'e-2')!;
    const row = removes.find((button) => button.closest('tr')!.textContent!.includes(e2.date.slice(8).replace(/^0/, '')))!;
    row.click();
    await element.updateComplete;
    expect((element.plan as typeof plan).entries.map((entry) => entry.id)).to.deep.equal(plan.entries.filter((entry) => entry.id !== 'e-2').map((entry) => entry.id));
  });

  it('pupil voice shows the words the host put into the value it was handed, once the host sets a plan', async () => {
    const fixture = (await import('/packages/schemas/fixtures/sen-support-plan/valid-complete.json' as string)) as { default: Record<string, unknown> };
    const element = await mount((each) => {
      each.template = 'sen-support-plan';
      each.plan = { ...structuredClone(fixture.default), status: 'draft' };
    });
    const pointer = element.shadowRoot!.querySelector('isp-pupil-voice')!.getAttribute('data-pointer')!;
    const root = await partRoot(element, pointer);
    const box = root.querySelector<HTMLTextAreaElement>('textarea')!;
    box.focus();
    await sendKeys({ type: ' Typed.' });
    await element.updateComplete;
    // The MIS saves, writes its own words into the object it was given, and sets the plan it saved.
    const saved = element.plan as Record<string, unknown>;
    (getPointer(saved, pointer) as Record<string, unknown>)['words'] = 'Words from the MIS.';
    element.plan = { ...saved, 'x-saved': true };
    await element.updateComplete;
    await (element.shadowRoot!.querySelector(`[data-pointer="${pointer}"]`) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect([...root.querySelectorAll('textarea')].map((each) => each.value).join(' ')).to.contain('Words from the MIS.');
  });
});

describe('isp-plan with its parts: amendments of an agreed record', () => {
  it('a session logged in an agreed record is one amendment holding that entry, not two copies of the whole log', async () => {
    const fixture = (await import('/packages/schemas/fixtures/record-of-intervention/valid-complete.json' as string)) as { default: Record<string, unknown> };
    const agreed = { ...structuredClone(fixture.default), status: 'agreed', amendments: [] } as { entries: unknown[]; amendments: Record<string, unknown>[] };
    const element = await mount((each) => {
      each.template = 'record-of-intervention';
      each.today = '2026-10-14';
      each.plan = agreed;
    });
    const log = await partRoot(element, '/entries');
    const field = (id: string, text: string) => {
      const input = log.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    field('entry-whoWhat', 'Teaching assistant');
    field('entry-comments', 'Asked for more with a sign');
    log.querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await element.updateComplete;
    const plan = element.plan as typeof agreed;
    expect(plan.entries).to.have.length(agreed.entries.length + 1);
    expect(plan.amendments.map((amendment) => [amendment['path'], 'previous' in amendment, amendment['value']])).to.deep.equal([
      [`/entries/${agreed.entries.length}`, false, plan.entries.at(-1)],
    ]);
  });
});

describe('isp-plan with its parts: moving rows of an agreed plan', () => {
  it('records the move as an amendment of both rows', async () => {
    const agreed = { ...draft(), status: 'agreed', amendments: [] } as Plan & { amendments: Record<string, unknown>[] };
    const [first, second] = agreed.targets;
    const element = await mountIpm(agreed);
    rowButton(element, 'move-down', 0).click();
    await element.updateComplete;
    const plan = element.plan as typeof agreed;
    expect(plan.targets.slice(0, 2)).to.deep.equal([second, first]);
    expect(plan.amendments.map((amendment) => [amendment['path'], amendment['previous'], amendment['value']])).to.deep.equal([
      ['/targets/0', first, second],
      ['/targets/1', second, first],
    ]);
  });
});

describe('isp-plan with its parts: a signature to sign again (people audit)', () => {
  it('still needs signing again after "Sign again" then Cancel, and not after signing', async () => {
    const fixture = (await import('/packages/schemas/fixtures/ey-individual-support-plan/valid-complete.json' as string)) as { default: Record<string, unknown> };
    // Agreed, signed on 7 September and amended on 28 September: the signature is out of date.
    const element = await mount((each) => {
      each.template = 'ey-individual-support-plan';
      each.today = '2026-10-14';
      each.plan = structuredClone(fixture.default);
    });
    const signature = element.shadowRoot!.querySelector<HTMLElement & { stale: boolean; updateComplete: Promise<unknown> }>('isp-signature')!;
    const press = async (name: RegExp) => {
      await signature.updateComplete;
      [...signature.shadowRoot!.querySelectorAll('button')].find((button) => name.test(button.textContent ?? ''))!.click();
      await element.updateComplete;
      await signature.updateComplete;
    };
    expect(signature.stale, 'out of date when opened').to.equal(true);
    await press(/^\s*Sign again/);
    await press(/^\s*Cancel/);
    expect(signature.stale, 'after Cancel, the old signature is still out of date').to.equal(true);
    await press(/^\s*Sign again/);
    await press(/^\s*Sign\b(?! again)/);
    expect(signature.stale, 'signed again today').to.equal(false);
  });
});

describe('isp-plan with its parts: read and printed', () => {
  it('a signature in a row is titled once, by the row, in view and print', async () => {
    for (const mode of ['view', 'print'] as const) {
      const element = await mount((each) => {
        each.template = 'individual-provision-map';
        each.mode = mode;
        each.plan = draft();
      });
      const part = element.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('isp-signature')!;
      await part.updateComplete;
      const row = part.closest('.summary-row')!;
      const title = row.querySelector('dt')!.textContent!.trim();
      expect(title, mode).to.match(/signature/i);
      expect(part.shadowRoot!.textContent!.includes(title), `${mode}: the part does not say "${title}" again`).to.equal(false);
      document.body.replaceChildren();
    }
  });
});

function getPointer(document: unknown, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document);
}

describe('isp-plan with its parts: the error summary', () => {
  it('each link takes focus to its own field inside a part', async () => {
    const plan = draft();
    plan.targets[1]!['achieved'] = 'maybe';
    const element = await mountIpm(plan);
    expect(element.reportValidity()).to.equal(false);
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a[data-focus-pointer="/targets/1/achieved"]')!;
    link.click();
    const root = await partRoot(element, '/targets/1');
    const active = deepActive() as HTMLInputElement | null;
    expect(active?.getRootNode() === root, 'focus is in the row').to.equal(true);
    expect(active?.name, `focus on ${active?.outerHTML.slice(0, 80)}`).to.equal('achieved');
  });
});
