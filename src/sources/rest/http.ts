/**
 * HTTP for the REST source: one ky instance (headers per request, timeout, retries of reads)
 * and the mapping of every outcome to a `SourceError` kind. Nothing here keeps or prints a
 * request: errors carry the status and the server's problem details, never headers or ky's
 * request objects (which hold the credentials).
 */
import ky, { HTTPError, TimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import * as z from 'zod/mini';
import { SourceError, type SourceErrorKind } from '../errors.js';
import { problemWire } from './wire.js';

/** Headers for every request; a function is called per request (and per retry): token refresh. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface RetryPolicy {
  /** Retries of a failed read (default 2). Writes are never retried. */
  readonly limit?: number;
  /** Longest wait between two tries in ms, whatever the backoff says (default 5,000). */
  readonly backoffLimit?: number;
  /**
   * Longest `Retry-After` (in seconds) worth waiting for (default 30): a longer one fails at
   * once with `rate-limited` and its `retryAfter`, so the UI can say when to try again.
   */
  readonly maxRetryAfter?: number;
}

export interface HttpOptions {
  readonly baseUrl: string | URL;
  readonly headers?: HeadersOption;
  readonly timeout?: number;
  readonly retry?: number | RetryPolicy;
  readonly fetch?: typeof globalThis.fetch;
  /** Sent as `X-Client-Id` so the change stream leaves out this client's own writes. */
  readonly clientId?: string;
}

/** Statuses of a read worth another try (after a pause). */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export function createHttp(options: HttpOptions): KyInstance {
  const policy: RetryPolicy = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  const maxRetryAfter = (policy.maxRetryAfter ?? 30) * 1000;
  const prefixUrl = String(options.baseUrl).replace(/\/?$/, '/');
  return ky.create({
    prefixUrl,
    timeout: options.timeout ?? 15_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: policy.limit ?? 2,
      methods: ['get'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: [429, 503],
      backoffLimit: policy.backoffLimit ?? 5000,
      shouldRetry: ({ error }) => {
        // A server that asks for a long pause is not kept waiting on: report it instead.
        if (error instanceof HTTPError && (retryAfterSeconds(error.response) ?? 0) * 1000 > maxRetryAfter) return false;
        return undefined;
      },
    },
    hooks: {
      beforeRequest: [
        async (request) => {
          const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
          if (extra) new Headers(extra).forEach((value, name) => request.headers.set(name, value));
          if (options.clientId) request.headers.set('X-Client-Id', options.clientId);
        },
      ],
    },
  });
}

/** The kind an HTTP status means. */
export function kindOfStatus(status: number): SourceErrorKind {
  if (status === 400 || status === 422 || status === 413) return 'invalid';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 408 || status === 504) return 'timeout';
  return 'server';
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), if the response has one. */
export function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A SourceError from a response that is not OK: the status decides, the body adds detail. */
export async function errorFromResponse(response: Response, what: string): Promise<SourceError> {
  const kind = kindOfStatus(response.status);
  let problem: z.output<typeof problemWire> = {};
  try {
    const parsed = z.safeParse(problemWire, await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not JSON (a proxy's HTML error page): the status alone says what happened.
  }
  const retryAfter = retryAfterSeconds(response);
  return new SourceError(kind, {
    message: `${what}: ${response.status}${problem.detail ? ` ${problem.detail}` : ''}`,
    status: response.status,
    ...(problem.fieldErrors ? { fieldErrors: problem.fieldErrors } : {}),
    ...(problem.conflicts ? { conflicts: problem.conflicts } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : kind === 'rate-limited' ? { retryAfter: 1 } : {}),
  });
}

/** Any failure of a request as a SourceError (aborts first: a superseded call is never an error shown). */
export async function toHttpSourceError(error: unknown, signal: AbortSignal | undefined, what: string): Promise<SourceError> {
  if (signal?.aborted) return new SourceError('aborted', { message: `${what}: aborted` });
  if (error instanceof SourceError) return error;
  if (error instanceof HTTPError) return errorFromResponse(error.response, what);
  if (error instanceof TimeoutError) return new SourceError('timeout', { message: `${what}: no answer in time` });
  if (error instanceof DOMException && error.name === 'AbortError') return new SourceError('aborted', { message: `${what}: aborted` });
  if (error instanceof DOMException && error.name === 'TimeoutError') return new SourceError('timeout', { message: `${what}: no answer in time` });
  // fetch rejects with a TypeError when there is no answer at all (offline, refused, CORS).
  if (error instanceof TypeError) return new SourceError('network', { message: `${what}: no connection` });
  return new SourceError('server', { message: `${what}: ${error instanceof Error ? error.message : String(error)}` });
}

/**
 * Validates a response body against its wire schema. A mismatch is a `server` error (the
 * backend broke the API, and nothing the user typed can fix it) whose message names the
 * first bad field, e.g. `GET contacts/c01: malformed response at createdAt: Invalid input`.
 */
export function parseResponse<T extends z.ZodMiniType>(schema: T, json: unknown, what: string): z.output<T> {
  const result = z.safeParse(schema, json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '') || '(root)';
  return fail(`${what}: malformed response at ${path}: ${issue?.message ?? 'invalid'}`);
}

function fail(message: string): never {
  throw new SourceError('server', { message });
}

export type RequestInit = Pick<KyOptions, 'json' | 'searchParams' | 'signal'>;
