// A/B benchmark: the SMART check at a git revision against the working tree, both bundled and
// run in one process, in alternating rounds. The shared build machine moves single runs of
// smart.bench.ts by ±15 %, more than most changes; alternating rounds see the same load.
// Run: node --conditions=source --import tsx packages/rules/bench/smart-ab.ts [revision]
// (default HEAD). Prints median and best targets per CPU second and their ratios.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type Check = (text: string, options?: { pupilName?: string }) => unknown;
const revision = process.argv[2] ?? 'HEAD';
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'smart-ab-'));
// The source holds the golden snapshot (about 0.7 MB): room for it and more.
const tar = execFileSync('git', ['archive', revision, 'src'], { cwd: packageDir, maxBuffer: 64 * 1024 * 1024 });
execFileSync('tar', ['-x', '-C', dir], { input: tar });

async function load(entry: string, name: string): Promise<Check> {
  const outfile = join(dir, `${name}.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  return ((await import(pathToFileURL(outfile).href)) as { checkSmartTarget: Check }).checkSmartTarget;
}
const checks: Record<string, Check> = {
  [revision]: await load(join(dir, 'src/smart/index.ts'), 'base'),
  'working tree': await load(join(packageDir, 'src/smart/index.ts'), 'tree'),
};
rmSync(dir, { recursive: true, force: true });

const entries = readFileSync(join(packageDir, 'corpus/smart-targets.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { text: string; pupilName?: string });
const options = entries.map((e) => (e.pupilName ? { pupilName: e.pupilName } : {}));
const run = (check: Check, count: number): void => {
  for (let i = 0; i < count; i++) check(entries[i % entries.length]!.text, options[i % entries.length]);
};

for (const check of Object.values(checks)) run(check, 60_000);
const rates: Record<string, number[]> = Object.fromEntries(Object.keys(checks).map((k) => [k, []]));
// Short rounds, and every other round in the opposite order: whichever runs second in a round
// otherwise pays for the first one's garbage, and a slow spell of the machine lands on both.
const ROUND = 7_500;
for (let round = 0; round < 40; round++) {
  const order = Object.entries(checks);
  if (round % 2 === 1) order.reverse();
  for (const [name, check] of order) {
    const cpu0 = process.cpuUsage();
    run(check, ROUND);
    const cpu = process.cpuUsage(cpu0);
    rates[name]!.push(ROUND / ((cpu.user + cpu.system) / 1e6));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const [a, b] = Object.keys(checks) as [string, string];
for (const name of [a, b]) console.log(`${name.padEnd(14)} median ${fmt(median(rates[name]!))} targets per CPU second, best ${fmt(Math.max(...rates[name]!))}`);
console.log(`ratio (working tree / ${a}): median ${(median(rates[b]!) / median(rates[a]!)).toFixed(2)}, best ${(Math.max(...rates[b]!) / Math.max(...rates[a]!)).toFixed(2)}`);
