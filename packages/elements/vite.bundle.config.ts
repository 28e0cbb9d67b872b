/**
 * The all-in-one bundle for a `<script type="module">` user: our elements with lit, xstate and
 * zod inlined. npm users import the package instead, where those stay external (one copy per page).
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { conditions: ['source', 'module', 'browser', 'production'] },
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/bundle', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: fileURLToPath(new URL('./src/define.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'anhorig-elements.js',
    },
  },
});
