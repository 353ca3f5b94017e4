/**
 * `MemoryContactSource`: the whole contract over data held in memory. The embedded default for
 * the demo, stories, tests and benchmarks; fast at 100,000 contacts (see `ContactIndex`).
 */
import type {
  AttributeDefinition,
  Contact,
  ContactDraft,
  ContactPatch,
  ConversationSummary,
  Inbox,
  Label,
  Note,
} from '../../model/contact.js';
import type { FieldError } from '../../model/field-error.js';
import { mergeContactRecords } from '../../model/merge.js';
import { queryErrors } from '../../model/query-eval.js';
import { DEFAULT_SORT, type ContactQuery, type ContactSort } from '../../model/query.js';
import { validateContactDraft, validateContactPatch } from '../../model/validation.js';
import { SourceError, throwIfAborted, type ConflictDetail, type SourceErrorKind } from '../errors.js';
import {
  FULL_CAPABILITIES,
  type BlockRequest,
  type Capabilities,
  type ContactChange,
  type ContactChangeListener,
  type ContactPage,
  type ContactSource,
  type DuplicateCandidate,
  type DuplicateReason,
  type FieldChoices,
  type PageRequest,
  type RequestOptions,
  type SavedSegment,
} from '../source.js';
import { ContactIndex } from './contact-index.js';
import { FailureInjector, latencyMs, wait, type Latency } from './simulation.js';

type PerContact<T> = Readonly<Record<string, readonly T[]>> | ((contactId: string) => readonly T[]);

export interface MemorySourceOptions {
  readonly contacts?: readonly Contact[];
  readonly labels?: readonly Label[];
  readonly attributeDefinitions?: readonly AttributeDefinition[];
  readonly inboxes?: readonly Inbox[];
  /** Per contact id, newest first; a function is asked lazily (fake data for 100k contacts). */
  readonly conversations?: PerContact<ConversationSummary>;
  readonly notes?: PerContact<Note>;
  readonly segments?: readonly SavedSegment[];
  /** Simulated time per call in ms (fixed or a range); reads and writes honour AbortSignal. */
  readonly latency?: Latency;
  /** The clock: block expiry, "in the last N days", creation times. */
  readonly now?: () => Date;
  /** Narrow what this source claims it can do (to show capability-limited UIs). */
  readonly capabilities?: Partial<Capabilities>;
  /** The author of notes added through this source. */
  readonly agent?: { readonly id?: string; readonly name: string };
}

/** Channels that need a phone number to write first. */
const PHONE_CHANNELS = new Set(['phone', 'sms', 'whatsapp', 'viber']);

