/**
 * The all-in-one bundle for a `<script type="module">` user: our elements with lit, xstate and zod
 * inlined, fully minified, one file, no source map. npm users import the package instead, where
 * those stay external (one copy per page). Built as an app entry rather than in library mode, which
 * in Vite keeps whitespace in ES output.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { conditions: ['@anhorig/source', 'module', 'browser', 'production'] },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/bundle', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    modulePreload: false,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: { 'anhorig-elements': fileURLToPath(new URL('./src/define.ts', import.meta.url)) },
      preserveEntrySignatures: false,
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
