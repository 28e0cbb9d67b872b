/** Custom Elements Manifest for vendors' tooling and Storybook's docs and controls (`npm run build:manifest`). */

// The manifest ships in @anhorig/elements, so its module paths must name the published files
// (dist/…/x.js), not the sources in this repository.
const toDist = (path) => path.replace(/^\/?packages\/elements\/src\/(.*)\.(ts|js)$/, 'dist/$1.js');
const rewritePaths = (node) => {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = toDist(value);
      else rewritePaths(value);
    }
};

export default {
  globs: ['packages/elements/src/**/anhorig-*.ts', 'packages/elements/src/*/define.ts'],
  exclude: ['**/*.styles.ts', '**/*.terms.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      name: 'anhorig-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewritePaths(customElementsManifest);
      },
    },
  ],
};
