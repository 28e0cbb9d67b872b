/** Storybook for designers: every element and every scenario (npm run storybook / build-storybook). */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Workspace packages resolve to their TypeScript sources, as in the demo and the tests. Lit is
  // deduped: the elements, the report element and @storybook/web-components each import it, and one
  // copy must serve them all (two would each warn "Multiple versions of Lit loaded" in dev mode and
  // double the preview's size). tests/storybook/first-load.test.ts checks the built preview holds one.
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@anhorig/source', 'module', 'browser', 'development|production'],
      dedupe: [...(viteConfig.resolve?.dedupe ?? []), 'lit', 'lit-html', 'lit-element', '@lit/reactive-element'],
    },
  }),
};

export default config;
