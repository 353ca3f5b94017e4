/**
 * Columns of the memory source's index: one value per row, derived from the row's contact by a
 * function of the query model (`QueryRows`), computed when a query first needs it and then set
 * again for every row that changes. A scan then reads arrays, not contacts.
 */
import type { Contact } from '../../model/contact.js';

export interface Column {
  /** Derives the row's value again from its (new) contact. */
  set(row: number, contact: Contact): void;
}

/** Room for `rows` rows and some growth, so that adding contacts rarely copies a column. */
function capacityFor(rows: number): number {
  return Math.max(16, Math.ceil(rows * 1.25));
}

function grown<T extends Uint32Array | Float64Array>(array: T, rows: number, create: (length: number) => T): T {
  if (rows <= array.length) return array;
  const bigger = create(capacityFor(rows));
  bigger.set(array);
  return bigger;
}

/** Any values, in a plain array. */
export class ValueColumn<V> implements Column {
  readonly #derive: (contact: Contact) => V;
  // Filled by push: `new Array(100_000)` would be a slow dictionary-backed array in V8.
  readonly values: V[] = [];

  constructor(derive: (contact: Contact) => V, contacts: readonly (Contact | undefined)[]) {
    this.#derive = derive;
    for (const contact of contacts) this.values.push((contact && derive(contact)) as V);
  }

  set(row: number, contact: Contact): void {
    while (this.values.length < row) this.values.push(undefined as V);
    this.values[row] = this.#derive(contact);
  }
}

/** Numbers (NaN when absent) in a typed array. */
export class NumberColumn implements Column {
  readonly #derive: (contact: Contact) => number;
  values: Float64Array;

  constructor(derive: (contact: Contact) => number, contacts: readonly (Contact | undefined)[]) {
    this.#derive = derive;
    this.values = new Float64Array(capacityFor(contacts.length));
    for (let row = 0; row < contacts.length; row++) {
      const contact = contacts[row];
      if (contact) this.values[row] = derive(contact);
    }
  }

  set(row: number, contact: Contact): void {
    this.values = grown(this.values, row + 1, (length) => new Float64Array(length));
    this.values[row] = this.#derive(contact);
  }
}

/**
 * Sets of values (labels, channels, statuses, list options) as bit masks: every distinct value
 * gets a bit, 32 to a word, and each word is a typed array over the rows. "Has any of these
 * labels" is then one AND per row.
 */
export class ValueSetColumn implements Column {
  readonly #derive: (contact: Contact) => readonly unknown[];
  readonly #bits = new Map<unknown, number>();
  #words: Uint32Array[] = [];
  #capacity: number;

  constructor(derive: (contact: Contact) => readonly unknown[], contacts: readonly (Contact | undefined)[]) {
    this.#derive = derive;
    this.#capacity = capacityFor(contacts.length);
    for (let row = 0; row < contacts.length; row++) {
      const contact = contacts[row];
      if (contact) this.set(row, contact);
    }
  }

  set(row: number, contact: Contact): void {
    if (row >= this.#capacity) {
      this.#capacity = capacityFor(row + 1);
      this.#words = this.#words.map((word) => grown(word, this.#capacity, (length) => new Uint32Array(length)));
    }
    for (const word of this.#words) word[row] = 0;
    for (const value of this.#derive(contact)) {
      const bit = this.#bitOf(value);
      this.#words[bit >>> 5]![row]! |= 1 << (bit & 31);
    }
  }

  /** A test of whether a row has any (or, with `every`, all) of the wanted values. */
  test(wanted: readonly unknown[], every: boolean): (row: number) => boolean {
    const masks = new Int32Array(this.#words.length);
    for (const value of wanted) {
      const bit = this.#bits.get(value);
      // A value no row has: nobody has all of them; it adds nothing to "any".
      if (bit === undefined) {
        if (every) return () => false;
        continue;
      }
      masks[bit >>> 5]! |= 1 << (bit & 31);
    }
    const tests: [Uint32Array, number][] = [];
    masks.forEach((mask, word) => {
      if (mask !== 0) tests.push([this.#words[word]!, mask]);
    });
    if (tests.length === 0) return () => every;
    if (tests.length === 1) {
      const [[word, mask]] = tests as [[Uint32Array, number]];
      return every ? (row) => (word[row]! & mask) === mask : (row) => (word[row]! & mask) !== 0;
    }
    return every
      ? (row) => tests.every(([word, mask]) => (word[row]! & mask) === mask)
      : (row) => tests.some(([word, mask]) => (word[row]! & mask) !== 0);
  }

  #bitOf(value: unknown): number {
    let bit = this.#bits.get(value);
    if (bit === undefined) {
      bit = this.#bits.size;
      this.#bits.set(value, bit);
      if (bit >>> 5 >= this.#words.length) this.#words.push(new Uint32Array(this.#capacity));
    }
    return bit;
  }
}
