import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import { mountPlan } from '../test-helpers/mount-plan.js';

// A local authority's variant, written as packages/schemas/README.md says: it names its base
// template with `$ref` (at the root or in `allOf`) and adds or tightens fields. <isp-plan> must
// read it as `isp-schemas compile` does: laid over the template, not as plain JSON Schema.

const minimal = (await import('/packages/schemas/fixtures/individual-provision-map/valid-minimal.json' as string)) as { default: Record<string, unknown> };
const template = 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json';
const own = {
  properties: { localityTeam: { type: 'string', title: 'Locality team', minLength: 1 } },
  required: ['localityTeam'],
};

afterEach(() => {
  document.body.replaceChildren();
});

for (const [how, variant] of [
  ['at its root', { $id: 'https://example.org/la/ipm-variant.schema.json', $ref: template, ...own }],
  ['in allOf', { $id: 'https://example.org/la/ipm-variant.schema.json', allOf: [{ $ref: template }], ...own }],
] as const) {
  describe(`isp-plan with a variant that names its template ${how}`, () => {
    it('accepts a plan that fits the variant, with no structural fallback', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const element = await mountPlan((each) => {
          each.schema = variant;
          each.plan = { ...structuredClone(minimal.default), localityTeam: 'North' };
        });
        expect(element.shadowRoot!.textContent).to.contain('Locality team');
        expect(element.checkValidity(), 'a plan that fits the variant is valid').to.equal(true);
        expect(warnings).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });

    it("checks the variant's own required field and the template's, in the template's words", async () => {
      const plan = structuredClone(minimal.default) as Record<string, unknown>;
      delete plan['child'];
      const element = await mountPlan((each) => {
        each.schema = variant;
        each.plan = plan;
      });
      expect(element.checkValidity()).to.equal(false);
      element.reportValidity();
      await element.updateComplete;
      const summary = element.shadowRoot!.querySelector('.error-summary')!.textContent!;
      expect(summary).to.contain('Enter the locality team');
      expect(summary).to.match(/child/i);
    });
  });
}

describe("isp-plan with a variant that replaces a shared list", () => {
  it("offers and accepts the variant's graduated response levels, not the default ones", async () => {
    const variant = {
      $id: 'https://example.org/la/ipm-levels.schema.json',
      $ref: template,
      $defs: { graduatedResponseLevel: { type: 'string', title: 'Graduated response level', enum: ['Universal', 'Targeted', 'Specialist'] } },
    };
    const element = await mountPlan((each) => {
      each.schema = variant;
      each.plan = structuredClone(minimal.default);
    });
    const options = [...element.shadowRoot!.querySelectorAll('option, input[type="radio"]')].map((option) => (option as HTMLInputElement).value);
    expect(options.join(' ')).to.contain('Targeted');
    expect(options.join(' ')).not.to.contain('GR2');
  });
});
