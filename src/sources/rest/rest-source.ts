/**
 * `RestContactSource`: the contract over the project's own REST API (`api/openapi.yaml`),
 * served for real by the reference server in `demo/server/`.
 *
 * - Every response is validated at the boundary (zod/mini wire schemas): a record that does
 *   not match rejects the call with a `server` error naming the field; nothing half-parsed
 *   reaches an element.
 * - Reads retry network errors, 408/429/5xx with backoff, honouring `Retry-After`; writes are
 *   never retried (a create that timed out may have happened).
 * - Every call honours its AbortSignal, also after the answer arrived: an aborted read never
 *   resolves, so a superseded page cannot render.
 * - `subscribe` reads the change stream (SSE over fetch, with the same headers); this client's
 *   own writes are reported at once, and left out of its stream by the server.
 */
import type { KyInstance } from 'ky';
import type * as z from 'zod/mini';
import type { AttributeDefinition, Contact, ContactDraft, ContactPatch, ConversationSummary, Inbox, Label, Note } from '../../model/contact.js';
import type { ContactQuery } from '../../model/query.js';
import { queryToSearchParams } from '../../model/query-url.js';
import { SourceError, throwIfAborted } from '../errors.js';
import {
  FULL_CAPABILITIES,
  type BlockRequest,
  type Capabilities,
  type ContactChange,
  type ContactChangeListener,
  type ContactPage,
  type ContactSource,
  type DuplicateCandidate,
  type FieldChoices,
  type PageRequest,
  type RequestOptions,
  type SavedSegment,
} from '../source.js';
import { readEventStream } from './event-stream.js';
import { createHttp, parseResponse, toHttpSourceError, type HeadersOption, type RetryPolicy } from './http.js';
import {
  attributeDefinitionWire,
  capabilitiesWire,
  changeWire,
  contactPageWire,
  contactWire,
  conversationWire,
  duplicateWire,
  inboxWire,
  itemsOf,
  labelWire,
  noteWire,
  segmentWire,
} from './wire.js';

export interface RestSourceOptions {
  /** The API root, e.g. `https://crm.example.com/api` (paths such as `contacts` are appended). */
  readonly baseUrl: string | URL;
  /**
   * Headers for every request, e.g. `{ Authorization: 'Bearer …' }`; a function is called for
   * every request and retry, so it can hand out a freshly refreshed token.
   */
  readonly headers?: HeadersOption;
  /** Time for one request (all retries included), in ms (default 15,000). */
  readonly timeout?: number;
  /** Retries of reads: a count or a policy (default 2 retries). */
  readonly retry?: number | RetryPolicy;
  /** A fetch to use instead of the global one (tests, instrumentation, a proxying fetch). */
  readonly fetch?: typeof globalThis.fetch;
  /** What the backend supports (default: everything); `RestContactSource.connect` asks it. */
  readonly capabilities?: Partial<Capabilities>;
}

let clientSequence = 0;

export class RestContactSource implements ContactSource {
  readonly capabilities: Capabilities;
  readonly #http: KyInstance;
  readonly #listeners = new Set<ContactChangeListener>();
  #stream: { stop(): void } | undefined;

  /** Asks the server what it supports (`GET capabilities`) and builds a source that says so. */
  static async connect(options: RestSourceOptions, requestOptions?: RequestOptions): Promise<RestContactSource> {
    const probe = new RestContactSource(options);
    const capabilities = await probe.#get('capabilities', capabilitiesWire, requestOptions);
    return new RestContactSource({ ...options, capabilities: { ...capabilities, ...options.capabilities } });
  }

  constructor(options: RestSourceOptions) {
    this.capabilities = Object.freeze({ ...FULL_CAPABILITIES, ...options.capabilities });
    const clientId =
      typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `client-${Date.now()}-${++clientSequence}`;
    this.#http = createHttp({ ...options, clientId });
  }

  // Reads ------------------------------------------------------------------------------------

