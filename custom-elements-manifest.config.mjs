// `cem analyze` reads the elements' JSDoc (@summary @fires @csspart @cssprop @slot) into
// custom-elements.json, which Storybook's autodocs and IDEs read.
export default {
  globs: ['src/elements/**/*.ts'],
  // Only the elements: shared parts, events and helpers are not elements.
  exclude: ['src/i18n/locales/**', 'src/elements/shared/**', 'src/elements/define.ts', 'src/elements/events.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the order it finished reading them, which varies from run to
      // run; CI checks the committed file is current, so the order must not.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
