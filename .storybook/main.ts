import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The telemetry call is blocked on these machines and costs ~7 s per build (TOOLCHAIN.md).
  core: { disableTelemetry: true },
};

export default config;
