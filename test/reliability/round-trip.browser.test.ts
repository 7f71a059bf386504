// Round trip, property-based (fast-check): plans generated for every template, with any text,
// `x-` extension fields, unknown fields and extra rows, are set on <isp-plan>, rendered in
// edit, view and print mode, and read back deep-equal to what went in. Then one edit, typed
// into a random text field, changes exactly the path it was typed at and nothing else.
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import type { IspPlanChangeEvent } from '../../packages/components/src/events/plan-change-event.js';
import type { IspPlan } from '../../packages/components/src/plan/isp-plan.js';
import { deepElements, settled } from '../security/support/deep-dom.js';
import { modes, mountPlan } from '../security/support/mount-plan.js';
import { completePlans } from '../security/support/plan-fixtures.js';
import { differingPaths } from './support/plan-diff.js';
import { anyText, planArbitrary } from './support/plan-arbitrary.js';

const fixtures = await completePlans();
/** Seeded, so a failure in CI can be replayed; the seed is in the failure message. */
const seed = 20261114;

afterEach(() => {
  document.body.replaceChildren();
});

/** Free-text controls a person types into: the plan's own, and those inside the parts. */
function textControls(element: IspPlan): { control: HTMLInputElement | HTMLTextAreaElement; under: string; own: boolean }[] {
  const found: { control: HTMLInputElement | HTMLTextAreaElement; under: string; own: boolean }[] = [];
  for (const control of element.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[data-kind="string"][type="text"], textarea[data-kind="string"]') ?? []) {
    found.push({ control, under: control.dataset['pointer'] ?? '', own: true });
  }
  for (const part of deepElements(element)) {
    if (!['isp-smart-target', 'isp-signature'].includes(part.localName) || !(part instanceof HTMLElement)) continue;
    const pointer = part.dataset['pointer'];
    if (pointer === undefined) continue;
    for (const control of part.shadowRoot?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea') ?? []) {
      found.push({ control, under: pointer, own: false });
    }
  }
  return found.filter(({ control }) => !control.disabled && !control.readOnly);
}

describe('round trip: generated plans come back from <isp-plan> exactly as they went in', function () {
  this.timeout(120000);

  for (const { template, plan: fixture } of fixtures) {
    it(`${template}: any text, x- fields, unknown fields and extra rows survive edit, view and print rendering`, async () => {
      await fc.assert(
        fc.asyncProperty(planArbitrary(template, fixture), async (plan) => {
          const expected = structuredClone(plan);
          const element = await mountPlan(template, 'edit', plan);
          try {
            for (const mode of modes) {
              element.mode = mode;
              await settled(element);
              expect(element.plan, `read back after rendering in ${mode} mode`).to.deep.equal(expected);
            }
            expect(plan, 'the plan given was not changed in place').to.deep.equal(expected);
          } finally {
            element.remove();
          }
        }),
        { numRuns: 12, seed },
      );
    });
  }

  for (const { template, plan: fixture } of fixtures) {
    it(`${template}: typing into any text field changes exactly that path of the plan`, async () => {
      await fc.assert(
        fc.asyncProperty(planArbitrary(template, fixture), fc.nat(), anyText.filter((text) => text.length > 0), async (plan, pick, typed) => {
          const element = await mountPlan(template, 'edit', plan);
          try {
            const controls = textControls(element);
            expect(controls.length, 'text fields to type into').to.be.greaterThan(0);
            const { control, under, own } = controls[pick % controls.length]!;
            const before = structuredClone(element.plan);
            const original = element.plan;
            const changes: IspPlanChangeEvent[] = [];
            element.addEventListener('isp-plan-change', (event) => changes.push(event));
            // An input's value drops line breaks; the person's text is what the control holds.
            control.value = control.value + typed;
            const now = control.value;
            control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            await settled(element);

            const changed = differingPaths(before, element.plan);
            expect(changed.length, `paths changed by typing into ${under}: ${JSON.stringify(changed)}`).to.equal(1);
            if (own) expect(changed[0]).to.equal(under);
            else expect(changed[0]!.startsWith(`${under}/`), `${changed[0]} lies under the part at ${under}`).to.equal(true);
            const value = changed[0]!.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], element.plan);
            expect(value, 'the new value is what the field holds').to.equal(now);
            expect(changes.length, 'one isp-plan-change event').to.equal(1);
            expect(changes[0]!.plan).to.deep.equal(element.plan);
            expect(changes[0]!.path === changed[0] || changes[0]!.path === under, `event path ${changes[0]!.path}`).to.equal(true);
            expect(original, 'the document before the edit was not changed in place').to.deep.equal(before);
          } finally {
            element.remove();
          }
        }),
        { numRuns: 15, seed },
      );
    });
  }
});
