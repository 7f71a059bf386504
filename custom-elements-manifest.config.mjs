// Configuration for @custom-elements-manifest/analyzer: `cem analyze --litelement --config
// custom-elements-manifest.config.mjs` reads the elements' JSDoc (@summary, @fires, @csspart,
// @cssproperty, @slot) and writes packages/components/custom-elements.json, which Storybook
// (controls and docs) and scripts/editor-data.js (VS Code, JetBrains) read.
export default {
  globs: ['packages/components/src/**/*.ts'],
  exclude: [
    'packages/components/src/**/*.test.ts',
    'packages/components/src/**/*.d.ts',
    'packages/components/src/test-helpers/**',
    'packages/components/src/server/**',
  ],
  outdir: 'packages/components',
  litelement: true,
  // The analyzer would otherwise write `customElements` into the ROOT package.json (it runs
  // from the root); packages/components/package.json names the manifest itself.
  packagejson: false,
};
