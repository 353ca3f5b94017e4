/** Helpers shared by the benchmarks that run in the browser (see bench/run.mjs). */

declare global {
  interface Window {
    benchDone?: boolean;
    benchResult?: unknown;
    /** Garbage-collects, then the JS heap in use, in bytes (DevTools protocol; see run.mjs). */
    benchHeap(): Promise<number>;
    /** Nodes and documents alive in the renderer, after a collection. */
    benchDomCounters(): Promise<{ documents: number; nodes: number; jsEventListeners: number }>;
    /** Presses a key through the browser's input pipeline (trusted events). */
    benchPress(key: string): Promise<void>;
    /** Runs another bench module in a fresh page and context; see run.mjs. */
    benchRun<T>(entry: string, params?: Record<string, unknown>): Promise<T | { unavailable: string }>;
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function ms(value: number): string {
  return value.toFixed(1);
}

/** Prints a Markdown table, so it can be pasted into a note as is. */
export function printTable(headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
}

export async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

export function done(): void {
  window.benchDone = true;
}

/** The parameters a page was opened with by `window.benchRun(entry, params)`. */
export function params<T extends object>(): Partial<T> {
  return JSON.parse(new URLSearchParams(location.search).get('params') ?? '{}') as Partial<T>;
}

/** Hands `result` back to the page that ran this one with `window.benchRun`, and ends. */
export function finish(result: unknown): void {
  window.benchResult = result;
  done();
}
