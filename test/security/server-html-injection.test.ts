// Script injection in the server renderer: renderPlanToHtml (packages/components/src/server)
// turns every template's plan, with its strings replaced by XSS payloads, into a whole HTML
// document in view and print mode; the document is then opened in Chromium with scripts
// enabled. Nothing may run (payloads call a trap; dialogs are trapped), no element that could
// run or load anything may appear, nothing may be fetched, and every free-text field must read
// exactly as typed.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { buildSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { templateIds } from '@isp-kit/schemas';
import { renderPlanToHtml } from '../../packages/components/src/server/index.js';
import { PlanRenderError } from '../../packages/components/src/server/plan-render-error.js';
import { hostilePlan } from './support/hostile-plan.js';
import { launchChromium } from './support/launch-chromium.js';
import { trapName } from './support/xss-payloads.js';

/** The same DOM checks the browser tests use, built for the page as a global. */
const deepDomScript = buildSync({
  entryPoints: [fileURLToPath(new URL('./support/deep-dom.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: '__ispDeepDom',
  write: false,
}).outputFiles[0]!.text + '\nwindow.__ispDeepDom = __ispDeepDom;';

const trapScript = `
  window.__ispSprung = [];
  window.${trapName} = (label) => window.__ispSprung.push(String(label));
  for (const dialog of ['alert', 'confirm', 'prompt', 'print']) window[dialog] = () => window.__ispSprung.push('window.' + dialog + '()');
`;

const plans = templateIds.flatMap((template, index) => {
  const fixture = JSON.parse(readFileSync(new URL(`../../packages/schemas/fixtures/${template}/valid-complete.json`, import.meta.url), 'utf8')) as unknown;
  return [hostilePlan(template, fixture, index * 1000, 'free-text'), hostilePlan(template, fixture, index * 1000 + 500, 'every')].map((hostile, which) => ({
    ...hostile,
    which: which === 0 ? 'free-text fields' : 'every string',
  }));
});

let browser: Browser;
let page: Page;
const requests: string[] = [];
let currentHtml = '';

before(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.addInitScript({ content: deepDomScript + trapScript });
  page.on('dialog', (dialog) => {
    requests.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // The rendered document is the only thing served; anything else it asks for is recorded.
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === 'http://isp-kit.test/plan.html') await route.fulfill({ body: currentHtml, contentType: 'text/html; charset=utf-8' });
    else {
      requests.push(url);
      await route.abort();
    }
  });
});

after(async () => {
  await browser?.close();
});

for (const { template, plan, filled, which } of plans) {
  for (const mode of ['view', 'print'] as const) {
    test(`${template}, ${which} hostile, ${mode} mode: the static HTML runs nothing, loads nothing and shows free text as typed`, async () => {
      try {
        currentHtml = renderPlanToHtml(plan, { mode, document: true });
      } catch (error) {
        // Refusing a plan is allowed only with the renderer's own clear error, and never for
        // a plan whose only hostile parts are its free text (it is a valid plan).
        assert.ok(error instanceof PlanRenderError && which === 'every string', `renderPlanToHtml threw ${String(error)}`);
        return;
      }
      requests.length = 0;
      await page.goto('http://isp-kit.test/plan.html');
      await page.waitForTimeout(100);
      const outcome = await page.evaluate(() => {
        const page = window as unknown as { __ispSprung: string[]; __ispDeepDom: { injectedElements(root: Element): string[] } };
        return { sprung: page.__ispSprung, injected: page.__ispDeepDom.injectedElements(document.body), text: document.body.textContent ?? '' };
      });
      assert.deepEqual(outcome.sprung, [], 'payloads that ran');
      assert.deepEqual(outcome.injected, [], 'elements made from plan text');
      assert.deepEqual(requests, [], 'requests or dialogs from the document');
      if (which === 'free-text fields') {
        const missing = filled.filter(({ text }) => !outcome.text.includes(text)).map(({ field }) => field.pointer);
        assert.deepEqual(missing, [], 'free-text fields not shown exactly as typed');
      }
    });
  }
}
