/**
 * The bundle for a `<script type="module">` user: our elements with lit, xstate and zod inlined,
 * fully minified, no source map, as an ES module entry (anhorig-elements.js) plus chunk files beside
 * it: the entry registers `<anhorig-investigation>`, which loads each step and view as a chunk when it
 * first shows it (and prefetches the next when idle); the other elements load when they first appear
 * in the document (src/bundle-entry.ts). Chunks are plain relative `import()`s from the same origin,
 * so a strict CSP (`script-src 'self'`) allows them. npm users import the package instead, where
 * lit, xstate and zod stay external (one copy per page). Built as an app entry rather than in
 * library mode, which in Vite keeps whitespace in ES output.
 *
 * Lit runs in production mode: the resolve conditions name `production` and never `development`
 * (Lit's dev build, chosen by that condition, warns in the console and is slower);
 * tests/node/package.test.ts checks the bundle has no "Lit is in dev mode" in it.
 */
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * `@anhorig/elements/bundle`'s types. The bundle exports nothing: importing it registers every
 * element. What that adds to a page's types comes from the package's own declarations: the tags in
 * HTMLElementTagNameMap (each define module) and the events in GlobalEventHandlersEventMap (index).
 */
const BUNDLE_TYPES = `/**
 * Types of @anhorig/elements/bundle, the all-in-one script (lit, xstate and zod inlined). It exports
 * nothing: loading it registers every element. These declarations add what that registration does
 * to a page's types: the anhorig-… tags (HTMLElementTagNameMap) and events (GlobalEventHandlersEventMap).
 * Element classes and event types: import type { … } from '@anhorig/elements'.
 */
import '../define.js';
import type {} from '../index.js';
export {};
`;

const bundleTypes = (): Plugin => ({
  name: 'anhorig-bundle-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'anhorig-elements.d.ts', source: BUNDLE_TYPES });
  },
});

export default defineConfig({
  resolve: { conditions: ['@anhorig/source', 'module', 'browser', 'production'] },
  publicDir: false,
  plugins: [bundleTypes()],
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/bundle', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    modulePreload: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: { 'anhorig-elements': fileURLToPath(new URL('./src/bundle-entry.ts', import.meta.url)) },
      preserveEntrySignatures: false,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
