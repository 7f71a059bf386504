// Prints the min+gzip size of @isp-kit/rules as the components import it: the target-row check
// and review timing, bundled and tree-shaken by esbuild the way an application would.
// Goal: under 10 KB. A benchmark, not a test: it prints figures and never fails.
// Run: npm run bench:size -w @isp-kit/rules
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const GOAL_BYTES = 10 * 1024;

const entries = {
  // The same names test/budgets/size.test.ts finds in packages/components/src, so the two
  // figures for this goal agree.
  'as the components import it (checkTargetRow, smartElements, reviewStatus, reviewWindow)':
    "export { checkTargetRow, smartElements, reviewStatus, reviewWindow } from './src/index.ts';",
  'SMART check only (checkSmartTarget)': "export { checkSmartTarget } from './src/index.ts';",
  'review timing only (reviewStatus, reviewWindow, parseCalendar)':
    "export { reviewStatus, reviewWindow, parseCalendar } from './src/index.ts';",
  'iCalendar reader (parseICalendar)': "export { parseICalendar } from './src/index.ts';",
};

for (const [label, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts', sourcefile: 'size-entry.ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const withinGoal = gzipped < GOAL_BYTES;
  console.log(`${label}: ${(code.length / 1024).toFixed(1)} KB min, ${(gzipped / 1024).toFixed(2)} KB min+gzip${label.startsWith('as the components') ? (withinGoal ? ' (goal < 10 KB: met)' : ' (goal < 10 KB: NOT met)') : ''}`);
}
