import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../define/isp-plan.js';
import { IspPlan } from './isp-plan.js';
import type { IspPlanChangeEvent } from '../events/plan-change-event.js';
import type { IspPlanErrorEvent } from '../events/plan-error-event.js';
import { mountPlan as mount } from '../test-helpers/mount-plan.js';

// Behaviour of <isp-plan> with the generic renderer only (no parts registered), so what is
// tested here is the renderer's own contract. The accessibility sweep lives beside it.

const complete = (await import('/packages/schemas/fixtures/individual-provision-map/valid-complete.json' as string)) as { default: Record<string, unknown> };
const minimal = (await import('/packages/schemas/fixtures/individual-provision-map/valid-minimal.json' as string)) as { default: Record<string, unknown> };

/** A small schema of the family, with local $defs, every kind of value and a repeating list. */
const contactsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Contacts',
  type: 'object',
  required: ['template', 'owner'],
  properties: {
    template: { const: 'contacts' },
    owner: {
      type: 'object',
      title: 'Owner',
      required: ['name'],
      properties: {
        name: { type: 'string', title: 'Owner name', minLength: 1 },
        age: { type: 'integer', title: 'Age' },
        consent: { type: 'boolean', title: 'Consent given' },
        since: { $ref: 'common.schema.json#/$defs/date', title: 'Since' },
        colour: { type: 'string', title: 'Colour', enum: ['red', 'blue'], enumTitles: ['Red', 'Blue'] },
      },
    },
    people: {
      type: 'array',
      title: 'People',
      items: { $ref: '#/$defs/person' },
    },
  },
  $defs: {
    person: {
      type: 'object',
      title: 'Person',
      properties: { id: { type: 'string' }, name: { type: 'string', title: 'Name' }, role: { type: 'string', title: 'Role' } },
    },
  },
};

function contactsPlan() {
  return {
    template: 'contacts',
    owner: { name: 'Ann', 'x-vendor': 7 },
    people: [
      { id: 'a', name: 'Ada' },
      { id: 'b', name: 'Bo' },
      { id: 'c', name: 'Cy' },
    ],
    unknownField: { kept: true },
  };
}


