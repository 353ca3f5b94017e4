/**
 * The memory source's index. Each contact has a row number; what queries read is precomputed
 * per row and kept in sync on every change:
 * - the search text, as tokens (`SearchIndex`);
 * - columns of values derived for conditions (numbers and times in typed arrays, label sets as
 *   bit masks), built the first time a query needs them (`columns.ts`);
 * - the rows in each sort order, built on first use (`SortOrder`);
 * - lookups for conflicts and duplicates, built on first use (`Lookup`);
 * - a small cache of recent results, so paging through one query does not evaluate it again.
 * A query is then one pass over the rows in its order that reads arrays, not contacts, or, for
 * a narrow search, a look at the few rows the search found.
 */
import type { AttributeDefinition, Contact } from '../../model/contact.js';
import { phoneDigits } from '../../model/phone.js';
import { compileRowQuery, type QueryRows } from '../../model/query-eval.js';
import { DEFAULT_SORT, isEmptyQuery, type ContactQuery, type ContactSort } from '../../model/query.js';
import { planSearch } from '../../model/search.js';
import { NumberColumn, ValueColumn, ValueSetColumn, type Column } from './columns.js';
import { Lookup, emailKey, nameKey } from './lookup.js';
import { SearchIndex } from './search-index.js';
import { SortOrder, lowerBound, type Comparator } from './sort-order.js';

const QUERY_CACHE_SIZE = 4;

/** Conditions whose outcome changes with the clock: their results cannot be cached across time. */
function dependsOnTime(query: ContactQuery): boolean {
  return (query.conditions ?? []).some(
    (c) => c.field === 'blocked' || c.operator === 'in-last-days' || c.operator === 'more-than-days-ago',
  );
}

/** The contacts matching a query, in the query's order. Valid until the index changes. */
export class Matches {
  readonly #rows: readonly number[];
  readonly #contacts: readonly (Contact | undefined)[];
  readonly #compare: Comparator;

  constructor(rows: readonly number[], contacts: readonly (Contact | undefined)[], compare: Comparator) {
    this.#rows = rows;
    this.#contacts = contacts;
    this.#compare = compare;
  }

  get length(): number {
    return this.#rows.length;
  }

