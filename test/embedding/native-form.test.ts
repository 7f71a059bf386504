// <isp-plan name="plan"> inside a native <form>: submitting puts the plan JSON in FormData
// (every field kept, extension fields too), an edit is in the next submission (with its
// amendment, the plan being agreed), reset brings back the plan as it was set, and an invalid
// plan stops the form from submitting.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startEmbedding } from './embedding-browser.js';

const complete = JSON.parse(readFileSync(new URL('../../packages/schemas/fixtures/individual-provision-map/valid-complete.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Clicks "Save plan" and gives back what the form submitted under `plan`, or null if it did not submit. */
async function submit(page: Page): Promise<unknown> {
  await page.evaluate(() => {
    const form = document.querySelector('form')!;
    (window as unknown as { __submitted: unknown }).__submitted = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = new FormData(form).get('plan');
      (window as unknown as { __submitted: unknown }).__submitted = typeof value === 'string' ? JSON.parse(value) : `not a string: ${String(value)}`;
    }, { once: true });
  });
  await page.getByRole('button', { name: 'Save plan' }).click();
  return page.evaluate(() => (window as unknown as { __submitted: unknown }).__submitted);
}

test('the plan arrives in FormData when its native form is submitted', { timeout: 60_000 }, async (t) => {
  const session = await startEmbedding();
  t.after(() => session.close());
  const { page, problems } = await session.open('/form.html');
  await page.waitForFunction(() => customElements.get('isp-plan') !== undefined);
  await page.evaluate(async (plan) => {
    const element = document.querySelector('isp-plan') as HTMLElement & { plan: unknown; updateComplete: Promise<unknown> };
    element.plan = plan;
    await element.updateComplete;
  }, complete);

  assert.deepEqual(await submit(page), complete, 'the submitted JSON is not the plan that was set');

  // An edit shows in the next submission, at the edited place only.
  const name = page.getByLabel("Child's name", { exact: true });
  await name.fill('Amara O.');
  // Leave the field first, as a person does: editing an agreed plan shows a notice on blur,
  // which moves the Save button (reported to the components: a click straight after typing
  // lands where the button was).
  await name.press('Tab');
  const edited = await submit(page) as { child: { name: string }; amendments: Record<string, unknown>[] };
  assert.equal(edited.child.name, 'Amara O.');
  // The fixture is an agreed plan, so the edit is also recorded as an amendment.
  const { amendments, ...rest } = edited;
  const { amendments: before, ...original } = complete;
  assert.deepEqual({ ...rest, child: { ...rest.child, name: 'Amara Okafor' } }, original, 'the edit changed more than the edited field');
  assert.deepEqual(amendments.slice(0, -1), before, 'earlier amendments were changed');
  const recorded = amendments.at(-1)!;
  assert.deepEqual([recorded.path, recorded.previous, recorded.value], ['/child/name', 'Amara Okafor', 'Amara O.']);

  // Reset gives back the plan as it was set.
  await page.getByRole('button', { name: 'Start again' }).click();
  assert.deepEqual(await submit(page), complete, 'reset did not restore the plan');

  const found = await problems();
  assert.deepEqual(found, { violations: [], consoleErrors: [], pageErrors: [] });
});

test('an invalid plan keeps its native form from submitting', { timeout: 60_000 }, async (t) => {
  const session = await startEmbedding();
  t.after(() => session.close());
  const { page } = await session.open('/form.html');
  await page.waitForFunction(() => customElements.get('isp-plan') !== undefined);
  const valid = await page.evaluate(async () => {
    const element = document.querySelector('isp-plan') as HTMLElement & { plan: unknown; updateComplete: Promise<unknown> };
    element.plan = { template: 'individual-provision-map', schemaVersion: '1.0.0', status: 'draft', amendments: [] };
    await element.updateComplete;
    return document.querySelector('form')!.checkValidity();
  });
  assert.equal(valid, false, 'a plan missing required fields passed form validation');
  assert.equal(await submit(page), null, 'the form submitted an invalid plan');
});
