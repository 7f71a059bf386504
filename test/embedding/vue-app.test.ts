// A Vue 3 app using <isp-plan> with a property (`.plan`), an event (`onIspPlanChange`, which
// Vue listens to as `isp-plan-change`) and a mode from state: in Chromium, under the strict
// CSP, Vue sets the plan as a property, hears every edit and switches the mode.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startEmbedding } from './embedding-browser.js';

const vueDir = fileURLToPath(new URL('./vue/', import.meta.url));
const appOutDir = fileURLToPath(new URL('../../test-output/vue-app/', import.meta.url));
const complete = JSON.parse(readFileSync(new URL('../../packages/schemas/fixtures/individual-provision-map/valid-complete.json', import.meta.url), 'utf8')) as Record<string, unknown>;

test('Vue 3 sets the plan as a property, hears isp-plan-change and switches the mode, under the strict CSP', { timeout: 90_000 }, async (t) => {
  mkdirSync(appOutDir, { recursive: true });
  await build({
    entryPoints: [`${vueDir}app.ts`],
    outfile: `${appOutDir}vue-app.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  const session = await startEmbedding({ '/app/': appOutDir });
  t.after(() => session.close());
  const { page, problems } = await session.open('/vue.html');

  await page.waitForFunction(() => document.querySelector('isp-plan')?.shadowRoot?.childElementCount);
  const given = await page.evaluate(() => {
    const element = document.querySelector('isp-plan') as HTMLElement & { plan: unknown };
    return { plan: element.plan, attribute: element.getAttribute('plan') };
  });
  assert.equal(given.attribute, null, 'Vue wrote the plan as an attribute ("[object Object]") instead of a property');
  assert.deepEqual(given.plan, complete, 'the element does not hold the plan Vue gave it');

  await page.getByLabel("Child's name", { exact: true }).fill('Amara O.');
  await page.waitForFunction(() => /^[1-9]\d* unsaved change/.test(document.getElementById('draft-status')?.textContent ?? ''));
  assert.match(await page.locator('#draft-status').innerText(), /^[1-9]\d* unsaved change\(s\); last at \/child\/name$/);
  assert.equal(await page.locator('main > h1').innerText(), 'Support plan for Amara O.', 'Vue did not receive the edited plan');

  await page.getByRole('button', { name: 'Show as a document' }).click();
  await page.waitForFunction(() => document.querySelector('isp-plan')?.getAttribute('mode') === 'view');
  const controls = await page.evaluate(() => document.querySelector('isp-plan')!.shadowRoot!.querySelectorAll('input, textarea, select').length);
  assert.equal(controls, 0, 'view mode still shows form controls');

  assert.deepEqual(await problems(), { violations: [], consoleErrors: [], pageErrors: [] });
});
