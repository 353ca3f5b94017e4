/**
 * The reference server's API inside the page: a `fetch` for `RestContactSource` that answers
 * with the same `ContactApi` the Node server runs (demo/server/api.ts), over an in-memory store,
 * with the server's failure injection. Storybook has no backend; with this the failure stories
 * run the real REST client (retries, timeouts, validation at the boundary, error mapping)
 * against the real API code, and only the socket is missing.
 */
import { ContactApi } from '../../demo/server/api.js';
import { Faults, injectedAnswer, type FaultRule } from '../../demo/server/faults.js';
import { RestContactSource, type RestSourceOptions } from '../../src/sources/rest/rest-source.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../src/sources/memory/memory-source.js';

const ORIGIN = 'https://crm.example.test';

export interface InPageBackend {
  /** A `RestContactSource` talking to this backend. */
  readonly source: RestContactSource;
  /** The store behind the API. */
  readonly store: MemoryContactSource;
  /** Fails matching requests, as `POST /__control {"action":"fail", …}` does on the server. */
  fail(rule: FaultRule): void;
}

export function inPageBackend(data: MemorySourceOptions, options: Partial<RestSourceOptions> = {}): InPageBackend {
  // No change stream in the page: the API's SSE endpoint lives in the Node adapter.
  const store = new MemoryContactSource({ ...data, capabilities: { ...data.capabilities, live: false } });
  const api = new ContactApi(() => store);
  const faults = new Faults();

  const fetchInPage = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api/, '');
    const fault = faults.take(request.method, path);
    const delay = faults.latency + (fault?.delay ?? 0);
    if (delay > 0) await wait(delay, request.signal);
    if (fault?.drop) throw new TypeError('Failed to fetch');
    const text = await request.text();
    const answer =
      (fault && injectedAnswer(fault)) ??
      (await api.answer({ method: request.method, path, url, body: text ? JSON.parse(text) : undefined, signal: request.signal }));
    if (!answer) throw new DOMException('The request was aborted', 'AbortError');
    const headers: Record<string, string> = {
      'Content-Type': answer.status >= 400 ? 'application/problem+json' : 'application/json',
    };
    if (answer.retryAfter !== undefined) headers['Retry-After'] = String(answer.retryAfter);
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), { status: answer.status, headers });
  };

  const source = new RestContactSource({
    baseUrl: `${ORIGIN}/api`,
    fetch: fetchInPage,
    capabilities: store.capabilities,
    ...options,
  });
  return { source, store, fail: (rule) => faults.add(rule) };
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('The request was aborted', 'AbortError'));
    });
  });
}
