/**
 * Saved segments: named queries kept by the source (`listSegments`, `saveSegment`,
 * `deleteSegment`, when `capabilities.segments`). A button opens a non-modal popover
 * (`popover="auto"`, `role="dialog"`: Escape and a click outside close it, focus returns to the
 * button) listing the segments: choosing one applies its query; each can be deleted after a
 * confirmation; a form saves the current query under a new name (required, at most
 * `SEGMENT_NAME_MAX_LENGTH` characters, not already used).
 *
 * A reactive controller rendering into its host's shadow root (the host places the button and
 * the popover); the list follows `segments-changed` through `refresh()`.
 */
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { MutationController } from '../../controllers/mutation-controller.js';
import { deepActiveElement } from '../modal-dialog/focus.js';
import type { FieldError } from '../../model/field-error.js';
import { sameQuery } from '../../model/query-key.js';
import { isEmptyQuery, type ContactQuery } from '../../model/query.js';
import { toSourceError } from '../../sources/errors.js';
import type { ContactSource, SavedSegment } from '../../sources/source.js';
import { fieldError } from '../shared/field-error.js';
import { icon } from '../shared/icons.js';
import { sourceErrorBlock } from '../shared/source-error.js';

/** The longest name a segment may have, in characters. */
export const SEGMENT_NAME_MAX_LENGTH = 80;

export interface SegmentsMenuOptions {
  readonly source: () => ContactSource | undefined;
  /** The query in force (what "Save" saves, and what tells which segment is active). */
  readonly query: () => ContactQuery;
  /** Applies a segment's query (the host fires `contact-query-change`). */
  readonly apply: (query: ContactQuery) => void;
  /** Applies what is still waiting for a pause in typing, before the query is saved. */
  readonly flush: () => void;
}

type SegmentsArgs = readonly [ContactSource | undefined, boolean];

/** What is wrong with a new segment's name, if anything. */
export function segmentNameError(name: string, existing: readonly SavedSegment[]): FieldError | string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return { field: 'name', code: 'required' };
  if (trimmed.length > SEGMENT_NAME_MAX_LENGTH) return { field: 'name', code: 'too-long', params: { max: SEGMENT_NAME_MAX_LENGTH } };
  const folded = trimmed.toLocaleLowerCase();
  if (existing.some((segment) => segment.name.trim().toLocaleLowerCase() === folded)) {
    return msg('A segment with this name already exists', { id: 'contact-filter.segment-name-taken' });
  }
  return undefined;
}

