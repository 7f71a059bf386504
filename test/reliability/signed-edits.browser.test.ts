// Sign-off integrity in <isp-plan>: once a plan is agreed (status "agreed", signatures given),
// an edit a person types is recorded as an amendment (path, value before, value after), the
// signed wording survives in that amendment, and the signature over the changed content is
// flagged to be signed again (SECURITY.md: "Signed text is kept"). These failed before
// d053cb4, which made <isp-plan> record amendments.
import { expect } from '@esm-bundle/chai';
import type { IspPlan } from '../../packages/components/src/plan/isp-plan.js';
import { deepElements, settled } from '../security/support/deep-dom.js';
import { mountPlan } from '../security/support/mount-plan.js';
import { loadFixture } from '../security/support/plan-fixtures.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** Types `text` key by key (an `input` each), then leaves the field (`change`). */
async function typeInto(element: IspPlan, pointer: string, text: string): Promise<void> {
  const control = element.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-pointer="${pointer}"]`);
  expect(control, `a control for ${pointer}`).to.not.equal(null);
  for (let end = 1; end <= text.length; end += 1) {
    control!.value = text.slice(0, end);
    control!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  control!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settled(element);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('sign-off integrity: edits to an agreed plan in <isp-plan>', function () {
  this.timeout(20000);

  it('an edit to a signed, agreed individual provision map is recorded as one amendment keeping the signed text', async () => {
    const signed = deepFreeze(structuredClone(await loadFixture('individual-provision-map', 'valid-complete.json')) as Record<string, unknown>);
    const given = JSON.stringify(signed);
    expect(signed['status']).to.equal('agreed');
    const original = (signed['profile'] as Record<string, string>)['observedStrengths'];
    const amendmentsBefore = (signed['amendments'] as unknown[]).length;
    const element = await mountPlan('individual-provision-map', 'edit', signed);

    await typeInto(element, '/profile/observedStrengths', 'Amara now joins group songs.');

    const plan = element.plan as Record<string, unknown>;
    const amendments = plan['amendments'] as Record<string, unknown>[];
    expect(amendments.length, 'one amendment recorded').to.equal(amendmentsBefore + 1);
    expect(amendments.at(-1)).to.include({ path: '/profile/observedStrengths', previous: original, value: 'Amara now joins group songs.' });
    expect(amendments.slice(0, amendmentsBefore), 'earlier amendments kept as they were').to.deep.equal(signed['amendments']);
    expect(JSON.stringify(signed), 'the signed plan given is untouched').to.equal(given);
  });

  it('an edit to a draft plan is a plain edit: no amendment is recorded', async () => {
    const draft = { ...structuredClone(await loadFixture('individual-provision-map', 'valid-complete.json')) as Record<string, unknown>, status: 'draft' };
    const amendmentsBefore = (draft['amendments'] as unknown[]).length;
    const element = await mountPlan('individual-provision-map', 'edit', draft);
    await typeInto(element, '/profile/observedStrengths', 'Amara now joins group songs.');
    const plan = element.plan as Record<string, unknown>;
    expect((plan['profile'] as Record<string, string>)['observedStrengths']).to.equal('Amara now joins group songs.');
    expect((plan['amendments'] as unknown[]).length).to.equal(amendmentsBefore);
  });

  it('the signature over the changed plan is flagged to be signed again', async () => {
    const signed = await loadFixture('individual-provision-map', 'valid-complete.json');
    const element = await mountPlan('individual-provision-map', 'edit', signed);
    await typeInto(element, '/profile/observedStrengths', 'Amara now joins group songs.');
    const signature = [...deepElements(element)].find((each) => each.localName === 'isp-signature') as (HTMLElement & { stale: boolean }) | undefined;
    expect(signature, 'the parent/carer signature is shown').to.not.equal(undefined);
    expect(signature!.stale, 'signature flagged as needing to be signed again').to.equal(true);
  });
});
