// Every story runs with all elements defined, controls and docs read from the custom elements
// manifest, and the accessibility addon failing a story on any axe violation.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { axeRunOnly } from './axe-rules.js';
import { argTypesFor, componentDescription } from './manifest-arg-types.js';
import { storySnippet, type SnippetArgType } from './story-snippet.js';

// The manifest is written by scripts/custom-elements.js when Storybook starts (main.ts); a
// glob rather than an import so a missing file means "no controls", not a broken catalogue.
const manifests = import.meta.glob<unknown>('../../packages/components/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// Registers every element that has a define module (src/define/<tag>.ts), exactly what
// `@isp-kit/components/define/*` resolves to under the `source` condition.
import.meta.glob('../../packages/components/src/define/*.ts', { eager: true });

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Our own reading of the manifest: see manifest-arg-types.ts for what Storybook's gets wrong.
    docs: {
      extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName),
      extractComponentDescription: (tagName: string) => componentDescription(manifest, tagName),
      source: {
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown>; argTypes: Record<string, SnippetArgType> }) =>
          (typeof context.component === 'string' ? storySnippet(context.component, context.args, context.argTypes) : code),
      },
    },
    a11y: {
      // 'error' makes a violation fail the story in the a11y panel and in test runs.
      test: 'error',
      options: { runOnly: { type: 'tag', values: axeRunOnly } },
    },
  },
};

export default preview;
