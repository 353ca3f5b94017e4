/**
 * Data → first rows painted, repeated (the list bench takes it once per variant, and one run on a
 * shared machine is noisy): `<contact-list>`, the bare virtualizer and @vaadin/grid at 100,000,
 * in turns, each run in a fresh page. Prints the spread, how many runs were on time (frame 1, at
 * most 33.3 ms after the data; see bench/README.md), and the median from mounting the variant to
 * that frame (work moved before the data's arrival is not saved there).
 */
import { done, median, ms, percentile, printTable } from './lib.js';
import { FRAME_MS, type VariantResult } from './list/measure.js';

const N = 100_000;
const RUNS = 9;
const VARIANTS = [
  ['<contact-list>', 'bench/list/contact-list.ts'],
  ['bare @lit-labs/virtualizer', 'bench/list/virtualizer.ts'],
  ['@vaadin/grid, dataProvider', 'bench/list/vaadin-grid.ts'],
] as const;

const times = new Map<string, number[]>(VARIANTS.map(([label]) => [label, []]));
const sinceMount = new Map<string, number[]>(VARIANTS.map(([label]) => [label, []]));
const onTime = new Map<string, number>(VARIANTS.map(([label]) => [label, 0]));
for (let run = 0; run < RUNS; run++) {
  for (const [label, entry] of VARIANTS) {
    // `run` only names the page's BENCH_TRACE file, so the nine runs do not overwrite one another.
    const outcome = await window.benchRun<VariantResult>(entry, { count: N, firstOnly: true, run });
    if ('unavailable' in outcome || !outcome.firstRows) continue;
    const { ms: took, frame } = outcome.firstRows;
    times.get(label)!.push(took);
    sinceMount.get(label)!.push(outcome.firstRows.sinceMount);
    if (frame === 1 && took <= 2 * FRAME_MS) onTime.set(label, onTime.get(label)! + 1);
  }
}

printTable(
  ['variant', 'runs', 'min', 'p25', 'median', 'p75', 'max', 'on time', 'mount → rows, median'],
  VARIANTS.map(([label]) => {
    const values = times.get(label)!;
    return values.length
      ? [label, String(values.length), ms(Math.min(...values)), ms(percentile(values, 25)), ms(median(values)), ms(percentile(values, 75)), ms(Math.max(...values)), `${onTime.get(label)}/${values.length}`, ms(median(sinceMount.get(label)!))]
      : [label, '0', '–', '–', '–', '–', '–', '–', '–'];
  }),
);
done();
