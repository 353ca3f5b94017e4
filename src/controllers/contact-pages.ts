/**
 * Paged loading of a contact list: the rows of one query from one source, fetched page by page
 * by cursor as the viewport approaches them.
 *
 * ```ts
 * readonly #pages = new ContactPages(this, { source: () => this.source, query: () => this.query });
 * // in render: this.#pages.rows (holes for rows not loaded yet), this.#pages.total
 * // when the visible range changes: this.#pages.ensure(lastVisibleIndex)
 * ```
 *
 * - **Rows** are a sparse array as long as the list (the total when the source knows it):
 *   loaded rows hold their contact, the rest are `null` (not `undefined`: the virtualizer cannot
 *   scroll to an undefined item), which a list draws as skeleton rows. Cursor paging
 *   cannot jump, so the loaded rows are always a prefix; a far jump (End in 100,000 rows) loads
 *   the pages before it in larger chunks, up to `MAX_CHUNK` rows a request.
 * - **Staleness.** Every request belongs to a generation; a new query or source starts a new
 *   one, aborts every request in flight and drops whatever answers late (the guard Vaadin's grid
 *   added after issue #6584: a late page must never replace newer rows). A source that ignores
 *   the AbortSignal changes nothing: its answer is still dropped.
 * - **Refresh** (after a live change) refetches the loaded rows without clearing them, so the
 *   list keeps its rows, scroll position and selection while the new ones arrive.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Contact } from '../model/contact.js';
import { sameQuery } from '../model/query-key.js';
import type { ContactQuery } from '../model/query.js';
import { isAbort, toSourceError, type SourceError } from '../sources/errors.js';
import type { ContactSource } from '../sources/source.js';
import { afterNextPaint } from './after-paint.js';

export type PagesStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ContactPagesOptions {
  readonly source: () => ContactSource | undefined;
  readonly query: () => ContactQuery;
  /** Rows per ordinary request (default 100). */
  readonly pageSize?: number;
  /** Rows beyond the last visible one to have loaded ahead of scrolling (default one page). */
  readonly prefetch?: number;
}

/** The largest page asked for when catching up with a far jump (the memory source's limit). */
export const MAX_CHUNK = 1000;

