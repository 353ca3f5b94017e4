import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { testBackendsPlugin } from './test/servers/plugin.mjs';

// papaparse (lazy-loaded by the CSV export) ships only as UMD/CommonJS: convert it to ESM.
const commonjsPlugin = fromRollup(commonjs);

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // Its `require('stream')` is reached only in Node (duplex streaming): left alone.
    commonjsPlugin({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'], strictRequires: false }),
    // Real HTTP backends (reference server, fake Chatwoot) for the source tests, on free ports.
    testBackendsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, args: CHROMIUM_ARGS },
      // One window per test file, not one tab: in new headless mode a background tab is
      // hidden, so requestAnimationFrame and animations never run there and tests waiting
      // for a frame (fixture(), a dialog's animation) hang when two files run at once.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  concurrency: 2,
  // The backend suites run the whole contract over HTTP (a fresh server per test): about a
  // minute per file on a busy 2-core machine, so the default 2 minutes is too tight.
  testsFinishTimeout: 300_000,
  // Lit's dev build announces itself in every test file; nothing else is filtered.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { timeout: 10000 },
  },
  // The inline script filters @lit-labs/virtualizer's harmless "ResizeObserver loop completed with
  // undelivered notifications" before the runner's own error listener logs it (as "null"): at
  // the window, listeners run in the order they were added, so it must come first.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head>
        <script>
          window.addEventListener('error', (event) => {
            if (event.message?.startsWith('ResizeObserver loop completed with undelivered notifications')) {
              event.stopImmediatePropagation();
              event.preventDefault();
            }
          });
        </script>
      </head>
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};
