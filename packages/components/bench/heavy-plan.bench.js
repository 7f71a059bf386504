// Heavy-plan benchmark (prints figures; not a test): how <isp-plan> copes with a record of
// intervention holding 1,000 targets and 5,000 intervention records, and an individual
// provision map holding 1,000 SMART targets. For each it reports the first render time and
// the typing latency of keystrokes deep in the list, from `keydown` until the plan is updated
// (the `isp-plan-change` event has fired and element.plan holds the new text) and the page is
// updated (the plan's and the focused part's updates done, then style and layout forced).
// Goal: under 16 ms per keystroke at the 95th percentile.
//
// The clock starts at the keydown's `timeStamp` (when the browser created the event, so time a
// key waits behind the page's own work counts) and stops after that forced layout: the same
// method as run-bench.js (see its header). The figure printed before 2026-11 also waited for a
// MessageChannel task after that, which mostly measures the browser's input pipeline; it is
// printed as "next task" beside it. Work <isp-plan> defers to a timer is timed on its own: the
// refresh of the form's value and validity 300 ms after the last key (a key pressed while it
// runs waits for it).
//
//   node packages/components/bench/heavy-plan.bench.js [--keystrokes 40] [--runs 3] [--bundle file.js]
//
// `--bundle` measures a prebuilt bundle of the elements instead (e.g. before and after a change).
//
// The elements are bundled from the TypeScript sources with esbuild (minified, Lit's
// production build), served from 127.0.0.1 and driven in Chromium by playwright-core.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.js';
import { heavyProvisionMap, heavyRecordOfIntervention } from './heavy-plan-data.js';

