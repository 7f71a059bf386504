// Configuration for @custom-elements-manifest/analyzer: `cem analyze --litelement --config
// custom-elements-manifest.config.mjs` reads the elements' JSDoc (@summary, @fires, @csspart,
// @cssproperty, @slot) and writes packages/components/custom-elements.json, which Storybook
// (controls and docs) and scripts/editor-data.js (VS Code, JetBrains) read.
import { readFileSync } from 'node:fs';
/**
 * The analyzer also lists every `dispatchEvent(new X(...))` it sees, taking the first argument
 * as the event's name (an error code, a variable): only events documented with `@fires` (which
 * carry a description) are the element's public events.
 */
function documentedEventsOnly() {
  return {
    name: 'isp-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (Array.isArray(declaration.events)) {
            declaration.events = declaration.events.filter((event) => event.name && event.description);
          }
        }
      }
    },
  };
}

/**
 * Every element reads the design tokens of src/styles/tokens.ts (`tokenDefaults`, the one list
 * of names and GOV.UK defaults), so each element's docs list them all with their defaults,
 * read from that file rather than repeated in JSDoc where they would drift.
 */
function designTokens() {
  const source = readFileSync(new URL('packages/components/src/styles/tokens.ts', import.meta.url), 'utf8');
  const table = source.slice(source.indexOf('export const tokenDefaults'), source.indexOf('} as const'));
  const tokens = [...table.matchAll(/'(--isp-[a-z0-9-]+)': '([^']*)'/g)].map(([, name, value]) => ({ name, default: value }));
  return {
    name: 'isp-design-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const listed = (declaration.cssProperties ??= []);
          for (const token of tokens) {
            const own = listed.find((property) => property.name === token.name);
            if (own) own.default ??= token.default;
            else listed.push({ ...token, description: 'Design token, read through the shadow roots (GOV.UK default).' });
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.d.ts',
    'packages/components/src/test-helpers/**',
    'packages/components/src/server/**',
    // The single-template entries define the same <isp-plan> (the same class) as
    // define/isp-plan.ts: listed, the manifest would declare the tag nine times.
    'packages/components/src/define/templates/**',
  ],
  outdir: 'packages/components',
  litelement: true,
  // The analyzer would otherwise write `customElements` into the ROOT package.json (it runs
  // from the root); packages/components/package.json names the manifest itself.
  packagejson: false,
  plugins: [documentedEventsOnly(), designTokens()],
};
