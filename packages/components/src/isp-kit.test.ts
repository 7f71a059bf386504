// isp-kit.js validates built-in templates by interpreting the schemas it carries to render
// them; the precompiled validators (a second, compiled copy of every schema, about 10 KB
// min+gzip) must not come back into it by an import. Bundled here from source as rollup
// bundles dist/isp-kit.js: the same entry, tree-shaken.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

it('isp-kit.js bundles the schema interpreter, not the precompiled validators', async () => {
  const result = await build({
    entryPoints: [`${repo}packages/components/src/isp-kit.ts`],
    absWorkingDir: repo,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['source'],
    outfile: 'isp-kit.js',
    tsconfig: `${repo}tsconfig.base.json`,
    logLevel: 'error',
  });
  const output = Object.values(result.metafile.outputs)[0];
  assert.ok(output);
  const bundled = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  assert.deepEqual(bundled.filter((path) => /schemas\/src\/generated\/(validators|template-validators)\./.test(path)), []);
  assert.ok(bundled.some((path) => path.endsWith('schemas/src/interpret/interpret-schema.ts')), 'the interpreter is in');
});