const { values } = parseArgs({ options: { keystrokes: { type: 'string', default: '40' }, runs: { type: 'string', default: '3' }, bundle: { type: 'string' } } });
const keystrokes = Number(values.keystrokes);
const runs = Number(values.runs);
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Every element in one module; `ignoreAnnotations` keeps src/define/*.ts (see `sideEffects`). */
async function bundle() {
  const result = await build({
    stdin: { contents: "import './packages/components/src/isp-kit.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    conditions: ['source'],
    ignoreAnnotations: true,
    write: false,
    tsconfig: `${root}tsconfig.base.json`,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

// Runs in the page: mounts a plan and measures keystrokes.
const harness = `
const afterMicrotasks = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(); c.port2.postMessage(null); });
const forceLayout = () => document.body.getBoundingClientRect().height;
const valueAt = (plan, pointer) => pointer.split('/').slice(1).reduce((node, key) => node?.[key], plan);

window.mountPlan = async (template, plan) => {
  document.body.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  const element = document.createElement('isp-plan');
  element.template = template;
  element.plan = plan;
  document.body.append(element);
  await element.updateComplete;
  // The parts (SMART target editors, the intervention log) render in their own updates.
  for (const part of element.shadowRoot.querySelectorAll('*')) if (part.updateComplete) await part.updateComplete;
  await afterMicrotasks();
  forceLayout();
  return performance.now() - start;
};

/** Focuses the text box for pointer (in <isp-plan> or inside the part for its row), at its end. */
window.focusBox = (pointer) => {
  const element = document.querySelector('isp-plan');
  let box = element.shadowRoot.querySelector('[data-pointer="' + pointer + '"]');
  if (!box) {
    const row = pointer.slice(0, pointer.lastIndexOf('/'));
    box = element.shadowRoot.querySelector('[data-pointer="' + row + '"]')?.shadowRoot?.querySelector('#' + pointer.split('/').pop());
  }
  if (!box) throw new Error('no text box for ' + pointer);
  box.scrollIntoView({ block: 'center' });
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  return box.localName;
};

/**
 * Arms the measurement of the next keystroke before it is sent (so no key can race ahead of
 * the listeners): window.measured resolves with the time from keydown until plan and page
 * are updated.
 */
window.armKeystroke = (pointer) => { window.measured = measureNextKeystroke(pointer); };
const measureNextKeystroke = (pointer) => new Promise((resolve, reject) => {
  const element = document.querySelector('isp-plan');
  const before = valueAt(element.plan, pointer) ?? '';
  let start = 0;
  let created = 0;
  const onKeydown = (event) => { start = performance.now(); created = event.timeStamp; };
  const timer = setTimeout(() => reject(new Error('no isp-plan-change within 10 s of the keystroke at ' + pointer + ' (focus on ' + (document.activeElement && document.activeElement.localName) + ')')), 10000);
  const onChange = async () => {
    await element.updateComplete;
    const part = element.shadowRoot.activeElement;
    if (part && part.updateComplete) await part.updateComplete;
    forceLayout();
    const end = performance.now();
    await afterMicrotasks();
    forceLayout();
    const nextTask = performance.now() - start;
    clearTimeout(timer);
    window.removeEventListener('keydown', onKeydown, true);
    element.removeEventListener('isp-plan-change', onChange);
    const after = valueAt(element.plan, pointer);
    if (typeof after !== 'string' || after.length !== before.length + 1) reject(new Error('the plan was not updated at ' + pointer + ': ' + JSON.stringify(after).slice(-40)));
    else resolve({ total: end - created, nextTask });
  };
  window.addEventListener('keydown', onKeydown, true);
  element.addEventListener('isp-plan-change', onChange);
});
/** Times the refresh <isp-plan> runs once typing pauses (form value and validity). */
window.timePauseWork = () => {
  const element = document.querySelector('isp-plan');
  const start = performance.now();
  element.checkValidity();
  return performance.now() - start;
};
window.ready = true;
`;

async function serve(script) {
  const files = {
    '/': ['text/html; charset=utf-8', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>heavy plan</title><script type="module" src="/isp-kit.js"></script><script type="module" src="/harness.js"></script></head><body></body></html>'],
    '/isp-kit.js': ['text/javascript; charset=utf-8', script],
    '/harness.js': ['text/javascript; charset=utf-8', harness],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://127.0.0.1').pathname];
    response.writeHead(file ? 200 : 404, { 'content-type': file ? file[0] : 'text/plain' });
    response.end(file ? file[1] : 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value) => `${value.toFixed(1)} ms`;

const scenarios = [
  { name: 'record of intervention, 1,000 targets + 5,000 intervention records', template: 'record-of-intervention', plan: heavyRecordOfIntervention(1000, 5000), pointer: '/targets/750/target' },
  { name: 'individual provision map, 1,000 SMART targets', template: 'individual-provision-map', plan: heavyProvisionMap(1000), pointer: '/targets/750/target' },
];

const { server, origin } = await serve(values.bundle ? readFileSync(values.bundle, 'utf8') : await bundle());
const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => window.ready === true);
  console.log(`Heavy-plan benchmark: Chromium ${browser.version()}, ${runs} render runs, ${keystrokes} keystrokes each (goal: p95 under 16 ms per keystroke)\n`);
  for (const { name, template, plan, pointer } of scenarios) {
    const renders = [];
    console.log(name);
    for (let run = 0; run < runs; run += 1) renders.push(await page.evaluate(([t, p]) => window.mountPlan(t, p), [template, plan]));
    const box = await page.evaluate((at) => window.focusBox(at), pointer);
    const samples = [];
    const pauses = [];
    for (let key = 0; key < keystrokes; key += 1) {
      await page.evaluate((at) => window.armKeystroke(at), pointer);
      await page.keyboard.press(String.fromCharCode(97 + (key % 26)));
      samples.push(await page.evaluate(() => window.measured));
      // Every tenth key, the work a pause in typing starts (run at once instead of after 300 ms).
      if (key % 10 === 9) pauses.push(await page.evaluate(() => window.timePauseWork()));
    }
    renders.sort((a, b) => a - b);
    const latencies = samples.map((sample) => sample.total).sort((a, b) => a - b);
    const nextTask = samples.map((sample) => sample.nextTask).sort((a, b) => a - b);
    pauses.sort((a, b) => a - b);
    const p95 = percentile(latencies, 95);
    console.log(`  first render (median of ${runs}): ${ms(percentile(renders, 50))}   (min ${ms(renders[0])}, max ${ms(renders.at(-1))})`);
    console.log(`  typing in ${pointer} (${box}), keydown → plan and page updated: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(p95)}, max ${ms(latencies.at(-1))}   ${p95 < 16 ? 'within' : 'OVER'} the 16 ms goal`);
    console.log(`    (to the next task, the figure printed before: p50 ${ms(percentile(nextTask, 50))}, p95 ${ms(percentile(nextTask, 95))})`);
    console.log(`  validity and form value refreshed after a pause in typing: median ${ms(percentile(pauses, 50))}, max ${ms(pauses.at(-1))}\n`);
  }
  if (errors.length > 0) console.log(`Page errors:\n  ${errors.join('\n  ')}`);
} finally {
  await browser.close();
  server.close();
}
