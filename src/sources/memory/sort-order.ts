/**
 * The memory source's rows in one sort order: built once (on first use), then kept by
 * binary-search insertion and removal as contacts change.
 */
import type { Contact } from '../../model/contact.js';
import { compareContacts } from '../../model/query-eval.js';
import type { ContactSort } from '../../model/query.js';

export type Comparator = (a: Contact, b: Contact) => number;

/** Lower bound: the first position whose contact compares greater than or equal to `probe`. */
export function lowerBound(
  rows: readonly number[],
  contacts: readonly (Contact | undefined)[],
  probe: Contact,
  compare: Comparator,
): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(contacts[rows[middle]!]!, probe) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class SortOrder {
  readonly compare: Comparator;
  /** Rows, in order. */
  readonly rows: number[];
  /** Each row's position in `rows`, rebuilt on use after a change. */
  #positions: Int32Array | undefined;

  /** `contacts` by row (undefined for a free row). */
  constructor(sort: ContactSort, contacts: readonly (Contact | undefined)[]) {
    this.compare = compareContacts(sort);
    this.rows = sortedRows(sort, contacts, this.compare);
  }

  insert(row: number, contacts: readonly (Contact | undefined)[]): void {
    this.rows.splice(lowerBound(this.rows, contacts, contacts[row]!, this.compare), 0, row);
    this.#positions = undefined;
  }

  /** Call while `contacts[row]` still holds the contact. */
  remove(row: number, contacts: readonly (Contact | undefined)[]): void {
    const position = lowerBound(this.rows, contacts, contacts[row]!, this.compare);
    if (this.rows[position] === row) this.rows.splice(position, 1);
    this.#positions = undefined;
  }

  /** Each row's position in `rows` (rows below `rowCount`). */
  positions(rowCount: number): Int32Array {
    if (!this.#positions || this.#positions.length < rowCount) {
      const positions = new Int32Array(rowCount);
      this.rows.forEach((row, position) => {
        positions[row] = position;
      });
      this.#positions = positions;
    }
    return this.#positions;
  }
}

/**
 * Every row in the order of `compare`. Comparing names with `Intl.Collator` is the slow part,
 * so rows are first sorted by a cheap key that almost always agrees (lower-case names, or the
 * time), then again with `compare`, which on nearly sorted input does little more than check
 * each neighbour (V8's TimSort finds the runs).
 */
function sortedRows(sort: ContactSort, contacts: readonly (Contact | undefined)[], compare: Comparator): number[] {
  const rows: number[] = [];
  for (let row = 0; row < contacts.length; row++) if (contacts[row]) rows.push(row);
  const direction = sort.direction === 'asc' ? 1 : -1;
  if (sort.field === 'name') {
    const keys = contacts.map((contact) => contact?.name.toLowerCase() ?? '');
    rows.sort((a, b) => {
      const x = keys[a]!;
      const y = keys[b]!;
      return x < y ? -direction : x > y ? direction : 0;
    });
  } else {
    const field = sort.field;
    const times = new Float64Array(contacts.length);
    for (let row = 0; row < contacts.length; row++) times[row] = contacts[row]?.[field]?.getTime() ?? Number.NaN;
    // Without a time: last in either direction.
    rows.sort((a, b) => {
      const x = times[a]!;
      const y = times[b]!;
      if (x !== x) return y !== y ? 0 : 1;
      if (y !== y) return -1;
      return direction * (x - y);
    });
  }
  return rows.sort((a, b) => compare(contacts[a]!, contacts[b]!));
}
