import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { MutationController, type MutationResult } from '../../controllers/mutation-controller.js';
import { PanelController } from '../../controllers/panel-context.js';
import { SourceController } from '../../controllers/source-controller.js';
import type { AttributeDefinition, Contact, ContactDraft, ContactPatch, Inbox } from '../../model/contact.js';
import type { FieldError } from '../../model/field-error.js';
import { isBlocked, isMissingContactInfo } from '../../model/status.js';
import { safeLinkUrl } from '../../model/url.js';
import { validateContactPatch } from '../../model/validation.js';
import { isAbort, SourceError, toSourceError } from '../../sources/errors.js';
import type { ContactChange, ContactSource, DuplicateCandidate } from '../../sources/source.js';
import { formatDateTime, formatPhone } from '../../i18n/format.js';
import { contactFieldName, fieldErrorMessage, sourceErrorMessage } from '../../i18n/messages.js';
import { fireContactEvent } from '../events.js';
import { channelLabel } from '../shared/channel-icon.js';
import { fieldError, fieldErrorId } from '../shared/field-error.js';
import { icon } from '../shared/icons.js';
import { relativeTime } from '../shared/time.js';
import { dismissPair, isDismissed, mergeSuggestionBanner, pendingActionBanner } from './banners.js';
import { cardHeader } from './card-header.js';
import { deletedState, emptyState, errorState, loadingState, noSourceState, notFoundState } from './card-states.js';
import { copyText } from './clipboard.js';
import { contactCardStyles } from './contact-card.styles.js';
import { CreateFormController } from './create-form.js';
import { closeDeleteConfirmation, deleteConfirmation, showDeleteConfirmation } from './delete-confirmation.js';
import { fieldRow, type FieldRowHandlers, type FieldRowView } from './inline-field.js';
import { MenuButtonController, type MenuItem } from '../shared/menu-button.js';
import { newDialog } from './new-dialog.js';
import {
  applyPatch,
  attributeKeyOf,
  changes,
  draftOf,
  fieldDomId,
  patchFor,
  revertPatch,
  type EditableKey,
} from './patch.js';
import { attributeEditor, attributeValue, flag, inputEditor, languageName, regionName } from './values.js';

/** `view` shows a contact; `create` shows the form for a new one. */
export const CARD_MODES = ['view', 'create'] as const;
export type CardMode = (typeof CARD_MODES)[number];

/** An inline edit in progress: what the agent typed and, after a refusal, why. */
interface FieldEdit {
  readonly field: EditableKey;
  readonly draft: string;
  /** Our own validation's verdict. */
  readonly error?: FieldError | undefined;
  /** The source refused the save. */
  readonly failure?: SourceError | undefined;
}

/** A dialog element of this library (`<block-dialog>`, `<merge-dialog>`), as far as the card uses it. */
type LibraryDialog = HTMLElement & { show?: () => Promise<void> };

const COPIED_FOR_MS = 2000;

