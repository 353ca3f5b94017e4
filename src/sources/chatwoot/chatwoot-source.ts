/**
 * `ChatwootContactSource`: the contract over Chatwoot's Application API
 * (`/api/v1/accounts/{account_id}/…`, header `api_access_token`). See `mapping.ts` for how a
 * Chatwoot contact becomes a `Contact`, `filter.ts` for how a query becomes a Chatwoot request.
 *
 * Two query modes, because Chatwoot's search and filters mean something else than this
 * library's (no accent folding, no phone formatting, no "on a day", no conversation status):
 * - `'chatwoot'` (default): Chatwoot answers. Search is Chatwoot's search; conditions go to
 *   its filter endpoint; what it cannot express is refused with `invalid` naming the
 *   condition. Scales with the account; no total.
 * - `'exact'`: this library's semantics, evaluated here over the account's contacts fetched
 *   page by page (narrowed by quick labels server-side) and kept briefly. Every query works
 *   as on every other backend; the cost grows with the account, so it suits accounts of up
 *   to a few thousand contacts.
 *
 * What Chatwoot lacks is declared in `capabilities`: timed blocks (a boolean `blocked`),
 * merge field choices (its merge keeps the base contact's values), creating labels on the
 * fly (account labels are managed in Chatwoot), duplicates, and live changes (ActionCable is
 * not spoken here; `subscribe` reports this client's own writes).
 */
import type { KyInstance } from 'ky';
import * as z from 'zod/mini';
import type { AttributeDefinition, Contact, ContactDraft, ContactPatch, ConversationSummary, Inbox, Label, Note } from '../../model/contact.js';
import type { FieldError } from '../../model/field-error.js';
import { compareContacts, compileQuery, queryErrors } from '../../model/query-eval.js';
import { DEFAULT_SORT, type ContactQuery, type ContactSort } from '../../model/query.js';
import { searchKeysOf } from '../../model/search.js';
import { validateContactDraft, validateContactPatch } from '../../model/validation.js';
import { SourceError, throwIfAborted, type ConflictDetail } from '../errors.js';
import { createHttp, parseResponse, toHttpSourceError, type HeadersOption, type RetryPolicy } from '../rest/http.js';
import { queryWire } from '../rest/wire.js';
import {
  FULL_CAPABILITIES,
  type BlockRequest,
  type Capabilities,
  type ContactChange,
  type ContactChangeListener,
  type ContactPage,
  type ContactSource,
  type FieldChoices,
  type PageRequest,
  type RequestOptions,
  type SavedSegment,
} from '../source.js';
import { chatwootSort, toChatwootRequest } from './filter.js';
import {
  EXTRA,
  defaultChannelOf,
  toAttributeDefinition,
  toContact,
  toConversation,
  toInbox,
  toLabel,
  toNote,
  type ChannelOf,
} from './mapping.js';
import {
  attributeDefinitionWire,
  contactCreateWire,
  contactListWire,
  contactShowWire,
  contactableInboxesWire,
  conversationWire,
  customFilterWire,
  errorBodyWire,
  inboxWire,
  labelWire,
  labelsOfContactWire,
  noteWire,
  payloadOf,
  type ChatwootContactWire,
  type ChatwootInboxWire,
} from './wire.js';

export interface ChatwootSourceOptions {
  /** Your Chatwoot, e.g. `https://app.chatwoot.com` (or a proxy in front of it). */
  readonly baseUrl: string | URL;
  readonly accountId: number | string;
  /**
   * An agent's or bot's access token, sent as `api_access_token`. In a browser it is visible
   * to the page's users: prefer a proxy of your own that adds it, and pass `headers` for your
   * session instead.
   */
  readonly apiAccessToken?: string;
  /** More headers per request; a function is called per request (token refresh). */
  readonly headers?: HeadersOption;
  readonly timeout?: number;
  readonly retry?: number | RetryPolicy;
  readonly fetch?: typeof globalThis.fetch;
  /** `'chatwoot'` (default): Chatwoot answers queries; `'exact'`: evaluated here (see above). */
  readonly query?: 'chatwoot' | 'exact';
  /** The channel of an inbox Chatwoot has no type for (`Channel::Api` bridges: Viber, …). */
  readonly channelOf?: ChannelOf;
  /** The clock for date conditions in `'exact'` mode and for block times. */
  readonly now?: () => Date;
  /** How long fetched contacts are reused in `'exact'` mode, in ms (default 15,000). */
  readonly cacheTime?: number;
}

