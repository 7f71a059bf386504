// Browser tests (*.browser.test.ts) run in a real Chromium: a system one when present,
// otherwise the binary shipped inside the @sparticuz/chromium npm package (scripts/chromium.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, findChromium } from './scripts/chromium.js';

const executablePath = await findChromium();

export default {
  files: ['packages/components/src/**/*.browser.test.ts', 'test/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, args: chromiumArgs } })],
  // A fixed spare port, so a test run never clashes with the demo server (npm start, 8000).
  port: 8731,
  concurrency: 1,
  // Lit's one-line dev-mode notice is expected in tests (they load Lit's development build).
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
