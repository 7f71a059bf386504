import { expect } from '@esm-bundle/chai';
import { templateIds } from '@isp-kit/schemas';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';
import { axeViolations, describeViolations } from '../test-helpers/axe.js';
import { invalidFixtures, validFixtures } from '../test-helpers/fixtures.js';

// The accessibility sweep, driven by the schema fixtures so it grows with them: every template
// in every mode, empty, filled (valid-minimal, valid-complete) and with errors shown.

async function mount(template: string, mode: string, plan?: unknown): Promise<IspPlan> {
  const element = document.createElement('isp-plan');
  element.template = template;
  element.mode = mode as IspPlan['mode'];
  if (plan !== undefined) element.plan = plan;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function expectNoViolations(element: Element): Promise<void> {
  const violations = await axeViolations(element);
  expect(describeViolations(violations)).to.equal('');
}

const valid = await validFixtures();
const invalid = await invalidFixtures();

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan accessibility sweep (axe)', function () {
  this.timeout(30000);

  for (const template of templateIds) {
    for (const mode of ['edit', 'view', 'print']) {
      it(`${template}, ${mode}, blank`, async () => {
        await expectNoViolations(await mount(template, mode));
      });
      for (const fixture of valid.filter((each) => each.template === template)) {
        it(`${template}, ${mode}, ${fixture.name}`, async () => {
          await expectNoViolations(await mount(template, mode, fixture.plan));
        });
      }
    }
    for (const fixture of invalid.filter((each) => each.template === template)) {
      it(`${template}, edit, ${fixture.name} with errors shown`, async () => {
        const element = await mount(template, 'edit', fixture.plan);
        element.reportValidity();
        await element.updateComplete;
        await expectNoViolations(element);
      });
    }
  }
});
