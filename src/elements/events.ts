/**
 * The library's event vocabulary: every `contact-*` event, its detail, and one way to fire it.
 *
 * Hosts listen with full types, on an element, a panel around it, or the document (the events
 * bubble and cross shadow roots):
 *
 * ```ts
 * list.addEventListener('contact-select', (event) => card.contact = event.detail.contact);
 * card.addEventListener('contact-new-dialog', (event) => {
 *   event.preventDefault(); // "handled": the card does nothing more
 *   composer.open(event.detail.contact, event.detail.inbox);
 * });
 * ```
 *
 * Elements fire them with `fireContactEvent(this, 'contact-blocked', { contact })`. Whether an
 * event is cancelable is part of the vocabulary (`CANCELABLE_CONTACT_EVENTS`), not a choice at
 * each call, so every element agrees. Rules (DESIGN.md):
 * - an event reports what a person did; setting a property from code never fires one;
 * - change events (`contact-created`, `-updated`, `-blocked`, …) fire after the source has
 *   confirmed the change, with the record as the source returned it;
 * - bulk actions fire one change event per contact, like `ContactSource.subscribe`;
 * - `*-request` events are cancelable: an element fires one before doing the thing itself
 *   (opening `<block-dialog>`, `<merge-dialog>`, its delete confirmation). `preventDefault()`
 *   means "the host handles it": the element then does nothing more. When the dialog element
 *   is not defined on the page, the request is all that happens, so a host that does not load
 *   the dialogs handles the requests instead.
 */
import type { Contact, ContactDraft, ConversationSummary, Inbox, Note } from '../model/contact.js';
import type { ContactQuery } from '../model/query.js';

/** A person chose a contact (a row in `<contact-list>`, a link to another contact in the card). */
export interface ContactSelectDetail {
  readonly contact: Contact;
}

/** `<contact-filter>`'s query changed through the UI (typing, chips, conditions, a segment). */
export interface ContactQueryChangeDetail {
  readonly query: ContactQuery;
}

/** The visible columns of `<contact-list>`, in order, after a person changed them. */
export interface ContactColumnsChangeDetail {
  readonly columns: readonly string[];
}

/**
 * A person asked to create a contact (the empty list's "Create contact"): the host shows a
 * create form, usually `<contact-card>` in create mode. `draft` prefills it (say, the search
 * text as the name) and may be empty.
 */
export interface ContactCreateRequestDetail {
  readonly draft: Partial<ContactDraft>;
}

/**
 * `contact-create-cancel`: the agent cancelled a create form (`<contact-card mode="create">`).
 * `draft` is what was typed, so a host can keep it; the card goes back to showing a contact.
 */
export interface ContactCreateCancelDetail {
  readonly draft: Partial<ContactDraft>;
}

/** The contact as the source returned it after the change. */
export interface ContactDetail {
  readonly contact: Contact;
}

/** `contact-merged`: `contact` survived, the contact with `removedId` was merged into it and deleted. */
export interface ContactMergedDetail {
  readonly contact: Contact;
  readonly removedId: string;
}

/**
 * `contact-new-dialog`: the agent wants to write first to `contact` through `inbox`. The host
 * opens its composer; `preventDefault()` tells the card it was handled.
 */
export interface ContactNewDialogDetail {
  readonly contact: Contact;
  readonly inbox: Inbox;
}

/** `contact-conversation-open`: the agent activated one of the contact's conversations. */
export interface ContactConversationOpenDetail {
  readonly contact: Contact;
  readonly conversation: ConversationSummary;
}

