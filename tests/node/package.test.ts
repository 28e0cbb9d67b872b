/**
 * The published packages: build them as `npm pack` and `npm publish` do (each package's `prepack`,
 * which runs its `npm run build`), then check what `npm pack` would publish — exports with types that
 * exist in the tarball, custom-elements.json, the all-in-one bundle (its types, Lit in production
 * mode), the JSON Schema files, `sideEffects` naming only the modules that register elements, and
 * nothing that should stay home: no tests, no TypeScript sources, no source maps (which would embed
 * sources and test records). Last, the public API: the declarations just built, through API
 * Extractor, must match the reports checked in under packages/*\/etc (`npm run api` updates them;
 * docs/decisions.md, "A deliberate public API"). That check lives here because it reads exactly the
 * declarations this test builds and packs, so it costs only API Extractor's analysis.
 *
 * The build writes packages/*\/dist; a dist folder this test created is removed afterwards, so the
 * working tree is left as found.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../hosts/harness.js';

const exec = promisify(execFile);

// In workspace order: each package's prepack builds what it depends on only when that is missing.
const PACKAGES = ['core', 'elements', 'react', 'report'] as const;
type Pkg = (typeof PACKAGES)[number];

interface PackageJson {
  name: string;
  version: string;
  main?: string;
  types?: string;
  files?: string[];
  exports?: Record<string, string | Record<string, string>>;
  sideEffects?: boolean | string[];
  customElements?: string;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
  workspaces?: string[];
}

const dirOf = (pkg: Pkg) => join(ROOT, 'packages', pkg);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const manifestOf = (pkg: Pkg) => readJson<PackageJson>(join(dirOf(pkg), 'package.json'));

/** Run a command; on failure, the error says what ran and what it printed. */
const run = async (cmd: string, args: string[], cwd: string): Promise<string> => {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT; // the builds are not node:test children
  try {
    const { stdout } = await exec(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${e.stderr ?? ''}\n${e.stdout ?? ''}\n${e.message}`);
  }
};

/** Files `npm pack` would publish, relative to the package folder. */
const packed: Partial<Record<Pkg, string[]>> = {};
const createdDist: string[] = [];

before(async () => {
  for (const pkg of PACKAGES) if (!existsSync(join(dirOf(pkg), 'dist'))) createdDist.push(join(dirOf(pkg), 'dist'));

  // What `npm pack` runs first: every package's prepack (its build; the elements' also writes
  // custom-elements.json), core first, as npm would for `npm pack --workspaces`. Run on their own
  // because `npm pack --json` prints the scripts' output into its JSON.
  await run('npm', ['run', 'prepack', ...PACKAGES.flatMap((pkg) => ['-w', manifestOf(pkg).name])], ROOT);

  await Promise.all(
    PACKAGES.map(async (pkg) => {
      const out = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dirOf(pkg));
      const [info] = JSON.parse(out) as { files: { path: string }[] }[];
      packed[pkg] = (info?.files ?? []).map((f) => f.path).sort();
    }),
  );
});

after(() => {
  for (const dir of createdDist) rmSync(dir, { recursive: true, force: true });
});

const filesOf = (pkg: Pkg): string[] => {
  const files = packed[pkg];
  assert.ok(files && files.length > 0, `npm pack lists no files for ${pkg}`);
  return files;
};

/** `./dist/x.js` → `dist/x.js`; a `*` pattern matches any path segment(s). */
const matcher = (target: string): RegExp =>
  new RegExp(`^${target.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);
const inPack = (files: string[], target: string) => files.some((f) => matcher(target).test(f));

/** Names from the test fixtures and scenarios: were any in the package, test data would have leaked. */
const FIXTURE_NAMES = ['Sven Svensson', 'Gunnar Exempelsson', 'Handläggare Hanna', 'Maria Handläggare', 'hl-0042'];

const commonChecks = (pkg: Pkg) => {
  const files = filesOf(pkg);
  const json = manifestOf(pkg);

  const tests = files.filter((f) => /(^|\/)(test|tests|__tests__|fixtures|stories)\//.test(f) || /\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(f));
  assert.deepEqual(tests, [], `${pkg}: test files in the package`);
  const maps = files.filter((f) => f.endsWith('.map'));
  assert.deepEqual(maps, [], `${pkg}: source maps in the package`);
  const sources = files.filter((f) => /\.[cm]?tsx?$/.test(f) && !/\.d\.[cm]?ts$/.test(f));
  assert.deepEqual(sources, [], `${pkg}: TypeScript sources in the package`);

  for (const required of ['package.json', 'dist/index.js', 'dist/index.d.ts']) assert.ok(files.includes(required), `${pkg}: ${required} is not in the package`);

  // `npm pack` and `npm publish` build first, so a fresh clone never packs a package without dist.
  assert.match(json.scripts?.prepack ?? '', /npm run build$/, `${pkg}: no "prepack" script that ends with its build`);

  // Every file's content: no source-map reference or embedded sources, no test records.
  for (const file of files.filter((f) => /\.(js|mjs|cjs|ts|json)$/.test(f))) {
    const text = readFileSync(join(dirOf(pkg), file), 'utf8');
    assert.ok(!text.includes('sourceMappingURL'), `${pkg}: ${file} references a source map`);
    assert.ok(!text.includes('"sourcesContent"'), `${pkg}: ${file} embeds sources`);
    for (const name of FIXTURE_NAMES) assert.ok(!text.includes(name), `${pkg}: ${file} contains "${name}" from the test data`);
  }

  // Exports: each target is in the package; conditional exports carry types, listed first (TypeScript
  // takes the first matching condition). The "@anhorig/source" condition points at the repository's
  // sources for the monorepo's own tools (--conditions=@anhorig/source); it is scoped to us, so no
  // consumer's bundler ever matches it, and its files are not published.
  assert.ok(json.exports, `${pkg}: no exports`);
  for (const [subpath, target] of Object.entries(json.exports)) {
    if (typeof target === 'string') {
      assert.ok(inPack(files, target), `${pkg}: exports["${subpath}"] → ${target} is not in the package`);
      continue;
    }
    const conditions = Object.keys(target);
    assert.equal(conditions[0], 'types', `${pkg}: exports["${subpath}"] should list "types" first (has ${conditions.join(', ')})`);
    assert.ok(conditions.includes('default'), `${pkg}: exports["${subpath}"] has no "default"`);
    for (const [condition, file] of Object.entries(target)) {
      if (condition === '@anhorig/source') continue;
      assert.ok(inPack(files, file), `${pkg}: exports["${subpath}"].${condition} → ${file} is not in the package`);
    }
    assert.ok(target.types?.endsWith('.d.ts'), `${pkg}: exports["${subpath}"].types is not a declaration file`);
  }
  for (const field of ['main', 'types'] as const) if (json[field]) assert.ok(inPack(files, json[field]!), `${pkg}: "${field}" → ${json[field]} is not in the package`);

  // Dependencies on the other workspace packages name their current version.
  for (const [dep, range] of Object.entries(json.dependencies ?? {})) {
    const other = PACKAGES.find((p) => manifestOf(p).name === dep);
    if (other) assert.equal(range, manifestOf(other).version, `${pkg}: depends on ${dep}@${range}, which is at ${manifestOf(other).version}`);
  }
  return { files, json };
};

/** Which packed JS files a `sideEffects` list covers. */
const covered = (files: string[], sideEffects: string[]) => files.filter((f) => f.endsWith('.js') && sideEffects.some((p) => matcher(p).test(f)));

test('@anhorig/core: exports with types, the JSON Schema files, no side effects, nothing but the build', { timeout: 120_000 }, () => {
  const { files, json } = commonChecks('core');
  assert.equal(json.sideEffects, false, 'core has no module with side effects');
  const schemas = files.filter((f) => /^schema\/[^/]+\.schema\.json$/.test(f));
  assert.deepEqual(schemas, [
    'schema/assignment.schema.json',
    'schema/catalogue.schema.json',
    'schema/investigation-record.schema.json',
    'schema/relative-record.schema.json',
  ]);
  for (const file of schemas) {
    const schema = readJson<{ $schema?: string }>(join(dirOf('core'), file));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema', `${file} is not a draft 2020-12 schema`);
  }
  assert.ok(inPack(files, json.exports!['./schema/*.json'] as string), 'exports "./schema/*.json" matches the schema files');
});

test('@anhorig/elements: exports with types, custom-elements.json, the bundle, sideEffects only for define modules', { timeout: 120_000 }, () => {
  const { files, json } = commonChecks('elements');

  // sideEffects: only define modules, and every define module (or a bundler drops the registration).
  assert.ok(Array.isArray(json.sideEffects), 'elements: sideEffects is a list');
  const sideEffects = json.sideEffects as string[];
  for (const pattern of sideEffects) assert.match(pattern, /(^|\/)define\.(js|ts)$/, `elements: sideEffects names ${pattern}, not a define module`);
  const defines = files.filter((f) => /^dist\/(.+\/)?define\.js$/.test(f));
  assert.ok(defines.includes('dist/define.js') && defines.includes('dist/investigation/define.js'), 'elements: the define modules are in the package');
  assert.deepEqual(covered(files, sideEffects), defines, 'elements: sideEffects covers exactly the packed define modules');

  // Custom Elements Manifest: in the package, named by "customElements", lists every registered tag,
  // and points at modules the package contains.
  assert.equal(json.customElements, 'custom-elements.json');
  assert.ok(files.includes('custom-elements.json'), 'elements: custom-elements.json is not in the package');
  const manifest = readJson<{ modules: { path: string; exports?: { kind: string; name: string; declaration: { module?: string } }[] }[] }>(
    join(dirOf('elements'), 'custom-elements.json'),
  );
  const tags = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
  const registered = files
    .filter((f) => /^dist\/[^/]+\/define\.js$/.test(f))
    .flatMap((f) => [...readFileSync(join(dirOf('elements'), f), 'utf8').matchAll(/customElements\.define\(\s*['"]([a-z-]+)['"]/g)].map((m) => m[1]!));
  assert.ok(registered.length >= 13, `elements: found only ${registered.length} customElements.define calls`);
  assert.deepEqual([...tags].sort(), [...registered].sort(), 'elements: the manifest lists exactly the registered tags');
  const paths = new Set<string>();
  const walk = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    else if ((key === 'path' || key === 'module') && typeof node === 'string') paths.add(node);
  };
  walk(manifest.modules);
  const missing = [...paths].filter((p) => !files.includes(p.replace(/^\//, ''))).sort();
  assert.deepEqual(missing, [], 'elements: custom-elements.json names modules that are not in the package (they should be dist/…/x.js)');

  // The all-in-one bundle: in the package, exported, and self-contained (no bare imports left).
  assert.ok(files.includes('dist/bundle/anhorig-elements.js'), 'elements: the bundle is not in the package');
  assert.deepEqual(json.exports!['./bundle'], { types: './dist/bundle/anhorig-elements.d.ts', default: './dist/bundle/anhorig-elements.js' });
  // Its types: what registering the elements adds (the tags and the events), from the package's own declarations.
  const bundleTypes = readFileSync(join(dirOf('elements'), 'dist/bundle/anhorig-elements.d.ts'), 'utf8');
  assert.match(bundleTypes, /^import '\.\.\/define\.js';$/m, 'elements: the bundle\'s types do not bring the tags (../define.js)');
  assert.match(bundleTypes, /^import type \{\} from '\.\.\/index\.js';$/m, 'elements: the bundle\'s types do not bring the events (../index.js)');
  const bundle = readFileSync(join(dirOf('elements'), 'dist/bundle/anhorig-elements.js'), 'utf8');
  // Lit in production mode: its development build (the "development" export condition) warns in
  // every vendor's console and checks more on every update.
  for (const devOnly of ['Lit is in dev mode', 'Multiple versions of Lit loaded'])
    assert.ok(!bundle.includes(devOnly), `elements: the bundle carries Lit's development build ("${devOnly}")`);
  for (const pkg of PACKAGES)
    assert.ok(!JSON.stringify(manifestOf(pkg).exports).includes('"development"'), `${pkg}: exports name a "development" condition`);
  // Import and re-export statements (at a statement boundary) and dynamic imports naming a bare
  // specifier; a string such as xstate's "… from '${e.id}'" inside an error message is not one.
  const bare = [
    ...bundle.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"'./][^"']*)["']/g),
    ...bundle.matchAll(/\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g),
  ].map((m) => m[1]);
  assert.deepEqual(bare, [], 'elements: the bundle still imports packages');
  assert.ok(bundle.includes('anhorig-investigation'), 'elements: the bundle does not define <anhorig-investigation>');
});

test('@anhorig/react: exports with types, react as a peer, sideEffects only for the registering index', { timeout: 120_000 }, () => {
  const { files, json } = commonChecks('react');
  assert.deepEqual(json.peerDependencies, { react: '>=18' });
  assert.ok(!json.dependencies?.react, 'react: react is a peer, not a dependency');
  assert.ok(json.dependencies?.['@lit/react'], 'react: depends on @lit/react');
  // Its index imports @anhorig/elements/define, so it is the one module with a side effect.
  const index = readFileSync(join(dirOf('react'), 'dist/index.js'), 'utf8');
  assert.match(index, /import\s*["']@anhorig\/elements\/define["']/);
  assert.ok(Array.isArray(json.sideEffects), 'react: sideEffects is a list');
  assert.deepEqual(covered(files, json.sideEffects as string[]), ['dist/index.js']);
  for (const pattern of json.sideEffects as string[]) assert.match(pattern, /(^|\/)index\.(js|ts)$/, `react: sideEffects names ${pattern}`);
  const declarations = readFileSync(join(dirOf('react'), 'dist/index.d.ts'), 'utf8');
  for (const name of ['AnhorigInvestigation', 'onAnhorigComplete', 'onAnhorigChange', 'onAnhorigError'])
    assert.ok(declarations.includes(name), `react: dist/index.d.ts does not declare ${name}`);
});

test('@anhorig/report: exports with types, the CLI, the report schema, sideEffects only for the element', { timeout: 120_000 }, () => {
  const { files, json } = commonChecks('report');
  for (const [name, bin] of Object.entries(json.bin ?? {})) assert.ok(inPack(files, bin), `report: bin "${name}" → ${bin} is not in the package`);
  assert.ok(files.includes('schema/report.schema.json'), 'report: schema/report.schema.json is not in the package');
  assert.ok(Array.isArray(json.sideEffects), 'report: sideEffects is a list');
  assert.deepEqual(covered(files, json.sideEffects as string[]), ['dist/element/define.js'], 'report: sideEffects covers exactly the module that registers <anhorig-report>');
});

/**
 * The public API: each packages/*\/api-extractor*.json (one per entry point with exports) run over
 * the declarations built above, not in local mode, so a difference from the checked-in report is a
 * failure instead of an update. One TypeScript program serves every entry point.
 */
test('public API: the declarations match the API reports checked in (packages/*/etc/*.api.md)', { timeout: 120_000 }, async () => {
  const { CompilerState, Extractor, ExtractorConfig } = await import('@microsoft/api-extractor');
  const configFiles = PACKAGES.flatMap((pkg) =>
    readdirSync(dirOf(pkg))
      .filter((f) => /^api-extractor(\.[\w-]+)?\.json$/.test(f))
      .map((f) => join(dirOf(pkg), f)),
  );
  assert.ok(configFiles.length >= PACKAGES.length, `an api-extractor.json for each package (found ${configFiles.map((f) => relative(ROOT, f)).join(', ')})`);

  const temp = mkdtempSync(join(tmpdir(), 'anhorig-api-'));
  try {
    const configs = configFiles.map((file, i) => {
      const configObject = ExtractorConfig.loadFile(file);
      // The report this run makes goes to a folder of its own, to compare with the checked-in one.
      configObject.apiReport = { ...configObject.apiReport!, reportTempFolder: join(temp, String(i)) };
      return ExtractorConfig.prepare({ configObject, configObjectFullPath: file, packageJsonFullPath: join(file, '..', 'package.json') });
    });
    // The report package's tsconfig has both the DOM and Node's types, so it compiles every entry point.
    const programConfig = configs.find((c) => c.packageJson?.name === '@anhorig/report') ?? configs[0]!;
    const compilerState = CompilerState.create(programConfig, { additionalEntryPoints: configs.map((c) => c.mainEntryPointFilePath) });

    const problems: string[] = [];
    for (const config of configs) {
      const errors: string[] = [];
      const result = Extractor.invoke(config, {
        localBuild: false,
        compilerState,
        messageCallback: (message) => {
          if (message.logLevel === 'error') errors.push(message.formatMessageWithLocation(ROOT));
          message.handled = true;
        },
      });
      const where = relative(ROOT, config.mainEntryPointFilePath);
      if (errors.length) problems.push(`${where}: API Extractor reported\n  ${errors.join('\n  ')}`);
      if (!result.apiReportChanged) continue;
      for (const { fileName } of config.reportConfigs) {
        const name = relative(ROOT, join(config.reportFolder, fileName));
        const checkedIn = join(config.reportFolder, fileName);
        if (!existsSync(checkedIn)) {
          problems.push(`${name} is missing`);
          continue;
        }
        const expected = readFileSync(checkedIn, 'utf8').split('\n');
        const actual = readFileSync(join(config.reportTempFolder, fileName), 'utf8').split('\n');
        const diff = [
          ...expected.filter((line) => !actual.includes(line)).map((line) => `- ${line}`),
          ...actual.filter((line) => !expected.includes(line)).map((line) => `+ ${line}`),
        ];
        problems.push(`${name} is out of date:\n  ${diff.slice(0, 30).join('\n  ')}${diff.length > 30 ? `\n  … ${diff.length - 30} more lines` : ''}`);
      }
    }
    assert.deepEqual(
      problems,
      [],
      `The public API changed. If that is intended, run \`npm run api\` and commit packages/*/etc/*.api.md, so the change is reviewed:\n${problems.join('\n')}`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
