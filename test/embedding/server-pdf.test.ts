// A printed plan as a PDF, made in headless Chromium from the server-rendered HTML, and a PNG
// of its first page written to test-output/ so a person can look at it. Nothing in the plan
// runs as code on the way: a hostile string in the plan shows as text in the PDF page.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
import { renderPlanToHtml } from '../../packages/components/src/server/index.js';

const outDir = fileURLToPath(new URL('../../test-output/', import.meta.url));
const fixture = (template: string, file: string) =>
  JSON.parse(readFileSync(new URL(`../../packages/schemas/fixtures/${template}/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

// A4 at the CSS 96 dpi: 210 mm × 297 mm.
const a4 = { width: 794, height: 1123 };

test('a printed plan becomes an A4 PDF in headless Chromium, with a picture of page 1 to look at', { timeout: 120_000 }, async (t) => {
  const plan = fixture('individual-provision-map', 'valid-complete.json');
  const child = plan.child as Record<string, unknown>;
  const typedName = String(child.name);
  // What a person typed, markup included, must print as typed.
  const typedMarkup = 'Water play <img src=x onerror="window.pwned=1"> & songs';
  (plan.profile as Record<string, unknown>).preferredActivity = typedMarkup;
  const html = renderPlanToHtml(plan, { mode: 'print', document: true });

  const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: a4 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // No network: the document must be complete on its own (styles inline, no fonts or images).
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  await page.setContent(html, { waitUntil: 'load' });

  assert.equal(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), undefined, 'markup in the plan ran as code');
  const shown = await page.evaluate(() => document.body.innerText);
  assert.ok(shown.includes(typedName), `the child's name ${typedName} is not on the page`);
  assert.ok(shown.includes(typedMarkup), 'typed markup is not shown as text');
  assert.deepEqual(requests, [], 'the printed plan fetched something');
  assert.deepEqual(errors, []);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'page.pdf did not give a PDF');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2, `expected a page per section, the PDF has ${pages} page(s)`);

  await page.emulateMedia({ media: 'print' });
  const png = await page.screenshot({ clip: { x: 0, y: 0, ...a4 } });
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');

  mkdirSync(outDir, { recursive: true });
  const pdfPath = `${outDir}server-print-individual-provision-map.pdf`;
  const pngPath = `${outDir}server-print-individual-provision-map-page-1.png`;
  writeFileSync(pdfPath, pdf);
  writeFileSync(pngPath, png);
  t.diagnostic(`PDF (${pages} A4 pages, ${(pdf.length / 1024).toFixed(0)} KB): ${pdfPath}`);
  t.diagnostic(`page 1 as a picture, look at it: ${pngPath}`);
});
