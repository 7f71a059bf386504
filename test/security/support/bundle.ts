// The single-file bundle that portals load with one <script type="module">: the CSP and
// no-data tests run against exactly what is shipped, so they need `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
