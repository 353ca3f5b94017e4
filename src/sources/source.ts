/**
 * The data-source contract: the one interface between the elements and a backend.
 *
 * Promise-based (a callback API let stale pages slip into Vaadin's grid, issue #6584). Every
 * method takes an optional AbortSignal; a superseded read is aborted and rejects with a
 * `SourceError` of kind `aborted`, which callers drop silently. Every failure is a `SourceError`.
 * Records handed out are treated as immutable: a change produces a new object.
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
} from '../model/contact.js';
import type { EditableField } from '../model/fields.js';
import { SORT_FIELDS, type ContactQuery, type SortField } from '../model/query.js';

export interface RequestOptions {
  readonly signal?: AbortSignal;
}

export interface PageRequest {
  /** Opaque cursor from the previous page's `nextCursor`; absent for the first page. */
  readonly cursor?: string;
  /** Wanted page size; a source may return fewer (never more). */
  readonly size: number;
}

export interface ContactPage {
  readonly items: readonly Contact[];
  /** Present when there are more items after this page. */
  readonly nextCursor?: string;
  /** Number of contacts matching the query, when the backend knows it. */
  readonly total?: number;
}

export interface BlockRequest {
  /** End of the block; `null` blocks forever. */
  readonly until: Date | null;
  readonly reason?: string;
}

/** For a merge: per field, which record's value survives. Unnamed fields keep the default. */
export type FieldChoices = Readonly<
  Partial<Record<EditableField | `attributes.${string}`, 'primary' | 'secondary'>>
>;

export const DUPLICATE_REASONS = ['phone', 'email', 'name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

export interface DuplicateCandidate {
  readonly contact: Contact;
  readonly reasons: readonly DuplicateReason[];
}

export interface SavedSegment {
  readonly id: string;
  readonly name: string;
  readonly query: ContactQuery;
}

/** A change made anywhere (another tab, another agent, this page): what `subscribe` reports. */
export type ContactChange =
  | { readonly type: 'created'; readonly contact: Contact }
  | { readonly type: 'updated'; readonly contact: Contact }
  | { readonly type: 'deleted'; readonly id: string }
  | { readonly type: 'merged'; readonly contact: Contact; readonly removedId: string }
  | { readonly type: 'labels-changed' }
  | { readonly type: 'notes-changed'; readonly contactId: string }
  | { readonly type: 'segments-changed' };

export type ContactChangeListener = (change: ContactChange) => void;

/**
 * What a backend can do. Elements hide what it cannot (no Delete button when `deleteContact`
 * is false; only "forever" when `timedBlock` is false) and say why where a person would wonder.
 *
 * The flags are the truth, whatever methods exist: a source that cannot do something rejects
 * the call with `forbidden` (a whole operation it lacks) or `invalid` (a part of it: an end time
 * without `timedBlock`, an unknown label without `createLabels`, a sort outside `sortFields`).
 */
export interface Capabilities {
  readonly createContact: boolean;
  readonly updateContact: boolean;
  readonly deleteContact: boolean;
  readonly block: boolean;
  /** Blocks with an end time; when false, a block with an `until` is rejected as `invalid`. */
  readonly timedBlock: boolean;
  readonly blockReason: boolean;
  readonly merge: boolean;
  /** Whether `mergeContacts` honours per-field choices. */
  readonly mergeFieldChoices: boolean;
  readonly editLabels: boolean;
  /** Whether `setContactLabels` may name labels that do not exist yet (they are created). */
  readonly createLabels: boolean;
  readonly notes: boolean;
  readonly deleteNotes: boolean;
  readonly conversations: boolean;
  readonly outboundInboxes: boolean;
  readonly duplicates: boolean;
  readonly segments: boolean;
  /** Whether `subscribe` delivers changes made elsewhere. */
  readonly live: boolean;
  /** Whether `ContactPage.total` is given; when false it is always absent. */
  readonly total: boolean;
  readonly sortFields: readonly SortField[];
}

export const FULL_CAPABILITIES: Capabilities = Object.freeze({
  createContact: true,
  updateContact: true,
  deleteContact: true,
  block: true,
  timedBlock: true,
  blockReason: true,
  merge: true,
  mergeFieldChoices: true,
  editLabels: true,
  createLabels: true,
  notes: true,
  deleteNotes: true,
  conversations: true,
  outboundInboxes: true,
  duplicates: true,
  segments: true,
  live: true,
  total: true,
  sortFields: SORT_FIELDS,
});

/**
 * A backend that only reads: nothing to write, no conversations, no live changes. The starting
 * point for a hand-written source (README, "Use your own backend"): spread it and switch on
 * what your API can do.
 */
export const READ_ONLY_CAPABILITIES: Capabilities = Object.freeze({
  ...(Object.fromEntries(Object.keys(FULL_CAPABILITIES).map((flag) => [flag, false])) as Record<keyof Capabilities, false>),
  total: true,
  sortFields: SORT_FIELDS,
});

export interface ContactSource {
  readonly capabilities: Capabilities;

  listContacts(query: ContactQuery, page: PageRequest, options?: RequestOptions): Promise<ContactPage>;
  getContact(id: string, options?: RequestOptions): Promise<Contact>;
  createContact(draft: ContactDraft, options?: RequestOptions): Promise<Contact>;
  updateContact(id: string, patch: ContactPatch, options?: RequestOptions): Promise<Contact>;
  deleteContact(id: string, options?: RequestOptions): Promise<void>;

  blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact>;
  unblockContact(id: string, options?: RequestOptions): Promise<Contact>;
  /** `primaryId` survives; `secondaryId` is deleted and its history moves to the primary. */
  mergeContacts(
    primaryId: string,
    secondaryId: string,
    choices?: FieldChoices,
    options?: RequestOptions,
  ): Promise<Contact>;

  listLabels(options?: RequestOptions): Promise<readonly Label[]>;
  /** Replaces the contact's labels. */
  setContactLabels(id: string, labels: readonly string[], options?: RequestOptions): Promise<Contact>;
  listAttributeDefinitions(options?: RequestOptions): Promise<readonly AttributeDefinition[]>;

  /** Newest activity first. */
  listConversations(id: string, options?: RequestOptions): Promise<readonly ConversationSummary[]>;
  /** Newest first. */
  listNotes(id: string, options?: RequestOptions): Promise<readonly Note[]>;
  addNote(id: string, text: string, options?: RequestOptions): Promise<Note>;
  deleteNote(id: string, noteId: string, options?: RequestOptions): Promise<void>;

  /** Inboxes through which an agent may write first to this contact ("New dialog"). */
  listOutboundInboxes(id: string, options?: RequestOptions): Promise<readonly Inbox[]>;

  /** Likely duplicates of a contact, best first (merge suggestions). */
  findDuplicates?(id: string, options?: RequestOptions): Promise<readonly DuplicateCandidate[]>;

  listSegments?(options?: RequestOptions): Promise<readonly SavedSegment[]>;
  saveSegment?(segment: { name: string; query: ContactQuery }, options?: RequestOptions): Promise<SavedSegment>;
  deleteSegment?(id: string, options?: RequestOptions): Promise<void>;

  /** Live changes made anywhere; returns the unsubscribe function. */
  subscribe?(listener: ContactChangeListener): () => void;
}
