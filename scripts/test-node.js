// Runs every Node-side test (*.test.ts outside the browser suites) with Node's own test
// runner. Node 20 cannot expand globs for --test, so this script lists the files itself.
// Files named *.browser.test.ts run in Chromium under @web/test-runner instead.
// Given files or folders (`node scripts/test-node.js packages/rules/src/cli`), it runs only those.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['packages/schemas/src', 'packages/rules/src', 'packages/components/src', 'test'];
const skip = new Set(['node_modules', 'dist', 'generated']);

function* testFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) yield* testFiles(path);
    } else if (entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts')) {
      yield path;
    }
  }
}

const asked = process.argv.slice(2);
const files = (asked.length > 0 ? asked : roots).flatMap((path) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ? [...testFiles(path)] : [path],
);
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
