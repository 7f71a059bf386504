// Strict Content-Security-Policy: the shipped bundle (dist/isp-kit.js) renders every template
// in every mode, blank and filled, on a page served with `default-src 'self'` and no
// 'unsafe-eval' or 'unsafe-inline', and the browser reports zero violations. Needs the build.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { templateIds } from '@isp-kit/schemas';
import { launchChromium } from './support/launch-chromium.js';
import { fixturePlans, openPlanPage, renderOnPage, servePlanPage, watched } from './support/plan-page.js';
import type { StaticServer } from './support/static-server.js';

export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleProblems: string[] = [];

before(async () => {
  server = await servePlanPage('shipped', { 'content-security-policy': strictPolicy });
  browser = await launchChromium();
  page = await openPlanPage(browser, server.origin);
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(`page error: ${error.message}`));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page really is served under the strict policy (a probe with an inline style is refused and reported)', async () => {
  // A page of its own, so the probe's violation cannot hide or be confused with the bundle's.
  const probePage = await openPlanPage(browser, server.origin);
  const response = await probePage.request.get(`${server.origin}/`);
  assert.equal(response.headers()['content-security-policy'], strictPolicy);
  assert.doesNotMatch(strictPolicy, /unsafe-(eval|inline)/);
  await probePage.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<span style="color: red">probe</span>';
    document.body.append(probe);
  });
  await probePage.waitForFunction(() => (window as unknown as { __ispWatch: { violations: string[] } }).__ispWatch.violations.length > 0);
  assert.match((await watched(probePage)).violations.join('\n'), /style-src/);
  await probePage.close();
});

test('every template in edit, view and print mode, blank and with its fixtures, renders with zero CSP violations', async () => {
  const cases = [
    ...templateIds.map((template) => ({ template, name: 'blank', plan: undefined as unknown })),
    ...fixturePlans(),
  ];
  const notDrawn: string[] = [];
  for (const { template, name, plan } of cases) {
    for (const mode of ['edit', 'view', 'print']) {
      if (!(await renderOnPage(page, template, mode, plan))) notDrawn.push(`${template} ${name} ${mode}`);
    }
  }
  // Validation runs on demand: ask for it so the validators run under the policy too.
  await page.evaluate(() => (document.querySelector('isp-plan') as unknown as { reportValidity(): boolean }).reportValidity());
  const { violations, errors } = await watched(page);
  assert.deepEqual(notDrawn, [], 'renders that drew nothing');
  assert.deepEqual(violations, [], 'securitypolicyviolation reports');
  assert.deepEqual(errors, [], 'uncaught errors on the page');
  assert.deepEqual(consoleProblems, [], 'CSP messages and page errors in the console');
});
