#!/usr/bin/env node
// Summarises a CPU profile recorded by `BENCH_PROFILE=dir npm run bench`: the functions with
// the most self time, and (with a second argument) only samples under a function of that name.
// Usage: node bench/profile-summary.mjs dir/name.cpuprofile [function-name] [top=25]
import { readFileSync } from 'node:fs';

const [path, under, top = '25'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(path, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
};
const isUnder = (id) => {
  if (!under) return true;
  for (let at = id; at !== undefined; at = parent.get(at)) {
    if (nodes.get(at).callFrame.functionName === under) return true;
  }
  return false;
};

const self = new Map();
let total = 0;
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  if (!isUnder(id)) return;
  const ms = (deltas[i + 1] ?? 0) / 1000;
  total += ms;
  const key = label(nodes.get(id));
  self.set(key, (self.get(key) ?? 0) + ms);
});
console.log(`${total.toFixed(1)} ms${under ? ` under ${under}` : ''}`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}
