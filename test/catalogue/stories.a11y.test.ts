// The accessibility sweep: every story of the Storybook catalogue rendered in Chromium, axe
// run over it, zero violations allowed. The stories are the project's examples of every
// element, template, mode and state, so this is the WCAG check over all of them.
// One static build, one server, one browser, two pages: each page loads the preview once and
// stories are switched through Storybook's own channel instead of reloading it for each.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeRunOnly } from '../../stories/.storybook/axe-rules.js';
import { openCatalogue } from './open-catalogue.js';
interface Violation { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }
interface StoryOutcome { error?: string; violations?: Violation[] }

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const sweepSource = readFileSync(new URL('./sweep-in-page.js', import.meta.url), 'utf8');

/** Adds axe and the sweep helper to the preview, again if a story made the preview reload. */
async function ensureInjected(page: Page): Promise<void> {
  await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window && '__STORYBOOK_PREVIEW__' in window);
  if (await page.evaluate(() => '__ispSweepStory' in window)) return;
  await page.addScriptTag({ content: axeSource });
  await page.addScriptTag({ content: sweepSource });
}

/** Renders one story in the already-loaded preview and runs axe over what it rendered. */
async function sweepStory(page: Page, storyId: string): Promise<StoryOutcome> {
  await ensureInjected(page);
  return page.evaluate(
    ([id, tags]) => (window as unknown as { __ispSweepStory(id: string, tags: string[]): Promise<StoryOutcome> }).__ispSweepStory(id, tags),
    [storyId, axeRunOnly] as [string, string[]],
  );
}

function describeViolations(storyId: string, violations: Violation[]): string {
  const lines = violations.map((violation) => {
    const where = violation.nodes.map((node) => `      at ${JSON.stringify(node.target)}${node.failureSummary ? `: ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
    return [`  - ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} ${violation.helpUrl}`, ...where].join('\n');
  });
  return `story "${storyId}" has ${violations.length} axe violation(s):\n${lines.join('\n')}`;
}

test('every catalogue story renders in Chromium with zero axe violations', { timeout: 40 * 60_000 }, async (t) => {
  const started = performance.now();
  const { origin, browser, entries, buildMs } = await openCatalogue(t);
  // ISP_SWEEP_ONLY=<text> sweeps only the stories whose id contains it (while fixing a few).
  const only = process.env.ISP_SWEEP_ONLY;
  const stories = entries.filter((entry) => entry.type === 'story' && (!only || entry.id.includes(only)));
  assert.ok(stories.length > 0, 'storybook-static/index.json lists no stories');

  // Stories are spread over a few pages of the one browser (one per core, at most 2: the
  // machine is shared), each page loading the preview once and switching stories in place.
  const pageCount = Math.max(1, Math.min(2, availableParallelism(), Number(process.env.ISP_SWEEP_PAGES ?? 2)));
  const queue = [...stories];
  const outcomes = new Map<string, Promise<StoryOutcome & { pageErrors: string[] }>>();
  const settle = new Map<string, (outcome: StoryOutcome & { pageErrors: string[] }) => void>();
  for (const story of stories) outcomes.set(story.id, new Promise((resolve) => settle.set(story.id, resolve)));

  async function worker(): Promise<void> {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A story that logs an error (a Lit warning-as-error, an element reporting bad input it was
    // not meant to get) renders "fine" but is not: console errors fail it like uncaught ones.
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
    });
    let opened = false;
    for (let story = queue.shift(); story; story = queue.shift()) {
      pageErrors.length = 0;
      let outcome: StoryOutcome;
      try {
        if (!opened) {
          // The addon's automatic axe run is off (a11y.manual) so axe runs once per story.
          await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
          opened = true;
        }
        outcome = await sweepStory(page, story.id);
      } catch (error) {
        outcome = { error: error instanceof Error ? error.message : String(error) };
      }
      settle.get(story.id)!({ ...outcome, pageErrors: [...pageErrors] });
    }
  }
  // A page that cannot even open must not leave the remaining stories waiting forever.
  const workers = Promise.all(Array.from({ length: pageCount }, () => worker().catch((error: unknown) => {
    for (let story = queue.shift(); story; story = queue.shift()) settle.get(story.id)!({ error: `the sweep page failed: ${String(error)}`, pageErrors: [] });
  })));

  let swept = 0;
  for (const story of stories) {
    await t.test(`${story.title} / ${story.name} (${story.id})`, async () => {
      const outcome = await outcomes.get(story.id)!;
      assert.equal(outcome.error, undefined, `story "${story.id}" did not render: ${outcome.error}`);
      assert.deepEqual(outcome.pageErrors, [], `story "${story.id}" raised uncaught or console errors: ${outcome.pageErrors.join('; ')}`);
      assert.ok(outcome.violations, `story "${story.id}": axe gave no result`);
      if (outcome.violations.length > 0) assert.fail(describeViolations(story.id, outcome.violations));
      swept += 1;
    });
  }
  await workers;
  const seconds = (performance.now() - started) / 1000;
  t.diagnostic(`swept ${stories.length} stories (${swept} clean) on ${pageCount} page(s) in ${seconds.toFixed(1)} s, of which the Storybook build took ${(buildMs / 1000).toFixed(1)} s`);
});
