// A plain HTML page with nothing but the bundle's <script type="module"> and
// <isp-plan template="individual-provision-map">, served under a strict Content-Security-Policy
// (no inline script or style, no eval): the element upgrades, renders, and nothing is blocked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startEmbedding } from './embedding-browser.js';

test('isp-plan works in a plain HTML page under a strict CSP', { timeout: 60_000 }, async (t) => {
  const session = await startEmbedding();
  t.after(() => session.close());
  const { page, problems } = await session.open('/plain.html');

  await page.waitForFunction(() => customElements.get('isp-plan') !== undefined, null, { timeout: 15_000 });
  const state = await page.evaluate(async () => {
    const element = document.querySelector('isp-plan') as HTMLElement & { updateComplete?: Promise<unknown>; plan?: unknown };
    await element.updateComplete;
    const root = element.shadowRoot;
    return {
      upgraded: element instanceof customElements.get('isp-plan')!,
      headings: root ? [...root.querySelectorAll('h2, h3, [role="heading"]')].length : 0,
      controls: root ? [...root.querySelectorAll('input, textarea, select, isp-date-input')].length : 0,
      text: root?.textContent?.replace(/\s+/g, ' ').slice(0, 200) ?? '',
      styled: root ? root.adoptedStyleSheets.length + root.querySelectorAll('style').length : 0,
      plan: element.plan,
    };
  });
  assert.ok(state.upgraded, '<isp-plan> was not upgraded');
  assert.ok(state.headings > 0, `<isp-plan> rendered no section headings: "${state.text}"`);
  assert.ok(state.controls > 0, '<isp-plan> rendered no form controls in edit mode');
  assert.ok(state.styled > 0, '<isp-plan> has no styles: a CSP may have blocked them');
  assert.equal((state.plan as { template?: string } | undefined)?.template ?? 'individual-provision-map', 'individual-provision-map');

  // Type into the first text field so event handlers and re-rendering run under the CSP too.
  await page.locator('isp-plan input[type="text"], isp-plan textarea').first().fill('Typed under a strict CSP');

  const found = await problems();
  assert.deepEqual(found.violations, [], 'securitypolicyviolation events fired');
  assert.deepEqual(found.consoleErrors, [], 'the console reported errors');
  assert.deepEqual(found.pageErrors, [], 'uncaught exceptions');
  assert.deepEqual([...new Set(session.requests)].sort(), ['/dist/isp-kit.js', '/plain.html'], 'the page fetched more than the bundle');
});