function control(element: IspPlan, pointer: string): HTMLInputElement {
  const found = element.shadowRoot!.querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`);
  if (!found) throw new Error(`no control for ${pointer}`);
  return found;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function button(element: IspPlan, action: string, index?: number): HTMLButtonElement {
  const selector = `[data-action="${action}"]${index === undefined ? '' : `[data-index="${index}"]`}`;
  const found = element.shadowRoot!.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function names(element: IspPlan): unknown[] {
  return ((element.plan as { people: { name?: string }[] }).people ?? []).map((person) => person.name);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isp-plan: the plan property', () => {
  it('gives back the plan it was given, unknown and x- fields included, in every mode', async () => {
    const plan = { ...structuredClone(complete.default), 'x-mis-id': 'MIS-42', somethingNew: { nested: [1, 2] } };
    const snapshot = structuredClone(plan);
    for (const mode of ['edit', 'view', 'print'] as const) {
      const element = await mount((each) => {
        each.template = 'individual-provision-map';
        each.mode = mode;
        each.plan = plan;
      });
      expect(element.plan).to.equal(plan);
      expect(element.plan).to.deep.equal(snapshot);
      element.remove();
    }
  });

  it('changes exactly the edited path, shares the rest, and fires isp-plan-change with plan and path', async () => {
    const plan = structuredClone(complete.default);
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = plan;
    });
    const events: IspPlanChangeEvent[] = [];
    document.body.addEventListener('isp-plan-change', (event) => events.push(event));
    type(control(element, '/child/name'), 'Amara O.');

    const after = element.plan as Record<string, Record<string, unknown>>;
    expect(after).to.not.equal(plan);
    expect(after['child']!['name']).to.equal('Amara O.');
    const expected = structuredClone(plan) as Record<string, Record<string, unknown>>;
    expected['child']!['name'] = 'Amara O.';
    expect(after).to.deep.equal(expected);
    expect(after['targets']).to.equal(plan['targets'], 'untouched branches keep their identity');
    expect((plan['child'] as Record<string, unknown>)['name']).to.not.equal('Amara O.', 'the host object is never mutated');
    expect(events).to.have.length(1);
    expect(events[0]!.path).to.equal('/child/name');
    expect(events[0]!.plan).to.equal(after);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
  });

  it('keeps a plan set before the element was defined (frameworks set properties early)', async () => {
    const early = document.createElement('isp-plan-defined-late') as HTMLElement & { plan?: unknown };
    const plan = structuredClone(minimal.default);
    early.plan = plan;
    early.setAttribute('template', 'individual-provision-map');
    document.body.append(early);
    customElements.define('isp-plan-defined-late', class extends IspPlan {});
    await (early as unknown as IspPlan).updateComplete;
    expect(early.plan).to.equal(plan);
    expect(early.shadowRoot!.querySelector('[data-pointer="/child/name"]')).to.not.equal(null);
  });

  it('starts a blank plan of the template when none is given', async () => {
    const element = await mount((each) => (each.template = 'individual-provision-map'));
    expect(element.plan === element.plan, 'the blank plan is one object, however often it is read').to.equal(true);
    type(control(element, '/child/name'), 'Zara');
    expect(element.plan).to.deep.include({ template: 'individual-provision-map', schemaVersion: '1.0.0', child: { name: 'Zara' } });
  });
});

describe('isp-plan: any schema of the family', () => {
  it('renders objects, numbers, booleans, enums, dates, local and common $refs, and edits with the right types', async () => {
    const element = await mount((each) => {
      each.schema = contactsSchema;
      each.plan = contactsPlan();
    });
    const root = element.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('Contacts');
    expect(control(element, '/owner/since').type).to.equal('date');
    expect(root.querySelectorAll('[data-pointer="/owner/colour"][type="radio"]')).to.have.length(2);
    type(control(element, '/owner/age'), '12');
    control(element, '/owner/consent').click();
    root.querySelector<HTMLInputElement>('[data-pointer="/owner/colour"][value="\\"blue\\""]')!.click();
    const owner = (element.plan as { owner: Record<string, unknown> }).owner;
    expect(owner).to.deep.equal({ name: 'Ann', 'x-vendor': 7, age: 12, consent: true, colour: 'blue' });
  });

  it('keeps text that is not a number rather than losing it, and removes an emptied field', async () => {
    const element = await mount((each) => {
      each.schema = contactsSchema;
      each.plan = contactsPlan();
    });
    type(control(element, '/owner/age'), 'twelve');
    expect((element.plan as { owner: { age: unknown } }).owner.age).to.equal('twelve');
    type(control(element, '/owner/name'), '');
    expect(element.plan).to.have.nested.property('owner').that.does.not.have.property('name');
  });
});

describe('isp-plan: repeating rows', () => {
  async function rows(): Promise<IspPlan> {
    const element = await mount((each) => {
      each.schema = contactsSchema;
      each.plan = contactsPlan();
    });
    return element;
  }

  it('adds a row with a generated id and focuses its first field', async () => {
    const element = await rows();
    button(element, 'add').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const people = (element.plan as { people: Record<string, unknown>[] }).people;
    expect(people).to.have.length(4);
    expect(people[3]!['id']).to.be.a('string').and.not.equal('');
    expect(element.shadowRoot!.activeElement === control(element, '/people/3/name'), 'focus on the new row').to.equal(true);
  });

  it('removes a row, announces "Row removed" with an Undo button, and undo puts it back with focus', async () => {
    const element = await rows();
    button(element, 'remove', 1).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Ada', 'Cy']);
    const status = element.shadowRoot!.querySelector('[role="status"][aria-live="polite"] [data-action="undo"]')!.closest('[role="status"]')!;
    expect(status.textContent).to.match(/Row 2 removed\.\s+Undo/);
    expect(element.shadowRoot!.activeElement === button(element, 'undo'), 'focus on Undo').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Ada', 'Bo', 'Cy']);
    expect((element.plan as { people: { id: string }[] }).people[1]!.id).to.equal('b');
    expect(element.shadowRoot!.activeElement === control(element, '/people/1/name'), 'focus on the restored row').to.equal(true);
  });

  it('moves rows up and down by keyboard, keeping focus on the button and the row DOM with its row', async () => {
    const element = await rows();
    const firstRowInput = control(element, '/people/0/name');
    button(element, 'move-down', 0).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Bo', 'Ada', 'Cy']);
    expect(control(element, '/people/1/name') === firstRowInput, 'rows are keyed, not re-labelled').to.equal(true);
    expect(element.shadowRoot!.activeElement === button(element, 'move-down', 1), 'focus stays on the button').to.equal(true);
    button(element, 'move-up', 1).focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Ada', 'Bo', 'Cy']);
  });

  it('fires isp-plan-change with the array path for row actions', async () => {
    const element = await rows();
    const paths: string[] = [];
    element.addEventListener('isp-plan-change', (event) => paths.push(event.path));
    button(element, 'add').click();
    expect(paths).to.deep.equal(['/people']);
  });
});

describe('isp-plan: forms', () => {
  async function inForm(plan: unknown): Promise<{ form: HTMLFormElement; element: IspPlan }> {
    const form = document.createElement('form');
    document.body.append(form);
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.name = 'plan';
      each.plan = plan;
    }, form);
    return { form, element };
  }

  it('submits the current plan as JSON under its name', async () => {
    const { form, element } = await inForm(structuredClone(minimal.default));
    type(control(element, '/child/name'), 'Bea');
    const submitted = JSON.parse(String(new FormData(form).get('plan')));
    expect(submitted).to.deep.equal(element.plan);
    expect(submitted.child.name).to.equal('Bea');
  });

  it('returns to the plan it was given on form reset', async () => {
    const original = structuredClone(minimal.default);
    const { form, element } = await inForm(original);
    type(control(element, '/child/name'), 'Changed');
    form.reset();
    await element.updateComplete;
    expect(element.plan).to.equal(original);
    expect(control(element, '/child/name').value).to.equal('Amara Okafor');
  });

  it('checkValidity() is false for an invalid plan and shows nothing; reportValidity() shows the GOV.UK summary', async () => {
    const plan = structuredClone(minimal.default) as { child: Record<string, unknown> };
    delete plan.child['name'];
    const { element } = await inForm(plan);
    expect(element.checkValidity()).to.equal(false);
    expect(element.validity.valid).to.equal(false);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.error-summary') === null, 'checkValidity shows nothing').to.equal(true);
    expect(element.shadowRoot!.querySelector('.error-message') === null, 'no feedback before interaction').to.equal(true);

    expect(element.reportValidity()).to.equal(false);
    const summary = element.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.querySelector('[role="alert"] h2')!.textContent).to.equal('There is a problem');
    expect(element.shadowRoot!.activeElement === summary, 'focus moves to the summary').to.equal(true);
    const link = summary.querySelector<HTMLAnchorElement>('a[data-focus-pointer="/child/name"]')!;
    const inline = element.shadowRoot!.querySelector('#f\\/child\\/name-error')!;
    expect(inline.textContent!.replace('Error:', '').trim()).to.equal(link.textContent!.trim());
    expect(control(element, '/child/name').getAttribute('aria-invalid')).to.equal('true');
    link.click();
    expect(element.shadowRoot!.activeElement === control(element, '/child/name'), 'the link focuses its field').to.equal(true);
  });

  it('blocks a submit while invalid and then shows the summary and inline errors', async () => {
    const plan = structuredClone(minimal.default) as { child: Record<string, unknown> };
    delete plan.child['name'];
    const { form, element } = await inForm(plan);
    let submitted = false;
    form.addEventListener('submit', (event) => ((submitted = true), event.preventDefault()));
    form.requestSubmit();
    await element.updateComplete;
    expect(submitted).to.equal(false);
    expect(element.shadowRoot!.querySelector('.error-summary') !== null).to.equal(true);
    expect(element.shadowRoot!.querySelector('.error-message')!.textContent).to.contain('Error:');
  });

  it('blocks a submit made straight after an edit, before the pause that refreshes validity', async () => {
    const { form, element } = await inForm(structuredClone(minimal.default));
    let submitted = false;
    form.addEventListener('submit', (event) => ((submitted = true), event.preventDefault()));
    // A host's keyboard shortcut submits while focus is still in the field: no `change` yet.
    type(control(element, '/child/name'), '');
    form.requestSubmit();
    await element.updateComplete;
    expect(submitted, 'the plan without the required name was submitted').to.equal(false);
    expect(element.shadowRoot!.querySelector('a[data-focus-pointer="/child/name"]') !== null, 'the summary names the emptied field').to.equal(true);
  });

  it('becomes valid once the problem is fixed and the field is left', async () => {
    const plan = structuredClone(minimal.default) as { child: Record<string, unknown> };
    delete plan.child['name'];
    const { element } = await inForm(plan);
    const input = control(element, '/child/name');
    type(input, 'Cara');
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    expect(element.checkValidity()).to.equal(true);
  });

  it('shows inline feedback for a field only after it was edited and left', async () => {
    const plan = structuredClone(minimal.default);
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = plan;
    });
    const input = control(element, '/child/name');
    type(input, '');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.error-message')).to.equal(null);
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.error-message')).to.not.equal(null);
  });
});

describe('isp-plan: bad input', () => {
  const cases: { what: string; setup: (element: IspPlan) => void; code: string; input?: unknown }[] = [
    { what: 'a string plan', setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = 'not a plan')), code: 'plan-not-object' },
    { what: 'an array plan', setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = [1, 2])), code: 'plan-not-object' },
    { what: 'a null plan', setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = null)), code: 'plan-not-object' },
    {
      what: 'a plan of another template',
      setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = { template: 'sen-support-plan', schemaVersion: '1.0.0' })),
      code: 'template-mismatch',
    },
    {
      what: 'a future schemaVersion',
      setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = { ...structuredClone(minimal.default), schemaVersion: '2.0.0' })),
      code: 'unsupported-schema-version',
    },
    {
      what: 'a schemaVersion that is not a version',
      setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = { ...structuredClone(minimal.default), schemaVersion: 'banana' })),
      code: 'unsupported-schema-version',
    },
    {
      what: 'a future schemaVersion written short, as the number 2',
      setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = { ...structuredClone(minimal.default), schemaVersion: 2 })),
      code: 'unsupported-schema-version',
    },
    { what: 'an unknown template', setup: (e) => ((e.template = 'no-such-template'), (e.plan = { template: 'no-such-template' })), code: 'unknown-template' },
    {
      what: 'a plan that refers to itself',
      setup: (e) => {
        const plan: Record<string, unknown> = structuredClone(minimal.default);
        plan['x-self'] = plan;
        e.template = 'individual-provision-map';
        e.plan = plan;
      },
      code: 'plan-not-object',
    },
    { what: 'a plan holding a BigInt', setup: (e) => ((e.template = 'individual-provision-map'), (e.plan = { ...structuredClone(minimal.default), 'x-count': 10n })), code: 'plan-not-object' },
  ];

  for (const { what, setup, code } of cases) {
    it(`refuses ${what}: announces why, fires isp-plan-error, gives the input back and offers no controls`, async () => {
      const errors: IspPlanErrorEvent[] = [];
      document.body.addEventListener('isp-plan-error', (event) => errors.push(event), { once: true });
      let given: unknown;
      const element = await mount((each) => {
        setup(each);
        given = each.plan;
      });
      expect(errors.map((error) => error.code)).to.deep.equal([code]);
      expect(errors[0]!.reason).to.be.a('string').and.not.equal('');
      expect(element.plan).to.equal(given);
      const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(errors[0]!.reason);
      expect(element.shadowRoot!.querySelectorAll('input, textarea, select, button')).to.have.length(0);
      expect(element.checkValidity()).to.equal(false);
    });
  }
});

describe('isp-plan: a host answering isp-plan-error', () => {
  it('a good plan set from the error handler is shown', async () => {
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.addEventListener('isp-plan-error', () => (each.plan = structuredClone(minimal.default)), { once: true });
      each.plan = 'garbage';
    });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '', 'no refusal left showing').to.equal('');
    expect(element.shadowRoot!.querySelectorAll('input, textarea').length).to.be.above(0);
    expect(element.checkValidity()).to.equal(true);
  });

  it('each bad plan the host sets is reported, even for the same reason as the last', async () => {
    const codes: string[] = [];
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.addEventListener('isp-plan-error', (event) => codes.push(event.code));
      each.plan = { template: 'sen-support-plan', id: 'record-a' };
    });
    const first = element.shadowRoot!.querySelector('[role="alert"]');
    element.plan = { template: 'sen-support-plan', id: 'record-b' };
    await element.updateComplete;
    expect(codes).to.deep.equal(['template-mismatch', 'template-mismatch']);
    expect(element.shadowRoot!.querySelector('[role="alert"]') === first, 'the alert is drawn anew, so it is announced again').to.equal(false);
  });
});

describe('isp-plan: template switched at runtime', () => {
  function errorCodes(): string[] {
    const codes: string[] = [];
    document.body.addEventListener('isp-plan-error', (event) => codes.push(event.code));
    return codes;
  }

  it('renders from the plan\'s own template once the template attribute is removed', async () => {
    const codes = errorCodes();
    const plan = structuredClone(minimal.default);
    const element = await mount((each) => {
      each.setAttribute('template', 'individual-provision-map');
      each.plan = plan;
    });
    element.removeAttribute('template');
    await element.updateComplete;
    expect(codes).to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(control(element, '/child/name').value).to.equal('Amara Okafor');
    expect(element.plan).to.equal(plan);
  });

  it('refuses a plan that names no template when the element has none either, then recovers', async () => {
    const codes = errorCodes();
    const plan = { child: { name: 'Ann' } };
    const element = await mount((each) => (each.plan = plan));
    expect(codes).to.deep.equal(['unknown-template']);
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('cannot be shown');
    expect(element.plan).to.equal(plan);
    element.template = 'individual-provision-map';
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(control(element, '/child/name').value).to.equal('Ann');
  });

  it('refuses to show a plan typed into a blank form under another template, and keeps it', async () => {
    const codes = errorCodes();
    const element = await mount((each) => each.setAttribute('template', 'individual-provision-map'));
    type(control(element, '/child/name'), 'Zara');
    const typed = element.plan;
    element.setAttribute('template', 'sen-support-plan');
    await element.updateComplete;
    expect(codes).to.deep.equal(['template-mismatch']);
    expect(element.plan).to.equal(typed);
    expect(element.shadowRoot!.querySelectorAll('input, textarea, select, button')).to.have.length(0);
    element.setAttribute('template', 'individual-provision-map');
    await element.updateComplete;
    expect(control(element, '/child/name').value).to.equal('Zara');
  });

  it('starts a blank plan of the new template when nothing was typed', async () => {
    const element = await mount((each) => each.setAttribute('template', 'individual-provision-map'));
    element.setAttribute('template', 'sen-support-plan');
    await element.updateComplete;
    expect(element.plan).to.deep.include({ template: 'sen-support-plan' });
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('isp-plan: amendments after agreement', () => {
  function leave(input: HTMLElement): void {
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  it('records an edit to an agreed plan as one amendment when the field is left, keeping the agreed text', async () => {
    const agreed = { ...structuredClone(complete.default), status: 'agreed' } as Record<string, unknown>;
    const before = (agreed['amendments'] as unknown[] | undefined)?.length ?? 0;
    const original = (agreed['profile'] as Record<string, unknown>)['observedStrengths'];
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.today = '2026-11-02';
      each.amendedBy = { name: 'Sam Patel', role: 'SENCO' };
      each.plan = agreed;
    });
    const input = control(element, '/profile/observedStrengths');
    type(input, 'Amara');
    type(input, 'Amara joins songs');
    leave(input);
    const amendments = (element.plan as { amendments: Record<string, unknown>[] }).amendments;
    expect(amendments).to.have.length(before + 1);
    expect(amendments.at(-1)).to.deep.include({ path: '/profile/observedStrengths', previous: original, value: 'Amara joins songs', date: '2026-11-02' });
    expect(amendments.at(-1)!['by']).to.deep.equal({ name: 'Sam Patel', role: 'SENCO' });
  });

  it('records nothing for a draft, or for an edit typed back to what it was', async () => {
    const draft = { ...structuredClone(complete.default), status: 'draft' } as Record<string, unknown>;
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = draft;
    });
    const input = control(element, '/profile/observedStrengths');
    type(input, 'Changed');
    leave(input);
    expect((element.plan as Record<string, unknown>)['amendments']).to.equal(draft['amendments']);

    const agreed = { ...structuredClone(complete.default), status: 'agreed' } as Record<string, unknown>;
    element.plan = agreed;
    await element.updateComplete;
    const original = String((agreed['profile'] as Record<string, unknown>)['observedStrengths']);
    const again = control(element, '/profile/observedStrengths');
    type(again, 'Changed');
    type(again, original);
    leave(again);
    expect((element.plan as Record<string, unknown>)['amendments']).to.deep.equal(agreed['amendments']);
  });

  it('warns before any edit that changes to a signed, agreed plan are recorded and need signing again', async () => {
    const warning = (element: IspPlan) => element.shadowRoot!.querySelector('[part~="agreed-warning"]');
    const agreed = { ...structuredClone(complete.default), status: 'agreed', amendments: [] };
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = agreed;
    });
    const text = warning(element)?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.match(/^\s*!?\s*Warning\b/);
    expect(text).to.contain('amendment').and.to.contain('signed again');
    const title = element.shadowRoot!.querySelector('.plan-title')!;
    expect(title.compareDocumentPosition(warning(element)!) & Node.DOCUMENT_POSITION_FOLLOWING, 'under the title').to.not.equal(0);
    expect(warning(element)!.compareDocumentPosition(control(element, '/child/name')) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the fields').to.not.equal(0);

    element.plan = { ...agreed, status: 'draft' };
    await element.updateComplete;
    expect(warning(element), 'not for a draft').to.equal(null);
    element.plan = agreed;
    element.mode = 'view';
    await element.updateComplete;
    expect(warning(element), 'not when nothing can be edited').to.equal(null);
  });
});

describe('isp-plan: modes', () => {
  it('view mode is a readable document with no form controls', async () => {
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.mode = 'view';
      each.plan = complete.default;
    });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('input, textarea, select, button')).to.have.length(0);
    expect(root.querySelectorAll('h2').length).to.be.greaterThan(2);
    expect(root.querySelector('dl dt')).to.not.equal(null);
    expect(root.textContent).to.contain((complete.default['child'] as { name: string }).name);
  });

  it('print mode has lines to sign and date by hand, and page breaks between sections', async () => {
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.mode = 'print';
      each.plan = minimal.default;
    });
    const lines = [...element.shadowRoot!.querySelectorAll('[part="signature-line"]')].map((line) => line.textContent!.trim());
    expect(lines).to.include.members(['Signature', 'Date']);
    const second = element.shadowRoot!.querySelectorAll('.section')[1]!;
    expect(getComputedStyle(second).breakBefore).to.equal('page');
  });

  it('prints from edit mode in the print layout, and returns to editing afterwards', async () => {
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = minimal.default;
    });
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('input, textarea, select')).to.have.length(0);
    expect(element.shadowRoot!.querySelectorAll('[part="signature-line"]').length).to.be.greaterThan(0);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('input').length).to.be.greaterThan(0);
  });

  it('renders a local-authority variant that extends a template with allOf', async () => {
    const variant = {
      $id: 'https://example.org/la/ipm-variant.schema.json',
      allOf: [{ $ref: 'https://isp-kit.org/schemas/v1/individual-provision-map.schema.json' }],
      properties: { localPanel: { type: 'object', title: 'Local panel', properties: { decision: { type: 'string', title: 'Panel decision' } } } },
    };
    const element = await mount((each) => {
      each.schema = variant;
      each.plan = structuredClone(minimal.default);
    });
    expect(element.shadowRoot!.querySelector('#section-localPanel h2')!.textContent).to.equal('Local panel');
    expect(element.shadowRoot!.querySelector('#section-targets')).to.not.equal(null);
    type(control(element, '/localPanel/decision'), 'Agreed');
    expect(element.plan).to.deep.include({ localPanel: { decision: 'Agreed' } });
  });

  it('gives every button, checkbox, radio, disclosure and task link a target of at least 24 by 24 pixels', async () => {
    const element = await mount((each) => {
      each.schema = contactsSchema;
      each.plan = contactsPlan();
    });
    const plan = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = complete.default;
    });
    const targets = [element, plan].flatMap((each) => [
      ...each.shadowRoot!.querySelectorAll<HTMLElement>('button, input[type="checkbox"], input[type="radio"], summary, .task-link'),
    ]);
    expect(targets.length).to.be.greaterThan(10);
    const small = targets
      .map((target) => ({ target, box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ target, box }) => `${target.localName}.${target.className} ${box.width}x${box.height}`);
    expect(small).to.deep.equal([]);
  });

  it('has the seed guidance behind an "Open for guidance" disclosure and a task list of sections', async () => {
    const element = await mount((each) => {
      each.template = 'individual-provision-map';
      each.plan = minimal.default;
    });
    const root = element.shadowRoot!;
    const summary = root.querySelector('#section-targets details.guidance summary')!;
    expect(summary.textContent).to.contain('Open for guidance');
    const statuses = [...root.querySelectorAll('.task-list-item')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(statuses).to.include("Child's details Completed");
    expect(statuses.some((status) => status.endsWith('Not yet started'))).to.equal(true);
  });
});

describe('isp-plan: a host schema is validated in full', () => {
  const variant = (extra: Record<string, unknown>) => ({
    ...contactsSchema,
    properties: {
      ...contactsSchema.properties,
      reference: { type: 'string', title: 'Local authority reference', pattern: '^LA-[0-9]{4}$', examples: ['LA-0042'] },
      ...extra,
    },
  });
  const plan = { template: 'contacts', owner: { name: 'Ann' }, reference: 'LA-42' };

  it('checks the keywords the family uses (here a pattern) in the templates\' words', async () => {
    const element = await mount((each) => {
      each.schema = variant({});
      each.plan = plan;
    });
    expect(element.checkValidity()).to.equal(false);
    element.reportValidity();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.error-summary')!.textContent).to.contain('Enter the local authority reference in the right format, for example LA-0042');
  });

  it('falls back to the structural check, with a warning, for a keyword it cannot read', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const element = await mount((each) => {
        each.schema = variant({ code: { type: 'string', title: 'Code', allOf: [{ minLength: 2 }] } });
        each.plan = { template: 'contacts', owner: {} };
      });
      expect(element.checkValidity()).to.equal(false, 'the required owner name is still checked');
      expect(warnings.join('\n')).to.match(/allOf/);
    } finally {
      console.warn = warn;
    }
  });
});
