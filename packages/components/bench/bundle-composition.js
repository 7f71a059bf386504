// What isp-kit.js is made of. Builds the bundle the way rollup.config.js does, without
// writing it, then for each part (folder) minifies that part's code on its own and prints
// its minified and min+gzip size. Parts' gzip sizes do not add up to the bundle's (gzip finds
// repeats across parts), but they rank the parts; the last lines are the real files.
// Usage: node packages/components/bench/bundle-composition.js [--depth 4]
// Run after `npm run build -w @isp-kit/schemas && npm run build -w @isp-kit/components`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rollup } from 'rollup';

const { values: args } = parseArgs({ options: { depth: { type: 'string', default: '4' } } });
const componentsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(componentsDir, '../..');
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
// KB = 1,000 bytes, as test/budgets/size.test.ts counts them.
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

const { default: config } = await import(join(root, 'rollup.config.js'));
const bundle = await rollup({ ...config, plugins: config.plugins.filter((plugin) => plugin.name !== 'terser'), onwarn() {} });
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();

/** Folder of a module, `depth` segments deep (node_modules packages by package name). */
function groupOf(path) {
  const parts = relative(root, path).split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) return parts.slice(nm, nm + (parts[nm + 1]?.startsWith('@') ? 3 : 2)).join('/');
  return parts.slice(0, Math.min(Number(args.depth), parts.length - 1)).join('/');
}

const code = new Map();
for (const [id, module] of Object.entries(output[0].modules)) {
  if (!module.code) continue;
  const group = groupOf(id.replace(/^\0/, ''));
  code.set(group, `${code.get(group) ?? ''}\n${module.code}`);
}
const rows = [];
for (const [group, text] of code) {
  // Parts are not modules on their own: minify as a script so nothing is dropped as unused.
  const minified = (await transform(text, { minify: true, loader: 'js', target: 'es2022' }).catch(() => ({ code: text }))).code;
  rows.push([group, minified.length, gz(minified)]);
}
rows.sort((a, b) => b[2] - a[2]);
const width = Math.max(...rows.map(([name]) => name.length), 30);
console.log(`${'part'.padEnd(width)}  ${'minified'.padStart(10)}  ${'min+gzip'.padStart(10)}`);
for (const [name, min, zipped] of rows) console.log(`${name.padEnd(width)}  ${kb(min).padStart(10)}  ${kb(zipped).padStart(10)}`);
const sum = (index) => rows.reduce((total, row) => total + row[index], 0);
console.log(`${'(parts added up)'.padEnd(width)}  ${kb(sum(1)).padStart(10)}  ${kb(sum(2)).padStart(10)}`);

console.log('');
const files = {
  'packages/components/dist/isp-kit.js': join(componentsDir, 'dist/isp-kit.js'),
  'packages/schemas/src/generated/validators.js': join(root, 'packages/schemas/src/generated/validators.js'),
};
for (const [name, path] of Object.entries(files)) {
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  console.log(`${name.padEnd(width)}  ${kb(bytes.length).padStart(10)}  ${kb(gz(bytes)).padStart(10)}`);
}
