// Bad input to <isp-plan>: not an object, another template, a future schema version, wrong
// types, 1 MB strings, deep nesting and thousands of rows. Each gives a clear error (an
// `isp-plan-error` and a message announced as an alert) or a working page, never an uncaught
// exception; and the input is given back untouched: the same reference when refused, and
// never changed in place (every input is deep-frozen, so a write would throw, and compared
// with a copy taken before).
import { expect } from '@esm-bundle/chai';
import type { IspPlanErrorEvent } from '../../packages/components/src/events/plan-error-event.js';
import type { IspPlan } from '../../packages/components/src/plan/isp-plan.js';
import { deepElements } from '../security/support/deep-dom.js';
import { modes, mountPlan, type Mode } from '../security/support/mount-plan.js';
import { loadFixture } from '../security/support/plan-fixtures.js';

const uncaught: string[] = [];
window.addEventListener('error', (event) => uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => uncaught.push(`unhandled rejection: ${String(event.reason)}`));

const planErrors: IspPlanErrorEvent[] = [];
// Listened for on the document: the event bubbles and crosses shadow roots.
document.addEventListener('isp-plan-error', (event) => planErrors.push(event as IspPlanErrorEvent));

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'object' && next !== null && !Object.isFrozen(next)) {
      Object.freeze(next);
      stack.push(...Object.values(next));
    }
  }
  return value;
}

function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = { 'x-level': level, inner: value };
  return value;
}

beforeEach(() => {
  uncaught.length = 0;
  planErrors.length = 0;
});

afterEach(() => {
  document.body.replaceChildren();
});

async function mountBad(template: string, mode: Mode, input: unknown): Promise<IspPlan> {
  const element = await mountPlan(template, mode, input);
  // Let any asynchronous failure surface before looking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return element;
}

const ipm = (await loadFixture('individual-provision-map', 'valid-complete.json')) as Record<string, unknown>;
const refused: { what: string; template: string; input: unknown; code: string }[] = [
  { what: 'a string', template: 'individual-provision-map', input: 'not a plan', code: 'plan-not-object' },
  { what: 'a number', template: 'individual-provision-map', input: 42, code: 'plan-not-object' },
  { what: 'null', template: 'individual-provision-map', input: null, code: 'plan-not-object' },
  { what: 'a list', template: 'individual-provision-map', input: deepFreeze([ipm]), code: 'plan-not-object' },
  { what: 'a boolean', template: 'individual-provision-map', input: true, code: 'plan-not-object' },
  { what: 'a plan of another template', template: 'ey-individual-support-plan', input: deepFreeze(structuredClone(ipm)), code: 'template-mismatch' },
  { what: 'a plan from a future schemaVersion 2.0.0', template: 'individual-provision-map', input: deepFreeze({ ...structuredClone(ipm), schemaVersion: '2.0.0' }), code: 'unsupported-schema-version' },
  { what: 'a plan naming an unknown template', template: 'no-such-template', input: deepFreeze(structuredClone(ipm)), code: 'unknown-template' },
];

describe('bad input: input that cannot be shown is refused clearly and given back untouched', function () {
  this.timeout(20000);

  for (const { what, template, input, code } of refused) {
    for (const mode of modes) {
      it(`${what} in ${mode} mode: isp-plan-error "${code}", an alert saying why, no form, the same value back`, async () => {
        const before = structuredClone(input);
        const element = await mountBad(template, mode, input);
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
        expect(planErrors.map((event) => event.code)).to.deep.equal([code]);
        const alert = element.shadowRoot?.querySelector('[role="alert"]');
        expect(alert?.textContent ?? '', 'the message shown').to.contain('cannot be shown');
        expect(alert?.textContent ?? '').to.contain(planErrors[0]?.reason ?? '(no reason)');
        const controls = [...deepElements(element)].filter((each) => each.matches('input, textarea, select, button'));
        expect(controls.map((each) => each.localName), 'ways to overwrite the input').to.deep.equal([]);
        expect(element.plan === input, 'the same value, same reference').to.equal(true);
        expect(input).to.deep.equal(before);
      });
    }
  }

  it('a refused plan is not submitted with a form over the one the host set', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const element = document.createElement('isp-plan');
    element.template = 'individual-provision-map';
    element.setAttribute('name', 'plan');
    element.plan = deepFreeze({ ...structuredClone(ipm), schemaVersion: '9.0.0' });
    form.append(element);
    await element.updateComplete;
    expect(new FormData(form).has('plan'), 'nothing submitted for a refused plan').to.equal(false);
    expect(element.checkValidity(), 'the form cannot be submitted as valid').to.equal(false);
    expect(uncaught).to.deep.equal([]);
  });
});

