/** Seeded randomness for the fake-data generator: small, fast, and the same on every engine. */

export type Random = () => number;

/** mulberry32: a 32-bit state PRNG, uniform in [0, 1). Plenty for fake data, and ~2 ns a call. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent seed for one stream (the dataset, one contact's conversations, its notes), so a
 * contact's history depends on its index alone and can be generated lazily in any order.
 */
export function deriveSeed(seed: number, index: number, stream: number): number {
  let hash = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b);
  hash ^= Math.imul(index + 1, 0xc2b2ae35);
  hash ^= Math.imul(stream + 1, 0x27d4eb2f);
  // murmur3's finaliser spreads every input bit over the whole word.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

export function randomBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A table for weighted picks, built once: cumulative weights scanned linearly (tables are short). */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  return { values: entries.map(([value]) => value), cumulative, total };
}

export function pickWeighted<T>(random: Random, table: WeightedTable<T>): T {
  const target = random() * table.total;
  const { cumulative, values } = table;
  for (let index = 0; index < cumulative.length; index++) {
    if (target < (cumulative[index] as number)) return values[index] as T;
  }
  return values[values.length - 1] as T;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9] as const;

/** `count` decimal digits (leading zeros kept). */
export function randomDigits(random: Random, count: number): string {
  let text = '';
  while (count > 0) {
    const chunk = count > 9 ? 9 : count;
    text += String(Math.floor(random() * (POWERS_OF_TEN[chunk] as number))).padStart(chunk, '0');
    count -= chunk;
  }
  return text;
}

// Number#toString(16) is slow; two hex digits at a time from a table is not.
const HEX_PAIRS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** `count` lower-case hex digits (`count` even). */
export function randomHex(random: Random, count: number): string {
  const pairs: string[] = [];
  for (let n = 0; n < count; n += 2) pairs.push(HEX_PAIRS[Math.floor(random() * 256)] as string);
  // join() makes one flat string, where += would leave a chain of cons strings in memory.
  return pairs.join('');
}