/**
 * Everything an agent needs about one contact, beside a conversation (a 280px sidebar) or on a
 * Contacts page: who they are, how to reach them, what we know, what happened before; and the
 * form that creates a contact.
 *
 * **Showing a contact.** Set `contact-id` (the card loads it), or the `contact` property (shown
 * as given). Inside a `<contact-source-provider>` without either, the card shows the contact
 * selected in the panel (a `<contact-list>` beside it). A new id cancels the previous load; a
 * late answer for an earlier id is never shown. Loading, not found, failure (with Retry when it
 * may help), no data source and "nothing selected" each have their own state.
 *
 * **Editing.** Name, email, phone, language, country and custom attributes are edited in place:
 * the pencil (shown on hover and focus) or Enter opens the editor; Enter or ✓ saves, Escape or ✗
 * cancels. Input is validated before it is sent, and errors sit under the field. A save shows
 * at once and is rolled back, with the reason, if the source refuses; what the agent typed is
 * kept. "This email belongs to …" links to that contact (`contact-select`) and offers to merge.
 *
 * **Actions.** New dialog (the inboxes that may write first; disabled with the reason when
 * none), edit, merge, block or unblock, delete (after a confirmation that names the contact).
 * Merge and block fire their cancelable `contact-*-request` first, then open `<merge-dialog>` or
 * `<block-dialog>` when the page defines them. Every change fires its event once the source
 * confirmed it.
 *
 * **Sections.** Labels, conversations and notes are `<contact-labels>`, `<contact-conversations>`
 * and `<contact-notes>`, given the card's contact and source.
 *
 * **Live.** With a live source, a change made elsewhere shows at once: a block from another tab,
 * a deletion ("This contact was deleted"), a merge (the card follows the surviving contact).
 *
 * **Creating.** `mode="create"` shows the form (name, email, phone, labels, attributes; email or
 * phone required; the phone normalised to E.164 as typed). On success the card fires
 * `contact-created` and shows the new contact; Cancel fires `contact-create-cancel`.
 *
 * ```html
 * <contact-card contact-id="c-42"></contact-card>
 * <contact-card mode="create"></contact-card>
 * ```
 *
 * @tagname contact-card
 * @summary A contact's details, inline editing, attributes, labels, conversations, notes, New
 * dialog and actions; also the form that creates a contact.
 *
 * @fires contact-updated - The source saved an edit (`detail.contact`, as returned).
 * @fires contact-created - The source created the contact from the create form (`detail.contact`).
 * @fires contact-create-cancel - The agent cancelled the create form (`detail.draft`: what was typed).
 * @fires contact-deleted - The source deleted the contact (`detail.contact`, as it was).
 * @fires contact-delete-request - The agent asked to delete; cancelable: `preventDefault()` to
 * confirm and delete in the host instead of the card's confirmation.
 * @fires contact-new-dialog - The agent chose an inbox to write first (`detail.contact`,
 * `detail.inbox`); cancelable.
 * @fires contact-merge-request - The agent asked to merge (`detail.contact`, `detail.other` when
 * known); cancelable: otherwise `<merge-dialog>` opens when defined.
 * @fires contact-block-request - The agent asked to block or unblock (`detail.action`);
 * cancelable: otherwise `<block-dialog>` opens when defined.
 * @fires contact-select - The agent followed a link to another contact (a conflict's owner).
 *
 * @csspart card - The card's box.
 * @csspart header - Avatar, name, flag, status and channels.
 * @csspart name - The contact's name.
 * @csspart flag - The country flag.
 * @csspart avatar - The avatar.
 * @csspart status-badge - The status.
 * @csspart channels - The channels the contact is reachable on.
 * @csspart actions-button - The ⋮ button that opens the actions menu.
 * @csspart actions-menu - The actions menu.
 * @csspart new-dialog - New dialog: the button, its reason or warning.
 * @csspart new-dialog-button - The New dialog button.
 * @csspart pending-action - The banner asking for an email or phone.
 * @csspart merge-suggestion - The banner suggesting a merge.
 * @csspart section - Each section (details, attributes, labels, conversations, notes).
 * @csspart field - A row of the details or attributes.
 * @csspart state - Loading, not found, error, no source, nothing selected, deleted.
 * @csspart delete-dialog - The delete confirmation.
 * @csspart create-form - The create form.
 * @csspart error - A source error block.
 *
 * @cssprop [--contact-surface] - The card's background.
 * @cssprop [--contact-text] - Text colour.
 * @cssprop [--contact-text-muted] - Field names, hints.
 * @cssprop [--contact-border] - Section dividers and the card's outline.
 * @cssprop [--contact-accent] - Primary buttons, links.
 * @cssprop [--contact-danger] - Errors, Delete.
 * @cssprop [--contact-warning] - The pending-action banner, the blocked warning.
 * @cssprop [--contact-space-m] - The card's inner spacing.
 * @cssprop [--contact-radius] - Corner radius.
 */
@localized()
export class ContactCard extends LitElement {
  static override styles = contactCardStyles;

  /** The contact to show, as given (wins over `contactId`). */
  @property({ attribute: false }) contact: Contact | undefined;

  /** The id of the contact to load and show. Without it (and `contact`), the panel's selection. */
  @property({ attribute: 'contact-id' }) contactId: string | undefined;

  /** The data source; without one, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false }) source: ContactSource | undefined;

  /** `view` a contact, or `create` one. */
  @property({ reflect: true }) mode: CardMode = 'view';

  /** Prefills the create form (say, from `contact-create-request`'s `detail.draft`). */
  @property({ attribute: false }) draft: Partial<ContactDraft> = {};

  /** @internal The clock, replaceable so stories and tests show fixed times. */
  @property({ attribute: false }) now: () => Date = () => this.#clock.now;

  /** @internal The contact as the card knows it: loaded, then edited, blocked, followed… */
  @state() private record: Contact | undefined;
  /** @internal */
  @state() private edit: FieldEdit | undefined;
  /** @internal Fields whose save the source has not answered yet. */
  @state() private saving: ReadonlySet<string> = new Set();
  /** @internal A contact deleted while shown (here or elsewhere). */
  @state() private deletedContact: Contact | undefined;
  /** @internal The panel's selection, followed when no `contactId` is set. */
  @state() private panelId: string | undefined;
  /** @internal The contact the delete confirmation is open for. */
  @state() private confirmingDelete: Contact | undefined;
  /** @internal The field whose value was just copied (its button shows a tick). */
  @state() private copiedField: string | undefined;
  /** @internal What the status region says ("Copied"). */
  @state() private announcement = '';
  /** @internal Bumped when a merge suggestion is dismissed. */
  @state() private dismissals = 0;

