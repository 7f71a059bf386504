// The vendor journey each framework app in test/embedding runs (react/app.tsx, vue/app.ts), in
// Chromium under the strict CSP: the framework sets the plan as a property, hears every
// `isp-plan-change` and switches the mode from its own state, with no CSP violation or error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { startEmbedding } from './embedding-browser.js';

const complete = JSON.parse(readFileSync(new URL('../../packages/schemas/fixtures/individual-provision-map/valid-complete.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Serves `appOutDir` at /app/, opens `pagePath` (a page in test/embedding/pages) and checks the journey. */
export async function checkFrameworkApp(t: TestContext, framework: string, appOutDir: string, pagePath: string): Promise<void> {
  const session = await startEmbedding({ '/app/': appOutDir });
  t.after(() => session.close());
  const { page, problems } = await session.open(pagePath);

  await page.waitForFunction(() => document.querySelector('isp-plan')?.shadowRoot?.childElementCount);
  const given = await page.evaluate(() => {
    const element = document.querySelector('isp-plan') as HTMLElement & { plan: unknown };
    return { plan: element.plan, attribute: element.getAttribute('plan') };
  });
  assert.equal(given.attribute, null, `${framework} wrote the plan as an attribute ("[object Object]") instead of a property`);
  assert.deepEqual(given.plan, complete, `the element does not hold the plan ${framework} gave it`);

  await page.getByLabel("Child's name", { exact: true }).fill('Amara O.');
  await page.waitForFunction(() => /^[1-9]\d* unsaved change/.test(document.getElementById('draft-status')?.textContent ?? ''));
  assert.match(await page.locator('#draft-status').innerText(), /^[1-9]\d* unsaved change\(s\); last at \/child\/name$/);
  assert.equal(await page.locator('main > h1').innerText(), 'Support plan for Amara O.', `${framework} did not receive the edited plan`);

  await page.getByRole('button', { name: 'Show as a document' }).click();
  await page.waitForFunction(() => document.querySelector('isp-plan')?.getAttribute('mode') === 'view');
  const controls = await page.evaluate(() => document.querySelector('isp-plan')!.shadowRoot!.querySelectorAll('input, textarea, select').length);
  assert.equal(controls, 0, 'view mode still shows form controls');

  assert.deepEqual(await problems(), { violations: [], consoleErrors: [], pageErrors: [] });
}