  /** The contacts from `start` (inclusive) to `end` (exclusive). */
  slice(start: number, end: number): Contact[] {
    const items: Contact[] = [];
    for (let i = start, last = Math.min(end, this.#rows.length); i < last; i++) {
      items.push(this.#contacts[this.#rows[i]!]!);
    }
    return items;
  }

  /**
   * Keyset paging: the position just after `probe` (a cursor's sort key and id), wherever that
   * contact now is, and whether or not it still exists.
   */
  positionAfter(probe: Contact): number {
    const position = lowerBound(this.#rows, this.#contacts, probe, this.#compare);
    return this.#contacts[this.#rows[position]!]?.id === probe.id ? position + 1 : position;
  }
}

export class ContactIndex {
  /** Contacts by row; undefined for a free row. */
  readonly #contacts: (Contact | undefined)[] = [];
  readonly #rowOf = new Map<string, number>();
  readonly #freeRows: number[] = [];
  readonly #search = new SearchIndex();
  readonly #columns = new Map<string, Column>();
  readonly #orders = new Map<string, SortOrder>();
  readonly #byPhone = new Lookup((contact) => contact.phone && phoneDigits(contact.phone));
  readonly #byEmail = new Lookup((contact) => contact.email && emailKey(contact.email));
  readonly #byName = new Lookup((contact) => nameKey(contact.name));
  #queryCache = new Map<string, Matches>();

  /** How compiled queries read this index: by row, from the search index and the columns. */
  readonly #rows: QueryRows<number> = {
    search: (plan) => {
      const found = this.#search.find(plan, this.#contacts.length);
      if (!found) return () => true;
      if ('test' in found) return found.test;
      const isFound = new Uint8Array(this.#contacts.length);
      for (const row of found.rows) isFound[row] = 1;
      return (row) => isFound[row] === 1;
    },
    values: (key, derive) => {
      const { values } = this.#column(`values ${key}`, () => new ValueColumn(derive, this.#contacts));
      return (row) => values[row]!;
    },
    numbers: (key, derive) => {
      const { values } = this.#column(`numbers ${key}`, () => new NumberColumn(derive, this.#contacts));
      return (row) => values[row]!;
    },
    includes: (key, derive, wanted, every) =>
      this.#column(`sets ${key}`, () => new ValueSetColumn(derive, this.#contacts)).test(wanted, every),
  };

  constructor(contacts: Iterable<Contact>) {
    for (const contact of contacts) this.#add(contact);
  }

  get size(): number {
    return this.#rowOf.size;
  }

  get(id: string): Contact | undefined {
    const row = this.#rowOf.get(id);
    return row === undefined ? undefined : this.#contacts[row];
  }

  has(id: string): boolean {
    return this.#rowOf.has(id);
  }

  /** Contacts whose phone is this E.164 number. */
  idsWithPhone(phone: string | undefined): ReadonlySet<string> {
    return this.#byPhone.ids(phone && phoneDigits(phone), this.#contacts);
  }

  /** Contacts whose email is this one, ignoring case. */
  idsWithEmail(email: string | undefined): ReadonlySet<string> {
    return this.#byEmail.ids(email && emailKey(email), this.#contacts);
  }

  idsWithName(name: string): ReadonlySet<string> {
    return this.#byName.ids(nameKey(name), this.#contacts);
  }

  /** Adds a contact or replaces the one with its id. */
  put(contact: Contact): void {
    const row = this.#rowOf.get(contact.id);
    if (row !== undefined) this.#remove(row);
    this.#add(contact);
    this.#queryCache = new Map();
  }

  delete(id: string): void {
    const row = this.#rowOf.get(id);
    if (row === undefined) return;
    this.#remove(row);
    this.#queryCache = new Map();
  }

  /**
   * The contacts matching a query, in the query's order. The query must be valid
   * (`queryErrors`). Results are cached until the next change.
   */
  query(query: ContactQuery, now: Date, definitions: readonly AttributeDefinition[]): Matches {
    const order = this.#order(query.sort ?? DEFAULT_SORT);
    if (isEmptyQuery(query)) return new Matches(order.rows, this.#contacts, order.compare);
    // Typing "olena " after "olena" asks the same question: the trimmed search is the key.
    const cacheKey =
      JSON.stringify({ ...query, search: query.search?.trim() }) + (dependsOnTime(query) ? `@${now.getTime()}` : '');
    const cached = this.#queryCache.get(cacheKey);
    if (cached) return cached;
    const matches = new Matches(this.#matchingRows(query, order, now, definitions), this.#contacts, order.compare);
    if (this.#queryCache.size >= QUERY_CACHE_SIZE) {
      this.#queryCache.delete(this.#queryCache.keys().next().value!);
    }
    this.#queryCache.set(cacheKey, matches);
    return matches;
  }

  /**
   * The rows matching a query, in `order`. The search is answered first, as a list of rows
   * when it is narrow: those rows are put in order by their positions (a native numeric sort)
   * and only they are tested for the rest of the query, instead of every row.
   */
  #matchingRows(
    query: ContactQuery,
    order: SortOrder,
    now: Date,
    definitions: readonly AttributeDefinition[],
  ): number[] {
    const plan = planSearch(query.search);
    const test = compileRowQuery(plan ? { ...query, search: '' } : query, this.#rows, { now, definitions });
    const rowCount = this.#contacts.length;
    const found = plan && this.#search.find(plan, rowCount);
    const rows: number[] = [];
    if (!found) {
      for (const row of order.rows) if (test(row)) rows.push(row);
    } else if ('test' in found) {
      const search = found.test;
      for (const row of order.rows) if (search(row) && test(row)) rows.push(row);
    } else if (found.rows.length <= order.rows.length / 8) {
      const positions = order.positions(rowCount);
      const sorted = Int32Array.from(found.rows, (row) => positions[row]!).sort();
      for (const position of sorted) {
        const row = order.rows[position]!;
        if (test(row)) rows.push(row);
      }
    } else {
      const isFound = new Uint8Array(rowCount);
      for (const row of found.rows) isFound[row] = 1;
      for (const row of order.rows) if (isFound[row] === 1 && test(row)) rows.push(row);
    }
    return rows;
  }

  /** The column named `key` (its kind and derivation): built on first use, then kept up to date. */
  #column<C extends Column>(key: string, create: () => C): C {
    let column = this.#columns.get(key) as C | undefined;
    if (!column) {
      column = create();
      this.#columns.set(key, column);
    }
    return column;
  }

  #order(sort: ContactSort): SortOrder {
    const key = `${sort.field}:${sort.direction}`;
    let order = this.#orders.get(key);
    if (!order) {
      order = new SortOrder(sort, this.#contacts);
      this.#orders.set(key, order);
    }
    return order;
  }

  #add(contact: Contact): void {
    const row = this.#freeRows.pop() ?? this.#contacts.length;
    this.#contacts[row] = contact;
    this.#rowOf.set(contact.id, row);
    this.#search.add(row, contact);
    // While loading there are no columns, orders or lookups yet: nothing else to keep in sync.
    if (this.#columns.size) for (const column of this.#columns.values()) column.set(row, contact);
    if (this.#orders.size) for (const order of this.#orders.values()) order.insert(row, this.#contacts);
    this.#byPhone.add(contact);
    this.#byEmail.add(contact);
    this.#byName.add(contact);
  }

  #remove(row: number): void {
    const contact = this.#contacts[row]!;
    for (const order of this.#orders.values()) order.remove(row, this.#contacts);
    this.#search.remove(row);
    this.#byPhone.delete(contact);
    this.#byEmail.delete(contact);
    this.#byName.delete(contact);
    this.#rowOf.delete(contact.id);
    this.#contacts[row] = undefined;
    this.#freeRows.push(row);
  }
}
