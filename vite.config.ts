/**
 * `npm start`: the demo host page (a mock case system embedding <anhorig-investigation>).
 * Workspace packages resolve to their TypeScript sources through the `source` export condition.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  resolve: { conditions: ['@anhorig/source', 'module', 'browser', 'development|production'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: '../dist/demo', emptyOutDir: true, target: 'es2022' },
});
