/**
 * Keeps a query in the page's URL (`?q=olena&label=vip&c=lastActivityAt~more-than-days-ago~30`)
 * through `query-url.ts`, so a filtered view can be bookmarked, shared, reloaded, and walked with
 * the browser's Back and Forward buttons. The page's other params and its hash are kept.
 *
 * History: a discrete change (a label, a condition, a segment) adds an entry (`pushState`);
 * typing adds one entry on its first write and then replaces it (`replaceState`), so Back undoes
 * a whole search, not one letter; changes from code replace the current entry.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queryFromSearchParams, withQueryParams, type QueryParamOptions } from '../../model/query-url.js';
import type { ContactQuery } from '../../model/query.js';

/** How a change reaches the history. */
export type HistoryMode = 'push' | 'typing' | 'replace';

export interface QueryUrlSyncOptions {
  /** Whether the host syncs now (its `sync-url` attribute). */
  readonly enabled: () => boolean;
  /** The param prefix (its `url-prefix` attribute). */
  readonly prefix: () => string | undefined;
  /** Back or Forward reached an entry: the query it holds. */
  readonly onNavigate: (query: ContactQuery) => void;
}

export class QueryUrlSync implements ReactiveController {
  readonly #options: QueryUrlSyncOptions;
  /** Whether the last write was typing, so the next typing write replaces it. */
  #typing = false;

  constructor(host: ReactiveControllerHost, options: QueryUrlSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The query in the URL, or undefined when the URL holds none of its params. */
  read(): ContactQuery | undefined {
    const current = new URLSearchParams(location.search);
    const options = this.#paramOptions();
    // Removing the query's params changes nothing: there are none.
    if (withQueryParams(current, {}, options).toString() === current.toString()) return undefined;
    return queryFromSearchParams(current, options);
  }

  /** Writes `query` into the URL (nothing when it is already there). */
  write(query: ContactQuery, mode: HistoryMode): void {
    if (!this.#options.enabled()) return;
    const params = withQueryParams(location.search, query, this.#paramOptions()).toString();
    const url = `${location.pathname}${params ? `?${params}` : ''}${location.hash}`;
    const typing = mode === 'typing';
    const replace = mode === 'replace' || (typing && this.#typing);
    this.#typing = typing;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(null, '', url);
  }

  #paramOptions(): QueryParamOptions {
    const prefix = this.#options.prefix();
    return prefix ? { prefix } : {};
  }

  #onPopState = (): void => {
    if (!this.#options.enabled()) return;
    this.#typing = false;
    this.#options.onNavigate(queryFromSearchParams(location.search, this.#paramOptions()));
  };
}
