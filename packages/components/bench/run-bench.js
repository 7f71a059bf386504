// Benchmarks <isp-plan> against react-jsonschema-form in the same Chromium, in one run, and
// prints the figures (it asserts nothing: goals are read off the output).
//
//   (a) first render of a schema whose array has N rows of 6 text fields (median of runs)
//   (b) typing latency, keydown → plan and page updated, one key in a target of a plan holding
//       N SMART targets (p50/p95); rjsf on the 6-field schema and a bare <input> for scale
//   (c) min+gzip size of dist/isp-kit.js (what a page loads)
//
// How (b) is measured (page-harness.js, the same for all three): playwright presses a key; the
// clock starts at the keydown's `timeStamp` (when the browser created the event, so a key kept
// waiting behind the page's own work counts) and stops once the `input` it causes was handled,
// the renderer's queued updates are done (<isp-plan>: its update and the focused part's,
// `updateComplete`; React: the commit, seen by a layout effect; bare input: nothing) and style
// and layout were forced. That is "total". "own" is the same end measured from the first keydown
// listener. "next task" is the figure printed as "total" before (until 2026-11): from the first
// keydown listener to a MessageChannel task after the end above; that wait is mostly the
// browser's input pipeline and frame scheduling (a bare <input> spends ~10 ms in it on a shared
// 2-core machine), so it hid the renderers' differences. It is still printed for every line.
// Not in any figure: painting the next frame (the same for all, frame-aligned), and work a
// renderer defers to a timer (<isp-plan> refreshes the form's validity after 300 ms without a
// key: see heavy-plan.bench.js, which times that task).
//
// Usage: npm run build -w @isp-kit/components && npm run bench -w @isp-kit/components
//        ROWS=200,1000 RUNS=7 KEYS=60 to change the sizes; ISP_KIT=path/to/bundle.js to measure
//        another build of isp-kit.js (e.g. before and after a change, alternately).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.js';
import { provisionMap, rowsPlan, rowsSchema } from './bench-data.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bundlePath = process.env.ISP_KIT ?? here('../dist/isp-kit.js');
const rowCounts = (process.env.ROWS ?? '200,1000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 7);
const keys = Number(process.env.KEYS ?? 60);

if (!existsSync(bundlePath)) {
  console.error('dist/isp-kit.js is missing: run `npm run build -w @isp-kit/components` first.');
  process.exit(1);
}

async function bundle(entry, globalName) {
  const result = await build({
    entryPoints: [here(entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName,
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (value) => `${value.toFixed(1)} ms`;

const harness = await bundle('./page-harness.js', 'harness');
const rjsf = await bundle('./rjsf-page.jsx', 'rjsfPage');
const ispKit = readFileSync(bundlePath, 'utf8');

const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });

async function freshPage(kind) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: harness });
  if (kind === 'isp') {
    await page.addScriptTag({ content: ispKit, type: 'module' });
    await page.waitForFunction(() => customElements.get('isp-plan') !== undefined);
  }
  if (kind === 'rjsf') await page.addScriptTag({ content: rjsf });
  return page;
}

/** One first render of `<isp-plan>` on `page`, in ms (element created, rendered, laid out). */
function renderIspOnce(page, data) {
  return page.evaluate(async ({ schema, plan }) => {
    const start = performance.now();
    const element = document.createElement('isp-plan');
    element.schema = schema;
    element.plan = plan;
    document.body.append(element);
    await element.updateComplete;
    window.harness.forceLayout();
    const time = performance.now() - start;
    element.remove();
    return time;
  }, data);
}

/** One first render of react-jsonschema-form on `page`, in ms. */
function renderRjsfOnce(page, data) {
  return page.evaluate(({ schema, plan }) => {
    const start = performance.now();
    const unmount = window.renderRjsf(schema, plan);
    window.harness.forceLayout();
    const time = performance.now() - start;
    unmount();
    return time;
  }, data);
}

/**
 * First renders of both, alternating run by run so that changes in machine load (other work
 * on a shared machine) hit both sides alike; the first two runs of each warm up the JIT.
 */
async function firstRenders(rows) {
  const data = { schema: rowsSchema(), plan: rowsPlan(rows) };
  const ispPage = await freshPage('isp');
  const rjsfPage = await freshPage('rjsf');
  const isp = [];
  const react = [];
  for (let run = 0; run < runs + 2; run++) {
    isp.push(await renderIspOnce(ispPage, data));
    react.push(await renderRjsfOnce(rjsfPage, data));
  }
  await ispPage.close();
  await rjsfPage.close();
  return { isp: isp.slice(2), react: react.slice(2) };
}

/** Presses `keys` keys in the focused field, measuring each keydown → updated page. */
async function typeAndMeasure(page, settle = 'none') {
  const samples = [];
  for (let key = 0; key < keys + 5; key++) {
    await page.evaluate((settle) => {
      const commits = window.rjsfCommits ?? 0;
      const settled = { isp: window.harness.ispSettled, rjsf: () => window.harness.rjsfSettled(commits) }[settle];
      window.measurement = window.harness.armKeystroke(settled);
    }, settle);
    await page.keyboard.press(key % 2 === 0 ? 'a' : 'Backspace');
    samples.push(await page.evaluate(() => window.measurement));
  }
  return samples.slice(5);
}

async function typingIsp(rows) {
  const page = await freshPage('isp');
  const where = await page.evaluate(async (plan) => {
    const element = document.createElement('isp-plan');
    element.template = 'individual-provision-map';
    element.plan = plan;
    document.body.append(element);
    await element.updateComplete;
    const middle = `/targets/${Math.floor(plan.targets.length / 2)}`;
    const root = element.shadowRoot;
    const generic = root.querySelector(`[data-pointer="${middle}/target"]`);
    if (generic) {
      generic.focus();
      return 'generic textarea';
    }
    const part = root.querySelector(`[data-pointer="${middle}"]`);
    await part.updateComplete;
    const fields = [...part.shadowRoot.querySelectorAll('textarea, input[type="text"]')];
    const field = fields.find((each) => /target/i.test(`${each.id} ${each.name} ${each.dataset.field ?? ''}`) && !/baseline/i.test(each.id)) ?? fields[0];
    field.focus();
    return `${part.localName} (${field.id || field.name || field.localName})`;
  }, provisionMap(rows));
  const samples = await typeAndMeasure(page, 'isp');
  const check = await page.evaluate(() => document.querySelector('isp-plan').plan.targets.length);
  await page.close();
  return { samples, where, check };
}

async function typingRjsf(rows) {
  const page = await freshPage('rjsf');
  await page.evaluate(
    ({ schema, plan }) => {
      window.renderRjsf(schema, plan);
      document.getElementById(`root_targets_${Math.floor(plan.targets.length / 2)}_target`).focus();
    },
    { schema: rowsSchema(), plan: rowsPlan(rows) },
  );
  const samples = await typeAndMeasure(page, 'rjsf');
  const late = await page.evaluate(() => window.rjsfLateCommits ?? 0);
  if (late > 0) console.log(`    (rjsf committed ${late} keystrokes only after the next task; their figures include that wait)`);
  await page.close();
  return samples;
}

async function typingBareInput() {
  const page = await freshPage('none');
  await page.evaluate(() => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
  });
  const samples = await typeAndMeasure(page);
  await page.close();
  return samples;
}

