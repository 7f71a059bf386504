// Benchmark (prints figures; not a test): the schema interpreter against the precompiled
// validators, on every template's fixtures.
//   node --conditions=source --import tsx packages/schemas/bench/interpret.bench.ts
// Per template: plans per second of the raw validator calls (valid-complete), of the whole
// `validateTemplate` (valid-complete, and every invalid fixture in turn: the error translation
// is shared, so the gap narrows), and the time to interpret each template once.
import type { CompiledValidator } from '../src/compiled-validator.js';
import * as standalone from '../src/generated/validators.js';
import { commonSchema, interpretSchema, schemas, validateTemplate, validateTemplateInterpreted } from '../src/index.js';
import { fixtures } from '../src/test-support/fixtures.js';
import { templateIds, type TemplateId } from '../src/template-ids.js';

const pascalCase = (id: string) => id.replace(/(^|-)([a-z])/g, (_match, _dash, char: string) => char.toUpperCase());
const all = fixtures();

/** Calls per second of each function, in short alternating bursts (see validate.bench.js). */
function throughputs(fns: readonly (() => unknown)[], { bursts = 20, burstMs = 15 } = {}): number[] {
  for (const fn of fns) for (let i = 0; i < 2000; i++) fn();
  const calls = fns.map(() => 0);
  const time = fns.map(() => 0);
  for (let burst = 0; burst < bursts; burst++) {
    fns.forEach((_, offset) => {
      const index = (offset + burst) % fns.length;
      const fn = fns[index] as () => unknown;
      const start = performance.now();
      let now = start;
      let count = 0;
      while (now - start < burstMs) {
        for (let i = 0; i < 50; i++) fn();
        count += 50;
        now = performance.now();
      }
      calls[index] = (calls[index] as number) + count;
      time[index] = (time[index] as number) + now - start;
    });
  }
  return calls.map((count, index) => (count * 1000) / (time[index] as number));
}

const best = (fns: readonly (() => unknown)[]) => {
  const runs = [0, 1, 2].map(() => throughputs(fns));
  return fns.map((_, index) => Math.max(...runs.map((run) => run[index] as number)));
};
const format = (n: number) => Math.round(n).toLocaleString('en-GB').padStart(10);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

console.log('Plans per second, best of 3 runs of 20 alternating 15 ms bursts; ratio = interpreted / precompiled');
console.log(`${'template'.padEnd(28)}${'raw: ajv'.padStart(11)}${'interp.'.padStart(11)}  ratio${'valid: ajv'.padStart(12)}${'interp.'.padStart(11)}  ratio${'invalid: ajv'.padStart(14)}${'interp.'.padStart(11)}  ratio${'interpret'.padStart(11)}`);
const ratios = { raw: [] as number[], valid: [] as number[], invalid: [] as number[] };
for (const id of templateIds as readonly TemplateId[]) {
  const complete = all.find((fixture) => fixture.template === id && fixture.file === 'valid-complete.json')?.plan;
  const invalid = all.filter((fixture) => fixture.template === id && fixture.expectedPointers !== undefined).map((fixture) => fixture.plan);
  const precompiled = (standalone as unknown as Record<string, CompiledValidator>)[`standalone${pascalCase(id)}`] as CompiledValidator;
  const started = performance.now();
  const interpreted = interpretSchema(schemas[id], { related: [commonSchema] });
  const interpretMs = performance.now() - started;
  let next = 0;
  const cycle = () => invalid[next++ % invalid.length];
  const [rawAjv, rawOurs] = best([() => precompiled(complete), () => interpreted(complete)]) as [number, number];
  const [validAjv, validOurs] = best([() => validateTemplate(id, complete), () => validateTemplateInterpreted(id, complete)]) as [number, number];
  const [invalidAjv, invalidOurs] = best([() => validateTemplate(id, cycle()), () => validateTemplateInterpreted(id, cycle())]) as [number, number];
  ratios.raw.push(rawOurs / rawAjv);
  ratios.valid.push(validOurs / validAjv);
  ratios.invalid.push(invalidOurs / invalidAjv);
  console.log(
    `${id.padEnd(28)}${format(rawAjv)} ${format(rawOurs)}  ${(rawOurs / rawAjv).toFixed(2)}${format(validAjv).padStart(12)} ${format(validOurs)}  ${(validOurs / validAjv).toFixed(2)}` +
      `${format(invalidAjv).padStart(14)} ${format(invalidOurs)}  ${(invalidOurs / invalidAjv).toFixed(2)}${`${interpretMs.toFixed(2)} ms`.padStart(11)}`,
  );
}
console.log(`median ratio: raw ${median(ratios.raw).toFixed(2)}×, valid plan through validateTemplate ${median(ratios.valid).toFixed(2)}×, invalid fixtures ${median(ratios.invalid).toFixed(2)}×`);