/** Colours for labels created on the fly; readable with white or dark text. */
const LABEL_PALETTE = ['#2563eb', '#16a34a', '#d97706', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#4b5563'];

const MAX_PAGE_SIZE = 1000;

function encodeCursor(contact: Contact, sort: ContactSort): string {
  const value = sort.field === 'name' ? contact.name : (contact[sort.field]?.getTime() ?? null);
  return btoa(encodeURIComponent(JSON.stringify([value, contact.id])));
}

/** A stand-in contact carrying just the sort key and id of a cursor, for a binary search. */
function decodeCursor(cursor: string, sort: ContactSort): Contact {
  try {
    const [value, id] = JSON.parse(decodeURIComponent(atob(cursor))) as [unknown, unknown];
    if (typeof id !== 'string') throw new Error('id');
    if (sort.field === 'name') {
      if (typeof value !== 'string') throw new Error('name');
      return { id, name: value } as Contact;
    }
    if (value !== null && typeof value !== 'number') throw new Error('date');
    return { id, [sort.field]: value === null ? null : new Date(value) } as unknown as Contact;
  } catch (cause) {
    throw new SourceError('invalid', { message: 'Malformed page cursor', cause, fieldErrors: [{ field: 'cursor', code: 'required' }] });
  }
}

function byNewest<T extends { lastActivityAt?: Date; createdAt?: Date }>(items: T[]): T[] {
  const time = (item: T) => (item.lastActivityAt ?? item.createdAt)?.getTime() ?? 0;
  return items.sort((a, b) => time(b) - time(a));
}

export class MemoryContactSource implements ContactSource {
  readonly capabilities: Capabilities;

  readonly #index: ContactIndex;
  readonly #labels: Map<string, Label>;
  #definitions: readonly AttributeDefinition[];
  readonly #inboxes: readonly Inbox[];
  readonly #conversations = new Map<string, ConversationSummary[]>();
  readonly #notes = new Map<string, Note[]>();
  readonly #conversationsSeed: PerContact<ConversationSummary> | undefined;
  readonly #notesSeed: PerContact<Note> | undefined;
  readonly #segments: SavedSegment[];
  readonly #listeners = new Set<ContactChangeListener>();
  readonly #failures = new FailureInjector();
  readonly #now: () => Date;
  readonly #agent: { readonly id?: string; readonly name: string };
  #latency: Latency | undefined;
  #sequence = 0;

  constructor(options: MemorySourceOptions = {}) {
    this.capabilities = Object.freeze({ ...FULL_CAPABILITIES, ...options.capabilities });
    this.#index = new ContactIndex(options.contacts ?? []);
    this.#labels = new Map((options.labels ?? []).map((label) => [label.name, label]));
    this.#definitions = options.attributeDefinitions ?? [];
    this.#inboxes = options.inboxes ?? [];
    this.#conversationsSeed = options.conversations;
    this.#notesSeed = options.notes;
    this.#segments = [...(options.segments ?? [])];
    this.#latency = options.latency;
    this.#now = options.now ?? (() => new Date());
    this.#agent = options.agent ?? { id: 'agent-1', name: 'Agent' };
  }

  /** The next call of `method` (or of any method, `'*'`) fails with this kind. */
  failNext(method: string, kind: SourceErrorKind): void {
    this.#failures.failNext(method, kind);
  }

  /** Every call of `method` (or `'*'`) fails with this kind until set to undefined. */
  setFailure(method: string, kind: SourceErrorKind | undefined): void {
    this.#failures.setFailure(method, kind);
  }

  setLatency(latency: Latency | undefined): void {
    this.#latency = latency;
  }

  /** Number of contacts held. */
  get size(): number {
    return this.#index.size;
  }

  // Reads ------------------------------------------------------------------------------------

  async listContacts(query: ContactQuery, page: PageRequest, options?: RequestOptions): Promise<ContactPage> {
    await this.#begin('listContacts', options);
    const errors = queryErrors(query, this.#definitions);
    if (errors.length) throw new SourceError('invalid', { message: 'Invalid query', fieldErrors: errors });
    const sort = query.sort ?? DEFAULT_SORT;
    if (!this.capabilities.sortFields.includes(sort.field)) {
      throw invalid([{ field: 'sort', code: 'option-invalid', params: { value: sort.field } }], 'Unsupported sort');
    }
    const matches = this.#index.query(query, this.#now(), this.#definitions);
    // Keyset paging: continue after the last contact returned, wherever it now is.
    const start = page.cursor ? matches.positionAfter(decodeCursor(page.cursor, sort)) : 0;
    const size = Math.max(1, Math.min(page.size, MAX_PAGE_SIZE));
    const items = matches.slice(start, start + size);
    const last = items.at(-1);
    const hasMore = start + size < matches.length;
    return {
      items,
      ...(this.capabilities.total ? { total: matches.length } : {}),
      ...(hasMore && last ? { nextCursor: encodeCursor(last, sort) } : {}),
    };
  }

  async getContact(id: string, options?: RequestOptions): Promise<Contact> {
    await this.#begin('getContact', options);
    return this.#require(id);
  }

  async listLabels(options?: RequestOptions): Promise<readonly Label[]> {
    await this.#begin('listLabels', options);
    return [...this.#labels.values()];
  }

  async listAttributeDefinitions(options?: RequestOptions): Promise<readonly AttributeDefinition[]> {
    await this.#begin('listAttributeDefinitions', options);
    return this.#definitions;
  }

  async listConversations(id: string, options?: RequestOptions): Promise<readonly ConversationSummary[]> {
    await this.#begin('listConversations', options);
    this.#require(id);
    return [...this.#conversationsOf(id)];
  }

  async listNotes(id: string, options?: RequestOptions): Promise<readonly Note[]> {
    await this.#begin('listNotes', options);
    this.#require(id);
    return [...this.#notesOf(id)];
  }

  async listOutboundInboxes(id: string, options?: RequestOptions): Promise<readonly Inbox[]> {
    await this.#begin('listOutboundInboxes', options);
    const contact = this.#require(id);
    return this.#inboxes.filter((inbox) => inbox.canWriteFirst && canReach(contact, inbox));
  }

  async findDuplicates(id: string, options?: RequestOptions): Promise<readonly DuplicateCandidate[]> {
    await this.#begin('findDuplicates', options);
    const contact = this.#require(id);
    const reasons = new Map<string, DuplicateReason[]>();
    const note = (ids: ReadonlySet<string>, reason: DuplicateReason) => {
      for (const other of ids) {
        if (other === id) continue;
        reasons.set(other, [...(reasons.get(other) ?? []), reason]);
      }
    };
    note(this.#index.idsWithPhone(contact.phone), 'phone');
    note(this.#index.idsWithEmail(contact.email), 'email');
    note(this.#index.idsWithName(contact.name), 'name');
    return [...reasons]
      .map(([otherId, why]) => ({ contact: this.#index.get(otherId)!, reasons: why }))
      .sort((a, b) => b.reasons.length - a.reasons.length || rank(a.reasons) - rank(b.reasons));
  }

  async listSegments(options?: RequestOptions): Promise<readonly SavedSegment[]> {
    await this.#begin('listSegments', options);
    return [...this.#segments];
  }

  // Writes -----------------------------------------------------------------------------------

  async createContact(draft: ContactDraft, options?: RequestOptions): Promise<Contact> {
    await this.#begin('createContact', options, 'createContact');
    const result = validateContactDraft(draft, this.#definitions);
    if (!result.ok) throw invalid(result.errors);
    const value = result.value;
    this.#checkConflicts(undefined, value.email, value.phone);
    const labels = this.#resolveLabels(value.labels ?? []);
    const now = this.#now();
    const contact: Contact = {
      ...value,
      id: this.#newId('c-new', (id) => this.#index.has(id)),
      channels: value.channels ?? defaultChannels(value),
      labels,
      attributes: value.attributes ?? {},
      createdAt: now,
      lastActivityAt: null,
      block: null,
      conversationStatuses: [],
    };
    this.#index.put(contact);
    this.#emit({ type: 'created', contact });
    return contact;
  }

  async updateContact(id: string, patch: ContactPatch, options?: RequestOptions): Promise<Contact> {
    await this.#begin('updateContact', options, 'updateContact');
    const current = this.#require(id);
    const result = validateContactPatch(patch, current, this.#definitions);
    if (!result.ok) throw invalid(result.errors);
    const { attributes, ...fields } = result.value;
    this.#checkConflicts(id, fields.email ?? undefined, fields.phone ?? undefined);
    const next: Record<string, unknown> = { ...current };
    for (const [field, value] of Object.entries(fields)) {
      if (value === null) delete next[field];
      else next[field] = value;
    }
    if (attributes) {
      const merged: Record<string, unknown> = { ...current.attributes };
      for (const [key, value] of Object.entries(attributes)) {
        if (value === null) delete merged[key];
        else merged[key] = value;
      }
      next['attributes'] = merged;
    }
    return this.#commit(next as unknown as Contact);
  }

  async deleteContact(id: string, options?: RequestOptions): Promise<void> {
    await this.#begin('deleteContact', options, 'deleteContact');
    this.#require(id);
    this.#index.delete(id);
    this.#conversations.delete(id);
    this.#notes.delete(id);
    this.#emit({ type: 'deleted', id });
  }

  async blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact> {
    await this.#begin('blockContact', options, 'block');
    const current = this.#require(id);
    const now = this.#now();
    if (block.until !== null && !this.capabilities.timedBlock) {
      throw invalid([{ field: 'until', code: 'required' }], 'This source only blocks forever');
    }
    if (block.until !== null && block.until.getTime() <= now.getTime()) {
      throw invalid([{ field: 'until', code: 'date-invalid' }], 'A block must end in the future');
    }
    const reason = block.reason?.trim();
    return this.#commit({
      ...current,
      block: { until: block.until, blockedAt: now, ...(reason ? { reason } : {}) },
    });
  }

  async unblockContact(id: string, options?: RequestOptions): Promise<Contact> {
    await this.#begin('unblockContact', options, 'block');
    return this.#commit({ ...this.#require(id), block: null });
  }

  async mergeContacts(
    primaryId: string,
    secondaryId: string,
    choices: FieldChoices = {},
    options?: RequestOptions,
  ): Promise<Contact> {
    await this.#begin('mergeContacts', options, 'merge');
    if (primaryId === secondaryId) {
      throw invalid([{ field: 'secondaryId', code: 'required' }], 'A contact cannot be merged with itself');
    }
    const primary = this.#require(primaryId);
    const secondary = this.#require(secondaryId);
    const merged = mergeContactRecords(primary, secondary, this.capabilities.mergeFieldChoices ? choices : {});
    this.#conversations.set(
      primaryId,
      byNewest([...this.#conversationsOf(primaryId), ...this.#conversationsOf(secondaryId)]),
    );
    this.#notes.set(primaryId, byNewest([...this.#notesOf(primaryId), ...this.#notesOf(secondaryId)]));
    this.#conversations.delete(secondaryId);
    this.#notes.delete(secondaryId);
    this.#index.delete(secondaryId);
    this.#index.put(merged);
    this.#emit({ type: 'merged', contact: merged, removedId: secondaryId });
    return merged;
  }

  async setContactLabels(id: string, labels: readonly string[], options?: RequestOptions): Promise<Contact> {
    await this.#begin('setContactLabels', options, 'editLabels');
    const current = this.#require(id);
    return this.#commit({ ...current, labels: this.#resolveLabels(labels) });
  }

  async addNote(id: string, text: string, options?: RequestOptions): Promise<Note> {
    await this.#begin('addNote', options, 'notes');
    this.#require(id);
    const trimmed = text.trim();
    if (!trimmed) throw invalid([{ field: 'text', code: 'required' }]);
    const note: Note = {
      id: this.#newId('note', () => false),
      text: trimmed,
      author: this.#agent,
      createdAt: this.#now(),
    };
    this.#notes.set(id, [note, ...this.#notesOf(id)]);
    this.#emit({ type: 'notes-changed', contactId: id });
    return note;
  }

  async deleteNote(id: string, noteId: string, options?: RequestOptions): Promise<void> {
    await this.#begin('deleteNote', options, 'deleteNotes');
    this.#require(id);
    const notes = this.#notesOf(id);
    if (!notes.some((note) => note.id === noteId)) throw new SourceError('not-found');
    this.#notes.set(id, notes.filter((note) => note.id !== noteId));
    this.#emit({ type: 'notes-changed', contactId: id });
  }

  async saveSegment(segment: { name: string; query: ContactQuery }, options?: RequestOptions): Promise<SavedSegment> {
    await this.#begin('saveSegment', options, 'segments');
    const name = segment.name.trim();
    if (!name) throw invalid([{ field: 'name', code: 'required' }]);
    const errors = queryErrors(segment.query, this.#definitions);
    if (errors.length) throw invalid(errors);
    const saved: SavedSegment = { id: this.#newId('segment', () => false), name, query: segment.query };
    this.#segments.push(saved);
    this.#emit({ type: 'segments-changed' });
    return saved;
  }

  async deleteSegment(id: string, options?: RequestOptions): Promise<void> {
    await this.#begin('deleteSegment', options, 'segments');
    const position = this.#segments.findIndex((segment) => segment.id === id);
    if (position < 0) throw new SourceError('not-found');
    this.#segments.splice(position, 1);
    this.#emit({ type: 'segments-changed' });
  }

  subscribe(listener: ContactChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  // Internals --------------------------------------------------------------------------------

  /** Every call starts here: capability, injected failure, simulated latency, abort. */
  async #begin(method: string, options: RequestOptions | undefined, capability?: keyof Capabilities): Promise<void> {
    throwIfAborted(options?.signal);
    if (capability && this.capabilities[capability] === false) {
      throw new SourceError('forbidden', { message: `${method} is not supported by this source` });
    }
    const delay = latencyMs(this.#latency);
    if (delay > 0) await wait(delay, options?.signal);
    else await Promise.resolve();
    throwIfAborted(options?.signal);
    this.#failures.check(method);
  }

  #require(id: string): Contact {
    const contact = this.#index.get(id);
    if (!contact) throw new SourceError('not-found', { message: `No contact ${id}` });
    return contact;
  }

  #commit(contact: Contact): Contact {
    this.#index.put(contact);
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

  #newId(prefix: string, taken: (id: string) => boolean): string {
    let id: string;
    do id = `${prefix}-${++this.#sequence}`;
    while (taken(id));
    return id;
  }

  /** Rejects an email or phone that belongs to another contact, naming that contact. */
  #checkConflicts(id: string | undefined, email: string | undefined, phone: string | undefined): void {
    const conflicts: ConflictDetail[] = [];
    const collect = (field: string, ids: ReadonlySet<string>) => {
      for (const other of ids) {
        if (other === id) continue;
        const contact = this.#index.get(other);
        conflicts.push({ field, contactId: other, ...(contact ? { contactName: contact.name } : {}) });
        break;
      }
    };
    if (email) collect('email', this.#index.idsWithEmail(email));
    if (phone) collect('phone', this.#index.idsWithPhone(phone));
    if (conflicts.length) {
      throw new SourceError('conflict', {
        message: 'Another contact has this email or phone',
        conflicts,
        fieldErrors: conflicts.map((c) => ({
          field: c.field,
          code: 'taken',
          params: { contactId: c.contactId, contactName: c.contactName ?? '' },
        })),
      });
    }
  }

  /** Label names as given; unknown ones are created when allowed, else rejected. */
  #resolveLabels(names: readonly string[]): string[] {
    const unique = [...new Set(names.map((name) => name.trim()).filter(Boolean))];
    const unknown = unique.filter((name) => !this.#labels.has(name));
    if (unknown.length && !this.capabilities.createLabels) {
      throw invalid(unknown.map((name) => ({ field: 'labels', code: 'option-invalid', params: { value: name } })));
    }
    for (const name of unknown) {
      const color = LABEL_PALETTE[this.#labels.size % LABEL_PALETTE.length]!;
      this.#labels.set(name, { name, color });
    }
    if (unknown.length) this.#emit({ type: 'labels-changed' });
    return unique;
  }

  #conversationsOf(id: string): ConversationSummary[] {
    return materialise(this.#conversations, this.#conversationsSeed, id);
  }

  #notesOf(id: string): Note[] {
    return materialise(this.#notes, this.#notesSeed, id);
  }
}

function materialise<T>(store: Map<string, T[]>, seed: PerContact<T> | undefined, id: string): T[] {
  let items = store.get(id);
  if (!items) {
    const seeded = typeof seed === 'function' ? seed(id) : seed?.[id];
    items = [...(seeded ?? [])];
    store.set(id, items);
  }
  return items;
}

function invalid(errors: readonly FieldError[], message = 'Invalid input'): SourceError {
  return new SourceError('invalid', { message, fieldErrors: errors });
}

function rank(reasons: readonly DuplicateReason[]): number {
  return reasons.includes('phone') ? 0 : reasons.includes('email') ? 1 : 2;
}

/** Whether an inbox can reach the contact: by phone, by email, or by the contact's id there. */
function canReach(contact: Contact, inbox: Inbox): boolean {
  if (PHONE_CHANNELS.has(inbox.channel)) return Boolean(contact.phone);
  if (inbox.channel === 'email') return Boolean(contact.email);
  return contact.channels.some((channel) => channel.channel === inbox.channel);
}

function defaultChannels(draft: ContactDraft): Contact['channels'] {
  return [
    ...(draft.phone ? [{ channel: 'phone' as const, identifier: draft.phone }] : []),
    ...(draft.email ? [{ channel: 'email' as const, identifier: draft.email }] : []),
  ];
}
