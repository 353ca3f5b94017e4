/**
 * The reference server of the contact-elements REST API (`api/openapi.yaml`): a thin HTTP
 * adapter over `MemoryContactSource`, which already implements the whole contract
 * (validation, conflicts, keyset paging, merge, blocks). Plain `node:http`: the routing is a
 * dozen regular expressions, not worth a framework.
 *
 * Besides the API it serves `/__control` (when enabled) to reset the data, move the clock,
 * add latency and inject failures, so demos and tests can show every state of a real backend.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import * as z from 'zod/mini';
import { MemoryContactSource, type MemorySourceOptions } from '../../src/sources/memory/memory-source.js';
import type { Capabilities, ContactChange, ContactSource } from '../../src/sources/source.js';
import type { ProblemDetails } from '../../src/sources/rest/wire.js';
import { ContactApi, HttpProblem, parseBody, problem, type ApiAnswer } from './api.js';
import { Faults, injectedAnswer, type FaultRule } from './faults.js';

/** The data a store starts with: what `MemoryContactSource` takes, minus the clock. */
export type StoreData = Omit<MemorySourceOptions, 'now' | 'latency'>;

export interface ContactServerOptions {
  /** The initial data (and what `reset` without data goes back to). */
  readonly data: () => StoreData;
  /** The store's clock; moved through `/__control`. Default: the real time. */
  readonly now?: Date;
  /** Serve `/__control` (latency, failures, clock, reset). Never in production. */
  readonly control?: boolean;
  /** When set, every API request needs `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Narrow what the server claims and does (to show a capability-limited backend). */
  readonly capabilities?: Partial<Capabilities>;
  /**
   * Keep connections open between requests (default: only without `control`). A browser
   * silently resends a request whose reused connection closed without an answer, which would
   * hide an injected `drop`; one connection per request keeps it a network error.
   */
  readonly keepAlive?: boolean;
}

export const API_PREFIX = '/api';
/** The API's description, served at `/api/openapi.yaml`. */
const OPENAPI = new URL('../../api/openapi.yaml', import.meta.url);
const MAX_BODY_BYTES = 1_000_000;
const HEARTBEAT_MS = 15_000;
const REPLAY_SIZE = 500;

interface Stream {
  readonly response: ServerResponse;
  readonly clientId: string | undefined;
}

interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  /** Kept for `/__control` only (tests check a token reached the server); never printed. */
  readonly authorization: string | undefined;
}

const objectBody = z.record(z.string(), z.unknown());

export class ContactServer {
  readonly faults = new Faults();
  readonly #options: ContactServerOptions;
  readonly #server: Server;
  readonly #streams = new Set<Stream>();
  readonly #replay: { id: number; change: ContactChange; clientId: string | undefined }[] = [];
  readonly #requestClient = new AsyncLocalStorage<string | undefined>();
  readonly #api = new ContactApi(() => this.#source);
  readonly #log: LoggedRequest[] = [];
  #source!: MemoryContactSource;
  #unsubscribe: (() => void) | undefined;
  #now: Date | undefined;
  #eventId = 0;
  #heartbeat: ReturnType<typeof setInterval> | undefined;

