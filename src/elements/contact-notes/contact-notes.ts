import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { ContactSubjectController } from '../../controllers/contact-subject.js';
import { MutationController } from '../../controllers/mutation-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import type { Contact, Note } from '../../model/contact.js';
import { toSourceError } from '../../sources/errors.js';
import type { ContactChange, ContactSource } from '../../sources/source.js';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { fireContactEvent } from '../events.js';
import { avatar, avatarStyles } from '../shared/avatar.js';
import { fieldError, fieldErrorStyles } from '../shared/field-error.js';
import { icon, iconStyles } from '../shared/icons.js';
import { sourceErrorBlock, sourceErrorStyles } from '../shared/source-error.js';
import { relativeTime, timeStyles } from '../shared/time.js';
import { styles } from './contact-notes.styles.js';

const TEXTAREA_ID = 'note-text';

/** Whether the keyboard shortcut is written with ⌘ (Apple) or Ctrl. */
const APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform);

/**
 * A contact's notes, newest first: who wrote each and when, the text exactly as written (line
 * breaks kept, never read as markup), long notes folded behind "Show more". Agents add notes
 * (Ctrl+Enter or ⌘+Enter submits; an empty note is refused with a message; a failed save
 * keeps the text) and delete them after an inline confirmation.
 *
 * Deleting asks "Delete this note?" in place of the note's Delete button, with focus on Cancel
 * (the safe choice for a key pressed twice); Escape or Cancel returns focus to the note's
 * Delete button; after a deletion focus moves to the next note's Delete button (else the
 * previous one, else the new-note text box). Inline rather than a modal dialog: the question
 * sits next to the note it is about, and a sidebar keeps its context.
 *
 * What the source cannot do is hidden: no delete buttons without `capabilities.deleteNotes`;
 * without `capabilities.notes` only a short note saying notes are not available here.
 *
 * ```html
 * <contact-notes contact-id="c42"></contact-notes>
 * ```
 *
 * @tagname contact-notes
 * @summary A contact's notes: newest first with author and time, add with Ctrl/⌘+Enter, delete with confirmation.
 *
 * @fires {ContactEvent<'contact-note-added'>} contact-note-added - After the source saved a new
 * note: `{contactId, note}`.
 * @fires {ContactEvent<'contact-note-deleted'>} contact-note-deleted - After the source deleted a
 * note: `{contactId, note}` (the note as it was).
 *
 * @csspart composer - The form to add a note.
 * @csspart textarea - The new note's text box.
 * @csspart add-button - The button that adds the note.
 * @csspart notes - The list of notes.
 * @csspart note - One note.
 * @csspart note-text - A note's text.
 * @csspart avatar - The author's avatar.
 * @csspart time - When the note was written.
 * @csspart error - Why loading or saving failed.
 *
 * @cssprop --contact-surface-hover - A note's background.
 */
@localized()
export class ContactNotes extends LitElement {
  static override styles = [
    sharedStyles,
    controls,
    iconStyles,
    avatarStyles,
    timeStyles,
    sourceErrorStyles,
    fieldErrorStyles,
    styles,
  ];

  /** The contact whose notes to show. Wins over `contact-id`. */
  @property({ attribute: false })
  contact: Contact | undefined;

  /** The id of the contact whose notes to show, when `contact` is not set. */
  @property({ attribute: 'contact-id' })
  contactId: string | undefined;

