/**
 * Production builds for the benchmark and the size budget, with Vite's programmatic `build()`:
 * workspace packages resolve to their TypeScript sources (`source` condition), minified, es2022,
 * no source maps. Sizes are min, min+gzip (level 9) and min+brotli (quality 11) via node:zlib.
 *
 * - `buildElementBundle()`: everything a page loads to show <anhorig-investigation>: every element
 *   (packages/elements/src/define.ts) with lit, @lit/context, @shoelace-style/localize, xstate and zod inlined.
 * - `buildCoreBundle()`: @anhorig/core alone (every export kept), with xstate and zod.
 * - `buildSurveyBundle()`: the same form with SurveyJS (survey-core + survey-js-ui + the form JSON),
 *   built the same way; its CSS (survey-core.min.css) is counted beside it.
 * - `buildPages()`: the two bench pages (bench/pages/*.html) for bench/run.ts.
 * - `bundleBreakdown()`: where the element bundle's bytes come from, per package (esbuild metafile).
 */
import { build, type InlineConfig } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = join(ROOT, 'bench', '.build');
const CONDITIONS = ['@anhorig/source', 'module', 'browser', 'production'];

const ELEMENT_ENTRY = join(ROOT, 'packages/elements/src/define.ts');
const CORE_ENTRY = join(ROOT, 'packages/core/src/index.ts');
const SURVEY_ENTRY = join(ROOT, 'bench/pages/surveyjs-app.ts');
const STEP1_ENTRY = join(ROOT, 'bench/step1-entry.ts');

const config = (outDir: string, extra: InlineConfig = {}): InlineConfig => ({
  configFile: false,
  envDir: false,
  logLevel: 'warn',
  mode: 'production',
  publicDir: false,
  root: ROOT,
  resolve: { conditions: CONDITIONS },
  ...extra,
  build: {
    target: 'es2022',
    minify: true,
    cssMinify: true,
    sourcemap: false,
    modulePreload: false,
    reportCompressedSize: false,
    emptyOutDir: true,
    chunkSizeWarningLimit: 10_000,
    outDir,
    ...extra.build,
  },
});

/** Build one module entry into one ES file; returns the absolute paths of everything written. */
const buildEntry = async (entry: string, outDir: string, name: string, keepExports: boolean): Promise<string[]> => {
  const result = await build(
    config(outDir, {
      build: {
        rolldownOptions: {
          input: { [name]: entry },
          preserveEntrySignatures: keepExports ? 'strict' : false,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name][extname]' },
        },
      },
    }),
  );
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  return outputs.map((o) => join(outDir, o.fileName));
};

const single = (files: string[], what: string): string => {
  const js = files.filter((f) => f.endsWith('.js'));
  if (js.length !== 1) throw new Error(`${what}: expected one JS file, got ${files.map((f) => basename(f)).join(', ')}`);
  return js[0]!;
};

/** The all-in-one element bundle; returns the path of the one JS file. */
export const buildElementBundle = async (outDir = join(BUILD_DIR, 'size', 'elements')): Promise<string> =>
  single(await buildEntry(ELEMENT_ENTRY, outDir, 'anhorig-elements', false), 'element bundle');

/** Probe: the investigation, the navigator and step 1 only (what lazy loading the rest would load first). */
export const buildStep1Bundle = async (outDir = join(BUILD_DIR, 'size', 'step1')): Promise<string> =>
  single(await buildEntry(STEP1_ENTRY, outDir, 'anhorig-step1', false), 'step 1 bundle');

/** @anhorig/core alone, every export kept; returns the path of the one JS file. */
export const buildCoreBundle = async (outDir = join(BUILD_DIR, 'size', 'core')): Promise<string> =>
  single(await buildEntry(CORE_ENTRY, outDir, 'anhorig-core', true), 'core bundle');

/** SurveyJS with the same form; returns the JS file and the CSS the page must load with it. */
export const buildSurveyBundle = async (outDir = join(BUILD_DIR, 'size', 'surveyjs')): Promise<{ js: string; css: string }> => {
  const js = single(await buildEntry(SURVEY_ENTRY, outDir, 'surveyjs-form', false), 'SurveyJS bundle');
  return { js, css: surveyFile('survey-core/survey-core.min.css') };
};

