/**
 * Custom Elements Manifest for vendors' tooling and Storybook's docs and controls. Written by the
 * elements' build (`npm run build`, run in packages/elements) and by `npm run build:manifest` at the
 * root, so the globs and the output folder are taken relative to wherever it runs.
 */
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const elements = relative(process.cwd(), join(dirname(fileURLToPath(import.meta.url)), 'packages', 'elements')).split(sep).join('/') || '.';
const src = elements === '.' ? 'src' : `${elements}/src`;

// The manifest ships in @anhorig/elements, so its module paths must name the published files
// (dist/…/x.js), not the sources in this repository.
const escaped = src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const toDist = (path) => path.replace(new RegExp(`^/?${escaped}/(.*)\\.(ts|js)$`), 'dist/$1.js');
const rewritePaths = (node) => {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else rewritePaths(value);
    }
};

export default {
  globs: [`${src}/**/anhorig-*.ts`, `${src}/*/define.ts`],
  exclude: ['**/*.styles.ts', '**/*.terms.ts'],
  outdir: elements,
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'anhorig-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest);
        // The analyzer lists modules in the order the file system gave them: sort, so a rebuild
        // changes the file only when an element changed.
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
