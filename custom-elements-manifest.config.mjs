/** Custom Elements Manifest for vendors' tooling and Storybook's docs and controls (`npm run build:manifest`). */
export default {
  globs: ['packages/elements/src/**/anhorig-*.ts', 'packages/elements/src/*/define.ts'],
  exclude: ['**/*.styles.ts', '**/*.terms.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
