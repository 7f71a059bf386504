// What `npm publish` would ship, read from `npm pack --dry-run`: a vendor who installs a package
// gets every file its exports map and bins name (under every condition, `source` included), the
// licence its package.json declares, and none of our tests or test data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

interface Manifest {
  exports: Record<string, string | Record<string, string>>;
  bin?: Record<string, string>;
}

function packedFiles(dir: string): string[] {
  // --ignore-scripts: the build has run already (`npm test` builds first); packing must not rebuild.
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(out) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path);
}

/** An exports target such as `./dist/define/*.js` as a test of packed paths. */
function matcher(target: string): (path: string) => boolean {
  const [before, after] = target.replace(/^\.\//, '').split('*') as [string, string?];
  return after === undefined ? (path) => path === before : (path) => path.startsWith(before) && path.endsWith(after) && path.length > before.length + after.length;
}

for (const name of ['schemas', 'rules', 'components']) {
  test(`@isp-kit/${name}: the packed package has what it promises and none of our tests`, () => {
    const dir = `${repo}packages/${name}/`;
    const manifest = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as Manifest;
    const files = packedFiles(dir);

    const promised = [
      ...Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target))),
      ...Object.values(manifest.bin ?? {}),
    ];
    const missing = promised.filter((target) => !files.some(matcher(target)));
    assert.deepEqual(missing, [], `@isp-kit/${name} would be published without files its package.json names`);

    for (const required of ['LICENSE', 'README.md', 'package.json']) assert.ok(files.includes(required), `@isp-kit/${name} would be published without ${required}`);

    const tests = files.filter((path) => /\.test\.[jt]s$|test-helpers\/|test-support\/|test-data\//.test(path));
    assert.deepEqual(tests, [], `@isp-kit/${name} would publish our tests and their data`);
  });
}
