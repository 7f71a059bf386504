// Storybook for the ISP Kit catalogue: every element, every template in every mode and state.
// Template stories are written from packages/schemas/fixtures each time Storybook starts or
// builds (see generate-template-stories.js), so a new fixture is a new story with no code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, type UserConfig } from 'vite';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { writeTemplateStories } from './generate-template-stories.js';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';
// Controls and docs pages read packages/components/custom-elements.json: write it fresh from
// the elements' JSDoc (with the editor data) so they never describe an older API.
spawnSync(process.execPath, [fileURLToPath(new URL('../../scripts/custom-elements.js', import.meta.url))], { stdio: 'inherit' });
writeTemplateStories();

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../elements/*.stories.ts', '../templates/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Documentation' },
  async viteFinal(viteConfig: UserConfig) {
    // Read the workspace packages from their TypeScript source (their `source` export
    // condition), so the catalogue never shows a stale dist/ build.
    return {
      ...viteConfig,
      resolve: { ...viteConfig.resolve, conditions: ['source', ...defaultClientConditions] },
      build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
    };
  },
};

export default config;