export class ContactPages implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ContactPagesOptions;
  readonly #pageSize: number;
  readonly #prefetch: number;

  #rows: readonly (Contact | null)[] = [];
  #loaded = 0;
  #total: number | undefined;
  /** Cursor of the page after the loaded rows; undefined once the end was reached. */
  #nextCursor: string | undefined;
  #hasMore = true;
  #status: PagesStatus = 'idle';
  #error: SourceError | undefined;
  /** The highest row index anyone asked to have loaded. */
  #wanted = 0;

  #generation = 0;
  #inFlight: AbortController | undefined;
  #source: ContactSource | undefined;
  #query: ContactQuery | undefined;
  /** The host left the document: reload when it comes back. */
  #interrupted = false;
  /** A look-ahead fetch waits for the next frame (see `ensure`). */
  #pumpScheduled = false;
  /** Resolvers waiting for `#loaded` to pass an index (keyboard jumps). */
  #waiters: { index: number; resolve: () => void }[] = [];

  constructor(host: ReactiveControllerHost, options: ContactPagesOptions) {
    this.#host = host;
    this.#options = options;
    this.#pageSize = options.pageSize ?? 100;
    this.#prefetch = options.prefetch ?? this.#pageSize;
    host.addController(this);
  }

  /** One entry per row of the list; `null` for rows not loaded yet. */
  get rows(): readonly (Contact | null)[] {
    return this.#rows;
  }

  /** Matching contacts, when the source said; undefined when it does not count. */
  get total(): number | undefined {
    return this.#total;
  }

  /** Rows loaded so far (a prefix of the list). */
  get loaded(): number {
    return this.#loaded;
  }

  /** Whether rows after the loaded ones exist (or may: no page answered yet). */
  get hasMore(): boolean {
    return this.#hasMore;
  }

  /** `loading` until the first page of the current query answered. */
  get status(): PagesStatus {
    return this.#status;
  }

  get error(): SourceError | undefined {
    return this.#error;
  }

  hostUpdate(): void {
    // Reading the inputs before each render: a changed source or query starts over.
    const source = this.#options.source();
    const query = this.#options.query();
    if (source === this.#source && this.#query && sameQuery(query, this.#query)) return;
    this.#source = source;
    this.#query = query;
    this.#restart();
  }

  hostConnected(): void {
    // Back in the document (moved, or re-attached by a framework): changes made meanwhile
    // were not heard, and loading stopped. Reload what was loaded, keeping it on screen.
    if (this.#interrupted) {
      this.#interrupted = false;
      this.refresh();
    }
  }

  hostDisconnected(): void {
    if (!this.#source) return;
    // Nothing runs while the host is out of the document; its answers would be stale anyway.
    this.#begin();
    this.#interrupted = true;
  }

  /**
   * Have the rows up to `index` (plus the prefetch) loaded; fetches the missing pages. When
   * `index` itself is loaded and only rows ahead are missing, they are fetched after the next
   * frame: an answer that comes at once (a memory source, a cache) would otherwise render the
   * list again before the rows in view were painted.
   */
  ensure(index: number): void {
    this.#wanted = Math.max(this.#wanted, index + this.#prefetch);
    if (index < this.#loaded) this.#pumpAfterFrame();
    else this.#pump();
  }

  /** Resolves once row `index` is loaded (or no more rows can come). */
  loadUntil(index: number): Promise<void> {
    if (index < this.#loaded || !this.#hasMore) return Promise.resolve();
    this.#wanted = Math.max(this.#wanted, index + 1);
    const done = new Promise<void>((resolve) => this.#waiters.push({ index, resolve }));
    this.#pump();
    return done;
  }

  /** Retry after an error: continues where loading stopped. */
  retry(): void {
    this.#error = undefined;
    if (this.#loaded === 0) this.#status = 'loading';
    this.#host.requestUpdate();
    this.#pump();
  }

  /**
   * Reloads the rows loaded so far, keeping them on screen until the new ones arrive (a contact
   * was created, deleted or changed elsewhere). Requests in flight are superseded.
   */
  refresh(): void {
    if (!this.#source || !this.#query) return;
    const generation = this.#begin();
    const count = Math.max(this.#loaded, this.#pageSize);
    void this.#reload(generation, this.#source, this.#query, count);
  }

  /** Replaces a loaded contact in place (an edit seen live); false when it is not loaded. */
  patch(contact: Contact): boolean {
    const index = this.#rows.findIndex((row) => row?.id === contact.id);
    if (index < 0) return false;
    const rows = this.#rows.slice();
    rows[index] = contact;
    this.#rows = rows;
    this.#host.requestUpdate();
    return true;
  }

  /** Removes a loaded contact at once (deleted live); the total follows. */
  remove(id: string): boolean {
    const index = this.#rows.findIndex((row) => row?.id === id);
    if (index < 0) return false;
    const rows = this.#rows.slice();
    rows.splice(index, 1);
    this.#rows = rows;
    if (index < this.#loaded) this.#loaded -= 1;
    if (this.#total !== undefined) this.#total -= 1;
    this.#host.requestUpdate();
    return true;
  }

  #restart(): void {
    this.#begin();
    this.#rows = [];
    this.#loaded = 0;
    this.#total = undefined;
    this.#nextCursor = undefined;
    this.#hasMore = true;
    this.#error = undefined;
    this.#wanted = this.#prefetch;
    this.#status = this.#source ? 'loading' : 'idle';
    this.#pump();
  }

  /** A new generation: everything in flight is aborted and its answers will be dropped. */
  #begin(): number {
    this.#abort();
    this.#generation += 1;
    return this.#generation;
  }

  #abort(): void {
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  #pumpAfterFrame(): void {
    if (this.#pumpScheduled) return;
    this.#pumpScheduled = true;
    afterNextPaint(() => {
      this.#pumpScheduled = false;
      if (!this.#interrupted) this.#pump();
    });
  }

  /** Fetches the next page when rows are wanted beyond the loaded ones and nothing is in flight. */
  #pump(): void {
    const source = this.#source;
    const query = this.#query;
    if (!source || !query || this.#inFlight || this.#error || !this.#hasMore) return;
    if (this.#loaded > this.#wanted) return;
    // Catching up with a far jump: bigger pages, fewer round trips, and as far again beyond the
    // wanted row (a dragged scrollbar keeps going: the next frames find their rows loaded rather
    // than rendering skeleton rows and then replacing them).
    const behind = this.#wanted - this.#loaded + 1;
    const size = Math.min(MAX_CHUNK, Math.max(this.#pageSize, behind > 2 * this.#pageSize ? 2 * behind : behind));
    const generation = this.#generation;
    const controller = new AbortController();
    this.#inFlight = controller;
    const cursor = this.#nextCursor;
    source
      .listContacts(query, { size, ...(cursor ? { cursor } : {}) }, { signal: controller.signal })
      .then(
        (page) => {
          if (generation !== this.#generation) return; // superseded: never rendered
          this.#inFlight = undefined;
          const rows: (Contact | null)[] = this.#rows.slice(0, this.#loaded);
          for (const item of page.items) rows.push(item);
          this.#loaded = rows.length;
          this.#nextCursor = page.nextCursor;
          this.#hasMore = page.nextCursor !== undefined && page.items.length > 0;
          this.#total = page.total ?? (this.#hasMore ? undefined : this.#loaded);
          this.#rows = this.#withHoles(rows);
          this.#status = 'ready';
          this.#settleWaiters();
          this.#host.requestUpdate();
          this.#pump();
        },
        (error: unknown) => {
          if (generation !== this.#generation || isAbort(error)) return;
          this.#inFlight = undefined;
          this.#error = toSourceError(error);
          this.#status = this.#loaded === 0 ? 'error' : 'ready';
          this.#settleWaiters(true);
          this.#host.requestUpdate();
        },
      );
  }

  /** Refetches the first `count` rows in large chunks, then swaps them in at once. */
  async #reload(generation: number, source: ContactSource, query: ContactQuery, count: number): Promise<void> {
    const controller = new AbortController();
    this.#inFlight = controller;
    const rows: (Contact | null)[] = [];
    let cursor: string | undefined;
    let total: number | undefined;
    let more = true;
    try {
      while (more && rows.length < count) {
        const size = Math.min(MAX_CHUNK, count - rows.length);
        const page = await source.listContacts(query, { size, ...(cursor ? { cursor } : {}) }, { signal: controller.signal });
        if (generation !== this.#generation) return;
        for (const item of page.items) rows.push(item);
        cursor = page.nextCursor;
        total = page.total;
        more = cursor !== undefined && page.items.length > 0;
      }
    } catch (error) {
      if (generation !== this.#generation || isAbort(error)) return;
      this.#inFlight = undefined;
      this.#error = toSourceError(error);
      this.#host.requestUpdate();
      return;
    }
    if (generation !== this.#generation) return;
    this.#inFlight = undefined;
    this.#loaded = rows.length;
    this.#nextCursor = cursor;
    this.#hasMore = more;
    this.#total = total ?? (more ? undefined : rows.length);
    this.#rows = this.#withHoles(rows);
    this.#error = undefined;
    this.#status = 'ready';
    this.#settleWaiters();
    this.#host.requestUpdate();
    this.#pump();
  }

  /**
   * The loaded rows followed by holes up to the total; without a total, one page of holes
   * while more may come (so the list can scroll towards them and ask).
   */
  #withHoles(rows: (Contact | null)[]): (Contact | null)[] {
    const length = this.#total ?? (this.#hasMore ? rows.length + this.#pageSize : rows.length);
    if (length <= rows.length) return rows;
    // Filled in one call: `rows.length = length` would make a mostly empty array a slow
    // dictionary in V8, and pushing 100,000 nulls one by one took milliseconds of the frame that
    // shows the first page.
    return rows.concat(new Array<Contact | null>(length - rows.length).fill(null));
  }

  #settleWaiters(all = false): void {
    this.#waiters = this.#waiters.filter((waiter) => {
      if (all || waiter.index < this.#loaded || !this.#hasMore) {
        waiter.resolve();
        return false;
      }
      return true;
    });
  }
}
