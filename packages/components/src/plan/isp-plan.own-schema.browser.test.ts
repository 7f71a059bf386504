import { expect } from '@esm-bundle/chai';
import '../define/isp-plan.js';
import type { IspPlan } from './isp-plan.js';
import type { IspPlanErrorEvent } from '../events/plan-error-event.js';
import { mountPlan as mount } from '../test-helpers/mount-plan.js';
import { controlAt as at, typeInto as type } from '../test-helpers/plan-controls.js';
import { mapAndGridSchema as schema } from '../test-helpers/map-and-grid-schema.js';

// Schemas a local authority or vendor writes for itself, with what our own fixtures do not
// use: recursion, lists of numbers and yes/no answers, `default`, and mistakes in the schema.

async function add(element: IspPlan, arrayPointer: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="add"][data-array="${CSS.escape(arrayPointer)}"]`)!.click();
  await element.updateComplete;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan with a schema that refers to itself', () => {
  const tree = {
    type: 'object',
    title: 'Family tree',
    properties: { person: { $ref: '#/$defs/person' } },
    $defs: { person: { type: 'object', title: 'Person', properties: { name: { type: 'string', title: 'Name' }, parent: { $ref: '#/$defs/person', title: 'Parent' } } } },
  };

  for (const mode of ['edit', 'view', 'print'] as const) {
    it(`draws as much as the plan holds, and a level more to fill in (${mode})`, async () => {
      const element = await mount((each) => {
        each.schema = tree;
        each.mode = mode;
        each.plan = { person: { name: 'Ann', parent: { name: 'Bo' } } };
      });
      if (mode !== 'edit') expect(element.shadowRoot!.textContent).to.contain('Bo');
      if (mode === 'edit') {
        expect(at(element, '/person/parent/name').value).to.equal('Bo');
        type(at(element, '/person/parent/parent/name'), 'Cy');
        await element.updateComplete;
        expect(element.plan).to.deep.equal({ person: { name: 'Ann', parent: { name: 'Bo', parent: { name: 'Cy' } } } });
      }
    });
  }

  it('starts blank with fields to fill in', async () => {
    const element = await mount((each) => (each.schema = tree));
    type(at(element, '/person/name'), 'Ann');
    expect(element.plan).to.deep.equal({ person: { name: 'Ann' } });
  });
});

describe('isp-plan refuses a schema it cannot read, and says why', () => {
  for (const [what, schema, words] of [
    ['a type that is not a JSON type', { type: 'object', properties: { a: { type: 42 } } }, /not valid at \/properties\/a: "type" 42 is not a JSON type\.$/],
    ['a $ref to nothing', { type: 'object', properties: { a: { $ref: '#/$defs/missing' } } }, /not valid at \/properties\/a: "\$ref" "#\/\$defs\/missing" points at nothing\.$/],
    ['a $ref that only leads back to itself', { type: 'object', properties: { a: { $ref: '#/$defs/x' } }, $defs: { x: { $ref: '#/$defs/y' }, y: { $ref: '#/$defs/x' } } }, /not valid at \/properties\/a: its "\$ref" leads only back to itself\.$/],
    ['a root that is its own $ref', { $ref: '#' }, /not valid: its "\$ref" leads only back to itself\.$/],
  ] as const) {
    it(`refuses ${what}`, async () => {
      const events: IspPlanErrorEvent[] = [];
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      const plan = { a: 'kept' };
      const element = await mount((each) => {
        each.addEventListener('isp-plan-error', (event) => events.push(event));
        each.schema = schema;
        each.plan = plan;
      }).finally(() => (console.warn = warn));
      expect(warnings, 'nothing else is said: no validator is made for a schema refused').to.deep.equal([]);
      expect(events.map((event) => event.code)).to.deep.equal(['invalid-schema']);
      expect(events[0]!.reason).to.match(words);
      expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(events[0]!.reason);
      expect(element.shadowRoot!.querySelector('input, select, textarea')).to.equal(null);
      expect(element.plan).to.equal(plan);
    });
  }

  it('still reads a recursive schema, a $ref used twice and a $ref at the root', async () => {
    const events: IspPlanErrorEvent[] = [];
    await mount((each) => {
      each.addEventListener('isp-plan-error', (event) => events.push(event));
      each.schema = {
        $ref: '#/$defs/root',
        $defs: {
          root: { type: 'object', properties: { home: { $ref: '#/$defs/place' }, work: { $ref: '#/$defs/place' }, next: { $ref: '#/$defs/root' } } },
          place: { type: 'object', properties: { town: { type: 'string' } } },
        },
      };
    });
    expect(events).to.deep.equal([]);
  });
});

describe('isp-plan: new rows of a list of scalars', () => {
  const lists = {
    type: 'object',
    properties: {
      scores: { type: 'array', title: 'Scores', items: { type: 'number' } },
      checks: { type: 'array', title: 'Checks', items: { type: 'boolean' } },
    },
  };

  it('start empty, never as an object, and take the value typed with its JSON type', async () => {
    const element = await mount((each) => (each.schema = lists));
    await add(element, '/scores');
    expect(at(element, '/scores/0').value).to.equal('');
    expect((element.plan as { scores: unknown[] }).scores[0]).to.not.be.an('object');
    type(at(element, '/scores/0'), '2.5');
    await add(element, '/checks');
    expect((element.plan as { checks: unknown[] }).checks[0]).to.not.be.an('object');
    expect(element.plan).to.deep.include({ scores: [2.5] });
  });
});

describe('isp-plan: a required yes/no question', () => {
  const schema = { type: 'object', required: ['agreed'], properties: { agreed: { type: 'boolean', title: 'Agreed with parents' }, optIn: { type: 'boolean', title: 'Send reminders' } } };

  it('can be answered "No" as well as "Yes", as radios; an optional one stays a checkbox', async () => {
    const element = await mount((each) => (each.schema = schema));
    const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-pointer="/agreed"][type="radio"]')];
    expect(radios.map((radio) => radio.labels![0]!.textContent!.trim())).to.deep.equal(['Yes', 'No']);
    expect(element.checkValidity()).to.equal(false);
    radios[1]!.click();
    expect(element.plan).to.deep.equal({ agreed: false });
    expect(element.checkValidity()).to.equal(true);
    expect(at(element, '/optIn').type).to.equal('checkbox');
  });
});

describe('isp-plan: a schema with default values', () => {
  it('is validated in full, with no warning', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await mount((each) => {
        each.schema = { type: 'object', properties: { code: { type: 'string', title: 'Code', default: 'A1', pattern: '^[A-Z][0-9]$' } } };
        each.plan = { code: 'nope' };
      });
      expect(element.checkValidity()).to.equal(false);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });
});

describe('isp-plan: property names with spaces, dots, slashes and "~"', () => {
  const schema = {
    type: 'object',
    properties: {
      'About you': { type: 'object', properties: { 'first name': { type: 'string' }, 'a.b/c~d': { type: 'integer' } } },
      'Other things': { type: 'array', items: { type: 'string' } },
    },
  };

  it('ties every label, heading and status to what it names, and reports edits at valid JSON Pointers', async () => {
    const element = await mount((each) => (each.schema = schema));
    const root = element.shadowRoot!;
    const byId = (id: string) => root.getElementById(id);
    for (const owner of root.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
      for (const id of `${owner.getAttribute('aria-labelledby') ?? ''} ${owner.getAttribute('aria-describedby') ?? ''}`.split(' ').filter(Boolean)) {
        expect(byId(id), `${owner.outerHTML.slice(0, 80)} refers to ${id}`).to.not.equal(null);
      }
    }
    const section = root.querySelector<HTMLElement>('section[data-section="About you"]')!;
    expect(byId(section.getAttribute('aria-labelledby')!)!.textContent).to.equal('About you');
    root.querySelector<HTMLAnchorElement>('a[data-section="Other things"]')!.click();
    expect(root.activeElement!.textContent).to.equal('Other things');

    const paths: string[] = [];
    element.addEventListener('isp-plan-change', (event) => paths.push(event.path));
    type(at(element, '/About you/a.b~1c~0d'), '4');
    expect(paths).to.deep.equal(['/About you/a.b~1c~0d']);
    expect(element.plan).to.deep.equal({ 'About you': { 'a.b/c~d': 4 } });
  });
});

describe('isp-plan reading a schema with a map and a list of lists', () => {

  for (const mode of ['view', 'print'] as const) {
    it(`shows each entry of the map and each inner list, not nothing or raw JSON (${mode})`, async () => {
      const element = await mount((each) => {
        each.schema = schema;
        each.mode = mode;
        each.plan = { scores: { maths: 3, english: 4, 'x-source': 'MIS' }, grid: [['Ann', 'Bo'], ['Cy']] };
      });
      const text = element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      for (const shown of ['Maths', '3', 'English', '4', 'Table 1', 'Ann', 'Bo', 'Table 2', 'Cy']) expect(text, shown).to.contain(shown);
      expect(text, 'a vendor field stays unshown').not.to.contain('MIS');
      expect(text, 'no raw JSON').not.to.contain('["');
    });
  }
});
