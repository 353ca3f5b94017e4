/**
 * `vite` (dev server) serves the demo in `demo/` on the embedded in-memory data;
 * `vite build` builds the library: ES modules, one file per source module (so a host that
 * imports one element gets only what it needs), dependencies left to the host's bundler.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

const src = resolve(import.meta.dirname, 'src');

/**
 * Public entry points, read from package.json's `exports` (the one list of them):
 * `./dist/sources/memory.js` is built from `src/sources/memory.ts`.
 */
function entries(): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of Object.values(pkg.exports)) {
    const path = typeof value === 'string' ? value : value.default;
    const match = /^\.\/dist\/(.+)\.js$/.exec(path);
    if (match) result[match[1]!] = resolve(src, `${match[1]}.ts`);
  }
  return result;
}

const external = Object.keys(pkg.dependencies).map((name) => new RegExp(`^${name}(/.*)?$`));

export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: resolve(import.meta.dirname, 'demo'), server: { host: true } }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          sourcemap: true,
          minify: false,
          target: 'es2022',
          lib: { entry: entries(), formats: ['es'] },
          rollupOptions: {
            external,
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
