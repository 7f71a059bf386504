// The single-file bundle that portals load with one <script type="module">. The CSP test runs
// against exactly what is shipped (the build's output is what could bring in eval or inline
// styles), so it needs `npm run build` first. Tests of what the elements do (send nothing,
// store nothing) bundle the sources themselves, so they need no build.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The shipped bundle, or another build of it named by ISP_KIT_BUNDLE (to test a candidate). */
export const bundlePath = process.env['ISP_KIT_BUNDLE'] ?? fileURLToPath(new URL('../../../packages/components/dist/isp-kit.js', import.meta.url));

/** The bundle's path, or a clear error saying how to get it and what is wrong with it. */
export function requireBundle(): string {
  if (!existsSync(bundlePath)) {
    throw new Error(`${bundlePath} is missing: run "npm run build" (it writes the single-file bundle) before this test.`);
  }
  const source = readFileSync(bundlePath, 'utf8');
  const imports = [...source.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|(?:^|[;\n])\s*import\s*["']([^"']+)["']/g)]
    .map((match) => match[1] ?? match[2])
    .filter((specifier): specifier is string => specifier !== undefined);
  if (imports.length > 0) {
    throw new Error(`${bundlePath} is not a self-contained bundle: it still imports ${imports.slice(0, 5).join(', ')}. The rollup build must inline Lit, the validators and the rules.`);
  }
  return bundlePath;
}

/**
 * Every element bundled from the TypeScript sources into one ES module, in memory.
 * `ignoreAnnotations` keeps src/define/*.ts, which the package's `sideEffects` (naming only
 * dist/) would otherwise let the bundler drop.
 */
export async function bundleFromSources(): Promise<string> {
  const result = await build({
    stdin: { contents: "import './packages/components/src/isp-kit.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    ignoreAnnotations: true,
    write: false,
    tsconfig: `${root}tsconfig.base.json`,
    logLevel: 'error',
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild wrote no bundle');
  return output.text;
}
