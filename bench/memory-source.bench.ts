/**
 * The memory source at 100,000 contacts: time from asking to having the first page, for the
 * searches and filters people run, and per keystroke while typing a name. Each sample is a
 * query the source's result cache cannot answer (a different query, or one pushed out of the
 * cache since), so every figure is a full evaluation. Target (issue 2): a median of at most
 * 10 ms for every search and filter; 100,000 contacts generated well under a second.
 */
import { sourceDataOf } from '../src/sources/demo.js';
import { generateDataset, type FakeDataset } from '../src/sources/fake-data.js';
import { MemoryContactSource } from '../src/sources/memory.js';
import type { ContactQuery } from '../src/model/query.js';
import { done, median, ms, percentile, printTable, time } from './lib.js';

const COUNT = 100_000;
const PAGE = { size: 50 };
const TARGET_MS = 10;
const GENERATE_TARGET_MS = 1000;
/** Builds are repeated and the median reported: one run on a shared machine is noise. */
const SETUP_RUNS = 3;
const now = new Date('2026-11-20T12:00:00Z');

function sourceOf(dataset: FakeDataset): MemoryContactSource {
  return new MemoryContactSource({ ...sourceDataOf(dataset), now: () => now });
}

const generateTimes: number[] = [];
let dataset!: FakeDataset;
for (let run = 0; run < SETUP_RUNS; run++) {
  const [elapsed, generated] = await time(() => generateDataset({ count: COUNT, seed: 1 }));
  generateTimes.push(elapsed);
  dataset = generated;
}
const buildTimes: number[] = [];
const firstListTimes: number[] = [];
const firstNameSortTimes: number[] = [];
let source!: MemoryContactSource;
for (let run = 0; run < SETUP_RUNS; run++) {
  const [elapsed, built] = await time(() => sourceOf(dataset));
  buildTimes.push(elapsed);
  source = built;
  firstListTimes.push((await time(() => source.listContacts({}, PAGE)))[0]);
  firstNameSortTimes.push(
    (await time(() => source.listContacts({ sort: { field: 'name', direction: 'asc' } }, PAGE)))[0],
  );
}

const sample = dataset.contacts.filter((_, i) => i % 997 === 0).slice(0, 20);
const words = sample.map((c) => c.name.split(' ')[0]!.slice(0, 4));
const phones = sample.filter((c) => c.phone).map((c) => c.phone!.slice(0, 7).replace(/^(\+\d{3})(\d+)/, '$1 $2'));
const labelNames = dataset.labels.map((l) => l.name);

type Case = { name: string; queries: ContactQuery[] };
const cases: Case[] = [
  { name: 'search a name (typing)', queries: words.map((w) => ({ search: w })) },
  { name: 'search a phone, formatted', queries: phones.map((p) => ({ search: p })) },
  { name: 'search two words', queries: sample.map((c) => ({ search: c.name.toLowerCase() })) },
  {
    name: 'labels quick filter',
    queries: labelNames.map((l, i) => ({ labels: [l, labelNames[(i + 3) % labelNames.length]!] })),
  },
  {
    name: 'last activity > N days ago',
    queries: Array.from({ length: 20 }, (_, i) => ({
      conditions: [{ field: 'lastActivityAt' as const, operator: 'more-than-days-ago' as const, value: 10 + i }],
    })),
  },
  {
    name: 'attribute + channel, match all',
    queries: Array.from({ length: 20 }, (_, i) => ({
      conditions: [
        { field: 'attributes.orders_count' as const, operator: 'gt' as const, value: i },
        { field: 'sourceChannel' as const, operator: 'any-of' as const, value: ['whatsapp', 'telegram'] },
      ],
    })),
  },
  {
    name: 'search + label, sorted by name',
    queries: words.map((w, i) => ({
      search: w.slice(0, 2),
      labels: [labelNames[i % labelNames.length]!],
      sort: { field: 'name' as const, direction: 'asc' as const },
    })),
  },
];

async function firstPage(query: ContactQuery): Promise<[number, number]> {
  const [elapsed, page] = await time(() => source.listContacts(query, PAGE));
  return [elapsed, page.total ?? 0];
}

const rows: string[][] = [];
const medians: [string, number][] = [];
for (const { name, queries } of cases) {
  const times: number[] = [];
  let total = 0;
  for (const query of queries) {
    const [elapsed, matches] = await firstPage(query);
    times.push(elapsed);
    total += matches;
  }
  medians.push([name, median(times)]);
  rows.push([name, String(queries.length), ms(median(times)), ms(percentile(times, 95)), String(Math.round(total / queries.length))]);
}

// Typing a name letter by letter: every keystroke is a new query. Two names are typed in turn,
// so that by the time a prefix comes again, the four-entry result cache has forgotten it.
const TYPED = ['olena', 'maria'];
const ROUNDS = 10;
const keystrokeTimes = new Map<string, number[]>();
const keystrokeMatches = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  for (const name of TYPED) {
    for (let length = 1; length <= name.length; length++) {
      const typed = name.slice(0, length);
      const [elapsed, matches] = await firstPage({ search: typed });
      keystrokeTimes.set(typed, [...(keystrokeTimes.get(typed) ?? []), elapsed]);
      keystrokeMatches.set(typed, matches);
    }
  }
}
const keystrokeRows = [...keystrokeTimes].map(([typed, times]) => {
  medians.push([`keystroke "${typed}"`, median(times)]);
  return [`"${typed}"`, String(times.length), ms(median(times)), ms(percentile(times, 95)), String(keystrokeMatches.get(typed))];
});

console.log(
  `${COUNT.toLocaleString('en')} contacts, median of ${SETUP_RUNS} runs (the first, cold run in brackets): ` +
    `generated in ${ms(median(generateTimes))} ms (${ms(generateTimes[0]!)}), ` +
    `source and index built in ${ms(median(buildTimes))} ms (${ms(buildTimes[0]!)}); ` +
    `first list, which sorts the default order, ${ms(median(firstListTimes))} ms; ` +
    `first name sort ${ms(median(firstNameSortTimes))} ms.\n`,
);
printTable(['first page of 50', 'runs', 'median ms', 'p95 ms', 'avg matches'], rows);
console.log('');
printTable(['search keystroke → first page', 'runs', 'median ms', 'p95 ms', 'matches'], keystrokeRows);
console.log('');

// A verdict to read, not an exit code: timings on a shared machine must not fail a build.
const slow = medians.filter(([, value]) => value > TARGET_MS);
const slowest = medians.reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(
  slow.length === 0
    ? `PASS: every search/filter median first page ≤ ${TARGET_MS} ms (slowest: ${slowest[0]}, ${ms(slowest[1])} ms).`
    : `FAIL: median first page above ${TARGET_MS} ms: ${slow.map(([name, value]) => `${name} (${ms(value)} ms)`).join(', ')}.`,
);
const generateMs = median(generateTimes);
console.log(
  generateMs < GENERATE_TARGET_MS
    ? `PASS: 100,000 contacts generated in ${ms(generateMs)} ms (< ${GENERATE_TARGET_MS} ms).`
    : `FAIL: 100,000 contacts generated in ${ms(generateMs)} ms (target: well under ${GENERATE_TARGET_MS} ms).`,
);
done();
