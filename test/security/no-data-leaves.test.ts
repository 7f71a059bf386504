// No data leaves the page: the shipped bundle renders every template, and a person types into
// fields, adds, removes and restores rows and submits the form; meanwhile no request goes out
// beyond the page's own files, and no cookie, localStorage, sessionStorage, IndexedDB or
// Cache Storage entry is written. The page has no CSP here, so an attempt would really go out
// and be seen (the page's watcher also records every call that could store or send data).
// The elements are bundled from the sources for this test, so it needs no build.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './support/launch-chromium.js';
import { fixturePlans, pageFiles, renderOnPage, servePlanPage, watched } from './support/plan-page.js';
import type { StaticServer } from './support/static-server.js';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

before(async () => {
  server = await servePlanPage('sources');
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('websocket', (socket) => requests.push(socket.url()));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => (window as unknown as { __ispReady?: boolean }).__ispReady === true);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the person does on one template: type, submit, add a row, remove it, undo. */
async function useLikeAPerson(template: string): Promise<string[]> {
  const done: string[] = [];
  const plan = page.locator('isp-plan');
  const text = plan.locator('input[type="text"]:visible').first();
  if ((await text.count()) > 0) {
    await text.click();
    await text.pressSequentially(' typed', { delay: 0 });
    done.push('typed into a text input');
  }
  const area = plan.locator('textarea:visible').first();
  if ((await area.count()) > 0) {
    await area.click();
    await area.pressSequentially(' and more', { delay: 0 });
    await page.keyboard.press('Tab');
    done.push('typed into a textarea');
  }
  await page.evaluate(() => {
    delete (window as unknown as { __ispSubmitted?: unknown }).__ispSubmitted;
    (document.getElementById('plan-form') as HTMLFormElement).requestSubmit();
  });
  const submitted = await page.evaluate(() => (window as unknown as { __ispSubmitted?: Record<string, string> }).__ispSubmitted);
  if (submitted) {
    const inElement = await page.evaluate(() => (document.querySelector('isp-plan') as unknown as { plan: unknown }).plan);
    assert.deepEqual(JSON.parse(submitted['plan'] ?? 'null'), inElement, `${template}: the form submits the plan being edited`);
    done.push('submitted the form');
  }
  const add = plan.locator('[data-action="add"]:visible').first();
  if ((await add.count()) > 0) {
    await add.click();
    done.push('added a row');
    const remove = plan.locator('[data-action="remove"]:visible').last();
    if ((await remove.count()) > 0) {
      await remove.click();
      await plan.locator('[data-action="undo"]').click();
      done.push('removed a row and undid it');
    }
  }
  return done;
}

test('rendering and editing every template sends nothing and stores nothing', { timeout: 120000 }, async () => {
  const actions: string[] = [];
  for (const { template, name, plan } of fixturePlans().filter((each) => each.name === 'valid-complete.json')) {
    for (const mode of ['view', 'print', 'edit']) {
      assert.ok(await renderOnPage(page, template, mode, plan), `${template} ${name} ${mode} drew something`);
    }
    actions.push(...(await useLikeAPerson(template)).map((action) => `${template}: ${action}`));
  }
  // The sweep did what it says: people typed, submitted and changed rows on the templates.
  for (const action of ['typed into a text input', 'typed into a textarea', 'submitted the form', 'added a row', 'removed a row and undid it']) {
    assert.ok(actions.some((done) => done.endsWith(action)), `some template was ${action}: ${actions.join('; ')}`);
  }

  const own = new Set(pageFiles.map((path) => `${server.origin}${path}`));
  const favicon = `${server.origin}/favicon.ico`; // asked for by the browser itself, not by a page script
  assert.deepEqual(requests.filter((url) => !own.has(url) && url !== favicon), [], 'requests beyond the page and the bundle');
  assert.deepEqual(server.requested.filter((path) => !pageFiles.includes(path) && path !== '/favicon.ico'), [], 'paths the server was asked for');

  const { attempts, errors } = await watched(page);
  assert.deepEqual(attempts, [], 'calls that store or send data');
  assert.deepEqual(errors, [], 'uncaught errors');
  assert.deepEqual(await context.cookies(), [], 'cookies');
  const stored = await page.evaluate(async () => ({
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: await caches.keys(),
  }));
  assert.deepEqual(stored, { localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [] }, 'web storage written');
});
