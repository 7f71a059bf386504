// Builds packages/components/dist/isp-kit.js: one self-contained, minified ES module (Lit, the
// schemas' precompiled validators and the rules included) that defines every element when a
// page loads it with <script type="module">. Run by `npm run build -w @isp-kit/components`
// after `tsc -b`, whose per-element modules it overwrites nothing of but isp-kit.js itself.
//
// It reads the TypeScript sources through each package's `source` export condition (so it
// never depends on the other packages having been built) and strips types with esbuild.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const root = dirname(fileURLToPath(import.meta.url));

/** TypeScript through esbuild, with Lit's decorator settings; `./x.js` finds `./x.ts`. */
function typescript() {
  return {
    name: 'isp-kit-typescript',
    resolveId(source, importer) {
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        sourcemap: true,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } },
      });
      return { code: result.code, map: result.map };
    },
  };
}

/**
 * Minifies the CSS inside Lit's css`…` templates, which terser leaves as written (comments,
 * indentation and line breaks were a tenth of the bundle's CSS). Only whitespace and
 * comments outside quoted strings go; spaces that separate values (`0 0 ${space}`,
 * `calc(a + b)`, `a :focus`) are kept, so the rules mean the same.
 */
export function minifyCssTemplates() {
  return {
    name: 'isp-kit-minify-css',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || id.includes('node_modules') || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(/\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^`}]*\})*)`/g, (_template, body) => {
        changed = true;
        // Split into static text and ${…} interpolations; only the static text is touched.
        const parts = body.split(/(\$\{[^`}]*\})/);
        const minified = parts.map((part, index) => (index % 2 === 1 ? part : minifyCss(part, index === 0, index === parts.length - 1)));
        return `css\`${minified.join('')}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/** Whitespace and comments out of one static piece of a css`…` template (strings kept). */
export function minifyCss(text, first, last) {
  let result = text
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((piece, index) => {
      if (index % 2 === 1) return piece;
      return piece
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\s+/g, ' ')
        .replace(/ ?([{};]) ?/g, '$1')
        .replace(/, /g, ',')
        .replace(/: /g, ':');
    })
    .join('');
  if (first) result = result.trimStart();
  if (last) result = result.trimEnd();
  return result.replace(/;}/g, '}');
}

/**
 * After terser, a raw line break in the bundle can only be inside a template literal, and the
 * templates are Lit's html`…` and css`…`: the indentation after each break is source layout,
 * not content. Dropping it keeps the break (the same single space in normal flow, the same line
 * break where `white-space: pre-*` shows one) and saves about 0.5 KB min+gzip.
 */
export function collapseTemplateIndentation() {
  return {
    name: 'isp-kit-collapse-template-indentation',
    renderChunk(code) {
      const out = new MagicString(code);
      for (const match of code.matchAll(/\n[ \t]+/g)) out.remove(match.index + 1, match.index + match[0].length);
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary' }) };
    },
  };
}

export default {
  input: resolve(root, 'packages/components/src/isp-kit.ts'),
  output: {
    file: resolve(root, 'packages/components/dist/isp-kit.js'),
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    typescript(),
    minifyCssTemplates(),
    nodeResolve({ exportConditions: ['source', 'browser', 'production', 'module', 'import', 'default'], extensions: ['.ts', '.js', '.mjs', '.json'] }),
    json({ preferConst: true, compact: true }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
    collapseTemplateIndentation(),
  ],
  onwarn(warning, warn) {
    // Lit's sources use `this` at module level only in dev builds; anything else is reported.
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
