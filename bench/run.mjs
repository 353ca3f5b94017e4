#!/usr/bin/env node
// `npm run bench`: bundles each bench/*.bench.ts with esbuild, runs it in headless Chromium
// (playwright-core driving the system browser, no download) and prints the tables it reports.
// Usage: npm run bench [-- name-filter]
// BENCH_PROFILE=dir also records a CPU profile per page (open it in Chrome DevTools, or
// summarise it with `node bench/profile-summary.mjs dir/<name>.cpuprofile`).
// BENCH_LIT_5010=fixed bundles lit-html without its comment leak (see below).
//
// Every page gets a few helpers from here, through the DevTools protocol (see bench/lib.ts):
//   benchHeap()           garbage-collects, then returns the JS heap in use, in bytes (precise,
//                         unlike performance.memory);
//   benchDomCounters()    nodes and documents alive in the renderer, after a collection;
//   benchPress(key)       presses a key as a person would (real key events, trusted);
//   benchRun(entry, p)    runs another module (a path from the project root, such as
//                         bench/list/virtualizer.ts) in a fresh page of its own browser context,
//                         so its heap and DOM are its own, and returns what it reported with
//                         `finish(result)`; `{ unavailable }` when it cannot be built (a module
//                         it imports does not exist yet).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const filter = process.argv[2] ?? '';
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && f.includes(filter));
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
const profileDir = process.env.BENCH_PROFILE;
// BENCH_TRACE=dir records a DevTools timeline trace per page (style, layout, paint), for
// chrome://tracing or DevTools' Performance panel.
const traceDir = process.env.BENCH_TRACE;

// BENCH_LIT_5010=fixed: bundles lit-html with removePart also removing the part's end marker, as
// before 3.3 (lit/lit#5010: 3.3 leaves one comment behind per row `repeat` removes), to see how
// much of a figure is that leak. Never in the library: an experiment switch for the bench only.
const litRemovePartFix = {
  name: 'lit-5010-fix',
  setup(build) {
    build.onLoad({ filter: /lit-html[\\/]directive-helpers\.js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const fixed = code.replace('h=o=>{o._$AR(),o._$AA.remove()}', 'h=o=>{o._$AR(),o._$AA.remove(),o._$AB?.remove()}');
      if (fixed === code) console.warn(`BENCH_LIT_5010: removePart not found in ${path}; bundled unchanged.`);
      return { contents: fixed, loader: 'js' };
    });
  },
};

/** Bundles one entry; the build error's first message when it cannot be built. */
async function bundle(entry) {
  try {
    const { outputFiles } = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
      // Readable names and lines in a CPU profile or a trace.
      minify: !profileDir && !traceDir,
      // Measure what hosts ship: Lit's production build, not its dev-mode checks.
      conditions: ['production'],
      tsconfig: 'tsconfig.json',
      plugins: process.env.BENCH_LIT_5010 === 'fixed' ? [litRemovePartFix] : [],
    });
    return { code: outputFiles[0].text };
  } catch (error) {
    const first = error.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}: ` : '';
    return { error: first ? `${where}${first.text}` : String(error) };
  }
}

// One server for the run: /bench/<n>.js serves the nth bundle, /?entry=<n>&params=… a page running it.
const bundles = [];
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const script = /^\/bench\/(\d+)\.js$/.exec(url.pathname);
  if (script) {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(bundles[Number(script[1])] ?? '');
  } else {
    const entry = Number(url.searchParams.get('entry') ?? 0);
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"></head>' +
        `<body><script type="module" src="/bench/${entry}.js"></script></body></html>`,
    );
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS.filter((a) => a !== '--headless=new') });
let failed = false;

/** Opens a bundled entry in a page of a fresh context, waits until it is done and returns its result. */
async function runPage(index, name, params, nested = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  page.on('console', (message) => console.log(message.text()));
  // An uncaught error ends the page's run: it would never report done.
  const crashed = new Promise((resolve) =>
    page.on('pageerror', (error) => {
      failed = true;
      console.error(error);
      resolve(error);
    }),
  );
  const collect = async () => {
    // Twice: the first pass may only queue finalizers.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  };
  await page.exposeFunction('benchHeap', async () => {
    await collect();
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  });
  await page.exposeFunction('benchDomCounters', async () => {
    await collect();
    return cdp.send('Memory.getDOMCounters');
  });
  await page.exposeFunction('benchPress', (key) => page.keyboard.press(key));
  await page.exposeFunction('benchRun', async (entry, childParams = {}) => {
    const built = await bundle(entry);
    if (built.error) return { unavailable: built.error };
    bundles.push(built.code);
    const label = entry.replace(/^bench\//, '').replace(/\.ts$/, '').replaceAll('/', '-');
    return runPage(bundles.length - 1, label, childParams, true);
  });
  const traceEvents = [];
  // Tracing is browser-wide: only the pages a bench runs are traced, not the bench's own.
  const tracing = traceDir && nested;
  if (tracing) {
    cdp.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
    await cdp.send('Tracing.start', { categories: process.env.BENCH_TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  }
  if (profileDir) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${origin}/?entry=${index}&params=${encodeURIComponent(JSON.stringify(params))}`);
  let result;
  try {
    await Promise.race([
      page.waitForFunction(() => window.benchDone === true, null, { timeout: 600_000, polling: 250 }),
      crashed.then((error) => Promise.reject(error)),
    ]);
    result = await page.evaluate(() => window.benchResult);
  } catch (error) {
    failed = true;
    console.error(`${name}: ${error.message}`);
    result = { unavailable: `did not finish: ${error.message.split('\n')[0]}` };
  }
  if (profileDir) {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(profileDir, { recursive: true });
    const suffix = Object.keys(params).length ? `-${Object.values(params).join('-')}` : '';
    const path = `${profileDir}/${name}${suffix}.cpuprofile`;
    writeFileSync(path, JSON.stringify(profile));
    console.log(`CPU profile: ${path}`);
  }
  if (tracing) {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    mkdirSync(traceDir, { recursive: true });
    const suffix = Object.keys(params).length ? `-${Object.values(params).join('-')}` : '';
    const path = `${traceDir}/${name}${suffix}.json`;
    writeFileSync(path, JSON.stringify({ traceEvents }));
    console.log(`Trace: ${path}`);
  }
  await context.close();
  return result;
}

for (const file of files) {
  console.log(`\n# ${file}`);
  const built = await bundle(`bench/${file}`);
  if (built.error) {
    failed = true;
    console.error(built.error);
    continue;
  }
  bundles.push(built.code);
  await runPage(bundles.length - 1, file.replace(/\.bench\.ts$/, ''), {});
}
await browser.close();
server.close();
process.exit(failed ? 1 : 0);
