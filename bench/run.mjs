#!/usr/bin/env node
// `npm run bench`: bundles each bench/*.bench.ts with esbuild, runs it in headless Chromium
// (playwright-core driving the system browser, no download) and prints the tables it reports.
// Usage: npm run bench [-- name-filter]
// BENCH_PROFILE=dir also records a CPU profile per bench (open it in Chrome DevTools, or
// summarise it with `node bench/profile-summary.mjs dir/<name>.cpuprofile`).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const filter = process.argv[2] ?? '';
const files = readdirSync('bench').filter((f) => f.endsWith('.bench.ts') && f.includes(filter));
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS.filter((a) => a !== '--headless=new') });
let failed = false;
for (const file of files) {
  const { outputFiles } = await build({
    entryPoints: [`bench/${file}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    // Readable names and lines in a CPU profile.
    minify: !process.env.BENCH_PROFILE,
    // Measure what hosts ship: Lit's production build, not its dev-mode checks.
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
  });
  // Served over HTTP (not file://) so the page is a normal secure origin.
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(outputFiles[0].text);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><html lang="en"><body><script type="module" src="/bench.js"></script></body></html>');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => console.log(message.text()));
  page.on('pageerror', (error) => {
    failed = true;
    console.error(error);
  });
  console.log(`\n# ${file}`);
  const profileDir = process.env.BENCH_PROFILE;
  const cdp = profileDir ? await page.context().newCDPSession(page) : undefined;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.benchDone === true, null, { timeout: 600_000 });
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(profileDir, { recursive: true });
    const path = `${profileDir}/${file.replace(/\.bench\.ts$/, '')}.cpuprofile`;
    writeFileSync(path, JSON.stringify(profile));
    console.log(`CPU profile: ${path}`);
  }
  await page.close();
  server.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