const huge = 'A'.repeat(1024 * 1024 - 20) + ' <b>end of 1 MB</b>';
const renderable: { what: string; template: string; input: () => unknown }[] = [
  {
    what: 'wrong types everywhere (numbers for text, text for lists, objects for dates, lists for objects)',
    template: 'individual-provision-map',
    input: () => ({
      ...structuredClone(ipm),
      status: 7,
      child: { name: 42, dateOfBirth: { day: 3 }, setting: ['a', 'list'] },
      planDetails: 'not an object',
      profile: [1, 2, 3],
      targets: 'not a list',
      agreement: { parentCarerSignature: 'signed', reviewDate: 20261030 },
      amendments: { not: 'a list' },
    }),
  },
  {
    what: 'rows of the wrong type (null, numbers, strings and lists as targets)',
    template: 'individual-provision-map',
    input: () => ({ ...structuredClone(ipm), targets: [null, 3, 'text', [1], { id: 't-ok', target: 'fine' }] }),
  },
  {
    what: 'a 1 MB string in a free-text field and in the child name',
    template: 'individual-provision-map',
    input: () => ({ ...structuredClone(ipm), child: { ...(ipm['child'] as object), name: huge }, profile: { ...(ipm['profile'] as object), observedStrengths: huge } }),
  },
  {
    what: 'an x- extension field nested 5,000 levels deep',
    template: 'individual-provision-map',
    input: () => ({ ...structuredClone(ipm), 'x-deep': nest(5000), child: { ...(ipm['child'] as object), 'x-deep': nest(1000) } }),
  },
  {
    what: 'a known field nested 200 levels deep where text is expected',
    template: 'individual-provision-map',
    input: () => ({ ...structuredClone(ipm), profile: { observedStrengths: nest(200) } }),
  },
  {
    what: '3,000 contributor rows',
    template: 'sen-support-plan',
    input: () => ({ template: 'sen-support-plan', schemaVersion: '1.0.0', status: 'draft', contributors: Array.from({ length: 3000 }, (_, index) => ({ name: `Person ${index}`, role: 'Teacher' })) }),
  },
];

describe('bad input: odd but readable plans give a working page and are given back untouched', function () {
  this.timeout(60000);

  for (const { what, template, input } of renderable) {
    for (const mode of modes) {
      it(`${what}, ${mode} mode: renders without an uncaught error, plan read back equal and unchanged`, async () => {
        const given = deepFreeze(input());
        // Compared as JSON text: deep-equal helpers recurse and would overflow at 5,000 levels.
        const before = JSON.stringify(given);
        const element = await mountBad(template, mode, given);
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
        expect(element.shadowRoot?.querySelector('h1, [role="alert"]'), 'a page or a clear message').to.not.equal(null);
        expect(JSON.stringify(element.plan) === before, 'the plan read back equals the input').to.equal(true);
        expect(JSON.stringify(given) === before, 'the input was not changed').to.equal(true);
        if (mode === 'edit') {
          // Still a working page: validation runs without throwing and says something.
          expect(() => element.reportValidity()).to.not.throw();
        }
      });
    }
  }
});
