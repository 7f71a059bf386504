// What every browser test of the catalogue starts with: the static build (made once, see
// storybook-build.ts), its index of stories and docs pages, a local server and one Chromium,
// both closed when the test ends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/static-server.js';
import { ensureStorybookBuild, outDir } from './storybook-build.js';

export interface IndexEntry { id: string; type: 'story' | 'docs'; title: string; name: string }

export interface OpenCatalogue {
  origin: string;
  browser: Browser;
  entries: IndexEntry[];
  /** How long the Storybook build took in ms (0 when an up-to-date build was reused). */
  buildMs: number;
}

export async function openCatalogue(t: TestContext): Promise<OpenCatalogue> {
  const buildMs = ensureStorybookBuild();
  const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  const server = await serveStatic({ mounts: { '/': outDir } });
  const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  return { origin: server.origin, browser, entries: Object.values(index.entries), buildMs };
}