/** `contact-labels-changed`: the contact's labels after the change, and what changed. */
export interface ContactLabelsChangedDetail {
  readonly contact: Contact;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** `contact-note-added` / `contact-note-deleted`: the note (as it was, when deleted). */
export interface ContactNoteDetail {
  readonly contactId: string;
  readonly note: Note;
}

/**
 * `contact-block-request`: a person asked to block (or unblock) `contact`. Fired before the
 * element opens `<block-dialog>`; `preventDefault()` to handle it yourself.
 */
export interface ContactBlockRequestDetail {
  readonly contact: Contact;
  readonly action: 'block' | 'unblock';
}

/**
 * `contact-merge-request`: a person asked to merge `contact` with another: `other` is known when
 * two contacts were selected in the list, absent when the agent still has to choose one.
 * Fired before the element opens `<merge-dialog>`; `preventDefault()` to handle it yourself.
 */
export interface ContactMergeRequestDetail {
  readonly contact: Contact;
  readonly other?: Contact;
}

/**
 * `contact-delete-request`: a person asked to delete `contact`. Fired before the element shows
 * its own confirmation; `preventDefault()` to confirm and delete in the host instead.
 */
export interface ContactDeleteRequestDetail {
  readonly contact: Contact;
}

/** Every `contact-*` event and the type of its `detail`. */
export interface ContactEventDetailMap {
  'contact-select': ContactSelectDetail;
  'contact-query-change': ContactQueryChangeDetail;
  'contact-columns-change': ContactColumnsChangeDetail;
  'contact-create-request': ContactCreateRequestDetail;
  'contact-create-cancel': ContactCreateCancelDetail;
  'contact-created': ContactDetail;
  'contact-updated': ContactDetail;
  /** `contact` as it was before it was deleted. */
  'contact-deleted': ContactDetail;
  'contact-blocked': ContactDetail;
  'contact-unblocked': ContactDetail;
  'contact-merged': ContactMergedDetail;
  'contact-new-dialog': ContactNewDialogDetail;
  'contact-conversation-open': ContactConversationOpenDetail;
  'contact-labels-changed': ContactLabelsChangedDetail;
  'contact-note-added': ContactNoteDetail;
  'contact-note-deleted': ContactNoteDetail;
  'contact-block-request': ContactBlockRequestDetail;
  'contact-merge-request': ContactMergeRequestDetail;
  'contact-delete-request': ContactDeleteRequestDetail;
}

export type ContactEventName = keyof ContactEventDetailMap;

/** The event object a listener receives: `ContactEvent<'contact-select'>`. */
export type ContactEvent<K extends ContactEventName> = CustomEvent<ContactEventDetailMap[K]>;

/** Events a host may veto or take over with `preventDefault()`. */
export const CANCELABLE_CONTACT_EVENTS: ReadonlySet<ContactEventName> = new Set<ContactEventName>([
  'contact-new-dialog',
  'contact-block-request',
  'contact-merge-request',
  'contact-delete-request',
]);

/**
 * Dispatches `type` from `target` as a `CustomEvent` that bubbles out of shadow roots
 * (`bubbles` and `composed`), cancelable when the vocabulary says so. Returns false when a
 * listener called `preventDefault()` on a cancelable event (the host took it over), else true.
 */
export function fireContactEvent<K extends ContactEventName>(
  target: EventTarget,
  type: K,
  detail: ContactEventDetailMap[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: CANCELABLE_CONTACT_EVENTS.has(type) }),
  );
}

declare global {
  // GlobalEventHandlersEventMap is what HTMLElementEventMap, DocumentEventMap and
  // WindowEventMap extend: listeners on an element, the document and the window are all typed.
  interface GlobalEventHandlersEventMap {
    'contact-select': ContactEvent<'contact-select'>;
    'contact-query-change': ContactEvent<'contact-query-change'>;
    'contact-columns-change': ContactEvent<'contact-columns-change'>;
    'contact-create-request': ContactEvent<'contact-create-request'>;
    'contact-create-cancel': ContactEvent<'contact-create-cancel'>;
    'contact-created': ContactEvent<'contact-created'>;
    'contact-updated': ContactEvent<'contact-updated'>;
    'contact-deleted': ContactEvent<'contact-deleted'>;
    'contact-blocked': ContactEvent<'contact-blocked'>;
    'contact-unblocked': ContactEvent<'contact-unblocked'>;
    'contact-merged': ContactEvent<'contact-merged'>;
    'contact-new-dialog': ContactEvent<'contact-new-dialog'>;
    'contact-conversation-open': ContactEvent<'contact-conversation-open'>;
    'contact-labels-changed': ContactEvent<'contact-labels-changed'>;
    'contact-note-added': ContactEvent<'contact-note-added'>;
    'contact-note-deleted': ContactEvent<'contact-note-deleted'>;
    'contact-block-request': ContactEvent<'contact-block-request'>;
    'contact-merge-request': ContactEvent<'contact-merge-request'>;
    'contact-delete-request': ContactEvent<'contact-delete-request'>;
  }
}
