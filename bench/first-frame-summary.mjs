#!/usr/bin/env node
// Where the time from the data to the first rows goes, per trace written by
// `BENCH_TRACE=dir npm run bench -- first-rows`: from the variant's "bench: first data" mark to
// the end of the commit that follows the first big layout (the frame showing the rows), the
// main thread's script, style, layout (wall and CPU time, and its objects), pre-paint and paint.
// Then the median of each figure per variant. Tracing slows the page: compare variants within
// one traced run, not with untraced figures.
// Usage: node bench/first-frame-summary.mjs dir
import { readdirSync, readFileSync } from 'node:fs';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: node bench/first-frame-summary.mjs <BENCH_TRACE dir>');
  process.exit(1);
}

/** Layouts of more dirty objects than this are the rows', not a measurement of an empty box. */
const ROWS_LAYOUT_OBJECTS = 50;
const SCRIPT = new Set(['FunctionCall', 'TimerFire', 'RunMicrotasks', 'FireAnimationFrame', 'EventDispatch']);
const PAINT = new Set(['Paint', 'Layerize', 'Commit']);

function summarise(traceEvents) {
  const mark = traceEvents.find((event) => event.name === 'TimeStamp' && JSON.stringify(event.args).includes('bench: first data'));
  if (!mark) return undefined;
  const events = traceEvents
    .filter((event) => event.pid === mark.pid && event.tid === mark.tid && event.ph === 'X' && event.ts + (event.dur ?? 0) >= mark.ts)
    .sort((a, b) => a.ts - b.ts);
  const layout = events.find((event) => event.name === 'Layout' && (event.args?.beginData?.dirtyObjects ?? 0) > ROWS_LAYOUT_OBJECTS);
  const commit = layout && events.find((event) => event.name === 'Commit' && event.ts > layout.ts);
  if (!commit) return undefined;
  const end = commit.ts + commit.dur;
  const figures = { 'data → commit': (end - mark.ts) / 1000, script: 0, style: 0, layout: 0, 'layout CPU': 0, 'layout objects': 0, 'pre-paint': 0, paint: 0 };
  // Time inside [mark, end] only; nested events of one kind (a call inside a call) counted once.
  const openUntil = new Map();
  for (const event of events) {
    if (event.ts > end) break;
    const kind = SCRIPT.has(event.name)
      ? 'script'
      : PAINT.has(event.name)
        ? 'paint'
        : { UpdateLayoutTree: 'style', Layout: 'layout', PrePaint: 'pre-paint' }[event.name];
    if (!kind) continue;
    const from = Math.max(event.ts, mark.ts, openUntil.get(kind) ?? 0);
    const to = Math.min(event.ts + event.dur, end);
    if (to <= from) continue;
    openUntil.set(kind, to);
    figures[kind] += (to - from) / 1000;
    if (kind === 'layout') {
      figures['layout CPU'] += (event.tdur ?? 0) / 1000;
      figures['layout objects'] += event.args?.beginData?.dirtyObjects ?? 0;
    }
  }
  return figures;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Trace files are named after the page and its parameters: list-<page>-<count>-<…>.json.
const byVariant = new Map();
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
  const figures = summarise(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')).traceEvents);
  if (!figures) continue;
  const variant = /^(.*?)-\d+-/.exec(file)?.[1] ?? file;
  if (!byVariant.has(variant)) byVariant.set(variant, []);
  byVariant.get(variant).push(figures);
}
if (!byVariant.size) {
  console.error(`No trace in ${dir} has a "bench: first data" mark and a rows' layout.`);
  process.exit(1);
}

const columns = Object.keys([...byVariant.values()][0][0]);
console.log(`| page | traces | ${columns.join(' | ')} |`);
console.log(`| --- | --- | ${columns.map(() => '---').join(' | ')} |`);
for (const [variant, runs] of byVariant) {
  const cells = columns.map((column) => median(runs.map((figures) => figures[column])).toFixed(column === 'layout objects' ? 0 : 1));
  console.log(`| ${variant} | ${runs.length} | ${cells.join(' | ')} |`);
}
console.log('\nMedians, ms. A layout forced from script counts in both; the rest of data → commit is waiting for the frame, tasks not traced here, and GC.');
