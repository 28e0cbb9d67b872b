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
 * - `buildLazyApp()` / `lazySizes()`: a host page's entry (bench/pages/first-load.ts) built the way a
 *   vendor's bundler builds it, with no configuration: `<anhorig-investigation>` and what step 1 needs
 *   up front, each step and view a chunk, English a chunk per table. The chunk graph gives the first
 *   load, what each later step and view adds, English, and everything together.
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
const APP_ENTRY = join(ROOT, 'bench/pages/first-load.ts');

/** Chunk files named after the element folder (`step-gather`) or term table they start from, not `define-3fa….js`. */
const chunkFileNames = (chunk: { name: string; facadeModuleId?: string | null }): string => {
  const folder = chunk.facadeModuleId?.match(/\/src\/([\w-]+)\/define\.ts$/)?.[1];
  return `${folder ?? chunk.name}-[hash].js`;
};

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
          // One file: the dynamic imports (English tables, lazy steps) inlined, as before they existed.
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames, assetFileNames: '[name][extname]', codeSplitting: false },
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
const buildElementBundle = async (outDir = join(BUILD_DIR, 'size', 'elements')): Promise<string> =>
  single(await buildEntry(ELEMENT_ENTRY, outDir, 'anhorig-elements', false), 'element bundle');

/** @anhorig/core alone, every export kept; returns the path of the one JS file. */
export const buildCoreBundle = async (outDir = join(BUILD_DIR, 'size', 'core')): Promise<string> =>
  single(await buildEntry(CORE_ENTRY, outDir, 'anhorig-core', true), 'core bundle');

/** SurveyJS with the same form; returns the JS file and the CSS the page must load with it. */
export const buildSurveyBundle = async (outDir = join(BUILD_DIR, 'size', 'surveyjs')): Promise<{ js: string; css: string }> => {
  const js = single(await buildEntry(SURVEY_ENTRY, outDir, 'surveyjs-form', false), 'SurveyJS bundle');
  return { js, css: surveyFile('survey-core/survey-core.min.css') };
};

