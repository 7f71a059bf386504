// Configuration for @custom-elements-manifest/analyzer: `cem analyze --litelement --config
// custom-elements-manifest.config.mjs` reads the elements' JSDoc (@summary, @fires, @csspart,
// @cssproperty, @slot) and writes packages/components/custom-elements.json, which Storybook
// (controls and docs) and scripts/editor-data.js (VS Code, JetBrains) read.
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
  plugins: [documentedEventsOnly()],
};
