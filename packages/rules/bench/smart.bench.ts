// Benchmark: SMART targets checked per second on one core (goal: 100,000 or more), and the
// time to check one 100 KB text (linear-time matching keeps it small).
// Run: node --conditions=source --import tsx packages/rules/bench/smart.bench.ts
//
// The checker is bundled with esbuild first, as a consumer's bundler would ship it: running
// the TypeScript through tsx adds getter indirection on every cross-module call and would
// measure the loader, not the checker. CPU time of this process is printed beside wall time
// because the build machine is shared: wall time there mostly measures other people's work.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

interface Entry {
  text: string;
  pupilName?: string;
}
type Check = (text: string, options?: { pupilName?: string }) => { smart: boolean };

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'smart-bench-'));
const outfile = join(dir, 'smart.mjs');
await build({ entryPoints: [here('../src/smart/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
const { checkSmartTarget } = (await import(pathToFileURL(outfile).href)) as { checkSmartTarget: Check };
rmSync(dir, { recursive: true, force: true });

const entries: Entry[] = readFileSync(here('../corpus/smart-targets.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Entry);
const options = entries.map((e) => (e.pupilName ? { pupilName: e.pupilName } : {}));

function run(count: number): number {
  let smart = 0;
  for (let i = 0; i < count; i++) {
    const k = i % entries.length;
    if (checkSmartTarget(entries[k]!.text, options[k]).smart) smart++;
  }
  return smart;
}

run(50_000); // let the JIT and the regex engine tier up
const count = 100_000;
const cpuRates: number[] = [];
const wallRates: number[] = [];
for (let round = 0; round < 7; round++) {
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  run(count);
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  wallRates.push(count / wall);
  cpuRates.push(count / ((cpu.user + cpu.system) / 1e6));
}
const best = (xs: number[]): number => Math.max(...xs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const GOAL = 100_000;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const averageLength = Math.round(entries.reduce((n, e) => n + e.text.length, 0) / entries.length);
console.log(`SMART check, ${entries.length} corpus targets of ${averageLength} characters on average, 7 rounds of ${fmt(count)} (goal ${fmt(GOAL)}/s):`);
console.log(`  per CPU second: median ${fmt(median(cpuRates))} targets/s, best ${fmt(best(cpuRates))} (${(median(cpuRates) / GOAL).toFixed(2)}× the goal; every round: ${cpuRates.map(fmt).join(', ')})`);
console.log(`  per wall second: median ${fmt(median(wallRates))} targets/s, best ${fmt(best(wallRates))}`);
console.log(`  machine load average while measuring: ${loadavg()[0]!.toFixed(1)} (on ${(await import('node:os')).cpus().length} cores)`);

// Where the time goes: each step on its own, over the same targets (CPU microseconds per
// target). Steps run alone look cheaper than inside the full check (warmer caches), so read
// them as shares, not as a sum. Internal modules, bundled the same way as the checker.
{
  const phasesDir = mkdtempSync(join(tmpdir(), 'smart-phases-'));
  const phasesFile = join(phasesDir, 'phases.mjs');
  const smart = here('../src/smart/');
  await build({
    stdin: {
      contents: ['scan', 'who', 'observable-action', 'conditions', 'criterion', 'time-bound', 'positive', 'clear-language']
        .map((name) => `export * from ${JSON.stringify(join(smart, `${name}.ts`))};`)
        .join('\n'),
      resolveDir: smart,
      loader: 'ts',
    },
    bundle: true, format: 'esm', platform: 'neutral', outfile: phasesFile, logLevel: 'warning',
  });
  type Prepared = object;
  const m = (await import(pathToFileURL(phasesFile).href)) as Record<string, (...args: unknown[]) => unknown>;
  rmSync(phasesDir, { recursive: true, force: true });
  const prepared = entries.map((e) => m['prepare']!(e.text) as Prepared);
  const none = (): never[] => [];
  const steps: [string, (k: number) => unknown][] = [
    ['prepare (lower-case, word ids)', (k) => m['prepare']!(entries[k]!.text)],
    ['who', (k) => m['checkWho']!(prepared[k], entries[k]!.pupilName)],
    ['observableAction', (k) => m['checkObservableAction']!(prepared[k])],
    ['conditions', (k) => m['checkConditions']!(prepared[k])],
    ['criterion', (k) => m['checkCriterion']!(prepared[k])],
    ['timeBound', (k) => m['checkTimeBound']!(prepared[k])],
    ['positive', (k) => m['checkPositive']!(prepared[k])],
    ['clearLanguage', (k) => m['checkClearLanguage']!(prepared[k], none)],
  ];
  console.log('Each step alone, CPU µs per target (median of 3):');
  for (const [name, step] of steps) {
    for (let i = 0; i < 20_000; i++) step(i % entries.length);
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      const cpu0 = process.cpuUsage();
      for (let i = 0; i < 50_000; i++) step(i % entries.length);
      const cpu = process.cpuUsage(cpu0);
      times.push((cpu.user + cpu.system) / 50_000);
    }
    console.log(`  ${name.padEnd(28)} ${median(times).toFixed(2)}`);
  }
}

const big = 'Amir will say hello and count to 10 with an adult, ongoing, and '.repeat(1600).slice(0, 100_000);
const bigStart = process.hrtime.bigint();
checkSmartTarget(big, { pupilName: 'Amir' });
console.log(`One 100 KB target: ${(Number(process.hrtime.bigint() - bigStart) / 1e6).toFixed(1)} ms`);
