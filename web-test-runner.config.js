// Browser tests run in Debian's Chromium (/usr/bin/chromium); nothing here downloads a browser.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { CHROME_PATH, CHROMIUM_ARGS } from './tests/chromium.js';

export default {
  files: ['packages/*/test/**/*.test.ts', 'tests/browser/**/*.test.ts', '!packages/core/test/**', '!packages/report/test/node/**'],
  nodeResolve: { exportConditions: ['@anhorig/source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
};
