import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '/work/main/scripts/chromium.js';
import { serveStatic } from '/work/main/scripts/static-server.js';
const server = await serveStatic({ mounts: { '/': '/work/main/storybook-static' } });
const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1024, height: Number(process.argv[3] ?? 768) } });
await page.goto(`${server.origin}/iframe.html?id=${process.argv[2]}&viewMode=story&globals=a11y.manual:!true`);
await page.waitForFunction(`window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished'`, null, { timeout: 300000 });
await page.addScriptTag({ content: readFileSync('/work/main/node_modules/axe-core/axe.min.js', 'utf8') });
const out = await page.evaluate(`(async () => {
  const root = document.querySelector('#storybook-root');
  const tags = ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'];
  const times = [];
  let t = performance.now(); await axe.run(root, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }); times.push(['all', Math.round(performance.now() - t)]);
  for (const id of ['color-contrast', 'target-size', 'dlitem', 'nested-interactive', 'label-content-name-mismatch']) { t = performance.now(); await axe.run(root, { runOnly: { type: 'rule', values: [id] }, resultTypes: ['violations'] }); times.push([id, Math.round(performance.now() - t)]); }
  return times;
})()`);
console.log(process.argv[3], out);
await browser.close(); await server.close();
