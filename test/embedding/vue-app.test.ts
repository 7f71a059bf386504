// A Vue 3 app using <isp-plan> with a property (`.plan`), an event (`onIspPlanChange`, which
// Vue listens to as `isp-plan-change`) and a mode from state: in Chromium, under the strict
// CSP, Vue sets the plan as a property, hears every edit and switches the mode.
import { mkdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { checkFrameworkApp } from './framework-app.js';

const vueDir = fileURLToPath(new URL('./vue/', import.meta.url));
const appOutDir = fileURLToPath(new URL('../../test-output/vue-app/', import.meta.url));

test('Vue 3 sets the plan as a property, hears isp-plan-change and switches the mode, under the strict CSP', { timeout: 90_000 }, async (t) => {
  mkdirSync(appOutDir, { recursive: true });
  await build({
    entryPoints: [`${vueDir}app.ts`],
    outfile: `${appOutDir}vue-app.js`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'silent',
  });
  await checkFrameworkApp(t, 'Vue', appOutDir, '/vue.html');
});
