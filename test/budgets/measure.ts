// How the size budgets are measured: what a browser downloads, minified by esbuild and
// gzipped at level 9, from the BUILT files (dist/), the way a vendor's bundler sees them.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));

export interface Size {
  minified: number;
  gzipped: number;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Fails with the command that makes the file, instead of a stack trace about a missing path. */
export function requireBuilt(relativePath: string): string {
  const path = `${repo}${relativePath}`;
  if (!existsSync(path)) throw new Error(`${relativePath} does not exist: run \`npm run build\` first, then the size budgets again`);
  return path;
}

function sizeOf(code: string | Uint8Array): Size {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { minified: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

/** min+gzip of one file as it is served (minified again by esbuild: a no-op if it already is). */
export async function fileSize(relativePath: string): Promise<Size> {
  const source = readFileSync(requireBuilt(relativePath), 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
  return sizeOf(code);
}

/**
 * min+gzip of what an application bundles for `contents` (an ES module importing the built
 * packages by their published names, default export conditions, i.e. dist/), tree-shaken.
 */
export async function bundleSize(contents: string): Promise<Size> {
  const result = await build({
    stdin: { contents, resolveDir: repo, loader: 'js', sourcefile: 'budget-entry.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return sizeOf(result.outputFiles[0]!.contents);
}

/**
 * The names packages/components/src imports from a package at run time (type-only imports
 * left out), so "the rules as the components import them" follows the code, not a list.
 */
export function runtimeImports(sources: string[], packageName: string): string[] {
  const names = new Set<string>();
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+['"]${packageName.replace(/[/]/g, '\\/')}['"]`, 'g');
  for (const source of sources) {
    for (const match of source.matchAll(pattern)) {
      if (match[1]) continue;
      for (const part of match[2]!.split(',')) {
        const name = part.trim();
        if (name && !name.startsWith('type ')) names.add(name.split(/\s+as\s+/)[0]!.trim());
      }
    }
  }
  return [...names].sort();
}