  listContacts(query: ContactQuery, page: PageRequest, options?: RequestOptions): Promise<ContactPage> {
    if (!this.capabilities.sortFields.includes((query.sort ?? { field: 'lastActivityAt' }).field)) {
      return Promise.reject(
        new SourceError('invalid', { message: 'Unsupported sort', fieldErrors: [{ field: 'sort', code: 'option-invalid', params: { value: query.sort!.field } }] }),
      );
    }
    const searchParams = queryToSearchParams(query);
    searchParams.set('limit', String(page.size));
    if (page.cursor !== undefined) searchParams.set('cursor', page.cursor);
    return this.#get('contacts', contactPageWire, options, searchParams).then((result) =>
      this.capabilities.total ? result : { items: result.items, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) },
    );
  }

  getContact(id: string, options?: RequestOptions): Promise<Contact> {
    return this.#get(`contacts/${segment(id)}`, contactWire, options);
  }

  listLabels(options?: RequestOptions): Promise<readonly Label[]> {
    return this.#items('labels', labelWire, options);
  }

  listAttributeDefinitions(options?: RequestOptions): Promise<readonly AttributeDefinition[]> {
    return this.#items('attribute-definitions', attributeDefinitionWire, options);
  }

  listConversations(id: string, options?: RequestOptions): Promise<readonly ConversationSummary[]> {
    return this.#items(`contacts/${segment(id)}/conversations`, conversationWire, options);
  }

  listNotes(id: string, options?: RequestOptions): Promise<readonly Note[]> {
    return this.#items(`contacts/${segment(id)}/notes`, noteWire, options);
  }

  listOutboundInboxes(id: string, options?: RequestOptions): Promise<readonly Inbox[]> {
    return this.#items(`contacts/${segment(id)}/outbound-inboxes`, inboxWire, options);
  }

  findDuplicates(id: string, options?: RequestOptions): Promise<readonly DuplicateCandidate[]> {
    return this.#items(`contacts/${segment(id)}/duplicates`, duplicateWire, options);
  }

  listSegments(options?: RequestOptions): Promise<readonly SavedSegment[]> {
    return this.#items('segments', segmentWire, options);
  }

  // Writes -----------------------------------------------------------------------------------

  async createContact(draft: ContactDraft, options?: RequestOptions): Promise<Contact> {
    this.#can('createContact');
    const contact = await this.#send('post', 'contacts', draft, contactWire, options);
    this.#emit({ type: 'created', contact });
    return contact;
  }

  async updateContact(id: string, patch: ContactPatch, options?: RequestOptions): Promise<Contact> {
    this.#can('updateContact');
    return this.#updated(await this.#send('patch', `contacts/${segment(id)}`, patch, contactWire, options));
  }

  async deleteContact(id: string, options?: RequestOptions): Promise<void> {
    this.#can('deleteContact');
    await this.#send('delete', `contacts/${segment(id)}`, undefined, undefined, options);
    this.#emit({ type: 'deleted', id });
  }

  async blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact> {
    this.#can('block');
    if (block.until !== null && !this.capabilities.timedBlock) {
      throw new SourceError('invalid', { message: 'This backend only blocks forever', fieldErrors: [{ field: 'until', code: 'required' }] });
    }
    const body = { until: block.until === null ? null : block.until.toISOString(), ...(block.reason !== undefined ? { reason: block.reason } : {}) };
    return this.#updated(await this.#send('put', `contacts/${segment(id)}/block`, body, contactWire, options));
  }

  async unblockContact(id: string, options?: RequestOptions): Promise<Contact> {
    this.#can('block');
    return this.#updated(await this.#send('delete', `contacts/${segment(id)}/block`, undefined, contactWire, options));
  }

  async mergeContacts(primaryId: string, secondaryId: string, choices?: FieldChoices, options?: RequestOptions): Promise<Contact> {
    this.#can('merge');
    const body = { secondaryId, ...(choices && this.capabilities.mergeFieldChoices ? { choices } : {}) };
    const contact = await this.#send('post', `contacts/${segment(primaryId)}/merge`, body, contactWire, options);
    this.#emit({ type: 'merged', contact, removedId: secondaryId });
    return contact;
  }

  async setContactLabels(id: string, labels: readonly string[], options?: RequestOptions): Promise<Contact> {
    this.#can('editLabels');
    return this.#updated(await this.#send('put', `contacts/${segment(id)}/labels`, { labels }, contactWire, options));
  }

  async addNote(id: string, text: string, options?: RequestOptions): Promise<Note> {
    this.#can('notes');
    const note = await this.#send('post', `contacts/${segment(id)}/notes`, { text }, noteWire, options);
    this.#emit({ type: 'notes-changed', contactId: id });
    return note;
  }

  async deleteNote(id: string, noteId: string, options?: RequestOptions): Promise<void> {
    this.#can('deleteNotes');
    await this.#send('delete', `contacts/${segment(id)}/notes/${segment(noteId)}`, undefined, undefined, options);
    this.#emit({ type: 'notes-changed', contactId: id });
  }

  async saveSegment(saved: { name: string; query: ContactQuery }, options?: RequestOptions): Promise<SavedSegment> {
    this.#can('segments');
    const result = await this.#send('post', 'segments', saved, segmentWire, options);
    this.#emit({ type: 'segments-changed' });
    return result;
  }

  async deleteSegment(id: string, options?: RequestOptions): Promise<void> {
    this.#can('segments');
    await this.#send('delete', `segments/${segment(id)}`, undefined, undefined, options);
    this.#emit({ type: 'segments-changed' });
  }

  /**
   * Changes made anywhere. This client's own writes are reported as soon as they succeed;
   * others' arrive over `GET changes` (one connection however many listeners, opened with
   * the first and closed with the last).
   */
  subscribe(listener: ContactChangeListener): () => void {
    this.#listeners.add(listener);
    if (this.capabilities.live && !this.#stream) this.#stream = this.#openChanges();
    return () => {
      this.#listeners.delete(listener);
      if (!this.#listeners.size) {
        this.#stream?.stop();
        this.#stream = undefined;
      }
    };
  }

  // Internals --------------------------------------------------------------------------------

  #openChanges(): { stop(): void } {
    return readEventStream({
      open: (lastEventId, signal) =>
        this.#http.get('changes', {
          signal,
          timeout: false,
          retry: 0,
          headers: { Accept: 'text/event-stream', ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
        }),
      onEvent: (event) => {
        if (event.event !== 'change') return;
        let change: ContactChange;
        try {
          change = parseResponse(changeWire, JSON.parse(event.data), 'GET changes');
        } catch {
          return; // A malformed event is skipped, never half-applied.
        }
        this.#emit(change);
      },
    });
  }

  async #get<T>(
    path: string,
    schema: z.ZodMiniType<T>,
    options?: RequestOptions,
    searchParams?: URLSearchParams,
  ): Promise<T> {
    const signal = options?.signal;
    const what = `GET ${path}`;
    throwIfAborted(signal);
    let json: unknown;
    try {
      json = await this.#http.get(path, { ...(signal ? { signal } : {}), ...(searchParams ? { searchParams } : {}) }).json();
    } catch (error) {
      throw await toHttpSourceError(error, signal, what);
    }
    // The answer may land after the caller gave up on it: a superseded read never resolves.
    throwIfAborted(signal);
    return parseResponse(schema, json, what) as T;
  }

  async #items<T>(path: string, item: z.ZodMiniType<T>, options?: RequestOptions): Promise<T[]> {
    const result = await this.#get(path, itemsOf(item), options);
    return result.items as T[];
  }

  async #send<T>(
    method: 'post' | 'put' | 'patch' | 'delete',
    path: string,
    body: unknown,
    schema: z.ZodMiniType<T> | undefined,
    options?: RequestOptions,
  ): Promise<T> {
    const signal = options?.signal;
    const what = `${method.toUpperCase()} ${path}`;
    throwIfAborted(signal);
    let json: unknown;
    try {
      const response = await this.#http(path, {
        method,
        ...(body !== undefined ? { json: body } : {}),
        ...(signal ? { signal } : {}),
      });
      json = schema && response.status !== 204 ? await response.json() : undefined;
    } catch (error) {
      throw await toHttpSourceError(error, signal, what);
    }
    return schema ? parseResponse(schema, json, what) : (undefined as T);
  }

  #can(capability: keyof Capabilities): void {
    if (this.capabilities[capability] === false) {
      throw new SourceError('forbidden', { message: `${capability} is not supported by this backend` });
    }
  }

  #updated(contact: Contact): Contact {
    this.#emit({ type: 'updated', contact });
    return contact;
  }

  #emit(change: ContactChange): void {
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        // One failing listener must not stop the others or fail the write that succeeded.
        console.error(error);
      }
    }
  }
}

/** An id as one path segment (ids are opaque: `/`, `?` and `#` must not change the path). */
function segment(id: string): string {
  return encodeURIComponent(id);
}
