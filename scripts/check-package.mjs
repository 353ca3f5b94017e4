#!/usr/bin/env node
// After the build: every path in package.json's `exports` exists (vite builds its entries from
// that same list), so a host's import never fails to resolve.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = Object.entries(pkg.exports).flatMap(([key, value]) =>
  typeof value === 'string' ? [[key, value]] : Object.values(value).map((path) => [key, path]),
);
const missing = targets.filter(([, path]) => !existsSync(path));
if (missing.length) {
  for (const [key, path] of missing) console.error(`exports["${key}"] points to ${path}, which the build did not produce.`);
  process.exit(1);
}
console.log(`package.json exports: ${targets.length} paths, all built.`);
