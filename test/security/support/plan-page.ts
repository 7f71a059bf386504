// Serves the host test page (pages/) and the shipped bundle from one origin, optionally under
// a Content-Security-Policy, and opens it in Chromium with the page's own watchers in place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { templateIds, type TemplateId } from '@isp-kit/schemas';
import { bundleFromSources, requireBundle } from './bundle.js';
import { serveFiles, type StaticServer } from './static-server.js';

const pages = (name: string) => fileURLToPath(new URL(`../pages/${name}`, import.meta.url));
const fixtures = (template: string, name: string) => fileURLToPath(new URL(`../../../packages/schemas/fixtures/${template}/${name}`, import.meta.url));

/** The files the page is allowed to load: the page, its two scripts and the bundle. */
export const pageFiles = ['/', '/page/watch-page.js', '/page/render-plan.js', '/dist/isp-kit.js'];

export interface Watched {
  violations: string[];
  errors: string[];
  attempts: string[];
}

/**
 * Serves the page with the shipped bundle (`shipped`, needs the build) or one bundled from the
 * sources now (`sources`), sending `headers` with every response.
 */
export async function servePlanPage(bundle: 'shipped' | 'sources', headers: Record<string, string> = {}): Promise<StaticServer> {
  const script = bundle === 'shipped' ? { file: requireBundle() } : { text: await bundleFromSources(), type: 'text/javascript; charset=utf-8' };
  return serveFiles(
    {
      '/': { file: pages('plan-page.html') },
      '/page/watch-page.js': { file: pages('watch-page.js') },
      '/page/render-plan.js': { file: pages('render-plan.js') },
      '/dist/isp-kit.js': script,
    },
    headers,
  );
}

export async function openPlanPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { __ispReady?: boolean }).__ispReady === true, undefined, { timeout: 10000 });
  return page;
}

/** Renders a plan through the page's own script; false when nothing was drawn. */
export async function renderOnPage(page: Page, template: string, mode: string, plan: unknown): Promise<boolean> {
  return page.evaluate(
    ([t, m, p]) => (window as unknown as { __ispRender(t: string, m: string, p: unknown): Promise<boolean> }).__ispRender(t, m, p),
    [template, mode, plan] as [string, string, unknown],
  );
}

export async function watched(page: Page): Promise<Watched> {
  return page.evaluate(() => (window as unknown as { __ispWatch: Watched }).__ispWatch);
}

/** Each template's valid-minimal and valid-complete plans, read from the schemas package. */
export function fixturePlans(): { template: TemplateId; name: string; plan: unknown }[] {
  return templateIds.flatMap((template) =>
    ['valid-minimal.json', 'valid-complete.json'].map((name) => ({ template, name, plan: JSON.parse(readFileSync(fixtures(template, name), 'utf8')) as unknown })),
  );
}
