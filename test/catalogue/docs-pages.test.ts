// Every docs page of the catalogue opens in Chromium without an error, shows its element's
// description and tables, and fetches nothing from outside the catalogue. The axe sweep
// (stories.a11y.test.ts) renders stories only; the docs pages run code of their own (the
// manifest reading, the guidance, the "Show code" snippets) that no story exercises.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openCatalogue } from './open-catalogue.js';

test('every catalogue docs page renders without errors and with its tables', { timeout: 20 * 60_000 }, async (t) => {
  const { origin, browser, entries } = await openCatalogue(t);
  const pages = entries.filter((entry) => entry.type === 'docs');
  assert.ok(pages.length > 0, 'storybook-static/index.json lists no docs pages');

  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) problems.push(`fetched ${request.url()}`);
  });

  for (const entry of pages) {
    await t.test(`${entry.title} (${entry.id})`, async () => {
      problems.length = 0;
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs&globals=a11y.manual:!true`);
      await page.waitForSelector('.sbdocs-content table', { timeout: 120_000 });
      const text = await page.locator('.sbdocs-content').innerText();
      assert.deepEqual(problems, [], `docs page "${entry.id}" raised errors or fetched from outside`);
      assert.doesNotMatch(text, /Setup controls/, 'a row shows "Setup controls" (a link out of the catalogue) instead of no control');
      const intro = text.split('\n').slice(1).find((line) => line.trim().length > 0) ?? '';
      assert.ok(intro.length > 20 && !/^Show code/.test(intro), `docs page "${entry.id}" opens with no description: "${intro}"`);
    });
  }
});
