#!/usr/bin/env node
// The one test command (`npm test`): makes sure a Chromium is there, then typecheck, lint and
// the browser tests. Extra arguments go to web-test-runner (`npm test -- --files test/x.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function run(title, command, args, env = process.env) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

function canUseApt() {
  if (!existsSync('/usr/bin/apt-get')) return false;
  if (process.getuid?.() === 0) return true;
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

function installChromium() {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  console.log("▶ No Chromium found: installing Debian's chromium with apt-get (about 30 s)");
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    // apt prints hundreds of lines; show them only when something went wrong.
    const result = spawnSync(command, rest, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) {
      console.error(result.stdout, result.stderr);
      console.error(`✖ apt-get ${args.join(' ')} failed.`);
      process.exit(1);
    }
  }
}

let chromium = findChromium();
if (!chromium && canUseApt()) {
  installChromium();
  chromium = findChromium();
}
if (!chromium) {
  console.error(
    'No Chromium or Chrome found: install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome binary, then run npm test again.',
  );
  process.exit(1);
}

const bin = (name) => `node_modules/.bin/${name}`;
run('Typecheck (tsc)', bin('tsc'), ['--noEmit']);
run('Typecheck Node code (tsc -p tsconfig.node.json)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']);
run('Lint (eslint)', bin('eslint'), ['.', '--max-warnings=0']);
run(`Browser tests (web-test-runner, ${chromium})`, bin('wtr'), process.argv.slice(2), {
  ...process.env,
  CHROME_PATH: chromium,
});