  constructor(options: ContactServerOptions) {
    this.#options = options;
    this.#now = options.now;
    this.reset();
    this.#server = createServer((request, response) => {
      this.#handle(request, response).catch((error: unknown) => {
        console.error('contact-server: unexpected failure', error);
        if (!response.headersSent) this.#sendProblem(response, 500, 'Internal error');
        else response.destroy();
      });
    });
  }

  /** Starts listening; port 0 picks a free one. Resolves with the server's root URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, host, () => resolve());
    });
    this.#heartbeat = setInterval(() => {
      for (const stream of this.#streams) stream.response.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
    this.#heartbeat.unref();
    return this.url;
  }

  /** `http://host:port` (the API is under `/api`). */
  get url(): string {
    const address = this.#server.address() as AddressInfo | null;
    if (!address) throw new Error('contact-server is not listening');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    clearInterval(this.#heartbeat);
    for (const stream of this.#streams) stream.response.end();
    this.#streams.clear();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Back to the initial data (or to `data`), with no faults and an empty request log. */
  reset(data: StoreData = this.#options.data()): void {
    this.#unsubscribe?.();
    this.faults.clear();
    this.#log.length = 0;
    this.#source = new MemoryContactSource({
      ...data,
      ...(this.#options.capabilities ? { capabilities: this.#options.capabilities } : {}),
      now: () => this.#now ?? new Date(),
    });
    this.#unsubscribe = this.#source.subscribe((change) => this.#broadcast(change));
  }

  /** Sets the store's clock; `undefined` follows the real time again. */
  setNow(now: Date | undefined): void {
    this.#now = now;
  }

  /** The store itself, for the server's own tooling. */
  get source(): ContactSource {
    return this.#source;
  }

  // Request handling ---------------------------------------------------------------------------

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.#cors(request, response);
    if (!(this.#options.keepAlive ?? !this.#options.control)) response.setHeader('Connection', 'close');
    if (request.method === 'OPTIONS') {
      response.writeHead(204).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/__control' || url.pathname.startsWith('/__control/')) {
      if (!this.#options.control) return this.#sendProblem(response, 404, 'No such resource');
      return this.#control(request, response, url);
    }
    if (url.pathname === '/' || url.pathname === '/health') {
      return this.#sendJson(response, 200, { name: 'contact-elements reference server', api: `${API_PREFIX}` });
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return this.#sendProblem(response, 404, 'No such resource');

    const method = request.method ?? 'GET';
    const path = url.pathname.slice(API_PREFIX.length);
    this.#log.push({ method, path: path + url.search, authorization: request.headers.authorization });

    const fault = this.faults.take(method, path);
    const delay = this.faults.latency + (fault?.delay ?? 0);
    if (delay > 0) await sleep(delay);
    if (fault?.drop) {
      request.socket.destroy();
      return;
    }
    const injected = fault && injectedAnswer(fault);
    if (injected) return this.#sendAnswer(response, injected);

    if (this.#options.token && request.headers.authorization !== `Bearer ${this.#options.token}`) {
      return this.#sendProblem(response, 401, 'A valid bearer token is required');
    }

    if (method === 'GET' && path === '/changes') return this.#openStream(request, response);
    if (method === 'GET' && path === '/openapi.yaml') {
      response.writeHead(200, { 'Content-Type': 'application/yaml; charset=utf-8' });
      response.end(await readFile(OPENAPI, 'utf8'));
      return;
    }

    const controller = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) controller.abort();
    });
    let body: unknown;
    try {
      body = await readJson(request);
    } catch (error) {
      if (error instanceof HttpProblem) return this.#sendProblem(response, error.status, error.message);
      throw error;
    }
    const clientId = header(request, 'x-client-id');
    // The client id follows the request into the store, so its change events name who made them.
    const answer = await this.#requestClient.run(clientId, () =>
      this.#api.answer({ method, path, url, body, signal: controller.signal }),
    );
    if (answer) this.#sendAnswer(response, answer);
  }

  // Change stream (Server-Sent Events) ---------------------------------------------------------

  #openStream(request: IncomingMessage, response: ServerResponse): void {
    if (!this.#source.capabilities.live) return this.#sendProblem(response, 403, 'Live changes are not supported');
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write('retry: 2000\n\n');
    const stream: Stream = { response, clientId: header(request, 'x-client-id') };
    // A client that reconnects with the last id it saw gets what it missed (if still kept).
    const lastId = Number(header(request, 'last-event-id'));
    if (Number.isInteger(lastId)) {
      for (const event of this.#replay) if (event.id > lastId) this.#send(stream, event.id, event.change, event.clientId);
    }
    this.#streams.add(stream);
    response.on('close', () => this.#streams.delete(stream));
  }

  #broadcast(change: ContactChange): void {
    const clientId = this.#requestClient.getStore();
    const id = ++this.#eventId;
    this.#replay.push({ id, change, clientId });
    if (this.#replay.length > REPLAY_SIZE) this.#replay.shift();
    for (const stream of this.#streams) this.#send(stream, id, change, clientId);
  }

  #send(stream: Stream, id: number, change: ContactChange, clientId: string | undefined): void {
    // The client that made a change already knows it (RestContactSource reports its own writes).
    if (clientId !== undefined && clientId === stream.clientId) return;
    stream.response.write(`id: ${id}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`);
  }

  // Control -------------------------------------------------------------------------------------

  async #control(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method === 'GET') {
      return this.#sendJson(response, 200, {
        latency: this.faults.latency,
        faults: this.faults.rules,
        streams: this.#streams.size,
        now: this.#now ?? null,
        requests: url.searchParams.has('requests') ? this.#log : undefined,
        routes: url.searchParams.has('routes')
          ? [...this.#api.routes, { method: 'GET', path: '/changes' }]
          : undefined,
      });
    }
    if (request.method !== 'POST') return this.#sendProblem(response, 405, 'Method not allowed');
    let command: Record<string, unknown>;
    try {
      command = parseBody(objectBody, await readJson(request));
    } catch (error) {
      return this.#sendProblem(response, 400, error instanceof Error ? error.message : 'Malformed body');
    }
    switch (command['action']) {
      case 'reset':
        this.reset();
        break;
      case 'clock':
        this.setNow(typeof command['now'] === 'string' ? new Date(command['now']) : undefined);
        break;
      case 'latency':
        this.faults.latency = Number(command['ms']) || 0;
        break;
      case 'fail':
        this.faults.add(command as unknown as FaultRule);
        break;
      case 'clear-faults':
        this.faults.clear();
        break;
      case 'drop-streams':
        // As if the network dropped: clients must reconnect (and replay with Last-Event-ID).
        for (const stream of this.#streams) stream.response.destroy();
        this.#streams.clear();
        break;
      case 'clear-log':
        this.#log.length = 0;
        break;
      default:
        return this.#sendProblem(response, 400, `Unknown action ${JSON.stringify(command['action'])}`);
    }
    response.writeHead(204).end();
  }

  // Responses -----------------------------------------------------------------------------------

  #cors(request: IncomingMessage, response: ServerResponse): void {
    // Any origin: this is a demo and test server on a developer's machine, never a product.
    response.setHeader('Access-Control-Allow-Origin', request.headers.origin ?? '*');
    response.setHeader('Vary', 'Origin');
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    response.setHeader(
      'Access-Control-Allow-Headers',
      request.headers['access-control-request-headers'] ?? 'Authorization, Content-Type, X-Client-Id, Last-Event-ID',
    );
    response.setHeader('Access-Control-Expose-Headers', 'Retry-After, Location');
    response.setHeader('Access-Control-Max-Age', '600');
  }

  #sendJson(response: ServerResponse, status: number, body: unknown, retryAfter?: number): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {}),
    });
    response.end(text);
  }

  #sendProblem(
    response: ServerResponse,
    status: number,
    detail: string,
    extra: Partial<ProblemDetails> = {},
    retryAfter?: number,
  ): void {
    this.#sendAnswer(response, problem(status, detail, extra, retryAfter));
  }

  #sendAnswer(response: ServerResponse, answer: ApiAnswer): void {
    if (answer.status === 204) {
      response.writeHead(204).end();
      return;
    }
    response.writeHead(answer.status, {
      'Content-Type': answer.status >= 400 ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(answer.retryAfter !== undefined ? { 'Retry-After': String(answer.retryAfter) } : {}),
    });
    response.end(JSON.stringify(answer.body));
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'DELETE') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, 'Request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(400, 'The request body is not JSON');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
