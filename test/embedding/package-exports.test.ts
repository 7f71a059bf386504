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
  const defines = readdirSync(`${repo}packages/components/src/define`).filter((file) => file.endsWith('.ts'));
  assert.ok(defines.length > 0);
  for (const file of defines) {
    const base = file.replace(/\.ts$/, '');
    requireBuilt(`packages/components/dist/define/${base}.js`);
    assert.ok(existsSync(`${repo}packages/components/dist/define/${base}.d.ts`), `dist/define/${base}.d.ts is missing`);
  }
  const { sideEffects } = manifest('components');
  assert.ok(Array.isArray(sideEffects), 'sideEffects must list the files that register elements');
  for (const pattern of sideEffects as string[]) {
    assert.match(pattern, /\/define\/\*\.(js|ts)$|\/isp-kit\.(js|ts)$/, `sideEffects names ${pattern}, which does not register elements`);
  }
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
