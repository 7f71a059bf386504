// Benchmark (prints figures; not a test): the precompiled validators against ajv compiling
// the same schemas at runtime in the same process.
//   npm run build -w @isp-kit/schemas && npm run bench -w @isp-kit/schemas
// Reports, per template: valid-complete plans validated per second (ours, ours through
// validateTemplate() and ajv at runtime); then the time to import all validators vs ajv's
// compile time (fresh processes, median), and the min+gzip size of all validators together.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => join(packageDir, 'dist', path);
if (!existsSync(dist('generated/validators.js'))) {
  console.error('No build found: run `npm run build -w @isp-kit/schemas` first.');
  process.exit(2);
}

const validators = await import(pathToFileURL(dist('generated/validators.js')).href);
const { validateTemplate, templateIds } = await import(pathToFileURL(dist('index.js')).href);
const { createAjv } = await import(pathToFileURL(dist('compile/create-ajv.js')).href);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pascalCase = (id) => id.replace(/(^|-)([a-z])/g, (_, __, char) => char.toUpperCase());

const common = readJson(join(packageDir, 'schemas', 'common.schema.json'));
const templates = templateIds
  .filter((id) => existsSync(join(packageDir, 'schemas', `${id}.schema.json`)))
  .map((id) => ({
    id,
    schema: readJson(join(packageDir, 'schemas', `${id}.schema.json`)),
    plan: readJson(join(packageDir, 'fixtures', id, 'valid-complete.json')),
    ours: validators[`standalone${pascalCase(id)}`],
  }));

// Same options as the build (allErrors, strict, formats, annotation keywords), compiled now.
const ajv = createAjv({ code: { source: false } });
ajv.addSchema(common);
for (const template of templates) template.ajv = ajv.compile(template.schema);

/**
 * Calls per second of each function, measured in short alternating bursts: on a shared
 * machine the load changes from second to second, and alternating gives every contender
 * the same share of good and bad moments.
 */
function throughputs(fns, plan, { bursts = 40, burstMs = 15 } = {}) {
  for (const fn of fns) for (let i = 0; i < 3000; i++) fn(plan);
  const calls = fns.map(() => 0);
  const time = fns.map(() => 0);
  for (let burst = 0; burst < bursts; burst++) {
    // Rotate who goes first, so no contender always follows the same one.
    const order = fns.map((_, index) => (index + burst) % fns.length);
    order.forEach((index) => {
      const fn = fns[index];
      const start = performance.now();
      let now = start;
      let count = 0;
      while (now - start < burstMs) {
        for (let i = 0; i < 100; i++) {
          if (!fn(plan)) throw new Error('a valid-complete fixture did not validate');
        }
        count += 100;
        now = performance.now();
      }
      calls[index] += count;
      time[index] += now - start;
    });
  }
  return calls.map((count, index) => (count * 1000) / time[index]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (n) => Math.round(n).toLocaleString('en-GB').padStart(10);

console.log('Throughput: valid-complete plans per second (best of 3 runs of 20 alternating 15 ms bursts)');
console.log(`${'template'.padEnd(28)}${'plan KB'.padStart(8)}${'ours'.padStart(11)}${'validate()'.padStart(11)}${'ajv runtime'.padStart(12)}   ratio`);
const ratios = [];
for (const template of templates) {
  const wrapped = (plan) => validateTemplate(template.id, plan).valid;
  // Best of three alternating runs: the least disturbed run is the closest to the truth.
  const runs = [0, 1, 2].map(() => throughputs([template.ours, wrapped, template.ajv], template.plan, { bursts: 20 }));
  const [ours, viaValidate, theirs] = [0, 1, 2].map((index) => Math.max(...runs.map((run) => run[index])));
  ratios.push(ours / theirs);
  const kb = (JSON.stringify(template.plan).length / 1024).toFixed(1);
  console.log(`${template.id.padEnd(28)}${kb.padStart(8)}${format(ours)} ${format(viaValidate)} ${format(theirs).padStart(11)}   ${(ours / theirs).toFixed(2)}×`);
}
console.log(`ratio ours/ajv: lowest ${Math.min(...ratios).toFixed(2)}×, median ${median(ratios).toFixed(2)}× (target ≥ 1; the same code, so about 1)\n`);

// Loading: each measurement in a fresh Node process, so nothing is cached. The process
// first imports an empty module, so Node's one-off loader start-up is not counted. Wall
// time suffers when other work shares the CPU; CPU time (process.cpuUsage) much less.
function freshProcess(script) {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageDir, encoding: 'utf8' });
  const [wall, cpu] = output.trim().split(' ').map(Number);
  return { wall, cpu };
}
// An empty file module warms the loader's file path (resolve, read) as our import would.
const emptyModule = pathToFileURL(join(packageDir, 'bench', 'empty-module.js')).href;
const timed = (body) => `
  await import(${JSON.stringify(emptyModule)});
  ${body.setup ?? ''}
  const cpu = process.cpuUsage(); const wall = performance.now();
  ${body.measured}
  const used = process.cpuUsage(cpu);
  console.log((performance.now() - wall) + ' ' + (used.user + used.system) / 1000);`;