export class SegmentsMenu implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: SegmentsMenuOptions;
  readonly #task: Task<SegmentsArgs, readonly SavedSegment[]>;
  readonly #save: MutationController;
  readonly #delete: MutationController;
  #open = false;
  #name = '';
  #nameError: FieldError | string | undefined;
  /** The segment whose deletion waits for a confirmation. */
  #confirming: string | undefined;
  /** Said politely after a save or a deletion. */
  #status = '';

  constructor(host: ReactiveControllerHost & HTMLElement, options: SegmentsMenuOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#save = new MutationController(host);
    this.#delete = new MutationController(host);
    this.#task = new Task<SegmentsArgs, readonly SavedSegment[]>(host, {
      task: async ([source, available], { signal }) =>
        source && available && source.listSegments ? source.listSegments({ signal }) : [],
      args: () => [options.source(), this.available] as const,
    });
  }

  /** Whether the source keeps segments: without, nothing renders. */
  get available(): boolean {
    const source = this.#options.source();
    return Boolean(
      source?.capabilities.segments && source.listSegments && source.saveSegment && source.deleteSegment,
    );
  }

  /** The segments as last listed. */
  get segments(): readonly SavedSegment[] {
    return this.#task.value ?? [];
  }

  /** The segment whose query is in force, if any. */
  get active(): SavedSegment | undefined {
    const query = this.#options.query();
    return this.segments.find((segment) => sameQuery(this.#queryOf(segment), query));
  }

  /** Lists the segments again (after `segments-changed`). */
  refresh(): void {
    if (this.available) void this.#task.run();
  }

  hostConnected(): void {}

  renderButton(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const active = this.active;
    return html`<button
      type="button"
      id="segments-button"
      class="button button--secondary segments-button"
      part="segments-button"
      aria-haspopup="dialog"
      aria-expanded=${this.#open ? 'true' : 'false'}
      aria-controls="segments-popover"
      popovertarget="segments-popover"
    >
      <span>${msg('Segments', { id: 'contact-filter.segments' })}</span>
      ${active ? html`<span class="segment-current">${active.name}</span>` : nothing}
      ${icon('chevron-down')}
    </button>`;
  }

  renderPopover(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    return html`<div
      id="segments-popover"
      class="popover segments-popover"
      part="segments"
      popover="auto"
      role="dialog"
      aria-labelledby="segments-title"
      @beforetoggle=${this.#onBeforeToggle}
      @toggle=${this.#onToggle}
      @focusout=${this.#onFocusOut}
    >
      <p id="segments-title" class="popover-title">${msg('Saved segments', { id: 'contact-filter.segments-title' })}</p>
      ${this.#renderList()}
      ${sourceErrorBlock(this.#delete.error, { context: msg('The segment could not be deleted', { id: 'contact-filter.segment-delete-failed' }) })}
      <hr class="menu-separator" />
      ${this.#renderSaveForm()}
      <p class="visually-hidden" role="status">${this.#status}</p>
    </div>`;
  }

  #renderList(): TemplateResult {
    const task = this.#task;
    if (task.status === TaskStatus.ERROR) {
      return html`${sourceErrorBlock(toSourceError(task.error), {
        context: msg('Segments could not be loaded', { id: 'contact-filter.segments-failed' }),
        onRetry: () => this.refresh(),
      })}`;
    }
    if (task.value === undefined) {
      return html`<p class="segments-note"><span class="spinner" aria-hidden="true"></span> ${msg('Loading…', { id: 'contact-filter.loading' })}</p>`;
    }
    if (task.value.length === 0) {
      return html`<p class="segments-note">${msg('No saved segments yet.', { id: 'contact-filter.segments-empty' })}</p>`;
    }
    const active = this.active;
    return html`<ul class="segment-list" aria-labelledby="segments-title">
      ${task.value.map((segment) =>
        segment.id === this.#confirming ? this.#renderConfirm(segment) : this.#renderSegment(segment, segment === active),
      )}
    </ul>`;
  }

  #renderSegment(segment: SavedSegment, active: boolean): TemplateResult {
    return html`<li class="segment" data-id=${segment.id}>
      <button
        type="button"
        class="menu-item segment-apply"
        aria-current=${active ? 'true' : nothing}
        @click=${() => this.#apply(segment)}
      >
        <span class="segment-name">${segment.name}</span>
        ${active ? icon('check') : nothing}
      </button>
      <button
        type="button"
        class="icon-button segment-delete"
        aria-label=${msg(str`Delete segment ${segment.name}`, { id: 'contact-filter.segment-delete' })}
        @click=${() => this.#askDelete(segment)}
      >
        ${icon('trash')}
      </button>
    </li>`;
  }

  #renderConfirm(segment: SavedSegment): TemplateResult {
    const pending = this.#delete.pending;
    return html`<li class="segment segment--confirm" data-id=${segment.id}>
      <p class="segment-question" id="confirm-${segment.id}">
        ${msg(str`Delete the segment “${segment.name}”? This cannot be undone.`, { id: 'contact-filter.segment-delete-question' })}
      </p>
      <div class="segment-confirm-actions">
        <button type="button" class="button button--secondary segment-cancel" @click=${() => this.#cancelDelete(segment)}>
          ${msg('Cancel', { id: 'dialog.cancel' })}
        </button>
        <button
          type="button"
          class="button button--danger segment-confirm"
          aria-describedby="confirm-${segment.id}"
          aria-busy=${pending ? 'true' : 'false'}
          aria-disabled=${pending ? 'true' : 'false'}
          @click=${() => this.#confirmDelete(segment)}
        >
          ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${msg('Delete', { id: 'contact-filter.segment-delete-confirm' })}
        </button>
      </div>
    </li>`;
  }

  #renderSaveForm(): TemplateResult {
    if (isEmptyQuery(this.#options.query())) {
      return html`<p class="segments-note">
        ${msg('Filter the list first, then save the filters here as a segment.', { id: 'contact-filter.segment-save-hint' })}
      </p>`;
    }
    const pending = this.#save.pending;
    const wiring = fieldError('segment-name', this.#nameError);
    return html`<form class="segment-form" novalidate @submit=${this.#onSubmit}>
      <div class="field">
        <label class="field-label" for="segment-name">${msg('Save the current filters as', { id: 'contact-filter.segment-name' })}</label>
        <div class="segment-form-row">
          <input
            id="segment-name"
            class="input"
            type="text"
            autocomplete="off"
            placeholder=${msg('Segment name', { id: 'contact-filter.segment-name-placeholder' })}
            aria-invalid=${wiring.invalid}
            aria-describedby=${wiring.describedBy ?? nothing}
            .value=${live(this.#name)}
            @input=${this.#onNameInput}
          />
          <button
            type="submit"
            class="button button--primary"
            aria-busy=${pending ? 'true' : 'false'}
            aria-disabled=${pending ? 'true' : 'false'}
          >
            ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
            ${msg('Save', { id: 'contact-filter.segment-save' })}
          </button>
        </div>
        ${wiring.message}
      </div>
      ${this.#save.error && this.#save.error.kind !== 'invalid'
        ? sourceErrorBlock(this.#save.error, { context: msg('The segment could not be saved', { id: 'contact-filter.segment-save-failed' }) })
        : nothing}
    </form>`;
  }

  /** A segment's query; one saved without a sort keeps the sort in force. */
  #queryOf(segment: SavedSegment): ContactQuery {
    const sort = segment.query.sort ?? this.#options.query().sort;
    return sort ? { ...segment.query, sort } : segment.query;
  }

  #element<T extends HTMLElement>(selector: string): T | null {
    return this.#host.shadowRoot?.querySelector<T>(selector) ?? null;
  }

  /**
   * The button opens the popover natively (`popovertarget`), which also puts the popover right
   * after the button in the Tab order. Before it shows: fresh state, the list reloaded, placed.
   */
  #onBeforeToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState !== 'open') return;
    this.#open = true;
    this.#status = '';
    this.#confirming = undefined;
    this.#delete.clearError();
    this.refresh();
    this.#host.requestUpdate();
    const button = this.#element<HTMLElement>('#segments-button');
    if (button) place(event.currentTarget as HTMLElement, button);
  };

  /** Closes the popover; focus inside it goes back to its button, unless `restoreFocus` is false. */
  close(restoreFocus = true): void {
    const popover = this.#element<HTMLElement>('#segments-popover');
    this.#closed(restoreFocus);
    if (popover?.matches(':popover-open')) popover.hidePopover();
  }

  #onToggle = async (event: Event): Promise<void> => {
    if ((event as ToggleEvent).newState === 'open') {
      await this.#host.updateComplete;
      this.#element<HTMLElement>('.segment-apply, #segment-name')?.focus();
      return;
    }
    // Closed by the browser: Escape, a click outside, the button again.
    this.#closed();
  };

  /** Tab past the last control (or Shift+Tab back to the page) closes it, as a disclosure would. */
  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const popover = event.currentTarget as HTMLElement;
    // No next element: a control inside was re-rendered away, or the click went nowhere.
    if (!next || popover.contains(next) || next === this.#element('#segments-button')) return;
    this.close(false);
  };

  #closed(restoreFocus = true): void {
    if (!this.#open) return;
    this.#open = false;
    this.#confirming = undefined;
    this.#host.requestUpdate();
    if (!restoreFocus) return;
    // Focus inside the popover, or dropped on the body by the popover closing around it, goes
    // back to the button; focus a click outside put elsewhere stays there.
    const popover = this.#element<HTMLElement>('#segments-popover');
    const focused = deepActiveElement();
    if (!focused || popover?.contains(focused)) this.#element<HTMLElement>('#segments-button')?.focus();
  }

  #apply(segment: SavedSegment): void {
    this.#options.apply(this.#queryOf(segment));
    this.close();
  }

  async #askDelete(segment: SavedSegment): Promise<void> {
    this.#confirming = segment.id;
    this.#delete.clearError();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#element<HTMLElement>('.segment-cancel')?.focus();
  }

  async #cancelDelete(segment: SavedSegment): Promise<void> {
    this.#confirming = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#element<HTMLElement>(`.segment[data-id="${CSS.escape(segment.id)}"] .segment-delete`)?.focus();
  }

  async #confirmDelete(segment: SavedSegment): Promise<void> {
    const source = this.#options.source();
    if (!source?.deleteSegment || this.#delete.pending) return;
    const position = this.segments.indexOf(segment);
    const result = await this.#delete.run(() => source.deleteSegment!(segment.id));
    if (!result?.ok) return;
    this.#confirming = undefined;
    this.#status = msg(str`Segment “${segment.name}” deleted`, { id: 'contact-filter.segment-deleted' });
    await this.#task.run();
    await this.#host.updateComplete;
    const buttons = this.#host.shadowRoot?.querySelectorAll<HTMLElement>('.segment-apply');
    const next = buttons?.[Math.min(position, (buttons?.length ?? 1) - 1)];
    (next ?? this.#element<HTMLElement>('#segment-name') ?? this.#element<HTMLElement>('#segments-popover'))?.focus();
  }

  #onNameInput = (event: Event): void => {
    this.#name = (event.target as HTMLInputElement).value;
    if (this.#nameError) this.#nameError = undefined;
    this.#save.clearError();
    this.#host.requestUpdate();
  };

  #onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const source = this.#options.source();
    if (!source?.saveSegment || this.#save.pending) return;
    this.#options.flush();
    const name = this.#name.trim();
    this.#nameError = segmentNameError(name, this.segments);
    if (this.#nameError) {
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#element<HTMLElement>('#segment-name')?.focus();
      return;
    }
    const query = this.#options.query();
    const result = await this.#save.run(() => source.saveSegment!({ name, query }));
    if (!result) return;
    if (!result.ok) {
      const nameProblem = result.error.fieldErrors.find((error) => error.field === 'name');
      if (result.error.kind === 'invalid') {
        this.#nameError =
          nameProblem ?? msg('These filters cannot be saved as a segment', { id: 'contact-filter.segment-invalid' });
      }
      this.#host.requestUpdate();
      return;
    }
    this.#name = '';
    this.#status = msg(str`Segment “${name}” saved`, { id: 'contact-filter.segment-saved' });
    await this.#task.run();
  };
}