console.log(`Chromium ${browser.version()}, ${runs} render runs, ${keys} keystrokes per sample`);
console.log('Read typing figures against the bare <input> line: it is what the machine itself costs.\n');

console.log('(a) First render, N rows of 6 text fields (median, min)');
for (const rows of rowCounts) {
  const { isp, react } = await firstRenders(rows);
  const ratio = percentile(isp, 50) / percentile(react, 50);
  console.log(
    `  ${String(rows).padStart(5)} rows  isp-plan ${ms(percentile(isp, 50))} (min ${ms(Math.min(...isp))})` +
      `   rjsf ${ms(percentile(react, 50))} (min ${ms(Math.min(...react))})   isp/rjsf ${(ratio * 100).toFixed(0)}% (goal < 50%)`,
  );
}

console.log('\n(b) Typing latency, keydown → plan and page updated, p50 / p95 (see the header for the three figures)');
const figure = (samples, name) => {
  const values = samples.map((sample) => sample[name]);
  return `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))}`;
};
const line = (label, samples, note = '') =>
  console.log(`  ${label.padEnd(32)} total ${figure(samples, 'total')}   own ${figure(samples, 'own')}   next task ${figure(samples, 'nextTask')}${note}`);
line('bare <input>', await typingBareInput());
for (const rows of rowCounts) {
  const isp = await typingIsp(rows);
  line(`isp-plan, ${String(rows).padStart(5)} SMART targets`, isp.samples, `   (goal total p95 < 8 ms; field: ${isp.where}; plan kept ${isp.check} targets)`);
  line(`rjsf,     ${String(rows).padStart(5)} rows of 6`, await typingRjsf(rows));
}

const raw = readFileSync(bundlePath);
const gzipped = gzipSync(raw, { level: 9 }).length;
console.log(`\n(c) dist/isp-kit.js: ${(raw.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB min+gzip (goal < 60 KB)`);

await browser.close();
