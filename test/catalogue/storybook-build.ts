// Builds the static catalogue (storybook-static/) unless a build newer than every input is
// already there, so the sweep costs one Storybook build at most, and none when nothing changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const outDir = join(repo, 'storybook-static');

/** Everything a story's output depends on. */
const inputs = ['stories', 'packages/components/src', 'packages/rules/src', 'packages/schemas/src', 'packages/schemas/schemas', 'packages/schemas/fixtures'];
const skip = new Set(['node_modules', 'generated', 'dist']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!skip.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isBuildFresh(): boolean {
  const index = join(outDir, 'index.json');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return inputs.every((input) => newestMtime(join(repo, input)) <= built);
}

// In the temp folder, not the checkout (git would list it), one per checkout.
const lockDir = join(tmpdir(), `isp-kit-storybook-build-${createHash('sha256').update(repo).digest('hex').slice(0, 12)}.lock`);
const staleLockMs = 15 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Two test files (the axe sweep and the docs pages) may run at once on a machine with more
 * cores: one builds while the other waits, then finds the build fresh, instead of two builds
 * writing storybook-static/ together. A lock older than any build is from a run that died.
 */
function withBuildLock<T>(work: () => T): T {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > staleLockMs) rmSync(lockDir, { recursive: true, force: true });
      else sleep(1000);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Returns how long the build took in ms (0 when the existing build was reused). */
export function ensureStorybookBuild(): number {
  if (process.env.ISP_REUSE_STORYBOOK === '1' && existsSync(join(outDir, 'index.json'))) return 0;
  return withBuildLock(buildUnlessFresh);
}

function buildUnlessFresh(): number {
  if (isBuildFresh()) return 0;
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const bin = join(dirname(require.resolve('storybook/package.json')), 'dist/bin/dispatcher.js');
  const result = spawnSync(process.execPath, [bin, 'build', '-c', 'stories/.storybook', '-o', 'storybook-static', '--quiet'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`storybook build failed (exit ${result.status}):\n${(result.stderr || result.stdout).slice(-4000)}`);
  }
  return performance.now() - started;
}
