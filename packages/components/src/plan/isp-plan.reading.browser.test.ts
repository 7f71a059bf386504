import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// The plan as a parent reads it in view mode, often with a screen reader (people audit): every
// row is there to be read and found by its heading, choices read as words, not codes.

afterEach(() => {
  document.body.replaceChildren();
});

const contributors = Array.from({ length: 12 }, (_, index) => ({ name: `Person ${index + 1}`, role: 'Teacher' }));

async function viewPlan(plan: Record<string, unknown>, template: string): Promise<IspPlan> {
  const element = await mountPlan((each) => {
    each.template = template;
    each.mode = 'view';
    each.plan = { template, schemaVersion: '1.0.0', status: 'draft', ...plan };
  });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return element;
}

describe('isp-plan view mode, as a parent reads it', () => {
  it('renders rows far below the fold, so a screen reader can reach them (content-visibility skipped them)', async () => {
    const element = await viewPlan({ child: { name: 'Sam' }, contributors }, 'sen-support-plan');
    const headings = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.read-row .row-heading')];
    expect(headings.length).to.equal(12);
    // Content skipped by `content-visibility: auto` is not rendered, and not in the accessibility
    // tree (Chromium ignores it as "not rendered") until scrolled to.
    const skipped = headings.filter((heading) => !heading.checkVisibility({ contentVisibilityAuto: true })).map((heading) => heading.id);
    expect(skipped, 'row headings skipped').to.have.length(0);
  });

  it('names each row heading with one text, "Contributor 4" (two text nodes read as "Contributor4")', async () => {
    const element = await viewPlan({ child: { name: 'Sam' }, contributors: contributors.slice(0, 4) }, 'sen-support-plan');
    const heading = element.shadowRoot!.querySelector<HTMLElement>('.read-row .row-heading')!;
    const texts = [...heading.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent !== '');
    expect(texts.map((node) => node.textContent)).to.deep.equal(['Contributor 1']);
  });

  it('shows choices from a shared list by their titles, not their codes', async () => {
    const element = await viewPlan(
      { child: { name: 'Ruby' }, section1: { strengthsAndAreasOfNeed: { broadAreas: ['cognition-and-learning', 'social-emotional-and-mental-health'] } } },
      'individual-support-plan',
    );
    const text = element.shadowRoot!.textContent ?? '';
    expect(text.includes('Cognition and learning') && text.includes('Social, emotional and mental health'), 'titles shown').to.equal(true);
    expect(text.includes('cognition-and-learning'), 'code shown').to.equal(false);
  });

  it('names a reviewed target by its words, not its id', async () => {
    const fixture = (await import('/packages/schemas/fixtures/sen-support-plan/valid-complete.json' as string)) as { default: { targets: { id: string; target: string }[] } };
    const { targets } = fixture.default;
    const element = await viewPlan({ ...fixture.default }, 'sen-support-plan');
    const row = element.shadowRoot!.querySelector('[aria-labelledby="f/review/targetsReviewed/0-heading"]')!;
    const text = row.textContent ?? '';
    expect(text.includes(targets[0]!.target), 'the target\'s words').to.equal(true);
    expect(text.includes(targets[0]!.id), 'its id').to.equal(false);
  });
});

describe('isp-plan edit mode, with a screen reader', () => {
  it('names "Add another contributor" with its spaces (split text nodes read as "Add anothercontributor")', async () => {
    const element = await mountPlan((each) => {
      each.template = 'sen-support-plan';
      each.plan = { template: 'sen-support-plan', schemaVersion: '1.0.0', status: 'draft', child: { name: 'Sam' }, contributors: contributors.slice(0, 1) };
    });
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="add"][data-array="/contributors"]')!;
    const texts = [...button.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    expect(texts.map((node) => node.textContent!.trim())).to.deep.equal(['Add another contributor']);
  });

  it('lays out every row of a usual list, so rows below the fold are in the accessibility tree', async () => {
    const element = await mountPlan((each) => {
      each.template = 'sen-support-plan';
      each.plan = { template: 'sen-support-plan', schemaVersion: '1.0.0', status: 'draft', child: { name: 'Sam' }, contributors };
    });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const headings = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.row .row-heading')];
    expect(headings.length).to.equal(12);
    const skipped = headings.filter((heading) => !heading.checkVisibility({ contentVisibilityAuto: true })).map((heading) => heading.id);
    expect(skipped, 'row headings skipped').to.have.length(0);
  });
});

