import { expect } from '@esm-bundle/chai';
import '../define/all.js';
import type { IspPlan } from './isp-plan.js';

// A keystroke redraws only the section it changed (issue 4: typing in a plan of 1,000 targets).
// What is shown elsewhere must still follow every change: the task list, errors already shown,
// the targets the intervention log lists, sign-off lines on paper, and a host's new plan.

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Sessions',
  type: 'object',
  required: ['owner'],
  properties: {
    owner: {
      type: 'object',
      title: 'Owner',
      required: ['name'],
      properties: { name: { type: 'string', title: 'Owner name', minLength: 1 }, note: { type: 'string', title: 'Note' } },
    },
    targets: {
      type: 'array',
      title: 'Targets',
      items: { type: 'object', title: 'Target', required: ['target'], properties: { id: { type: 'string' }, target: { type: 'string', title: 'Target text' } } },
    },
    entries: { type: 'array', title: 'Sessions', items: { $ref: 'common.schema.json#/$defs/interventionEntry' } },
    signedBy: { $ref: 'common.schema.json#/$defs/signature', title: 'Signed by' },
  },
};

function plan() {
  return {
    owner: { name: 'Ann', 'x-vendor': 1 },
    targets: [
      { id: 't1', target: 'Sam will ask for more' },
      { id: 't2', target: 'Sam will hang up his coat' },
    ],
    entries: [{ id: 'e1', targetId: 't2', date: '2026-10-12', whoWhat: 'Key person', achieved: true, absent: false }],
  };
}

async function mount(props: Partial<IspPlan>): Promise<IspPlan> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-plan'), { schema, ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (element: IspPlan) => element.shadowRoot!;

async function type(element: IspPlan, pointer: string, text: string): Promise<void> {
  const control = root(element).querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`)!;
  control.focus();
  control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function leave(element: IspPlan, pointer: string): Promise<void> {
  root(element).querySelector(`[data-pointer="${pointer}"]`)!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

function task(element: IspPlan, section: string): string {
  return root(element).querySelector(`#task-status-${section}`)!.textContent!.trim();
}

function shownValue(element: IspPlan, pointer: string): string {
  return root(element).querySelector<HTMLInputElement>(`[data-pointer="${pointer}"]`)!.value;
}

afterEach(() => document.body.replaceChildren());

describe('isp-plan: typing redraws only what it changed', () => {
  it('keeps the task list right on every keystroke, in the section typed in and the others', async () => {
    const element = await mount({ plan: { targets: [] } });
    expect(task(element, 'owner')).to.equal('Not yet started');
    await type(element, '/owner/note', 'x');
    expect(task(element, 'owner')).to.not.equal('Not yet started');
    await type(element, '/owner/note', '');
    expect(task(element, 'owner')).to.equal('Not yet started');
    expect(task(element, 'targets')).to.equal('Not yet started');
  });

  it('keeps errors shown in one section while another is typed in, and clears them once fixed', async () => {
    const element = await mount({ plan: { ...plan(), owner: {} } });
    expect(element.reportValidity()).to.equal(false);
    await element.updateComplete;
    const ownerError = () => root(element).querySelector('#section-owner .error-message')?.textContent ?? '';
    expect(ownerError()).to.contain('Error:');
    expect(task(element, 'owner')).to.equal('Not yet started');
    await type(element, '/targets/0/target', 'Sam will ask for more fruit');
    expect(ownerError()).to.contain('Error:');
    await type(element, '/owner/name', 'Ann');
    await leave(element, '/owner/name');
    expect(ownerError()).to.equal('');
    expect(task(element, 'owner')).to.equal('Completed');
  });

  it('shows the error of a row left empty in that row, and keeps it while another row is edited', async () => {
    const element = await mount({ plan: plan() });
    const rowError = (index: number) => root(element).querySelector(`[data-row-heading="/targets/${index}"]`)!.parentElement!.querySelector('.error-message')?.textContent ?? '';
    await type(element, '/targets/0/target', '');
    expect(rowError(0), 'no feedback before the field is left').to.equal('');
    await leave(element, '/targets/0/target');
    expect(rowError(0)).to.contain('Error:');
    expect(root(element).querySelector('[data-pointer="/targets/0/target"]')!.getAttribute('aria-invalid')).to.equal('true');
    await type(element, '/targets/1/target', '');
    await leave(element, '/targets/1/target');
    expect(rowError(0)).to.contain('Error:');
    expect(rowError(1)).to.contain('Error:');
    await type(element, '/targets/0/target', 'Sam will ask for more');
    await leave(element, '/targets/0/target');
    expect(rowError(0)).to.equal('');
    expect(rowError(1)).to.contain('Error:');
  });

  it('gives the intervention log the new target text as it is typed', async () => {
    const element = await mount({ plan: plan() });
    const log = root(element).querySelector('isp-intervention-log')!;
    await log.updateComplete;
    const caption = () => log.shadowRoot!.querySelector('[data-target-id="t2"] caption')!.textContent;
    expect(caption()).to.equal('Target 2: Sam will hang up his coat');
    await type(element, '/targets/1/target', 'Sam will hang up his coat and bag');
    await log.updateComplete;
    expect(caption()).to.equal('Target 2: Sam will hang up his coat and bag');
  });

  it('draws every section again when the host sets a plan, even one changed in place', async () => {
    const given = plan();
    const element = await mount({ plan: given });
    await type(element, '/targets/0/target', 'Typed');
    given.owner.name = 'Bea';
    element.plan = given;
    await element.updateComplete;
    expect(shownValue(element, '/owner/name')).to.equal('Bea');
    expect(shownValue(element, '/targets/0/target')).to.equal('Sam will ask for more');
    expect(element.plan).to.equal(given);
  });

  it('on paper, still knows a signature was drawn when nothing needed drawing again', async () => {
    const element = await mount({ mode: 'print', plan: { ...plan(), signedBy: { who: 'setting', name: 'Jo Brennan', date: '2026-10-12' } } });
    const signOffs = () => root(element).querySelectorAll('.sign-off').length;
    expect(signOffs(), 'the plan has its own signature, so no extra sign-off lines').to.equal(0);
    element.requestUpdate();
    await element.updateComplete;
    expect(signOffs()).to.equal(0);
  });

  it('draws the sections again after a problem message took their place', async () => {
    const element = await mount({ plan: plan() });
    element.schema = 'not a schema';
    await element.updateComplete;
    expect(root(element).querySelectorAll('[part~="problem"]').length).to.equal(1);
    element.schema = schema;
    await element.updateComplete;
    expect(shownValue(element, '/owner/name')).to.equal('Ann');
    expect(root(element).querySelectorAll('.section').length).to.equal(4);
  });
});