const loadOurs = timed({ measured: `await import(${JSON.stringify(pathToFileURL(dist('generated/validators.js')).href)});` });
const compileAjv = (count) => timed({
  setup: `
  const { createAjv } = await import(${JSON.stringify(pathToFileURL(dist('compile/create-ajv.js')).href)});
  const { readFileSync } = await import('node:fs');
  const schemas = ['common', ...${JSON.stringify(templates.map((template) => template.id))}.slice(0, ${count})]
    .map((id) => JSON.parse(readFileSync('schemas/' + id + '.schema.json', 'utf8')));
  const ajv = createAjv({ code: { source: false } });`,
  measured: `ajv.addSchema(schemas[0]); for (const schema of schemas.slice(1)) ajv.compile(schema);`,
});
const sample = (script, n = 9) => {
  const runs = Array.from({ length: n }, () => freshProcess(script));
  return { wall: median(runs.map((run) => run.wall)), cpu: median(runs.map((run) => run.cpu)) };
};
const ourLoad = sample(loadOurs);
// Parse and evaluate only: the same module imported again under new URLs, in one process.
const reimport = freshProcess(`
  const url = ${JSON.stringify(pathToFileURL(dist('generated/validators.js')).href)};
  await import(url);
  const walls = []; const cpus = [];
  for (let i = 0; i < 9; i++) {
    const cpu = process.cpuUsage(); const wall = performance.now();
    await import(url + '?again=' + i);
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - wall); cpus.push((used.user + used.system) / 1000);
  }
  const median = (values) => values.sort((a, b) => a - b)[4];
  console.log(median(walls) + ' ' + median(cpus));`);
const ajvOne = sample(compileAjv(1), 5);
const ajvAll = sample(compileAjv(templates.length), 5);
const ms = ({ wall, cpu }) => `${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU`;
console.log(`Load all ${templates.length} precompiled validators (import in a fresh process, median of 9): ${ms(ourLoad)} (target < 10 ms)`);
console.log(`ajv at runtime (median of 5): compile the first template: ${ms(ajvOne)}; all ${templates.length}: ${ms(ajvAll)}`);
console.log(`Parse and evaluate the validators again in a warm process (median of 9): ${ms(reimport)}`);
console.log(
  `Machine-independent: loading ours takes ${((100 * ourLoad.cpu) / ajvOne.cpu).toFixed(1)}% of the CPU time ajv needs ` +
    `to compile one template (target 10 ms / 120 ms = 8.3%), ${((100 * ourLoad.cpu) / ajvAll.cpu).toFixed(1)}% of all ${templates.length}\n`,
);

// Size: what a browser bundle pays for all the validators.
const bundle = await build({
  entryPoints: [dist('generated/validators.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const minified = bundle.outputFiles[0].contents;
const gzipped = gzipSync(minified, { level: 9 });
console.log(`Size of all ${templates.length} validators: ${(minified.length / 1024).toFixed(1)} KB minified, ${(gzipped.length / 1024).toFixed(1)} KB min+gzip (target < 25 KB)`);