describe('isp-plan edit mode, as a SENCO fills in a review', () => {
  it('lets a SENCO choose a reviewed target by its words (its id is never shown to type in)', async () => {
    const fixture = (await import('/packages/schemas/fixtures/sen-support-plan/valid-complete.json' as string)) as { default: { targets: { id: string; target: string }[] } };
    const { targets } = fixture.default;
    const element = await mountPlan((each) => {
      each.template = 'sen-support-plan';
      each.plan = structuredClone(fixture.default);
    });
    const choices = () => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-pointer="/review/targetsReviewed/0/targetId"]')];
    const label = (input: HTMLInputElement) => element.shadowRoot!.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? '';
    expect(choices().map((input) => input.value)).to.deep.equal(targets.map((target) => JSON.stringify(target.id)));
    expect(choices().map((input) => input.checked)).to.deep.equal([true, false, false, false]);
    expect(label(choices()[1]!).includes(targets[1]!.target), 'labelled by the target\'s words').to.equal(true);
    choices()[1]!.click();
    await element.updateComplete;
    const plan = element.plan as { review: { targetsReviewed: { targetId: string }[] } };
    expect(plan.review.targetsReviewed[0]!.targetId).to.equal(targets[1]!.id);
    // A target added since is there to choose.
    element.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="add"][data-array="/targets"]')!.click();
    await element.updateComplete;
    expect(choices().length).to.equal(targets.length + 1);
  });

  it("shows a target's new words in the review's choices as soon as they are typed", async () => {
    const fixture = (await import('/packages/schemas/fixtures/sen-support-plan/valid-complete.json' as string)) as { default: Record<string, unknown> };
    const element = await mountPlan((each) => {
      each.template = 'sen-support-plan';
      each.plan = structuredClone(fixture.default);
    });
    const part = element.shadowRoot!.querySelectorAll('isp-smart-target')[1]!;
    const words = part.shadowRoot!.querySelector<HTMLTextAreaElement>('#target')!;
    words.focus();
    words.value = 'Ada will read 20 tricky words aloud by the review';
    words.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    await (part as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await element.updateComplete;
    const choice = element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-pointer="/review/targetsReviewed/0/targetId"]')[1]!;
    const label = element.shadowRoot!.querySelector(`label[for="${CSS.escape(choice.id)}"]`)?.textContent ?? '';
    expect(label.replace(/\s+/g, ' ').trim()).to.equal('Target 2: Ada will read 20 tricky words aloud by the review');
  });
});

describe('isp-plan reading what the system keeps for itself', () => {
  it('does not show a parent the id of the review a plan follows, and edit mode shows it as text, not a box to type an id into', async () => {
    const plan = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };
    const id = plan.default['followsReview'] as string;
    for (const mode of ['view', 'print'] as const) {
      const element = await mountPlan((each) => {
        each.template = 'individual-provision-map';
        each.mode = mode;
        each.plan = plan.default;
      });
      expect(element.shadowRoot!.textContent!.includes(id), mode).to.equal(false);
      element.remove();
    }
    const editing = await mountPlan((each) => {
      each.template = 'individual-provision-map';
      each.plan = plan.default;
    });
    expect(editing.shadowRoot!.querySelector('[data-pointer="/followsReview"]') === null, 'no control').to.equal(true);
    expect(editing.plan).to.deep.equal(plan.default);
  });
});
