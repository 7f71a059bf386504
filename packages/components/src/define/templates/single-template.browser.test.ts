import { expect } from '@esm-bundle/chai';
import { validateInterpreted } from '@isp-kit/schemas';
// Only the single-template entry: this page registers the individual provision map and nothing
// else (web-test-runner gives each test file its own page). Importing validateInterpreted, to
// compare messages, registers no template.
import './individual-provision-map.js';
import type { IspPlan } from '../../plan/isp-plan.js';
import { registeredTemplateIds } from '../../plan/template-registry.js';
import type { IspPlanErrorEvent } from '../../events/plan-error-event.js';
import { mountPlan as mount } from '../../test-helpers/mount-plan.js';

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };
const badDate = (await import('/packages/schemas/fixtures/individual-provision-map/invalid-bad-date.json' as string)) as { default: Record<string, unknown> };
const roi = (await import('/packages/schemas/fixtures/record-of-intervention/valid-complete.json' as string)) as { default: Record<string, unknown> };


const controls = (element: IspPlan) => element.shadowRoot!.querySelectorAll('input, textarea, select, button');

async function refused(setup: (element: IspPlan) => void): Promise<{ element: IspPlan; given: unknown; errors: IspPlanErrorEvent[] }> {
  const errors: IspPlanErrorEvent[] = [];
  const listener = (event: IspPlanErrorEvent) => errors.push(event);
  document.body.addEventListener('isp-plan-error', listener);
  let given: unknown;
  const element = await mount((each) => {
    setup(each);
    given = each.plan;
  });
  document.body.removeEventListener('isp-plan-error', listener);
  return { element, given, errors };
}

afterEach(() => document.querySelectorAll('isp-plan, form').forEach((element) => element.remove()));

describe('define/templates/individual-provision-map.js on its own', () => {
  it('registers that template only', () => {
    expect(registeredTemplateIds()).to.deep.equal(['individual-provision-map']);
    expect(customElements.get('isp-plan')).to.be.a('function');
  });

  it('renders its template for editing, and in view and print modes', async () => {
    const plan = structuredClone(complete.default);
    const element = await mount((each) => ((each.template = 'individual-provision-map'), (each.plan = plan)));
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/child/name"]')!.value).to.equal((plan['child'] as { name: string }).name);
    expect(element.checkValidity()).to.equal(true);
    for (const mode of ['view', 'print'] as const) {
      element.mode = mode;
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain((plan['child'] as { name: string }).name);
      expect(element.shadowRoot!.querySelectorAll('input, textarea, select')).to.have.length(0);
    }
  });

  it('validates with the same messages as validateInterpreted, and takes part in its form', async () => {
    const plan = structuredClone(badDate.default);
    const form = document.createElement('form');
    document.body.append(form);
    const element = await mount((each) => ((each.template = 'individual-provision-map'), (each.name = 'plan'), (each.plan = plan)), form);
    expect(element.form).to.equal(form);
    expect(JSON.parse(String(new FormData(form).get('plan')))).to.deep.equal(plan);
    expect(element.checkValidity()).to.equal(false);
    expect(element.reportValidity()).to.equal(false);
    await element.updateComplete;
    const shown = [...element.shadowRoot!.querySelectorAll('.error-summary a')].map((link) => link.textContent!.trim());
    const expected = validateInterpreted(plan).errors.map((error) => error.message);
    expect(expected).to.have.length.greaterThan(0);
    expect(shown).to.deep.equal(expected);
  });

  it('refuses another built-in template as it refuses an unknown one, saying what this page registered', async () => {
    const plan = structuredClone(roi.default);
    const { element, given, errors } = await refused((each) => ((each.template = 'record-of-intervention'), (each.plan = plan)));
    expect(errors.map((error) => error.code)).to.deep.equal(['unknown-template']);
    expect(errors[0]!.reason).to.contain('"record-of-intervention" is not a known template');
    expect(errors[0]!.reason).to.contain('This page registered only "individual-provision-map"');
    expect(errors[0]!.reason).to.contain('define/templates/record-of-intervention.js');
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(errors[0]!.reason);
    expect(element.plan).to.equal(given);
    expect(plan).to.deep.equal(roi.default, 'the plan is untouched');
    expect(controls(element)).to.have.length(0);
    expect(element.checkValidity()).to.equal(false);
  });

  it('refuses a plan of another built-in template given without a template attribute', async () => {
    const { errors } = await refused((each) => (each.plan = structuredClone(roi.default)));
    expect(errors.map((error) => error.code)).to.deep.equal(['unknown-template']);
    expect(errors[0]!.reason).to.contain('This page registered only "individual-provision-map"');
  });

  it('words an id that is no template at all as before', async () => {
    const { errors } = await refused((each) => ((each.template = 'no-such-template'), (each.plan = { template: 'no-such-template' })));
    expect(errors.map((error) => [error.code, error.reason])).to.deep.equal([['unknown-template', 'This plan cannot be shown: "no-such-template" is not a known template.']]);
  });

  it('still renders and validates a host schema that $refs the common schema', async () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Contacts',
      type: 'object',
      properties: { template: { const: 'contacts' }, since: { $ref: 'common.schema.json#/$defs/date', title: 'Since' } },
    };
    const element = await mount((each) => ((each.schema = schema), (each.plan = { template: 'contacts', since: '2026-02-30' })));
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[data-pointer="/since"]')).to.not.equal(null);
    expect(element.reportValidity()).to.equal(false);
    await element.updateComplete;
    expect([...element.shadowRoot!.querySelectorAll('.error-summary a')].map((link) => link.textContent!.trim())).to.deep.equal([
      'Enter an answer to "Since" as a real date, for example 2019-03-27',
    ]);
  });
});

describe('a second entry on the same page', () => {
  it('adds its template: both are known, and defining <isp-plan> again does not throw', async () => {
    const defined = customElements.get('isp-plan');
    await import('./record-of-intervention.js');
    expect(customElements.get('isp-plan')).to.equal(defined);
    expect(registeredTemplateIds()).to.deep.equal(['individual-provision-map', 'record-of-intervention']);
    const plan = structuredClone(roi.default);
    const second = await mount((each) => ((each.template = 'record-of-intervention'), (each.plan = plan)));
    expect(second.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(controls(second).length).to.be.greaterThan(0);
    expect(second.checkValidity()).to.equal(true);
    const first = await mount((each) => ((each.template = 'individual-provision-map'), (each.plan = structuredClone(complete.default))));
    expect(first.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(first.checkValidity()).to.equal(true);
  });

  it('and define/isp-plan.js brings all eight', async () => {
    await import('../isp-plan.js');
    expect(registeredTemplateIds()).to.have.length(8);
    const { errors } = await refused((each) => ((each.template = 'sen-support-plan'), (each.plan = { template: 'sen-support-plan', schemaVersion: '1.0.0', status: 'draft' })));
    expect(errors).to.have.length(0);
  });
});