  /** The data source; without it, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false })
  source: ContactSource | undefined;

  /** @internal */
  readonly #sources = new SourceController(this, { onChange: (change) => this.#onChange(change) });
  /** @internal */
  readonly #subject = new ContactSubjectController(this, this.#sources);
  /** Keeps "3 minutes ago" true while the element stays on screen. @internal */
  readonly #clock = new ClockController(this);
  /** @internal The clock, replaceable so stories and tests show fixed times (the card passes its own). */
  @property({ attribute: false }) now: () => Date = () => this.#clock.now;
  /** @internal */
  readonly #notes = new Task(this, {
    task: async ([source, id, available], { signal }) => {
      if (!source || id === undefined || !available) return [];
      return source.listNotes(id, { signal });
    },
    args: () => [this.#sources.source, this.#subject.id, this.#sources.source?.capabilities.notes ?? false] as const,
  });
  /** @internal */
  readonly #adding = new MutationController(this);
  /** @internal */
  readonly #deleting = new MutationController(this);

  #draft = '';
  #draftError: string | undefined;
  /** Notes this element added or deleted, shown so before the list reloads. */
  #added: Note[] = [];
  #deleted = new Set<string>();
  /** The note whose deletion is being confirmed. */
  #confirming: string | undefined;
  #expanded = new Set<string>();
  #announcement = '';
  #stateFor: string | undefined;
  readonly #resizeObserver = new ResizeObserver(() => this.#measureFolds());

  /** @internal */
  @query(`#${TEXTAREA_ID}`)
  private readonly textarea!: HTMLTextAreaElement | null;

  /** Gives focus to the new note's text box. */
  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') || changed.has('contactId')) {
      const id = this.contact?.id ?? this.contactId;
      if (id !== this.#stateFor) {
        this.#stateFor = id;
        this.#added = [];
        this.#deleted = new Set();
        this.#confirming = undefined;
        this.#expanded = new Set();
        this.#draftError = undefined;
        this.#adding.clearError();
        this.#deleting.clearError();
      }
    }
  }

  protected override updated(): void {
    this.#measureFolds();
  }

  override render() {
    const source = this.#sources.source;
    if (!source) return html`<p class="unavailable">${msg('No contact source is connected', { id: 'notes.no-source' })}</p>`;
    if (!source.capabilities.notes) {
      return html`<p class="unavailable">${msg('Notes are not available for these contacts', { id: 'notes.unavailable' })}</p>`;
    }
    const subject = this.#subject;
    if (subject.error) {
      return sourceErrorBlock(subject.error, {
        context: msg('The contact could not be loaded', { id: 'notes.contact-error' }),
        onRetry: () => subject.reload(),
      });
    }
    if (subject.id === undefined) return nothing;
    return html`${this.#renderComposer()} ${this.#renderNotes(source)}
      <p class="visually-hidden" role="status">${this.#announcement}</p>`;
  }

  #renderComposer(): TemplateResult {
    const pending = this.#adding.pending;
    const shortcut = APPLE ? '⌘+Enter' : 'Ctrl+Enter';
    const error = fieldError(TEXTAREA_ID, this.#draftError, { describedBy: 'note-hint' });
    return html`<form class="composer" part="composer" novalidate @submit=${this.#onSubmit}>
      <label class="visually-hidden" for=${TEXTAREA_ID}>${msg('New note', { id: 'notes.new' })}</label>
      <textarea
        id=${TEXTAREA_ID}
        class="input"
        part="textarea"
        rows="3"
        placeholder=${msg('Write a note…', { id: 'notes.placeholder' })}
        aria-invalid=${error.invalid}
        aria-describedby=${ifDefined(error.describedBy)}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        ?readonly=${pending}
        .value=${live(this.#draft)}
        @input=${this.#onInput}
        @keydown=${this.#onTextKeydown}
      ></textarea>
      ${error.message}
      <div class="composer-actions">
        <span class="field-hint" id="note-hint">${msg(str`${shortcut} adds the note`, { id: 'notes.shortcut', desc: 'The placeholder is a key combination such as Ctrl+Enter.' })}</span>
        <button type="submit" class="button button--primary" part="add-button" aria-busy=${pending ? 'true' : 'false'}>
          ${pending ? html`<span class="spinner" aria-hidden="true"></span>${msg('Adding…', { id: 'notes.adding' })}` : msg('Add note', { id: 'notes.add' })}
        </button>
      </div>
      ${sourceErrorBlock(this.#adding.error, {
        context: msg('The note could not be added', { id: 'notes.add-error' }),
        onRetry: () => void this.#submit(),
      })}
    </form>`;
  }

  #renderNotes(source: ContactSource): TemplateResult {
    const task = this.#notes;
    if (task.status === TaskStatus.ERROR) {
      return sourceErrorBlock(toSourceError(task.error), {
        context: msg('Notes could not be loaded', { id: 'notes.load-error' }),
        onRetry: () => void task.run(),
      }) as TemplateResult;
    }
    if (task.value === undefined) {
      return html`<div class="skeleton-notes" aria-busy="true">
        <span class="visually-hidden" role="status">${msg('Loading notes…', { id: 'notes.loading' })}</span>
        ${[0, 1].map(
          () => html`<div class="skeleton-note"><span class="skeleton" style="inline-size: 40%"></span><span class="skeleton"></span><span class="skeleton" style="inline-size: 70%"></span></div>`,
        )}
      </div>`;
    }
    const notes = this.#shownNotes(task.value);
    if (notes.length === 0) return html`<p class="empty">${msg('No notes yet', { id: 'notes.empty' })}</p>`;
    const canDelete = source.capabilities.deleteNotes;
    return html`<ol class="notes" part="notes" aria-label=${msg('Notes', { id: 'notes.list' })}>
      ${repeat(notes, (note) => note.id, (note, index) => this.#renderNote(note, index, canDelete))}
    </ol>`;
  }

  #renderNote(note: Note, index: number, canDelete: boolean): TemplateResult {
    const metaId = `note-${index}-meta`;
    const textId = `note-${index}-text`;
    const expanded = this.#expanded.has(note.id);
    const author = note.author;
    return html`<li class="note" part="note" data-note-id=${note.id} ?data-expanded=${expanded}>
      <div class="note-head">
        <p class="note-meta" id=${metaId}>
          ${author
            ? html`${avatar({ id: author.id ?? author.name, name: author.name }, { size: 's', decorative: true })}<span class="note-author" dir="auto">${author.name}</span>`
            : html`<span class="note-author note-author--unknown">${msg('Unknown author', { id: 'notes.unknown-author' })}</span>`}
          <span class="note-time">${relativeTime(note.createdAt, { now: this.now() })}</span>
        </p>
        ${canDelete && this.#confirming !== note.id
          ? html`<button
              type="button"
              class="icon-button note-delete"
              aria-label=${msg('Delete note', { id: 'notes.delete' })}
              aria-describedby=${metaId}
              @click=${() => this.#askToDelete(note)}
            >
              ${icon('trash')}
            </button>`
          : nothing}
      </div>
      <p class="note-text" part="note-text" id=${textId} dir="auto" ?data-folded=${!expanded}>${note.text}</p>
      <button type="button" class="button button--quiet note-more" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${textId} @click=${() => this.#toggle(note)}>
        ${expanded ? msg('Show less', { id: 'notes.show-less' }) : msg('Show more', { id: 'notes.show-more' })}
      </button>
      ${this.#confirming === note.id ? this.#renderConfirm(note, index) : nothing}
    </li>`;
  }

  #renderConfirm(note: Note, index: number): TemplateResult {
    const questionId = `note-${index}-question`;
    const pending = this.#deleting.pending;
    return html`<div class="note-confirm" role="group" aria-labelledby=${questionId} @keydown=${this.#onConfirmKeydown}>
      <p class="note-question" id=${questionId}>${msg('Delete this note?', { id: 'notes.confirm' })}</p>
      <div class="note-confirm-actions">
        <button type="button" class="button button--danger confirm-delete" aria-busy=${pending ? 'true' : 'false'} @click=${() => this.#delete(note)}>
          ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${msg('Delete', { id: 'notes.confirm-delete' })}
        </button>
        <button type="button" class="button button--secondary confirm-cancel" @click=${() => this.#cancelDelete(note.id)}>
          ${msg('Cancel', { id: 'notes.confirm-cancel' })}
        </button>
      </div>
      ${sourceErrorBlock(this.#deleting.error, { context: msg('The note could not be deleted', { id: 'notes.delete-error' }) })}
    </div>`;
  }

  // Private --------------------------------------------------------------------------------

  /** Newest first, with this element's own additions and deletions applied. */
  #shownNotes(loaded: readonly Note[]): Note[] {
    const ids = new Set(loaded.map((note) => note.id));
    const notes = [...this.#added.filter((note) => !ids.has(note.id)), ...loaded].filter((note) => !this.#deleted.has(note.id));
    return notes.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  #onChange(change: ContactChange): void {
    if (change.type === 'notes-changed') {
      if (change.contactId === this.#subject.id) void this.#notes.run();
      return;
    }
    const id = this.#subject.id;
    // A merge into this contact brings the other contact's notes along.
    if (this.#subject.follow(change) && change.type === 'merged' && change.contact.id === id) void this.#notes.run();
  }

  #onInput(event: InputEvent): void {
    this.#draft = (event.target as HTMLTextAreaElement).value;
    if (this.#draftError && this.#draft.trim()) {
      this.#draftError = undefined;
      this.requestUpdate();
    }
  }

  #onTextKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      void this.#submit();
    }
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#submit();
  }

  async #submit(): Promise<void> {
    const source = this.#sources.source;
    const id = this.#subject.id;
    if (!source || id === undefined || this.#adding.pending) return;
    const text = this.#draft;
    if (!text.trim()) {
      this.#draftError = msg('Write something first: the note is empty', { id: 'notes.empty-error' });
      this.requestUpdate();
      await this.updateComplete;
      this.textarea?.focus();
      return;
    }
    this.#draftError = undefined;
    const result = await this.#adding.run(() => source.addNote(id, text));
    if (!result?.ok || this.#subject.id !== id) return;
    const note = result.value;
    this.#added = [note, ...this.#added];
    // Only what was sent is cleared: nothing typed meanwhile (the box is read-only while saving).
    if (this.#draft === text) this.#draft = '';
    this.#announce(msg('Note added', { id: 'notes.added' }));
    fireContactEvent(this, 'contact-note-added', { contactId: id, note });
  }

  async #askToDelete(note: Note): Promise<void> {
    this.#confirming = note.id;
    this.#deleting.clearError();
    this.requestUpdate();
    await this.updateComplete;
    this.#noteItem(note.id)?.querySelector<HTMLElement>('.confirm-cancel')?.focus();
  }

  async #cancelDelete(noteId: string): Promise<void> {
    this.#confirming = undefined;
    this.#deleting.clearError();
    this.requestUpdate();
    await this.updateComplete;
    this.#noteItem(noteId)?.querySelector<HTMLElement>('.note-delete')?.focus();
  }

  #onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.#confirming) return;
    event.preventDefault();
    event.stopPropagation();
    void this.#cancelDelete(this.#confirming);
  }

  async #delete(note: Note): Promise<void> {
    const source = this.#sources.source;
    const id = this.#subject.id;
    if (!source || id === undefined) return;
    const result = await this.#deleting.run(() => source.deleteNote(id, note.id));
    if (!result?.ok || this.#subject.id !== id) return;
    // Where focus goes next: the following note, else the one before, else the text box.
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('.note')];
    const position = items.findIndex((item) => item.dataset['noteId'] === note.id);
    const neighbour = (items[position + 1] ?? items[position - 1])?.dataset['noteId'];
    this.#deleted.add(note.id);
    this.#confirming = undefined;
    this.#announce(msg('Note deleted', { id: 'notes.deleted' }));
    fireContactEvent(this, 'contact-note-deleted', { contactId: id, note });
    await this.updateComplete;
    const next = neighbour === undefined ? undefined : this.#noteItem(neighbour)?.querySelector<HTMLElement>('.note-delete');
    (next ?? this.textarea)?.focus();
  }

  #toggle(note: Note): void {
    if (this.#expanded.has(note.id)) this.#expanded.delete(note.id);
    else this.#expanded.add(note.id);
    this.requestUpdate();
  }

  #announce(text: string): void {
    this.#announcement = text;
    this.requestUpdate();
  }

  #noteItem(noteId: string): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.note')].find((item) => item.dataset['noteId'] === noteId);
  }

  /** Marks folded notes whose text does not fit, so only they offer "Show more". */
  #measureFolds(): void {
    for (const text of this.renderRoot.querySelectorAll<HTMLElement>('.note-text[data-folded]')) {
      text.closest('.note')?.toggleAttribute('data-overflows', text.scrollHeight > text.clientHeight + 1);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-notes': ContactNotes;
  }
}
