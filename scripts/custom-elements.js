// Writes packages/components/custom-elements.json from the elements' JSDoc, then the VS Code
// and JetBrains editor data from it. Storybook and the catalogue sweep run this first, so the
// controls and docs pages always describe the elements as they are in the source.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const analyzerDir = dirname(require.resolve('@custom-elements-manifest/analyzer/package.json'));

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run([join(analyzerDir, 'cem.js'), 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs']);
run([join(root, 'scripts/editor-data.js')]);
