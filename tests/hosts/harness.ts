/**
 * The harness of the framework-host and CSP tests (tests/node/hosts.test.ts, tests/node/csp.test.ts):
 * build a host with Vite's programmatic build, serve it from 127.0.0.1 with chosen headers, and drive
 * it in Debian's Chromium with playwright-core. Nothing here downloads a browser.
 */
import { build, type InlineConfig } from 'vite';
import { CHROME_PATH, CHROMIUM_ARGS } from '../chromium.js';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRecord } from '@anhorig/core';
import { SCENARIO_TODAY, caseworker } from '../../stories/scenarios.js';
import { start } from './shared.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HOSTS = join(ROOT, 'tests/hosts');
export const CONDITIONS = ['@anhorig/source', 'module', 'browser', 'production'];
export const BUNDLE_FILE = 'anhorig-elements.js';

/** The label of the issue button (packages/elements/src/step-assignment/step-assignment.terms.ts, `issue`). */
export const ISSUE_LABEL = 'Skicka uppdraget till utföraren';

const base = (root: string, outDir: string): InlineConfig => ({
  configFile: false,
  envDir: false,
  logLevel: 'warn',
  mode: 'production',
  publicDir: false,
  root,
  // Relative URLs, so each host works from its own folder of the test server.
  base: './',
  resolve: {
    conditions: CONDITIONS,
    // Until packages/react is an npm workspace (linked in node_modules), point its name at its source.
    alias: existsSync(join(ROOT, 'node_modules/@anhorig/react')) ? {} : { '@anhorig/react': join(ROOT, 'packages/react/src/index.ts') },
  },
  define: {
    // React and Vue pick their production builds; Vue's esm-bundler build wants its flags defined.
    'process.env.NODE_ENV': JSON.stringify('production'),
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    target: 'es2022',
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 10_000,
  },
});

/**
 * Angular's own compiler (ngtsc, through @analogjs/vite-plugin-angular on @angular/build), ahead of
 * time and with strict template type checking (tests/hosts/angular/tsconfig.json), emits the Angular
 * host's own files only. Everything else (the elements, the core, the scenarios) goes through Vite's
 * TypeScript transform, as in the other hosts: a real Angular app gets the elements as JavaScript
 * with declarations, and emitting and checking their sources through ngtsc too took about 1.5 times
 * the CPU time. Imported only when used.
 */
const angularConfig = async (root: string): Promise<Pick<InlineConfig, 'plugins' | 'oxc'>> => {
  const { default: angular } = await import('@analogjs/vite-plugin-angular');
  // The host's own .ts files (module ids are absolute paths, maybe with a query).
  const own = new RegExp(`^${(root + sep).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^?]*\\.ts(\\?|$)`);
  return {
    plugins: angular({
      tsconfig: join(root, 'tsconfig.json'),
      workspaceRoot: ROOT,
      disableTypeChecking: false,
      transformFilter: (_code, id) => own.test(id),
    }),
    // The plugin turns Vite's transform off unless it is configured: keep it for all but the host's files.
    oxc: { exclude: own },
  };
};

/** Build a framework host (tests/hosts/<name>/index.html) into `outDir`. */
export const buildFrameworkHost = async (name: 'react' | 'react-native' | 'vue' | 'angular', outDir: string): Promise<void> => {
  const root = join(HOSTS, name);
  const config = base(root, outDir);
  if (name === 'angular') Object.assign(config, await angularConfig(root));
  await build(config);
};

/** The all-in-one bundle, built by its own config (packages/elements/vite.bundle.config.ts) into `outDir`. */
export const buildElementsBundle = async (outDir: string): Promise<string> => {
  await build({
    configFile: join(ROOT, 'packages/elements/vite.bundle.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  const file = join(outDir, BUNDLE_FILE);
  if (!existsSync(file)) throw new Error(`the bundle build wrote no ${BUNDLE_FILE} in ${outDir}`);
  return file;
};

/** The fixtures the plain host fetches: `record.json` (ready to issue) and `empty.json` (a new investigation). */
export const fixtures = () => ({
  record: start(),
  empty: {
    record: createRecord({ id: 'person-1', displayName: 'Gunnar Exempelsson', ageGroup: 'adult', canTakePosition: 'yes' }, SCENARIO_TODAY, 'utredning-ny'),
    relativeRecords: [],
    caseworker,
    today: SCENARIO_TODAY,
  },
});

/** The plain host: index.html, host.js and csp-probe.js as written, the built bundle copied in, and the JSON fixtures. */
export const buildPlainHost = async (outDir: string): Promise<void> => {
  await buildElementsBundle(outDir);
  for (const file of ['index.html', 'host.js', 'csp-probe.js']) copyFileSync(join(HOSTS, 'plain', file), join(outDir, file));
  const { record, empty } = fixtures();
  writeFileSync(join(outDir, 'record.json'), JSON.stringify(record));
  writeFileSync(join(outDir, 'empty.json'), JSON.stringify(empty));
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Served {
  origin: string;
  /** Every request the server saw, with its headers (CSP reports would show here too). */
  requests: { url: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

/** Serve `dir` on 127.0.0.1 (random port), every response with `headers`. */
export const serve = async (dir: string, headers: OutgoingHttpHeaders = {}): Promise<Served> => {
  const requests: Served['requests'] = [];
  const root = resolve(dir);
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', headers: req.headers });
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
};

export { CHROME_PATH as CHROME } from '../chromium.js';

/** Debian's Chromium (or CHROME_PATH), headless. */
export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROMIUM_ARGS });

export interface Watched {
  page: Page;
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** console.error messages, CSP reports among them. */
  consoleErrors: string[];
  /** Requests that failed or got an error status. */
  failedRequests: string[];
}

/** A fresh page that records every error it sees. */
export const openPage = async (browser: Browser): Promise<Watched> => {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watched: Watched = { page, pageErrors: [], consoleErrors: [], failedRequests: [] };
  page.on('pageerror', (e) => watched.pageErrors.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => {
    if (m.type() === 'error') watched.consoleErrors.push(`${m.text()} (${m.location().url}:${m.location().lineNumber})`);
  });
  page.on('requestfailed', (r) => watched.failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('response', (r) => {
    if (r.status() >= 400) watched.failedRequests.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return watched;
};

/**
 * Wait for a value the page puts on `window` (polled with `page.evaluate`, which CDP runs outside
 * the page's CSP; `page.waitForFunction` would compile a string in the page and trip `script-src`).
 */
export const waitForGlobal = async <T>(page: Page, name: string, timeoutMs = 10_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);
    if (value !== undefined && value !== null) return value as T;
    if (Date.now() > until) throw new Error(`window.${name} was not set within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** The element, for role queries that pierce its shadow roots. */
export const investigation = (page: Page): Locator => page.locator('anhorig-investigation');

/** Issue the assignment as a user does: click the button, found by role and name inside the element. */
export const issueAssignment = async (page: Page): Promise<void> => {
  const button = investigation(page).getByRole('button', { name: ISSUE_LABEL, exact: true });
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  await button.click();
};

export const ensureDir = (dir: string): string => {
  mkdirSync(dir, { recursive: true });
  return dir;
};