/** The two bench pages, into bench/.build/pages (served by bench/run.ts). */
export const buildPages = async (outDir = join(BUILD_DIR, 'pages'), names: readonly string[] = ['anhorig', 'surveyjs', 'first-load']): Promise<string> => {
  const pages = join(ROOT, 'bench', 'pages');
  await build(
    config(outDir, {
      root: pages,
      // Relative URLs: the first-load page is served from a subfolder (bench/run.ts).
      base: './',
      build: {
        outDir,
        rolldownOptions: {
          input: Object.fromEntries(names.map((name) => [name, join(pages, `${name}.html`)])),
          output: { chunkFileNames: (chunk) => `assets/${chunkFileNames(chunk)}` },
        },
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

/** One JS file of the lazy build: its bytes and what it imports (static) and loads (dynamic). */
export interface Chunk {
  file: string;
  /** The module it starts from (a define module, a term table), if it is an entry of its own. */
  facade?: string;
  imports: string[];
  dynamicImports: string[];
  isEntry: boolean;
}

/** A host page's entry built with chunks; returns each JS chunk (paths relative to `outDir`). */
export const buildLazyApp = async (outDir = join(BUILD_DIR, 'size', 'app')): Promise<{ outDir: string; chunks: Chunk[] }> => {
  const result = await build(
    config(outDir, {
      build: {
        rolldownOptions: {
          input: { 'first-load': APP_ENTRY },
          preserveEntrySignatures: false,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames, assetFileNames: '[name][extname]' },
        },
      },
    }),
  );
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.flatMap((o) =>
    o.type === 'chunk'
      ? [{ file: o.fileName, facade: o.facadeModuleId ? relative(ROOT, o.facadeModuleId) : undefined, imports: o.imports, dynamicImports: o.dynamicImports, isEntry: o.isEntry }]
      : [],
  );
  return { outDir, chunks };
};

export interface LazyPart {
  /** `step-gather`, `consent-panel`, … (the element folder). */
  name: string;
  /** The JS files it adds to what is already loaded (first load), each its own response. */
  size: Size;
}

export interface LazySizes {
  /** Everything fetched before step 1 of a new case shows: the entry, its static imports, step 1's chunk and its static imports. */
  firstLoad: Size;
  /** Each later step and view, as the files it adds to the first load (shared chunks counted with the first that needs them, in this order). */
  parts: LazyPart[];
  /** The same, each counted against the first load alone (what opening it right after step 1 costs). */
  partsAlone: LazyPart[];
  /** Every English table (loaded only for lang="en"). */
  english: Size;
  /** Every JS file of the build: everything together. */
  total: Size;
  files: number;
}

/** Order in which the handläggare meets the steps and views, for counting shared chunks once. */
export const LAZY_ORDER = [
  'step-relatives',
  'step-equip',
  'step-involve',
  'step-gather',
  'step-assessment',
  'step-assignment',
  'step-follow-up',
  'consent-panel',
  'information-log',
  'summary',
] as const;

/** Sizes from the chunk graph of `buildLazyApp()`. */
export const lazySizes = ({ outDir, chunks }: { outDir: string; chunks: Chunk[] }): LazySizes => {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const closure = (start: string, into = new Set<string>()): Set<string> => {
    if (into.has(start)) return into;
    into.add(start);
    for (const dep of byFile.get(start)?.imports ?? []) closure(dep, into);
    return into;
  };
  const facadeOf = (name: string) => {
    const chunk = chunks.find((c) => c.facade?.endsWith(`/src/${name}/define.ts`));
    if (!chunk) throw new Error(`no chunk for ${name}: is it loaded with import()?`);
    return chunk.file;
  };
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('no entry chunk');
  const first = closure(facadeOf('step-relatives'), closure(entry.file));
  const files = (set: Iterable<string>) => [...set].sort().map((f) => join(outDir, f));
  const loaded = new Set(first);
  const parts: LazyPart[] = [];
  const partsAlone: LazyPart[] = [];
  for (const name of LAZY_ORDER.slice(1)) {
    const needed = closure(facadeOf(name));
    partsAlone.push({ name, size: sizeOf(...files([...needed].filter((f) => !first.has(f)))) });
    const added = [...needed].filter((f) => !loaded.has(f));
    for (const f of added) loaded.add(f);
    parts.push({ name, size: sizeOf(...files(added)) });
  }
  // Each element's `x.terms.en.ts` and the core's `messages/en.ts`.
  const english = chunks.filter((c) => c.facade && /[./]en\.ts$/.test(c.facade)).map((c) => c.file);
  return {
    firstLoad: sizeOf(...files(first)),
    parts,
    partsAlone,
    english: sizeOf(...files(english)),
    total: sizeOf(...files(chunks.map((c) => c.file))),
    files: chunks.length,
  };
};

export interface SizeReport {
  element: Size;
  core: Size;
  surveyjs: { js: Size; css: Size; total: Size };
  surveyjsNpm: { name: string; size: Size }[];
  breakdown: PackageShare[];
  /** The element as a host page's bundler splits it (first load, each later step and view, English, total). */
  lazy: LazySizes;
}

/** Build everything the size comparison needs and measure it. */
export const measureSizes = async (): Promise<SizeReport> => {
  const element = sizeOf(await buildElementBundle());
  const core = sizeOf(await buildCoreBundle());
  const survey = await buildSurveyBundle();
  return {
    element,
    core,
    surveyjs: { js: sizeOf(survey.js), css: sizeOf(survey.css), total: sizeOf(survey.js, survey.css) },
    surveyjsNpm: surveyNpmFiles(),
    breakdown: await bundleBreakdown(),
    lazy: lazySizes(await buildLazyApp()),
  };
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = await measureSizes();
  console.log(JSON.stringify(sizes, null, 2));
  await buildPages();
  console.log(`pages: ${join(BUILD_DIR, 'pages')}`);
}