/** The two bench pages, into bench/.build/pages (served by bench/run.ts). */
export const buildPages = async (outDir = join(BUILD_DIR, 'pages'), names: readonly string[] = ['anhorig', 'surveyjs']): Promise<string> => {
  const pages = join(ROOT, 'bench', 'pages');
  await build(
    config(outDir, {
      root: pages,
      build: {
        outDir,
        rolldownOptions: { input: Object.fromEntries(names.map((name) => [name, join(pages, `${name}.html`)])) },
      },
    }),
  );
  return outDir;
};

/** A file shipped in an npm package (the workspace hoists dependencies to the root node_modules). */
const surveyFile = (spec: string): string => join(ROOT, 'node_modules', spec);

export interface Size {
  files: string[];
  /** Minified bytes as served. */
  min: number;
  gzip: number;
  brotli: number;
}

export const gzipSize = (data: Buffer): number => gzipSync(data, { level: 9 }).length;
export const brotliSize = (data: Buffer): number =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;

/** Sizes of files a page loads (each compressed on its own, as each is its own response), summed. */
export const sizeOf = (...files: string[]): Size => {
  const size: Size = { files: files.map((f) => relative(ROOT, f)), min: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const data = readFileSync(file);
    size.min += data.length;
    size.gzip += gzipSize(data);
    size.brotli += brotliSize(data);
  }
  return size;
};

/** SurveyJS as shipped on npm (UMD min files and CSS), for reference beside the bundle built here. */
export const surveyNpmFiles = (): { name: string; size: Size }[] =>
  ['survey-core/survey.core.min.js', 'survey-js-ui/survey-js-ui.min.js', 'survey-core/survey-core.min.css'].map((spec) => ({
    name: spec,
    size: sizeOf(surveyFile(spec)),
  }));

export interface PackageShare {
  /** An npm package, or for our own packages a part of one (`@anhorig/elements: terms (sv + en)`). */
  package: string;
  /** Minified bytes of this package in esbuild's bundle of the same entry. */
  minBytes: number;
  share: number;
}

const packageOf = (input: string): string => {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = input.slice(nm + 'node_modules/'.length).split('/');
    const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(name) ? 'lit (lit-html, lit-element, @lit/reactive-element)' : name;
  }
  if (input.includes('packages/core/')) {
    if (input.includes('/catalogue/')) return '@anhorig/core: default catalogue';
    if (input.includes('/schema/')) return '@anhorig/core: schemas and Swedish messages';
    return '@anhorig/core: rules, assignment, statechart';
  }
  if (input.includes('packages/elements/')) {
    if (/terms\.ts$/.test(input) || input.includes('/localization/') || input.includes('step-titles')) return '@anhorig/elements: terms (sv + en)';
    if (/styles\.ts$/.test(input) || input.includes('/styles/')) return '@anhorig/elements: styles';
    return '@anhorig/elements: templates and logic';
  }
  return input;
};

/**
 * Where the element bundle's bytes come from: the same entry bundled and minified by esbuild with a
 * metafile (minified bytes per input), summed per package. Gzip does not split by module, so a
 * package's share of the gzip size is an estimate: its share of the minified bytes.
 */
export const bundleBreakdown = async (entry = ELEMENT_ENTRY): Promise<PackageShare[]> => {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: CONDITIONS,
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(ROOT, 'tsconfig.json'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const perPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
    perPackage.set(packageOf(input), (perPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
  const total = [...perPackage.values()].reduce((a, b) => a + b, 0);
  return [...perPackage.entries()]
    .map(([name, minBytes]) => ({ package: name, minBytes, share: minBytes / total }))
    .sort((a, b) => b.minBytes - a.minBytes);
};

export interface SizeReport {
  element: Size;
  core: Size;
  /** Probe: investigation + navigator + step 1 only. */
  step1: Size;
  surveyjs: { js: Size; css: Size; total: Size };
  surveyjsNpm: { name: string; size: Size }[];
  breakdown: PackageShare[];
}

/** Build everything the size comparison needs and measure it. */
export const measureSizes = async (): Promise<SizeReport> => {
  const element = sizeOf(await buildElementBundle());
  const core = sizeOf(await buildCoreBundle());
  const step1 = sizeOf(await buildStep1Bundle());
  const survey = await buildSurveyBundle();
  return {
    element,
    core,
    step1,
    surveyjs: { js: sizeOf(survey.js), css: sizeOf(survey.css), total: sizeOf(survey.js, survey.css) },
    surveyjsNpm: surveyNpmFiles(),
    breakdown: await bundleBreakdown(),
  };
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await measureSizes();
  console.log(JSON.stringify(sizes, null, 2));
  await buildPages();
  console.log(`pages: ${join(BUILD_DIR, 'pages')}`);
}
