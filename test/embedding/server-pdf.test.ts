// A printed plan as a PDF, made in headless Chromium from the server-rendered HTML, and a PNG
// of the PDF's first page (drawn by pdf.js, since headless Chromium has no PDF viewer) written
// to test-output/ so a person can look at it. Nothing in the plan runs as code on the way: a
// hostile string in the plan shows as text.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/static-server.js';
import { renderPlanToHtml } from '../../packages/components/src/server/index.js';

const outDir = fileURLToPath(new URL('../../test-output/', import.meta.url));
const pictureDir = fileURLToPath(new URL('./pdf-picture/', import.meta.url));
const pdfjsDir = fileURLToPath(new URL('../../node_modules/pdfjs-dist/build/', import.meta.url));
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
  assert.ok(pages >= 2 && pages <= 6, `a complete IPM should print on 2 to 6 A4 pages, the PDF has ${pages}`);

  // Page 1 of the PDF itself as a picture, at 1.5 × its size in CSS pixels.
  const server = await serveStatic({ mounts: { '/': pictureDir, '/pdfjs/': pdfjsDir } });
  t.after(() => server.close());
  const viewer = await browser.newPage();
  await viewer.goto(`${server.origin}/index.html`);
  await viewer.waitForFunction(() => (window as unknown as { pdfPictureReady?: boolean }).pdfPictureReady === true);
  const drawn = await viewer.evaluate(
    ([base64]) => (window as unknown as { drawPdfPage(data: string, page: number, scale: number): Promise<{ pages: number; width: number; height: number; widthMm: number; heightMm: number }> }).drawPdfPage(base64!, 1, 1.5),
    [pdf.toString('base64')],
  );
  assert.equal(drawn.pages, pages, 'pdf.js and the PDF disagree on the number of pages');
  assert.ok(Math.abs(drawn.widthMm - 210) < 1 && Math.abs(drawn.heightMm - 297) < 1, `page 1 is ${drawn.widthMm.toFixed(0)} × ${drawn.heightMm.toFixed(0)} mm, not A4`);
  const png = await viewer.locator('#page').screenshot();
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  // The last page too: where the signature lines and the amendments are.
  await viewer.evaluate(
    ([base64, last]) => (window as unknown as { drawPdfPage(data: string, page: number, scale: number): Promise<unknown> }).drawPdfPage(base64!, Number(last), 1.5),
    [pdf.toString('base64'), String(pages)],
  );
  const lastPng = await viewer.locator('#page').screenshot();

  mkdirSync(outDir, { recursive: true });
  const pdfPath = `${outDir}server-print-individual-provision-map.pdf`;
  const pngPath = `${outDir}server-print-individual-provision-map-page-1.png`;
  writeFileSync(pdfPath, pdf);
  writeFileSync(pngPath, png);
  const lastPath = `${outDir}server-print-individual-provision-map-last-page.png`;
  writeFileSync(lastPath, lastPng);
  t.diagnostic(`PDF (${pages} A4 pages, ${(pdf.length / 1024).toFixed(0)} KB): ${pdfPath}`);
  t.diagnostic(`page 1 as a picture, look at it: ${pngPath}`);
  t.diagnostic(`page ${pages} (signatures, amendments): ${lastPath}`);
});
