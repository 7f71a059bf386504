import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';

// A person edits an agreed plan, then clicks the host page's Save button. Leaving the field
// records an amendment and flags the signatures, so the plan grows; if that growth were drawn
// between the button's mousedown and mouseup, the button would move from under the pointer and
// the click would be lost. The growth is drawn after the press instead (the data is not delayed).

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };

async function agreedPlanWithSaveButton(): Promise<{ element: IspPlan; save: HTMLButtonElement; saves: () => number }> {
  const element = document.createElement('isp-plan');
  element.template = 'individual-provision-map';
  element.today = '2026-11-02';
  element.plan = { ...structuredClone(complete.default), status: 'agreed' };
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = 'Save plan';
  let saves = 0;
  save.addEventListener('click', () => saves++);
  document.body.append(element, save);
  await element.updateComplete;
  return { element, save, saves: () => saves };
}

async function clickCentreOf(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

function field(element: IspPlan, pointer: string): HTMLTextAreaElement | HTMLInputElement {
  const found = element.shadowRoot!.querySelector<HTMLTextAreaElement | HTMLInputElement>(`[data-pointer="${pointer}"]`);
  if (!found) throw new Error(`no control for ${pointer}`);
  return found;
}

describe('isp-plan: no layout shift under a click after an edit', () => {
  afterEach(async () => {
    await resetMouse();
    document.body.replaceChildren();
  });

  it("a click on the host's Save button straight after editing an agreed plan lands on the button", async () => {
    const { element, save, saves } = await agreedPlanWithSaveButton();
    const before = (element.plan as { amendments: unknown[] }).amendments.length;
    field(element, '/profile/observedStrengths').focus();
    await sendKeys({ type: ' and joins in songs' });

    await clickCentreOf(save);

    expect(saves(), 'the click landed somewhere else: the plan grew under the pointer').to.equal(1);
    // The amendment is in the plan at once, and drawn once the press is over.
    expect((element.plan as { amendments: unknown[] }).amendments).to.have.length(before + 1);
    await element.updateComplete;
    const drawn = element.shadowRoot!.querySelector('isp-amendments') as (HTMLElement & { value: unknown[] }) | null;
    expect(drawn?.value).to.have.length(before + 1);
  });

  it('the growth is drawn as soon as the press ends, even when the press lands on nothing', async () => {
    const { element } = await agreedPlanWithSaveButton();
    const before = (element.plan as { amendments: unknown[] }).amendments.length;
    field(element, '/profile/observedStrengths').focus();
    await sendKeys({ type: ' and joins in songs' });

    await sendMouse({ type: 'click', position: [2, 2] });
    await element.updateComplete;

    const drawn = element.shadowRoot!.querySelector('isp-amendments') as (HTMLElement & { value: unknown[] }) | null;
    expect(drawn?.value).to.have.length(before + 1);
  });

  it('a plan a host sets during a press is checked and drawn when the press ends', async () => {
    const { element } = await agreedPlanWithSaveButton();
    const errors: string[] = [];
    element.addEventListener('isp-plan-error', (event) => errors.push((event as Event & { code: string }).code));
    const pressSetsPlan = (): void => {
      element.plan = 'not a plan';
    };
    window.addEventListener('pointerdown', pressSetsPlan, { once: true });
    await sendMouse({ type: 'click', position: [2, 2] });
    await element.updateComplete;

    expect(errors).to.have.length(1);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(element.shadowRoot!.querySelectorAll('input, textarea, select')).to.have.length(0);
  });
});