  readonly #sources = new SourceController(this, { onChange: (change) => this.#onSourceChange(change) });
  readonly #panel = new PanelController(this, { onSelection: (id) => (this.panelId = id) });
  // Re-renders once a minute: "3 minutes ago" stays true, a block that ran out shows as lifted.
  readonly #clock = new ClockController(this);
  readonly #edits = new MutationController(this);
  readonly #deletion = new MutationController(this);
  readonly #loader = new Task(this, {
    task: async ([source, id], { signal }) => (source && id !== undefined ? source.getContact(id, { signal }) : undefined),
    args: () => [this.#sources.source, this.contact ? undefined : this.#wantedId] as const,
    onComplete: (contact) => {
      if (contact) this.record = contact;
    },
  });
  readonly #definitions = new Task(this, {
    task: async ([source], { signal }) => (source ? source.listAttributeDefinitions({ signal }) : []),
    args: () => [this.#sources.source] as const,
  });
  readonly #inboxes = new Task(this, {
    task: async ([source, id], { signal }): Promise<{ id: string; inboxes: readonly Inbox[] } | undefined> => {
      if (!source || id === undefined || !source.capabilities.outboundInboxes) return undefined;
      return { id, inboxes: await source.listOutboundInboxes(id, { signal }) };
    },
    args: () => {
      const shown = this.#shown;
      return [this.#sources.source, shown?.id, shown?.email, shown?.phone, shown?.channels.length] as const;
    },
  });
  readonly #duplicates = new Task(this, {
    task: async ([source, id], { signal }): Promise<{ id: string; candidates: readonly DuplicateCandidate[] } | undefined> => {
      if (!source?.findDuplicates || id === undefined || !source.capabilities.duplicates) return undefined;
      return { id, candidates: await source.findDuplicates(id, { signal }) };
    },
    args: () => {
      const shown = this.#shown;
      return [this.#sources.source, shown?.id, shown?.email, shown?.phone, shown?.name] as const;
    },
  });
  readonly #actionsMenu = new MenuButtonController(this, { id: 'actions', onSelect: (id) => this.#onAction(id) });
  readonly #newDialogMenu = new MenuButtonController(this, { id: 'new-dialog', onSelect: (id) => this.#onInboxChosen(id) });
  readonly #addAttributeMenu = new MenuButtonController(this, {
    id: 'add-attribute',
    onSelect: (key) => this.#startEdit(`attributes.${key}`),
  });
  readonly #form = new CreateFormController(this, () => ({
    source: this.#sources.source,
    definitions: this.#definitions.value ?? [],
    active: this.mode === 'create',
    onCreated: (contact) => this.#onCreated(contact),
    onCancel: (draft) => {
      this.mode = 'view';
      fireContactEvent(this, 'contact-create-cancel', { draft });
    },
    onOpenContact: (id) => void this.#selectContact(id),
  }));
  /** Saves run one after another, each against the contact as the previous one left it. */
  #writes: Promise<unknown> = Promise.resolve();
  /** An element to focus once the next render is done (a CSS selector in the shadow root). */
  #focusAfterRender: string | undefined;
  #copiedTimer: ReturnType<typeof setTimeout> | undefined;
  #lastShownId: string | undefined;

  constructor() {
    super();
    // Changes confirmed by the dialogs and sections inside the card (they bubble through it).
    const adopt = (event: CustomEvent<{ contact: Contact }>) => this.#adopt(event.detail.contact);
    this.addEventListener('contact-blocked', adopt);
    this.addEventListener('contact-unblocked', adopt);
    this.addEventListener('contact-labels-changed', adopt);
    this.addEventListener('contact-merged', (event) => this.#onMerged(event.detail.contact, event.detail.removedId));
  }

  // Lifecycle ------------------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#copiedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') && this.contact) this.record = this.contact;
    const shownId = this.#shownId;
    if (shownId !== this.#lastShownId) {
      // Another contact: an edit or a confirmation for the previous one must not carry over.
      this.#lastShownId = shownId;
      this.edit = undefined;
      if (this.confirmingDelete && this.confirmingDelete.id !== shownId && !this.#deletion.pending) this.#closeDeleteConfirmation();
    }
    if ((changed.has('mode') || changed.has('draft')) && this.mode === 'create') this.#form.reset(this.draft);
  }

  protected override updated(): void {
    if (this.confirmingDelete) showDeleteConfirmation(this.renderRoot);
    const selector = this.#focusAfterRender;
    if (selector) {
      this.#focusAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  // Rendering ------------------------------------------------------------------------------------

  override render() {
    const now = this.now();
    return html`<div class="card" part="card">${this.#renderBody(now)}</div>
      ${deleteConfirmation(
        { contact: this.confirmingDelete, pending: this.#deletion.pending, error: this.#deletion.error },
        { onConfirm: () => void this.#confirmDelete(), onDismissed: () => (this.confirmingDelete = undefined) },
      )}
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div class="dialogs"></div>`;
  }

  #renderBody(now: Date): TemplateResult {
    const source = this.#sources.source;
    if (this.mode === 'create') return source ? this.#form.render() : noSourceState();
    const id = this.#shownId;
    if (id === undefined) return emptyState();
    if (this.deletedContact?.id === id) return deletedState();
    const contact = this.#shown;
    if (contact) return this.#renderContact(contact, source, now);
    if (!source) return noSourceState();
    if (this.#loader.status === TaskStatus.ERROR) {
      const error = toSourceError(this.#loader.error);
      if (error.kind === 'not-found') return notFoundState();
      if (!isAbort(error)) return errorState(error, () => void this.#loader.run());
    }
    return loadingState();
  }

  #renderContact(contact: Contact, source: ContactSource | undefined, now: Date): TemplateResult {
    const capabilities = source?.capabilities;
    const duplicates = this.#visibleDuplicates(contact);
    return html`<div class="layout">
      <div class="column column--main">
        ${cardHeader(contact, { now, actions: this.#renderActions(contact, source, now) })}
        ${isMissingContactInfo(contact) ? pendingActionBanner((field) => this.#startEdit(field), this.#canEdit) : nothing}
        ${duplicates.length
          ? mergeSuggestionBanner(
              duplicates,
              {
                onMerge: (candidate) => this.#requestMerge(contact, candidate.contact),
                onDismiss: (candidate) => {
                  dismissPair(contact.id, candidate.contact.id);
                  this.dismissals += 1;
                },
              },
              capabilities?.merge ?? false,
            )
          : nothing}
        ${capabilities?.outboundInboxes ? this.#renderNewDialog(contact, now) : nothing}
        <section class="section" part="section" aria-labelledby="details-heading">
          <h3 class="section-title" id="details-heading">${msg('Details', { id: 'card.details' })}</h3>
          <dl class="field-list">${this.#detailRows(contact).map((view) => fieldRow(view, this.#rowHandlers))}</dl>
        </section>
        ${this.#renderAttributes(contact, now)}
      </div>
      <div class="column column--side">
        <section class="section" part="section" aria-labelledby="labels-heading">
          <h3 class="section-title" id="labels-heading">${contactFieldName('labels')}</h3>
          <contact-labels .contact=${contact} .source=${source}></contact-labels>
        </section>
        ${capabilities?.conversations !== false
          ? html`<section class="section" part="section" aria-labelledby="conversations-heading">
              <h3 class="section-title" id="conversations-heading">${msg('Conversations', { id: 'card.conversations' })}</h3>
              <contact-conversations .contact=${contact} .source=${source} .now=${this.now}></contact-conversations>
            </section>`
          : nothing}
        ${capabilities?.notes !== false
          ? html`<section class="section" part="section" aria-labelledby="notes-heading">
              <h3 class="section-title" id="notes-heading">${msg('Notes', { id: 'card.notes' })}</h3>
              <contact-notes .contact=${contact} .source=${source} .now=${this.now}></contact-notes>
            </section>`
          : nothing}
      </div>
    </div>`;
  }

  #renderActions(contact: Contact, source: ContactSource | undefined, now: Date): TemplateResult | typeof nothing {
    const items = this.#actionItems(contact, source, now);
    if (!items.length) return nothing;
    return html`<div class="menu-anchor actions">
      ${this.#actionsMenu.renderButton(html`${icon('more')}`, {
        className: 'icon-button',
        label: msg('Contact actions', { id: 'card.actions' }),
        part: 'actions-button',
      })}
      ${this.#actionsMenu.renderMenu(items, { part: 'actions-menu' })}
    </div>`;
  }

  #actionItems(contact: Contact, source: ContactSource | undefined, now: Date): MenuItem[] {
    const capabilities = source?.capabilities;
    if (!capabilities) return [];
    const items: MenuItem[] = [];
    if (capabilities.updateContact) items.push({ id: 'edit', label: msg('Edit', { id: 'card.action.edit' }), icon: icon('pencil') });
    if (capabilities.merge) items.push({ id: 'merge', label: msg('Merge with…', { id: 'card.action.merge' }), icon: icon('merge') });
    if (capabilities.block) {
      items.push(
        isBlocked(contact, now)
          ? { id: 'unblock', label: msg('Unblock…', { id: 'card.action.unblock' }), icon: icon('block') }
          : { id: 'block', label: msg('Block…', { id: 'card.action.block' }), icon: icon('block') },
      );
    }
    if (capabilities.deleteContact) {
      items.push({ id: 'delete', label: msg('Delete…', { id: 'card.action.delete' }), icon: icon('trash'), danger: true, separated: items.length > 0 });
    }
    return items;
  }

  #renderNewDialog(contact: Contact, now: Date): TemplateResult {
    const task = this.#inboxes;
    const value = task.value?.id === contact.id ? task.value.inboxes : undefined;
    const failed = task.status === TaskStatus.ERROR ? toSourceError(task.error) : undefined;
    return newDialog(
      {
        contact,
        inboxes: task.status === TaskStatus.PENDING && !value ? undefined : value,
        error: failed && !isAbort(failed) ? failed : undefined,
        now,
      },
      this.#newDialogMenu,
    );
  }

  #renderAttributes(contact: Contact, now: Date): TemplateResult {
    const definitions = this.#definitions.value ?? [];
    const shownCustom = definitions.filter(
      (definition) => contact.attributes[definition.key] !== undefined || this.edit?.field === `attributes.${definition.key}`,
    );
    const unknownKeys = Object.keys(contact.attributes).filter((key) => !definitions.some((definition) => definition.key === key));
    const addable = definitions.filter((definition) => !shownCustom.includes(definition));
    return html`<section class="section" part="section" aria-labelledby="attributes-heading">
      <div class="section-header">
        <h3 class="section-title" id="attributes-heading">${msg('Attributes', { id: 'card.attributes' })}</h3>
        ${this.#canEdit && addable.length
          ? html`<div class="menu-anchor">
              ${this.#addAttributeMenu.renderButton(html`${icon('plus')}<span>${msg('Add attribute', { id: 'card.add-attribute' })}</span>`, {
                className: 'button button--quiet',
              })}
              ${this.#addAttributeMenu.renderMenu(addable.map((definition) => ({ id: definition.key, label: definition.displayName, hint: definition.description })))}
            </div>`
          : nothing}
      </div>
      <dl class="field-list">
        ${this.#systemRows(contact, now).map((view) => fieldRow(view, this.#rowHandlers))}
        ${shownCustom.map((definition) => fieldRow(this.#attributeRow(contact, definition), this.#rowHandlers))}
        ${unknownKeys.map((key) =>
          fieldRow(
            {
              field: `attributes.${key}`,
              id: fieldDomId(`attributes.${key}`),
              label: key,
              display: attributeValue(undefined, contact.attributes[key]!),
              editable: false,
            },
            this.#rowHandlers,
          ),
        )}
      </dl>
    </section>`;
  }

  // Rows -----------------------------------------------------------------------------------------

  #detailRows(contact: Contact): FieldRowView[] {
    const email = contact.email;
    const phone = contact.phone;
    const emailHref = email ? safeLinkUrl(`mailto:${email}`) : undefined;
    const phoneHref = phone ? safeLinkUrl(`tel:${phone}`) : undefined;
    return [
      this.#row('name', contact.name.trim() ? html`<bdi>${contact.name}</bdi>` : undefined, {
        editor: (options) => inputEditor('text', { ...options, autocomplete: 'off' }),
      }),
      this.#row(
        'email',
        email
          ? emailHref
            ? html`<a class="link" href=${emailHref} dir="ltr">${email}</a>`
            : html`<span dir="ltr">${email}</span>`
          : undefined,
        { copyText: email, editor: (options) => inputEditor('email', options) },
      ),
      this.#row(
        'phone',
        phone
          ? phoneHref
            ? html`<a class="link" href=${phoneHref} dir="ltr">${formatPhone(phone)}</a>`
            : html`<span dir="ltr">${formatPhone(phone)}</span>`
          : undefined,
        { copyText: phone, editor: (options) => inputEditor('tel', { ...options, placeholder: '+380 67 123 4567' }) },
      ),
    ];
  }

  #systemRows(contact: Contact, now: Date): FieldRowView[] {
    const readOnly = (field: string, label: string, display: TemplateResult | undefined): FieldRowView => ({
      field,
      id: fieldDomId(field),
      label,
      display,
      editable: false,
    });
    return [
      this.#row(
        'language',
        contact.language ? html`${languageName(contact.language)} <span class="code" dir="ltr">(${contact.language})</span>` : undefined,
        { editor: (options) => inputEditor('text', { ...options, placeholder: 'uk, en-US' }) },
      ),
      this.#row('country', contact.country ? html`${flag(contact.country)} ${regionName(contact.country)}` : undefined, {
        editor: (options) => inputEditor('text', { ...options, placeholder: 'UA' }),
      }),
      readOnly(
        'sourceChannel',
        msg('Source channel', { id: 'card.source-channel', desc: 'The channel of the first conversation.' }),
        contact.sourceChannel ? channelLabel(contact.sourceChannel) : undefined,
      ),
      readOnly('createdAt', msg('Created', { id: 'card.created' }), html`${formatDateTime(contact.createdAt)}`),
      readOnly(
        'lastActivityAt',
        msg('Last activity', { id: 'card.last-activity' }),
        contact.lastActivityAt
          ? relativeTime(contact.lastActivityAt, { now })
          : html`<span class="value-empty">${msg('No activity yet', { id: 'card.no-activity' })}</span>`,
      ),
    ];
  }

  #attributeRow(contact: Contact, definition: AttributeDefinition): FieldRowView {
    const field = `attributes.${definition.key}` as const;
    const value = contact.attributes[definition.key];
    return this.#row(field, value === undefined ? undefined : attributeValue(definition, value), {
      label: definition.displayName,
      clearable: value !== undefined,
      copyText: definition.type === 'link' && typeof value === 'string' ? value : undefined,
      editor: (options) => attributeEditor(definition, options),
    });
  }

  /** A row that may be edited inline: its editor when edited, its error under it. */
  #row(
    field: EditableKey,
    display: TemplateResult | undefined,
    options: {
      label?: string;
      copyText?: string | undefined;
      clearable?: boolean;
      editor: (options: Parameters<typeof inputEditor>[1]) => TemplateResult;
    },
  ): FieldRowView {
    const id = fieldDomId(field);
    const label = options.label ?? contactFieldName(field as 'name');
    const edit = this.edit?.field === field ? this.edit : undefined;
    const inputId = `${id}-input`;
    const error = edit ? this.#editError(edit, inputId) : undefined;
    return {
      field,
      id,
      label,
      display,
      copyText: options.copyText,
      copied: this.copiedField === field,
      editable: this.#canEdit,
      clearable: this.#canEdit && (options.clearable ?? false),
      saving: this.saving.has(field),
      editor: edit
        ? options.editor({
            id: inputId,
            value: edit.draft,
            labelledBy: `${id}-label`,
            invalid: error ? 'true' : 'false',
            describedBy: error ? fieldErrorId(inputId) : undefined,
            onInput: (value) => {
              if (this.edit?.field === field) this.edit = { field, draft: value };
            },
          })
        : undefined,
      error: error ?? nothing,
    };
  }

  /** Why the edit failed, under its input; a conflict names the other contact, with a merge offer. */
  #editError(edit: FieldEdit, inputId: string): TemplateResult | undefined {
    if (edit.error) return fieldError(inputId, edit.error).message as TemplateResult;
    const failure = edit.failure;
    if (!failure) return undefined;
    const conflict = failure.conflicts.find((c) => c.field === edit.field) ?? failure.conflicts[0];
    const taken = failure.fieldErrors.find((e) => e.field === edit.field && e.code === 'taken');
    const otherId = conflict?.contactId ?? (taken?.params?.['contactId'] as string | undefined);
    if (failure.kind === 'conflict' && otherId) {
      const name = conflict?.contactName || String(taken?.params?.['contactName'] ?? '') || otherId;
      const canMerge = this.#sources.source?.capabilities.merge ?? false;
      return html`<div class="field-error conflict" id=${fieldErrorId(inputId)}>
        ${icon('alert')}
        <span
          >${edit.field === 'phone'
            ? msg('This phone number belongs to', { id: 'card.conflict.phone-belongs' })
            : msg('This email address belongs to', { id: 'card.conflict.email-belongs' })}
          <button type="button" class="link-button" data-action="open-conflict" @click=${() => void this.#selectContact(otherId)}>
            <bdi>${name}</bdi>
          </button></span
        >
        ${canMerge
          ? html`<button type="button" class="button button--secondary conflict-merge" data-action="merge-conflict" @click=${() => void this.#mergeWith(otherId)}>
              ${icon('merge')}<span>${msg(str`Merge with ${name}`, { id: 'card.conflict.merge' })}</span>
            </button>`
          : nothing}
      </div>`;
    }
    const own = failure.fieldErrors.find((e) => e.field === edit.field);
    const text = own ? fieldErrorMessage(own) : sourceErrorMessage(failure);
    return fieldError(inputId, text).message as TemplateResult;
  }

  readonly #rowHandlers: FieldRowHandlers = {
    onEdit: (field) => this.#startEdit(field as EditableKey),
    onSave: () => void this.#saveEdit(),
    onCancel: () => this.#cancelEdit(),
    onCopy: (field, text) => void this.#copy(field, text),
    onClear: (field) => void this.#clear(field as EditableKey),
  };

  // Derived state --------------------------------------------------------------------------------

  /** The id the card should show: the host's, else the panel's selection. */
  get #wantedId(): string | undefined {
    // An empty attribute (`contact-id=""`, a host binding "no selection") means none.
    return this.contactId || this.panelId || undefined;
  }

  get #shownId(): string | undefined {
    return this.contact?.id ?? this.#wantedId;
  }

  /** The contact on screen: the record, when it is the one asked for (never an earlier one). */
  get #shown(): Contact | undefined {
    const id = this.#shownId;
    return id !== undefined && this.record?.id === id && this.deletedContact?.id !== id ? this.record : undefined;
  }

  get #canEdit(): boolean {
    return this.#sources.source?.capabilities.updateContact ?? false;
  }

  #visibleDuplicates(contact: Contact): readonly DuplicateCandidate[] {
    void this.dismissals;
    const value = this.#duplicates.value;
    if (!value || value.id !== contact.id) return [];
    return value.candidates.filter((candidate) => !isDismissed(contact.id, candidate.contact.id));
  }

  // Editing --------------------------------------------------------------------------------------

  #startEdit(field: EditableKey): void {
    const contact = this.#shown;
    if (!contact || !this.#canEdit) return;
    this.edit = { field, draft: draftOf(contact, field) };
    this.#focusAfterRender = `#${fieldDomId(field)}-input`;
  }

  #cancelEdit(): void {
    const field = this.edit?.field;
    if (!field) return;
    this.edit = undefined;
    this.#focusAfterRender = `#${fieldDomId(field)}-edit`;
  }

  async #saveEdit(): Promise<void> {
    const edit = this.edit;
    const contact = this.#shown;
    if (!edit || !contact) return;
    const checked = validateContactPatch(patchFor(edit.field, edit.draft), contact, this.#definitions.value ?? []);
    if (!checked.ok) {
      const error = checked.errors.find((e) => e.field === edit.field) ?? checked.errors[0];
      this.edit = { ...edit, error };
      return;
    }
    this.edit = undefined;
    this.#focusAfterRender = `#${fieldDomId(edit.field)}-edit`;
    if (!changes(contact, checked.value)) return;
    await this.#commit(contact, edit.field, checked.value, edit.draft);
  }

  /** Clears a custom attribute (a patch with null). */
  async #clear(field: EditableKey): Promise<void> {
    const contact = this.#shown;
    const key = attributeKeyOf(field);
    if (!contact || key === undefined || contact.attributes[key] === undefined) return;
    if (this.edit?.field === field) this.edit = undefined;
    // The row goes away: focus the section's heading rather than losing focus to the page.
    this.#focusAfterRender = '#attributes-heading';
    await this.#commit(contact, field, { attributes: { [key]: null } }, draftOf(contact, field));
  }

  /**
   * Shows `patch` at once, then asks the source. On success the source's record replaces it and
   * `contact-updated` fires; on refusal the patched fields go back and the editor reopens with
   * `draft` (what the agent typed) and the reason.
   */
  async #commit(contact: Contact, field: EditableKey, patch: ContactPatch, draft: string): Promise<void> {
    const source = this.#sources.source;
    if (!source) return;
    this.record = applyPatch(contact, patch);
    this.saving = new Set([...this.saving, field]);
    const result = await this.#enqueue(() => source.updateContact(contact.id, patch));
    this.saving = new Set([...this.saving].filter((f) => f !== field));
    if (result.ok) {
      if (this.record?.id === contact.id) this.record = result.value;
      fireContactEvent(this, 'contact-updated', { contact: result.value });
      return;
    }
    if (isAbort(result.error) || this.record?.id !== contact.id) return;
    this.record = revertPatch(this.record, contact, patch);
    this.edit = { field, draft, failure: result.error };
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    // Back into the editor, unless the agent has moved on to something else meanwhile.
    if (!active || active.id === `${fieldDomId(field)}-edit` || active.closest(`[data-field='${field}']`)) {
      this.#focusAfterRender = `#${fieldDomId(field)}-input`;
    }
  }

  #enqueue<T>(write: () => Promise<T>): Promise<MutationResult<T>> {
    const run = this.#writes.then(() => this.#edits.run(write));
    this.#writes = run;
    return run.then((result) => result ?? { ok: false, error: new SourceError('aborted') });
  }

  // Other actions --------------------------------------------------------------------------------

  async #copy(field: string, text: string): Promise<void> {
    const copied = await copyText(text);
    this.announcement = '';
    await this.updateComplete;
    this.announcement = copied ? msg('Copied', { id: 'card.copied' }) : msg('Could not copy', { id: 'card.copy-failed' });
    this.copiedField = copied ? field : undefined;
    clearTimeout(this.#copiedTimer);
    this.#copiedTimer = setTimeout(() => {
      this.copiedField = undefined;
      this.announcement = '';
    }, COPIED_FOR_MS);
  }

  #onAction(id: string): void {
    const contact = this.#shown;
    if (!contact) return;
    switch (id) {
      case 'edit':
        this.#startEdit('name');
        break;
      case 'merge':
        this.#requestMerge(contact);
        break;
      case 'block':
      case 'unblock':
        this.#requestBlock(contact, id);
        break;
      case 'delete':
        this.#requestDelete(contact);
        break;
    }
  }

  #onInboxChosen(inboxId: string): void {
    const contact = this.#shown;
    const inbox = this.#inboxes.value?.inboxes.find((candidate) => candidate.id === inboxId);
    if (contact && inbox) fireContactEvent(this, 'contact-new-dialog', { contact, inbox });
  }

  #requestMerge(contact: Contact, other?: Contact): void {
    if (!fireContactEvent(this, 'contact-merge-request', other ? { contact, other } : { contact })) return;
    this.#openDialog('merge-dialog', other ? { contact, otherContact: other } : { contact });
  }

  #requestBlock(contact: Contact, action: 'block' | 'unblock'): void {
    if (!fireContactEvent(this, 'contact-block-request', { contact, action })) return;
    this.#openDialog('block-dialog', { contact });
  }

  /** Opens one of the library's dialogs when the page defines it, inside the card's shadow root. */
  #openDialog(tag: 'block-dialog' | 'merge-dialog', properties: Record<string, unknown>): void {
    const Dialog = customElements.get(tag);
    const container = this.renderRoot.querySelector('.dialogs');
    if (!Dialog || !container) return;
    const dialog = new Dialog() as LibraryDialog;
    Object.assign(dialog, properties, { source: this.#sources.source });
    dialog.addEventListener('contact-dialog-closed', () => dialog.remove(), { once: true });
    container.append(dialog);
    void dialog.show?.();
  }

  /** Follows a conflict's link: the agent chose the contact who has that email or phone. */
  async #selectContact(id: string): Promise<void> {
    const contact = await this.#fetchContact(id);
    if (contact) fireContactEvent(this, 'contact-select', { contact });
  }

  async #mergeWith(otherId: string): Promise<void> {
    const contact = this.#shown;
    const other = await this.#fetchContact(otherId);
    if (contact && other) this.#requestMerge(contact, other);
  }

  async #fetchContact(id: string): Promise<Contact | undefined> {
    try {
      return await this.#sources.source?.getContact(id);
    } catch (error) {
      this.announcement = sourceErrorMessage(toSourceError(error));
      return undefined;
    }
  }

  #requestDelete(contact: Contact): void {
    if (!fireContactEvent(this, 'contact-delete-request', { contact })) return;
    this.#deletion.clearError();
    this.confirmingDelete = contact;
  }

  async #confirmDelete(): Promise<void> {
    const contact = this.confirmingDelete;
    const source = this.#sources.source;
    if (!contact || !source) return;
    const result = await this.#deletion.run(() => source.deleteContact(contact.id));
    if (!result?.ok) return;
    await closeDeleteConfirmation(this.renderRoot);
    this.confirmingDelete = undefined;
    this.deletedContact = contact;
    this.edit = undefined;
    this.#focusAfterRender = '.state-title';
    fireContactEvent(this, 'contact-deleted', { contact });
  }

  #closeDeleteConfirmation(): void {
    void closeDeleteConfirmation(this.renderRoot);
    this.confirmingDelete = undefined;
  }

  #onCreated(contact: Contact): void {
    this.mode = 'view';
    this.#showContact(contact);
    this.#focusAfterRender = '#contact-name';
    fireContactEvent(this, 'contact-created', { contact });
  }

  /** Shows `contact` from now on, the way the card was told what to show. */
  #showContact(contact: Contact): void {
    if (this.contact) this.contact = contact;
    else if (!this.contactId && this.#panel.state) this.panelId = contact.id;
    else this.contactId = contact.id;
    this.record = contact;
    this.deletedContact = undefined;
  }

  // Live changes ---------------------------------------------------------------------------------

  #onSourceChange(change: ContactChange): void {
    const record = this.record;
    switch (change.type) {
      case 'updated':
        this.#adopt(change.contact);
        break;
      case 'deleted':
        if (record && change.id === record.id) {
          this.deletedContact = record;
          this.edit = undefined;
        } else if (this.#duplicates.value?.candidates.some((candidate) => candidate.contact.id === change.id)) {
          void this.#duplicates.run();
        }
        break;
      case 'merged':
        this.#onMerged(change.contact, change.removedId);
        break;
      default:
        break;
    }
  }

  /** A newer version of the contact on screen, confirmed by the source. */
  #adopt(contact: Contact): void {
    if (this.record?.id === contact.id) this.record = contact;
  }

  #onMerged(survivor: Contact, removedId: string): void {
    const record = this.record;
    if (!record) return;
    if (record.id === removedId) {
      this.edit = undefined;
      this.#showContact(survivor);
    } else if (record.id === survivor.id) {
      this.record = survivor;
      void this.#duplicates.run();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCard;
  }
}