/** Places the popover under its button, aligned to the button's start edge (right in RTL). */
function place(popover: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  const width = document.documentElement.clientWidth;
  popover.style.top = `${Math.round(rect.bottom + 4)}px`;
  popover.style.left = rtl ? 'auto' : `${Math.round(Math.max(4, Math.min(rect.left, width - 4 - 288)))}px`;
  popover.style.right = rtl ? `${Math.round(Math.max(4, width - rect.right))}px` : 'auto';
}

export const segmentsMenuStyles = css`
  .segments-button {
    max-inline-size: 100%;
  }

  .segment-current {
    min-inline-size: 0;
    max-inline-size: 10rem;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_accent);
  }

  .segments-popover {
    position: fixed;
    inset: auto;
    inline-size: min(18rem, calc(100vw - 8px));
    max-block-size: min(28rem, 80vh);
    overflow: auto;
    padding: var(--_space-s);
  }

  .segments-popover:not(:popover-open) {
    display: none;
  }

  .popover-title {
    margin: 0 0 var(--_space-xs);
    font-weight: 600;
  }

  .segments-note {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .segment-list {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .segment {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  .segment-apply {
    flex: 1;
    min-inline-size: 0;
  }

  .segment-apply[aria-current='true'] {
    font-weight: 600;
  }

  .segment-name {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .segment--confirm {
    display: grid;
    padding: var(--_space-xs);
    border: 1px solid color-mix(in srgb, var(--_danger) 45%, transparent);
    border-radius: var(--_radius);
  }

  .segment-question {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .segment-confirm-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-xs);
  }

  .segment-form {
    display: grid;
    gap: var(--_space-s);
  }

  .segment-form-row {
    display: flex;
    gap: var(--_space-xs);
  }

  .segment-form-row .input {
    flex: 1;
    min-inline-size: 0;
  }
`;
