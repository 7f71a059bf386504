// What every embedding test needs: the built bundle, a server on 127.0.0.1 that sends the
// strict Content-Security-Policy a portal would, and a Chromium page that records every CSP
// violation, console error and uncaught exception.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.js';
import { serveStatic } from '../../scripts/static-server.js';

export const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'";

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const bundlePath = `${repo}packages/components/dist/isp-kit.js`;

export function requireBundle(): void {
  if (!existsSync(bundlePath)) throw new Error('packages/components/dist/isp-kit.js does not exist: run `npm run build` first');
}

export interface Problems {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export interface EmbeddingSession {
  origin: string;
  requests: string[];
  browser: Browser;
  /** A new page with CSP violations, console errors and uncaught exceptions collected. */
  open(path: string): Promise<{ page: Page; problems: () => Promise<Problems> }>;
  close(): Promise<void>;
}

export async function startEmbedding(extraMounts: Record<string, string> = {}): Promise<EmbeddingSession> {
  requireBundle();
  const server = await serveStatic({
    mounts: { '/': `${repo}test/embedding/pages`, '/dist/': `${repo}packages/components/dist`, ...extraMounts },
    headers: { 'content-security-policy': strictCsp },
  });
  const browser = await chromium.launch({ executablePath: await findChromium(), args: chromiumArgs });
  return {
    origin: server.origin,
    requests: server.requests,
    browser,
    async open(path) {
      const page = await browser.newPage();
      const consoleErrors: string[] = [];
      const pageErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Init scripts are not page scripts, so the CSP does not stop this listener from being added.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await page.goto(`${server.origin}${path}`);
      return {
        page,
        problems: async () => ({
          violations: await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
          consoleErrors,
          pageErrors,
        }),
      };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
