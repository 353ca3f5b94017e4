// `cem analyze` reads the elements' JSDoc (@summary @fires @csspart @cssprop @slot) into
// custom-elements.json, which Storybook's autodocs and IDEs read.
export default {
  globs: ['src/elements/**/*.ts'],
  // Only the elements: shared parts, events and helpers are not elements.
  exclude: ['src/i18n/locales/**', 'src/elements/shared/**', 'src/elements/define.ts', 'src/elements/events.ts'],
  outdir: '.',
  litelement: true,
};
