import { expect } from '@esm-bundle/chai';
import 'axe-core';
import '../define/isp-amendments.js';
import type { IspAmendments } from './isp-amendments.js';
import { AmendmentError, recordAmendment } from './record-amendment.js';

const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
// WCAG 2.2 AA target size (24 by 24) is off in axe by default: turn it on.
const axeOptions = { rules: { 'target-size': { enabled: true } } };

const agreedPlan = {
  template: 'inclusion-support-plan',
  schemaVersion: '1.0.0',
  status: 'agreed',
  'x-mis-id': 'P-1',
  strategies: { proactive: 'Meet and greet at the gate', 'x-note': 'keep' },
  targets: [{ id: 't1', target: 'Jo will line up with a visual prompt on 4 out of 5 days by half term.' }],
  amendments: [],
};
const by = { name: 'A Patel', role: 'SENCO' };

async function render(props: Partial<IspAmendments> = {}): Promise<IspAmendments> {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement('isp-amendments'), props);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function amended() {
  return recordAmendment(agreedPlan, {
    path: '/strategies/proactive', value: 'Meet and greet at the gate, then a job in class', by, reason: 'Calmer start to the day', date: '2026-10-14',
  });
}

describe('isp-amendments', () => {
  it('has no axe violations empty, filled and with an error, in edit, view and print modes', async () => {
    const list = amended().amendments;
    for (const props of [{}, { value: list }, { value: list, mode: 'view' }, { value: list, mode: 'print' }, { value: list, error: 'Say why it changed' }] as Partial<IspAmendments>[]) {
      const element = await render(props);
      expect((await axe.run(element, axeOptions)).violations, JSON.stringify(props)).to.deep.equal([]);
    }
  });

  it('shows who, when, which field, before and after in words, and why', async () => {
    const element = await render({ value: amended().amendments, titles: { '/strategies/proactive': 'Proactive strategies' } });
    const item = element.shadowRoot!.querySelector('[part=amendment]')!;
    const text = item.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Amended 14 October 2026 by A Patel (SENCO)');
    const pairs = [...item.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]);
    expect(pairs).to.deep.equal([
      ['Field', 'Proactive strategies'],
      ['Before', 'Meet and greet at the gate'],
      ['After', 'Meet and greet at the gate, then a job in class'],
      ['Why', 'Calmer start to the day'],
    ]);
    expect(item.querySelector('del')!.textContent).to.equal('Meet and greet at the gate');
    expect(item.querySelector('ins')!.textContent).to.equal('Meet and greet at the gate, then a job in class');
    // Highlighted, not by colour alone: the words Before/After and the "Amended" tag say it too.
    expect(getComputedStyle(item.querySelector('ins')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('makes a pointer readable when no title is known, and uses a titles function', async () => {
    const list = [{ id: 'a1', date: '2026-10-14', by, path: '/targets/0/whenWhoWhere', previous: 'Daily', value: 'Twice daily' }];
    const plain = await render({ value: list });
    expect(plain.shadowRoot!.textContent).to.contain('Targets › item 1 › When who where');
    const named = await render({ value: list, titles: (pointer: string) => (pointer.endsWith('whenWhoWhere') ? 'When/who/where' : undefined) });
    expect(named.shadowRoot!.textContent).to.contain('When/who/where');
  });

  it('never throws on bad values and keeps them untouched', async () => {
    for (const bad of ['lots', 42, { id: 'a1' }] as unknown[]) {
      const element = await render({ value: bad });
      expect(element.value).to.equal(bad);
      expect(element.shadowRoot!.textContent).to.contain('could not be read');
    }
    const odd = await render({ value: [null, { path: 7, by: 'someone', previous: { a: [1, true] } }], titles: () => { throw new Error('boom'); } });
    expect(odd.shadowRoot!.textContent).to.contain('This amendment could not be read').and.contain('Date not recorded');
  });
});

describe('recordAmendment', () => {
  it('sets the value, appends the amendment and never changes the plan given', () => {
    const frozen = structuredClone(agreedPlan);
    const next = amended();
    expect(agreedPlan).to.deep.equal(frozen);
    expect(next).to.not.equal(agreedPlan);
    expect(next.strategies).to.deep.equal({ proactive: 'Meet and greet at the gate, then a job in class', 'x-note': 'keep' });
    expect(next['x-mis-id']).to.equal('P-1');
    expect(next.targets).to.equal(agreedPlan.targets);
    expect(next.amendments).to.deep.equal([{
      id: 'amendment-1', date: '2026-10-14', by, path: '/strategies/proactive',
      previous: 'Meet and greet at the gate', value: 'Meet and greet at the gate, then a job in class', reason: 'Calmer start to the day',
    }]);
  });

  it('keeps the original text in the first amendment when a field is amended twice', () => {
    const twice = recordAmendment(amended(), { path: '/strategies/proactive', value: 'Third wording', by, date: '2026-10-21' });
    const list = twice.amendments as { id: string; previous: string; value: string }[];
    expect(list.map((item) => item.id)).to.deep.equal(['amendment-1', 'amendment-2']);
    expect(list[0]!.previous).to.equal('Meet and greet at the gate');
    expect(list[1]!.previous).to.equal('Meet and greet at the gate, then a job in class');
  });

  it('amends list items and new fields, and records nothing when nothing changed', () => {
    const target = recordAmendment(agreedPlan, { path: '/targets/0/target', value: 'New wording', by, date: '2026-10-14' });
    expect((target.targets as { target: string }[])[0]!.target).to.equal('New wording');
    expect(agreedPlan.targets[0]!.target).to.not.equal('New wording');
    const added = recordAmendment(agreedPlan, { path: '/parentViews', value: 'Happy with the plan', by, date: '2026-10-14' });
    expect(added.amendments[0]).to.not.have.property('previous');
    expect(recordAmendment(agreedPlan, { path: '/status', value: 'agreed', by, date: '2026-10-14' })).to.equal(agreedPlan);
    const noList = recordAmendment({ template: 'x', child: { name: 'Jo' } }, { path: '/child/name', value: 'Joe', by, date: '2026-10-14' });
    expect(noList.amendments).to.have.length(1);
  });

  it('throws a clear AmendmentError naming what is wrong', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ path: 'strategies', value: 1, by, date: '2026-10-14' }, 'path', /JSON pointer/],
      [{ path: '/nothing/here', value: 1, by, date: '2026-10-14' }, 'path', /\/nothing does not exist/],
      [{ path: '/status/inner', value: 1, by, date: '2026-10-14' }, 'path', /\/status is a string/],
      [{ path: '/targets/5/target', value: 1, by, date: '2026-10-14' }, 'path', /not an item of the list \(it has 1\)/],
      [{ path: '/amendments/0', value: 1, by, date: '2026-10-14' }, 'path', /record keeping/],
      [{ path: '/status', value: 'closed', by, date: '14/10/2026' }, 'date', /YYYY-MM-DD/],
      [{ path: '/status', value: 'closed', by: { role: 'SENCO' }, date: '2026-10-14' }, 'by', /name/],
    ];
    for (const [input, field, message] of cases) {
      expect(() => recordAmendment(agreedPlan, input as never), JSON.stringify(input))
        .to.throw(AmendmentError, message)
        .with.property('field', field);
    }
    expect(() => recordAmendment('plan' as never, { path: '/a', value: 1, by, date: '2026-10-14' })).to.throw(AmendmentError, /must be an object/);
    expect(() => recordAmendment({ amendments: 'none' }, { path: '/a', value: 1, by, date: '2026-10-14' })).to.throw(AmendmentError, /must be a list/);
  });
});

describe('isp-amendments with an amendment as an MIS exports it', () => {
  it('shows who made it when "by" is plain text', async () => {
    const element = await render({ value: [{ id: 'a1', date: '2026-10-01', by: 'Sam Patel (SENCO)', path: '/profile/observedStrengths', previous: 'old', value: 'new' }] });
    expect(element.shadowRoot!.querySelector('.meta')!.textContent).to.contain('by Sam Patel (SENCO)');
  });
});