const CHATWOOT_CAPABILITIES: Omit<Capabilities, 'total'> = {
  ...FULL_CAPABILITIES,
  timedBlock: false,
  mergeFieldChoices: false,
  createLabels: false,
  duplicates: false,
  live: false,
};

/** Requests run at once when fetching labels and conversations for many contacts. */
const PARALLEL = 6;

type Snapshot = { readonly at: number; readonly contacts: Promise<Contact[]> };

export class ChatwootContactSource implements ContactSource {
  readonly capabilities: Capabilities;
  readonly #http: KyInstance;
  readonly #mode: 'chatwoot' | 'exact';
  readonly #channelOf: ChannelOf;
  readonly #now: () => Date;
  readonly #cacheTime: number;
  readonly #listeners = new Set<ContactChangeListener>();
  readonly #snapshots = new Map<string, Snapshot>();
  #definitions: Promise<AttributeDefinition[]> | undefined;
  #inboxes: Promise<Map<string, ChatwootInboxWire>> | undefined;

  constructor(options: ChatwootSourceOptions) {
    this.#mode = options.query ?? 'chatwoot';
    this.capabilities = Object.freeze({ ...CHATWOOT_CAPABILITIES, total: this.#mode === 'exact' });
    this.#channelOf = options.channelOf ?? defaultChannelOf;
    this.#now = options.now ?? (() => new Date());
    this.#cacheTime = options.cacheTime ?? 15_000;
    const base = String(options.baseUrl).replace(/\/+$/, '');
    const token = options.apiAccessToken;
    this.#http = createHttp({
      baseUrl: `${base}/api/v1/accounts/${encodeURIComponent(String(options.accountId))}`,
      headers: async () => {
        const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
        const headers = new Headers(extra);
        if (token) headers.set('api_access_token', token);
        return headers;
      },
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
      ...(options.retry !== undefined ? { retry: options.retry } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  // Reads ------------------------------------------------------------------------------------

  async listContacts(query: ContactQuery, page: PageRequest, options?: RequestOptions): Promise<ContactPage> {
    const signal = options?.signal;
    throwIfAborted(signal);
    const definitions = await this.#attributeDefinitions(signal);
    const errors = queryErrors(query, definitions);
    if (errors.length) throw new SourceError('invalid', { message: 'Invalid query', fieldErrors: errors });
    const size = Math.max(1, Math.min(page.size, 1000));
    return this.#mode === 'exact'
      ? this.#listExact(query, { ...page, size }, definitions, signal)
      : this.#listChatwoot(query, { ...page, size }, definitions, signal);
  }

  async getContact(id: string, options?: RequestOptions): Promise<Contact> {
    const wire = await this.#get(`contacts/${segment(id)}`, contactShowWire, options?.signal);
    return this.#complete(wire.payload, options?.signal);
  }

  async listLabels(options?: RequestOptions): Promise<readonly Label[]> {
    return (await this.#get('labels', payloadOf(labelWire), options?.signal)).payload.map(toLabel);
  }

  listAttributeDefinitions(options?: RequestOptions): Promise<readonly AttributeDefinition[]> {
    return this.#attributeDefinitions(options?.signal);
  }

  async listConversations(id: string, options?: RequestOptions): Promise<readonly ConversationSummary[]> {
    const signal = options?.signal;
    const [list, inboxes] = await Promise.all([
      this.#get(`contacts/${segment(id)}/conversations`, payloadOf(conversationWire), signal),
      this.#inboxMap(signal),
    ]);
    return list.payload
      .map((wire) => toConversation(wire, inboxes, this.#channelOf))
      .filter((item): item is ConversationSummary => item !== undefined)
      .sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
  }

  async listNotes(id: string, options?: RequestOptions): Promise<readonly Note[]> {
    const notes = await this.#get(`contacts/${segment(id)}/notes`, z.array(noteWire), options?.signal);
    return notes.map(toNote).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  async listOutboundInboxes(id: string, options?: RequestOptions): Promise<readonly Inbox[]> {
    const list = await this.#get(`contacts/${segment(id)}/contactable_inboxes`, contactableInboxesWire, options?.signal);
    const inboxes = new Map<string, Inbox>();
    for (const { inbox } of list.payload) {
      const mapped = toInbox(inbox, this.#channelOf);
      if (mapped) inboxes.set(mapped.id, mapped);
    }
    return [...inboxes.values()];
  }

  async listSegments(options?: RequestOptions): Promise<readonly SavedSegment[]> {
    const filters = await this.#get('custom_filters', z.array(customFilterWire), options?.signal, new URLSearchParams({ filter_type: 'contact' }));
    const segments: SavedSegment[] = [];
    for (const filter of filters) {
      // Segments saved here keep the whole query beside Chatwoot's payload; those made in
      // Chatwoot's own UI are not listed (their conditions are not read back yet).
      const stored = (filter.query as { contact_elements?: unknown } | null)?.contact_elements;
      const parsed = z.safeParse(queryWire, stored);
      if (parsed.success) segments.push({ id: filter.id, name: filter.name, query: parsed.data });
    }
    return segments;
  }

  // Writes -----------------------------------------------------------------------------------

  async createContact(draft: ContactDraft, options?: RequestOptions): Promise<Contact> {
    const signal = options?.signal;
    throwIfAborted(signal);
    const definitions = await this.#attributeDefinitions(signal);
    const result = validateContactDraft(draft, definitions);
    if (!result.ok) throw invalid(result.errors);
    const value = result.value;
    const labels = await this.#knownLabels(value.labels ?? [], signal);
    const body = {
      name: value.name,
      ...(value.email ? { email: value.email } : {}),
      ...(value.phone ? { phone_number: value.phone } : {}),
      ...(value.avatarUrl ? { avatar_url: value.avatarUrl } : {}),
      custom_attributes: value.attributes ?? {},
      additional_attributes: extrasOf(value),
    };
    const created = await this.#send('post', 'contacts', body, contactCreateWire, signal, value);
    const id = created.payload.contact.id;
    if (labels.length) await this.#send('post', `contacts/${segment(id)}/labels`, { labels }, labelsOfContactWire, signal);
    const contact = await this.getContact(id);
    this.#changed({ type: 'created', contact });
    return contact;
  }

  async updateContact(id: string, patch: ContactPatch, options?: RequestOptions): Promise<Contact> {
    const signal = options?.signal;
    throwIfAborted(signal);
    const [current, definitions] = await Promise.all([this.getContact(id, options), this.#attributeDefinitions(signal)]);
    const result = validateContactPatch(patch, current, definitions);
    if (!result.ok) throw invalid(result.errors);
    const { attributes, ...fields } = result.value;
    const body: Record<string, unknown> = {};
    if (fields.name !== undefined) body['name'] = fields.name;
    if (fields.email !== undefined) body['email'] = fields.email ?? '';
    if (fields.phone !== undefined) body['phone_number'] = fields.phone ?? '';
    if (fields.avatarUrl) body['avatar_url'] = fields.avatarUrl;
    const extras: Record<string, unknown> = {};
    for (const field of ['country', 'firstName', 'lastName', 'language'] as const) {
      if (fields[field] !== undefined) extras[EXTRA[field]] = fields[field];
    }
    if (Object.keys(extras).length) body['additional_attributes'] = extras;
    const removed = Object.entries(attributes ?? {}).filter(([, v]) => v === null).map(([key]) => key);
    const set = Object.fromEntries(Object.entries(attributes ?? {}).filter(([, v]) => v !== null));
    if (Object.keys(set).length) body['custom_attributes'] = set;
    await this.#send('patch', `contacts/${segment(id)}`, body, contactShowWire, signal, fields);
    // PATCH merges custom attributes; removing one is its own call.
    if (removed.length) {
      await this.#send('post', `contacts/${segment(id)}/destroy_custom_attributes`, { custom_attributes: removed }, undefined, signal);
    }
    return this.#updated(await this.getContact(id));
  }

  async deleteContact(id: string, options?: RequestOptions): Promise<void> {
    await this.#send('delete', `contacts/${segment(id)}`, undefined, undefined, options?.signal);
    this.#changed({ type: 'deleted', id });
  }

  async blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact> {
    if (block.until !== null) {
      throw invalid([{ field: 'until', code: 'required' }], 'Chatwoot blocks until someone unblocks: no end time');
    }
    const reason = block.reason?.trim();
    const extras = { [EXTRA.blockedAt]: this.#now().toISOString(), [EXTRA.blockReason]: reason || null, [EXTRA.blockedUntil]: null };
    await this.#send('patch', `contacts/${segment(id)}`, { blocked: true, additional_attributes: extras }, contactShowWire, options?.signal);
    return this.#updated(await this.getContact(id));
  }

  async unblockContact(id: string, options?: RequestOptions): Promise<Contact> {
    const extras = { [EXTRA.blockedAt]: null, [EXTRA.blockReason]: null, [EXTRA.blockedUntil]: null };
    await this.#send('patch', `contacts/${segment(id)}`, { blocked: false, additional_attributes: extras }, contactShowWire, options?.signal);
    return this.#updated(await this.getContact(id));
  }

  /**
   * Chatwoot's merge (`POST /actions/contact_merge`): the base (primary) keeps its values,
   * blanks are filled from the mergee, conversations, notes and contact inboxes move over, the
   * mergee is deleted. Field choices are not possible (`mergeFieldChoices: false`). Chatwoot
   * drops the mergee's labels, so the union is set afterwards.
   */
  async mergeContacts(primaryId: string, secondaryId: string, _choices?: FieldChoices, options?: RequestOptions): Promise<Contact> {
    const signal = options?.signal;
    if (primaryId === secondaryId) throw invalid([{ field: 'secondaryId', code: 'required' }], 'A contact cannot be merged with itself');
    const [primary, secondary] = await Promise.all([this.getContact(primaryId, options), this.getContact(secondaryId, options)]);
    const body = { base_contact_id: numericOrString(primaryId), mergee_contact_id: numericOrString(secondaryId) };
    await this.#send('post', 'actions/contact_merge', body, undefined, signal);
    const labels = [...new Set([...primary.labels, ...secondary.labels])];
    if (labels.length !== primary.labels.length) {
      await this.#send('post', `contacts/${segment(primaryId)}/labels`, { labels }, labelsOfContactWire, signal);
    }
    const contact = await this.getContact(primaryId);
    this.#changed({ type: 'merged', contact, removedId: secondaryId });
    return contact;
  }

  /** `POST /contacts/{id}/labels` replaces the list; names must be account labels. */
  async setContactLabels(id: string, labels: readonly string[], options?: RequestOptions): Promise<Contact> {
    const known = await this.#knownLabels(labels, options?.signal);
    await this.#send('post', `contacts/${segment(id)}/labels`, { labels: known }, labelsOfContactWire, options?.signal);
    return this.#updated(await this.getContact(id));
  }

  async addNote(id: string, text: string, options?: RequestOptions): Promise<Note> {
    if (!text.trim()) throw invalid([{ field: 'text', code: 'required' }]);
    const note = toNote(await this.#send('post', `contacts/${segment(id)}/notes`, { content: text }, noteWire, options?.signal));
    this.#changed({ type: 'notes-changed', contactId: id });
    return note;
  }

  async deleteNote(id: string, noteId: string, options?: RequestOptions): Promise<void> {
    await this.#send('delete', `contacts/${segment(id)}/notes/${segment(noteId)}`, undefined, undefined, options?.signal);
    this.#changed({ type: 'notes-changed', contactId: id });
  }

  /**
   * Saved as a Chatwoot custom filter (`filter_type: contact`): Chatwoot's own payload where the
   * query translates (so Chatwoot's UI can run it too), and the whole query beside it.
   */
  async saveSegment(saved: { name: string; query: ContactQuery }, options?: RequestOptions): Promise<SavedSegment> {
    const signal = options?.signal;
    const name = saved.name.trim();
    if (!name) throw invalid([{ field: 'name', code: 'required' }]);
    const definitions = await this.#attributeDefinitions(signal);
    const errors = queryErrors(saved.query, definitions);
    if (errors.length) throw invalid(errors);
    let payload: unknown[] = [];
    try {
      const request = toChatwootRequest(saved.query, definitions);
      if (request.kind === 'filter') payload = request.payload;
    } catch {
      // Not expressible in Chatwoot: kept for these elements only.
    }
    const body = { custom_filter: { name, type: 'contact', query: { payload, contact_elements: saved.query } } };
    const result = await this.#send('post', 'custom_filters', body, customFilterWire, signal);
    this.#changed({ type: 'segments-changed' });
    return { id: result.id, name, query: saved.query };
  }

  async deleteSegment(id: string, options?: RequestOptions): Promise<void> {
    await this.#send('delete', `custom_filters/${segment(id)}`, undefined, undefined, options?.signal);
    this.#changed({ type: 'segments-changed' });
  }

  /** This client's own changes (Chatwoot's live updates are not read: `live` is false). */
  subscribe(listener: ContactChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // Listing ----------------------------------------------------------------------------------

  async #listChatwoot(query: ContactQuery, page: PageRequest, definitions: readonly AttributeDefinition[], signal?: AbortSignal): Promise<ContactPage> {
    const request = toChatwootRequest(query, definitions);
    const [chatwootPage, offset] = page.cursor ? decodeCursor(page.cursor, 'p') : [1, 0];
    if (typeof chatwootPage !== 'number' || typeof offset !== 'number' || chatwootPage < 1 || offset < 0) throw badCursor();
    const params = new URLSearchParams({ page: String(chatwootPage), sort: chatwootSort(query.sort) });
    let list: z.output<typeof contactListWire>;
    if (request.kind === 'search') {
      params.set('q', request.q);
      list = await this.#get('contacts/search', contactListWire, signal, params);
    } else if (request.kind === 'filter') {
      list = await this.#send('post', `contacts/filter?${params}`, { payload: request.payload }, contactListWire, signal);
    } else {
      for (const label of request.labels) params.append('labels[]', label);
      list = await this.#get('contacts', contactListWire, signal, params);
    }
    const slice = list.payload.slice(offset, offset + page.size);
    const items = await mapLimit(slice, (wire) => this.#complete(wire, signal));
    const more =
      list.meta?.has_more ?? (list.meta?.count !== undefined ? list.meta.count > (chatwootPage - 1) * 15 + list.payload.length : list.payload.length > 0);
    const next = offset + page.size < list.payload.length ? encodeCursor(['p', chatwootPage, offset + page.size]) : more && list.payload.length ? encodeCursor(['p', chatwootPage + 1, 0]) : undefined;
    return { items, ...(next ? { nextCursor: next } : {}) };
  }

  async #listExact(query: ContactQuery, page: PageRequest, definitions: readonly AttributeDefinition[], signal?: AbortSignal): Promise<ContactPage> {
    const sort = query.sort ?? DEFAULT_SORT;
    const probe = page.cursor ? decodeExactCursor(page.cursor, sort) : undefined;
    // Quick labels narrow on the server (`labels[]` means any of them: a superset either way).
    const all = await abortable(this.#snapshot(query.labels ?? []), signal);
    const predicate = compileQuery(query, { now: this.#now(), definitions });
    const matches = all.filter((contact) => predicate(contact, searchKeysOf(contact))).sort(compareContacts(sort));
    const compare = compareContacts(sort);
    const start = probe ? matches.findIndex((contact) => compare(contact, probe) > 0) : 0;
    const from = start < 0 ? matches.length : start;
    const items = matches.slice(from, from + page.size);
    const last = items.at(-1);
    const more = from + page.size < matches.length;
    return {
      items,
      total: matches.length,
      ...(more && last ? { nextCursor: encodeCursor(['x', sort.field === 'name' ? last.name : (last[sort.field]?.getTime() ?? null), last.id]) } : {}),
    };
  }

  /** Every contact (with these quick labels), complete, fetched page by page and kept briefly. */
  #snapshot(labels: readonly string[]): Promise<Contact[]> {
    const key = JSON.stringify([...labels].sort());
    const cached = this.#snapshots.get(key);
    if (cached && Date.now() - cached.at < this.#cacheTime) return cached.contacts;
    // Not tied to one caller's signal: another caller may share it (each caller's abort only
    // stops its own wait, below).
    const contacts = (async () => {
      const seen = new Map<string, ChatwootContactWire>();
      for (let page = 1; ; page++) {
        const params = new URLSearchParams({ page: String(page), sort: 'created_at' });
        for (const label of labels) params.append('labels[]', label);
        const list = await this.#get('contacts', contactListWire, undefined, params);
        for (const wire of list.payload) seen.set(wire.id, wire);
        if (!list.payload.length || (list.meta?.count !== undefined && seen.size >= list.meta.count) || page > 10_000) break;
      }
      return mapLimit([...seen.values()], (wire) => this.#complete(wire));
    })();
    const snapshot: Snapshot = { at: Date.now(), contacts };
    this.#snapshots.set(key, snapshot);
    contacts.catch(() => {
      if (this.#snapshots.get(key) === snapshot) this.#snapshots.delete(key);
    });
    return contacts;
  }

  // Internals --------------------------------------------------------------------------------

  /** A Chatwoot contact with what its record lacks: labels and conversation statuses. */
  async #complete(wire: ChatwootContactWire, signal?: AbortSignal): Promise<Contact> {
    const [definitions, labels, conversations] = await Promise.all([
      this.#attributeDefinitions(signal),
      wire.labels
        ? Promise.resolve(wire.labels.map((label) => (typeof label === 'string' ? label : label.name)))
        : this.#get(`contacts/${segment(wire.id)}/labels`, labelsOfContactWire, signal).then((result) => result.payload),
      this.#get(`contacts/${segment(wire.id)}/conversations`, payloadOf(conversationWire), signal),
    ]);
    const statuses = [...new Set(conversations.payload.sort((a, b) => (b.last_activity_at ?? 0) - (a.last_activity_at ?? 0)).map((c) => c.status))].filter(
      (status): status is ConversationSummary['status'] => ['open', 'pending', 'snoozed', 'resolved'].includes(status),
    );
    return toContact(wire, { labels, conversationStatuses: statuses }, definitions, this.#channelOf);
  }

  #attributeDefinitions(signal?: AbortSignal): Promise<AttributeDefinition[]> {
    this.#definitions ??= this.#get('custom_attribute_definitions', z.array(attributeDefinitionWire), undefined, new URLSearchParams({ attribute_model: 'contact_attribute' }))
      .then((list) => list.map(toAttributeDefinition).filter((d): d is AttributeDefinition => d !== undefined));
    const definitions = this.#definitions;
    definitions.catch(() => {
      if (this.#definitions === definitions) this.#definitions = undefined;
    });
    return abortable(definitions, signal);
  }

  #inboxMap(signal?: AbortSignal): Promise<Map<string, ChatwootInboxWire>> {
    this.#inboxes ??= this.#get('inboxes', payloadOf(inboxWire)).then((list) => new Map(list.payload.map((inbox) => [inbox.id, inbox])));
    const inboxes = this.#inboxes;
    inboxes.catch(() => {
      if (this.#inboxes === inboxes) this.#inboxes = undefined;
    });
    return abortable(inboxes, signal);
  }

  /** Label names that exist in the account; an unknown one is `invalid` (`createLabels: false`). */
  async #knownLabels(labels: readonly string[], signal?: AbortSignal): Promise<string[]> {
    const unique = [...new Set(labels.map((label) => label.trim()).filter(Boolean))];
    if (!unique.length) return unique;
    const known = new Set((await this.listLabels(signal ? { signal } : {})).map((label) => label.name));
    const unknown = unique.filter((label) => !known.has(label));
    if (unknown.length) throw invalid(unknown.map((value) => ({ field: 'labels', code: 'option-invalid', params: { value } })), 'Unknown label');
    return unique;
  }

  async #get<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, searchParams?: URLSearchParams): Promise<T> {
    const what = `GET ${path}`;
    throwIfAborted(signal);
    let json: unknown;
    try {
      json = await this.#http.get(path, { ...(signal ? { signal } : {}), ...(searchParams ? { searchParams } : {}) }).json();
    } catch (error) {
      throw await this.#failure(error, signal, what);
    }
    throwIfAborted(signal);
    return parseResponse(schema, json, what) as T;
  }

  async #send<T>(
    method: 'post' | 'patch' | 'delete',
    path: string,
    body: unknown,
    schema: z.ZodMiniType<T> | undefined,
    signal?: AbortSignal,
    /** For a 422 "already taken": the email/phone to look the holder up by. */
    taken?: { email?: string | null | undefined; phone?: string | null | undefined },
    selfId?: string,
  ): Promise<T> {
    const what = `${method.toUpperCase()} ${path.split('?')[0]}`;
    throwIfAborted(signal);
    this.#snapshots.clear();
    let json: unknown;
    try {
      const response = await this.#http(path, { method, ...(body !== undefined ? { json: body } : {}), ...(signal ? { signal } : {}) });
      const text = schema ? await response.text() : '';
      json = text ? JSON.parse(text) : undefined;
    } catch (error) {
      const failure = await this.#failure(error, signal, what);
      throw failure.kind === 'conflict' && taken ? await this.#withHolders(failure, taken, path, selfId) : failure;
    }
    return schema ? (parseResponse(schema, json, what) as T) : (undefined as T);
  }

  /** Chatwoot's errors: 422 `{ message, attributes }` becomes field errors, "taken" a conflict. */
  async #failure(error: unknown, signal: AbortSignal | undefined, what: string): Promise<SourceError> {
    const response = (error as { response?: Response }).response;
    const copy = response?.status === 422 && !signal?.aborted ? response.clone() : undefined;
    const failure = await toHttpSourceError(error, signal, what);
    if (failure.status !== 422 || !copy) return failure;
    let body: z.output<typeof errorBodyWire> = {};
    try {
      const parsed = z.safeParse(errorBodyWire, await copy.json());
      if (parsed.success) body = parsed.data;
    } catch {
      // Keep the plain 422.
    }
    const message = body.message ?? body.error ?? '';
    const taken = /taken/i.test(message);
    const fieldErrors: FieldError[] = (body.attributes ?? []).map((attribute) => {
      const field = attribute === 'phone_number' ? 'phone' : attribute === 'content' ? 'text' : attribute;
      const code = taken ? 'taken' : field === 'email' ? 'email-invalid' : field === 'phone' ? 'phone-invalid' : 'required';
      return { field, code };
    });
    return new SourceError(taken ? 'conflict' : 'invalid', { message: `${what}: ${message || 'unprocessable'}`, status: 422, fieldErrors });
  }

  /** Chatwoot says only "already taken": find who holds it, so the UI can name them. */
  async #withHolders(failure: SourceError, taken: { email?: string | null | undefined; phone?: string | null | undefined }, path: string, selfId?: string): Promise<SourceError> {
    const self = selfId ?? /^contacts\/([^/]+)$/.exec(path)?.[1];
    const conflicts: ConflictDetail[] = [];
    for (const fieldError of failure.fieldErrors) {
      const value = fieldError.field === 'email' ? taken.email : fieldError.field === 'phone' ? taken.phone : undefined;
      if (!value) continue;
      try {
        const found = await this.#get('contacts/search', contactListWire, undefined, new URLSearchParams({ q: value }));
        const holder = found.payload.find(
          (c) => c.id !== (self ? decodeURIComponent(self) : undefined) && (fieldError.field === 'email' ? c.email?.toLowerCase() === value.toLowerCase() : c.phone_number === value),
        );
        if (holder) conflicts.push({ field: fieldError.field, contactId: holder.id, ...(holder.name ? { contactName: holder.name } : {}) });
      } catch {
        // The conflict stands without a name.
      }
    }
    return new SourceError('conflict', {
      message: failure.message,
      status: 422,
      conflicts,
      fieldErrors: failure.fieldErrors.map((e) => {
        const holder = conflicts.find((c) => c.field === e.field);
        return holder ? { ...e, params: { contactId: holder.contactId, contactName: holder.contactName ?? '' } } : e;
      }),
    });
  }

  #updated(contact: Contact): Contact {
    this.#changed({ type: 'updated', contact });
    return contact;
  }

  #changed(change: ContactChange): void {
    this.#snapshots.clear();
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        console.error(error);
      }
    }
  }
}

function extrasOf(value: ContactDraft): Record<string, string> {
  const extras: Record<string, string> = {};
  if (value.country) extras[EXTRA.country] = value.country;
  if (value.firstName) extras[EXTRA.firstName] = value.firstName;
  if (value.lastName) extras[EXTRA.lastName] = value.lastName;
  if (value.language) extras[EXTRA.language] = value.language;
  if (value.sourceChannel) extras[EXTRA.sourceChannel] = value.sourceChannel;
  return extras;
}

function invalid(errors: readonly FieldError[], message = 'Invalid input'): SourceError {
  return new SourceError('invalid', { message, fieldErrors: errors });
}

function segment(id: string): string {
  return encodeURIComponent(id);
}

/** Chatwoot's ids are integers in JSON bodies; a non-numeric id (the test fake) stays a string. */
function numericOrString(id: string): number | string {
  return /^\d+$/.test(id) ? Number(id) : id;
}

function badCursor(): SourceError {
  return new SourceError('invalid', { message: 'Malformed page cursor', fieldErrors: [{ field: 'cursor', code: 'required' }] });
}

function encodeCursor(parts: readonly unknown[]): string {
  return btoa(encodeURIComponent(JSON.stringify(parts)));
}

function decodeCursor(cursor: string, tag: string): unknown[] {
  let parts: unknown;
  try {
    parts = JSON.parse(decodeURIComponent(atob(cursor)));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parts) || parts[0] !== tag) throw badCursor();
  return parts.slice(1);
}

/** A stand-in contact with the sort key and id of an exact-mode cursor. */
function decodeExactCursor(cursor: string, sort: ContactSort): Contact {
  const [value, id] = decodeCursor(cursor, 'x');
  if (typeof id !== 'string') throw badCursor();
  if (sort.field === 'name') {
    if (typeof value !== 'string') throw badCursor();
    return { id, name: value } as Contact;
  }
  if (value !== null && typeof value !== 'number') throw badCursor();
  return { id, [sort.field]: value === null ? null : new Date(value) } as unknown as Contact;
}

/** Resolves as `promise`, or rejects `aborted` as soon as the signal fires. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new SourceError('aborted', { cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new SourceError('aborted', { cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) onAbort();
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted ? new SourceError('aborted', { cause: signal.reason }) : error);
      },
    );
  });
}

/** `map` with at most PARALLEL calls in flight (Chatwoot rate-limits bursts). */
async function mapLimit<T, R>(items: readonly T[], map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}
