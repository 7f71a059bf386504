// What isp-kit.js is made of: bundles src/isp-kit.ts with esbuild (minified, the same
// `source` condition as rollup.config.js) and prints the minified bytes per part, grouped
// by folder, with the min+gzip size of the real dist/isp-kit.js and of the validators.
// Usage: node packages/components/bench/bundle-composition.js [--depth 4]
// Run after `npm run build -w @isp-kit/schemas && npm run build -w @isp-kit/components`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const { values: args } = parseArgs({ options: { depth: { type: 'string', default: '4' } } });
const componentsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(componentsDir, '../..');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const result = await build({
  entryPoints: [join(componentsDir, 'src/isp-kit.ts')],
  bundle: true,
  write: false,
  outfile: 'isp-kit.js',
  format: 'esm',
  target: 'es2022',
  minify: true,
  metafile: true,
  conditions: ['source', 'production'],
  legalComments: 'none',
  logLevel: 'silent',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
const output = Object.values(result.metafile.outputs)[0];

/** Folder of a module, `depth` segments deep (node_modules packages by package name). */
function groupOf(path) {
  const parts = relative(root, resolve(root, path)).split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) return parts.slice(nm, nm + (parts[nm + 1]?.startsWith('@') ? 3 : 2)).join('/');
  return parts.slice(0, Math.min(Number(args.depth), parts.length - 1)).join('/') || parts.join('/');
}

const groups = new Map();
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const group = groupOf(path);
  groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
}
const total = [...groups.values()].reduce((sum, bytes) => sum + bytes, 0);
const rows = [...groups].sort((a, b) => b[1] - a[1]);
const width = Math.max(...rows.map(([name]) => name.length), 10);
console.log(`${'part'.padEnd(width)}  ${'minified'.padStart(10)}  share`);
for (const [name, bytes] of rows) {
  console.log(`${name.padEnd(width)}  ${kb(bytes).padStart(10)}  ${((bytes / total) * 100).toFixed(1).padStart(5)}%`);
}
console.log(`${'(esbuild total)'.padEnd(width)}  ${kb(total).padStart(10)}  min+gzip ${kb(gz(result.outputFiles[0].contents))}`);

const files = {
  'dist/isp-kit.js': join(componentsDir, 'dist/isp-kit.js'),
  'schemas validators.js': join(root, 'packages/schemas/src/generated/validators.js'),
  'schemas schemas.ts (as built)': join(root, 'packages/schemas/src/generated/schemas.ts'),
};
console.log('');
for (const [name, path] of Object.entries(files)) {
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  console.log(`${name.padEnd(30)} ${kb(bytes.length).padStart(10)} raw  ${kb(gz(bytes)).padStart(9)} gzip -9`);
}
