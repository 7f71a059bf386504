// What a vendor installs: every path the packages' `exports` maps promise exists after
// `npm run build`, importing a class registers nothing (only the define modules and
// isp-kit.js have side effects), and the production bundle carries no development-only code.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['schemas', 'rules', 'components'];

type Exports = Record<string, string | Record<string, string>>;

function manifest(name: string): { exports: Exports; sideEffects?: unknown; customElements?: string } {
  return JSON.parse(readFileSync(`${repo}packages/${name}/package.json`, 'utf8'));
}

function requireBuilt(path: string): void {
  if (!existsSync(`${repo}${path}`)) throw new Error(`${path} does not exist: run \`npm run build\` first`);
}

for (const name of packages) {
  test(`@isp-kit/${name}: every file its exports map names exists after the build`, () => {
    requireBuilt(`packages/${name}/dist/index.js`);
    const missing: string[] = [];
    for (const [subpath, target] of Object.entries(manifest(name).exports)) {
      const targets = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of targets.filter((path) => !path.includes('*'))) {
        if (!existsSync(`${repo}packages/${name}/${file}`)) missing.push(`${subpath} → ${file}`);
      }
    }
    assert.deepEqual(missing, [], `@isp-kit/${name} promises files it does not have`);
  });
}

test('@isp-kit/components: each define module is built with its types, and only define modules register tags', () => {
  const defines = [
    ...readdirSync(`${repo}packages/components/src/define`).filter((file) => file.endsWith('.ts')),
    ...readdirSync(`${repo}packages/components/src/define/templates`).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).map((file) => `templates/${file}`),
  ];
  assert.ok(defines.length > 0);
  for (const file of defines) {
    const base = file.replace(/\.ts$/, '');
    requireBuilt(`packages/components/dist/define/${base}.js`);
    assert.ok(existsSync(`${repo}packages/components/dist/define/${base}.d.ts`), `dist/define/${base}.d.ts is missing`);
  }
  const { sideEffects } = manifest('components');
  assert.ok(Array.isArray(sideEffects), 'sideEffects must list the files that register elements');
  for (const pattern of sideEffects as string[]) {
    assert.match(pattern, /\/define\/(templates\/)?\*\.(js|ts)$|\/isp-kit\.(js|ts)$/, `sideEffects names ${pattern}, which does not register elements`);
  }
  for (const required of ['./dist/define/templates/*.js', './src/define/templates/*.ts']) {
    assert.ok((sideEffects as string[]).includes(required), `sideEffects must name ${required}, or a bundler drops the single-template entries' registration`);
  }
});

test('@isp-kit/components: one single-template entry per built-in template, exported with types and source', async () => {
  const { templateIds } = await import('@isp-kit/schemas');
  const entries = readdirSync(`${repo}packages/components/src/define/templates`).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  assert.deepEqual(entries.map((file) => file.replace(/\.ts$/, '')).sort(), [...templateIds].sort());
  for (const id of templateIds) {
    const source = readFileSync(`${repo}packages/components/src/define/templates/${id}.ts`, 'utf8');
    assert.match(source, new RegExp(`registerTemplate\\('${id}', \\w+Schema\\)`), `${id}.ts registers another template`);
    const own = `${id.replace(/-([a-z])/g, (_match, char: string) => char.toUpperCase())}Schema`;
    const fromSchemas = source.match(/^import .* from '@isp-kit\/schemas';$/gm) ?? [];
    assert.deepEqual(fromSchemas, [`import { ${own} } from '@isp-kit/schemas';`], `${id}.ts must import only its own schema from @isp-kit/schemas`);
  }
  assert.deepEqual(manifest('components').exports['./define/templates/*.js'], {
    types: './dist/define/templates/*.d.ts',
    source: './src/define/templates/*.ts',
    default: './dist/define/templates/*.js',
  });
});

test('a single-template entry bundles its own schema and not the other seven', async () => {
  requireBuilt('packages/components/dist/define/templates/individual-provision-map.js');
  const result = await build({
    stdin: { contents: "import '@isp-kit/components/define/templates/individual-provision-map.js';", resolveDir: repo, loader: 'js' },
    bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const { templateIds } = await import('@isp-kit/schemas');
  for (const id of templateIds) {
    const carried = code.includes(`"https://isp-kit.org/schemas/v1/${id}.schema.json"`);
    assert.equal(carried, id === 'individual-provision-map', `${id}'s schema ${carried ? 'is' : 'is not'} in the bundle`);
  }
  assert.ok(code.includes('"https://isp-kit.org/schemas/v1/common.schema.json"'), 'the common schema is missing');
});

test('importing an element class from @isp-kit/components registers no tag', async () => {
  requireBuilt('packages/components/dist/index.js');
  const result = await build({
    stdin: { contents: "import { IspPlan } from '@isp-kit/components'; console.log(IspPlan.name);", resolveDir: repo, loader: 'js' },
    bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  assert.ok(code.includes('IspPlan'), 'the class is not in the bundle');
  assert.ok(!/customElements\.define\(/.test(code), 'importing a class defined a custom element');
});

test('dist/isp-kit.js is a production build: no Lit dev mode, no process.env, no source map inlined', () => {
  requireBuilt('packages/components/dist/isp-kit.js');
  const bundle = readFileSync(`${repo}packages/components/dist/isp-kit.js`, 'utf8');
  assert.ok(!bundle.includes('Lit is in dev mode'), 'isp-kit.js carries Lit\'s development build');
  assert.ok(!/process\.env/.test(bundle), 'isp-kit.js refers to process.env, which browsers do not have');
  assert.ok(!bundle.includes('sourceMappingURL=data:'), 'isp-kit.js inlines its source map');
  assert.ok(/customElements\.define/.test(bundle) || /\.define\(/.test(bundle), 'isp-kit.js defines no element');
});

test('@isp-kit/components names its custom elements manifest', () => {
  assert.equal(manifest('components').customElements, 'custom-elements.json');
});
