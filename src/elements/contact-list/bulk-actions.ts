import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { live } from 'lit/directives/live.js';
import { SourceController } from '../../controllers/source-controller.js';
import { formatMoment, formatNumber } from '../../i18n/format.js';
import { getContactFormatLocale } from '../../i18n/localization.js';
import { sourceErrorMessage } from '../../i18n/messages.js';
import { blockEnd, firstDayOfWeek, type BlockClock, type PresetBlockDuration } from '../../model/block-duration.js';
import type { Contact, Label } from '../../model/contact.js';
import { isValidTimeZone, systemTimeZone } from '../../model/time-zone.js';
import {
  canRunBulkAction,
  runBulkAction,
  type BulkAction,
  type BulkActionType,
  type BulkChange,
  type BulkFailure,
  type BulkResult,
  type BulkTarget,
} from '../../sources/bulk.js';
import { exportContactsCsv, type CsvColumn } from '../../sources/csv-export.js';
import { isAbort, toSourceError, type SourceError } from '../../sources/errors.js';
import { FULL_CAPABILITIES, type Capabilities, type ContactSource } from '../../sources/source.js';
import { ContactDialog } from '../contact-dialog/contact-dialog.js';
import { MenuButtonController, type MenuItem } from '../shared/menu-button.js';
import { defineElement } from '../define.js';
import { fireContactEvent } from '../events.js';
import { blockDurationName, permanentOnlyNote } from '../shared/block-duration.js';
import { downloadBlob } from '../shared/download.js';
import { icon } from '../shared/icons.js';
import { safeLabelColor } from '../shared/label-chip.js';
import { sourceErrorBlock } from '../shared/source-error.js';
import { bulkActionsStyles } from './bulk-actions.styles.js';
import { defaultCsvColumns } from './csv-columns.js';

export const BULK_ACTIONS_TAG = 'contact-bulk-actions';

/** The block durations offered for many contacts at once (no hand-picked end: that is per contact). */
export const BULK_BLOCK_DURATIONS = ['hour', 'tomorrow', 'next-week', 'next-month', 'forever'] as const satisfies readonly PresetBlockDuration[];

/** What a run did: one of the bulk actions, the CSV export, or a merge. */
export type BulkRunKind = BulkActionType | 'export' | 'merge';

/** `bulk-done`: a run finished (or was cancelled). `changed`: the source changed something. */
export interface BulkDoneDetail {
  readonly action: BulkRunKind;
  readonly changed: boolean;
  readonly cancelled: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bulk-done': CustomEvent<BulkDoneDetail>;
  }
}

/** A run in progress, as shown. */
interface Running {
  readonly action: BulkAction | { readonly type: 'export' };
  readonly phase: 'collecting' | 'applying';
  readonly done: number;
  readonly total: number | undefined;
  readonly failed: number;
}

/** What the last run did, until dismissed. */
type Report =
  | { readonly kind: 'action'; readonly action: BulkAction; readonly result: BulkResult }
  | { readonly kind: 'export'; readonly exported: number; readonly cancelled: boolean }
  | { readonly kind: 'error'; readonly action: BulkAction | { readonly type: 'export' }; readonly error: SourceError };

/** The progress is redrawn at most this often (a fast source finishes a contact per microtask). */
const PROGRESS_INTERVAL_MS = 50;

/** Failures listed by name at most; the rest are counted. */
const FAILURES_LISTED = 20;

/**
 * Registers `<contact-bulk-actions>` (and `<contact-dialog>`, for its delete confirmation).
 * `<contact-list>`'s entry calls it; importing the class alone registers nothing.
 */
export function defineBulkActions(): void {
  defineElement('contact-dialog', ContactDialog);
  defineElement(BULK_ACTIONS_TAG, ContactBulkActions);
}

/**
 * The bulk-action bar of `<contact-list>` (a private part: the list renders it over its rows
 * while contacts are selected). It says how many are selected, offers what the source allows,
 * runs it over every selected contact, shows the progress with a way to cancel, and reports
 * the outcome, naming each contact that failed and why.
 *
 * Actions, each only where `source.capabilities` allow: add a label, remove a label (a menu of
 * the source's labels with their colours), block (how long, and why), unblock, export as CSV
 * (always), delete (after a confirmation with the count), merge (exactly two selected: fires
 * `contact-merge-request`, then opens `<merge-dialog>` when the page defines it).
 *
 * The selection is `target`: ids, or "every contact matching this query" (a query target is
 * resolved page by page when the action starts, so 10,000 matching contacts are never loaded
 * into the list). Every change the source confirms fires the library's per-contact event
 * (`contact-blocked`, `contact-labels-changed`, `contact-deleted`, …), as `subscribe` would.
 * When a run ends, `bulk-done` (bubbling, not composed: for the list) tells whether anything
 * changed, so the list can clear its selection. The report stays until dismissed, also with
 * nothing selected; with nothing selected and nothing to report the element renders nothing.
 *
 * @tagname contact-bulk-actions
 * @summary Bulk actions over selected contacts: labels, block, unblock, export, delete, merge,
 * with progress, cancel and a failure report.
 *
 * @fires contact-labels-changed - Per contact, after a label was added or removed.
 * @fires contact-blocked - Per contact blocked.
 * @fires contact-unblocked - Per contact unblocked.
 * @fires contact-deleted - Per contact deleted (`detail.contact` as it was).
 * @fires contact-merge-request - Merge of the two selected contacts; cancelable.
 * @fires bulk-done - A run ended (`detail.action`, `detail.changed`, `detail.cancelled`); not composed.
 *
 * @csspart bar - The row with the count and the buttons.
 * @csspart count - "Selected: 12".
 * @csspart action - Each action button.
 * @csspart block-form - The block duration and reason.
 * @csspart progress - The progress while a run goes on.
 * @csspart progress-bar - The bar itself.
 * @csspart report - The outcome of the last run.
 * @csspart error - A source error block.
 * @csspart delete-dialog - The delete confirmation.
 *
 * @cssprop [--contact-surface] - The bar's background.
 * @cssprop [--contact-accent] - The progress bar.
 * @cssprop [--contact-danger] - Delete, failures.
 */
@localized()
export class ContactBulkActions extends LitElement {
  static override styles = bulkActionsStyles;

  /** The data source; without one, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false }) source: ContactSource | undefined;

  /** What is selected: ids, or a query ("all N matching") minus exceptions. */
  @property({ attribute: false }) target: BulkTarget | undefined;

  /** How many contacts `target` stands for, when known (a query's total). */
  @property({ attribute: false }) count: number | undefined;

  /** The selected contacts that are loaded (names for the report; merge needs exactly two). */
  @property({ attribute: false }) contacts: readonly Contact[] = [];

  /** The CSV columns (the list's visible ones); the contact's own fields when absent. */
  @property({ attribute: false }) columns: readonly CsvColumn[] | undefined;

  /** The name of the exported file. */
  @property() filename = 'contacts.csv';

  /** The agent's IANA time zone, for the block ends ("until tomorrow"); the browser's when absent. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** @internal The clock, replaceable so stories and tests show fixed times. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** @internal Which form is open under the bar. */
  @state() private panel: 'block' | undefined;
  /** @internal */
  @state() private duration: PresetBlockDuration = 'forever';
  /** @internal */
  @state() private reason = '';
  /** @internal */
  @state() private confirmingDelete = false;
  /** @internal */
  @state() private running: Running | undefined;
  /** @internal */
  @state() private report: Report | undefined;

  readonly #sources = new SourceController(this);
  readonly #labels = new Task(this, {
    task: async ([source], { signal }): Promise<readonly Label[]> =>
      source?.capabilities.editLabels ? source.listLabels({ signal }) : [],
    args: () => [this.#sources.source] as const,
  });
  readonly #addMenu = new MenuButtonController(this, {
    id: 'add-label',
    onSelect: (label) => void this.#start({ type: 'add-label', label }),
  });
  readonly #removeMenu = new MenuButtonController(this, {
    id: 'remove-label',
    onSelect: (label) => void this.#start({ type: 'remove-label', label }),
  });
  #controller: AbortController | undefined;
  #focusAfterRender: string | undefined;
  #progressShownAt = 0;
  #progressTimer: ReturnType<typeof setTimeout> | undefined;
  #pendingProgress: Running | undefined;

  /** Whether a run is going on (the list keeps the bar while it is). */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Cancels the run going on, if any: no new contact is started; those in flight finish. */
  cancel(): void {
    this.#controller?.abort();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page: stop starting work nobody can see any more.
    this.cancel();
  }

  protected override updated(): void {
    const selector = this.#focusAfterRender;
    if (!selector) return;
    this.#focusAfterRender = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  protected override render() {
    const selected = this.#selectedCount;
    const showBar = selected !== 0 && this.target !== undefined && !this.running;
    return html`
      ${showBar ? this.#renderBar() : nothing}
      ${showBar && this.panel === 'block' ? this.#renderBlockForm() : nothing}
      ${this.running ? this.#renderProgress(this.running) : nothing}
      <div class="report-region" role="status" aria-live="polite" aria-atomic="false">
        ${this.report ? this.#renderReport(this.report) : nothing}
      </div>
      ${this.report ? this.#renderDismiss() : nothing}
      ${this.#renderDeleteConfirmation()}
      <div class="dialogs"></div>
    `;
  }

  // Rendering ------------------------------------------------------------------------------------

  #renderBar(): TemplateResult {
    const capabilities = this.#capabilities;
    const can = (type: BulkActionType) => canRunBulkAction(capabilities, type);
    const labels = this.#labels.value ?? [];
    const removable = this.#removableLabels(labels);
    const merge = this.#mergePair;
    return html`<div class="bar" part="bar" role="group" aria-labelledby="count">
      <span class="count" id="count" part="count">${this.#countText()}</span>
      <div class="actions">
        ${can('add-label') && labels.length
          ? html`<div class="menu-anchor" data-align="start">
              ${this.#addMenu.renderButton(html`${icon('plus')}<span>${msg('Add label', { id: 'bulk.add-label' })}</span>`, {
                part: 'action',
              })}
              ${this.#addMenu.renderMenu(this.#labelItems(labels), { label: msg('Label to add', { id: 'bulk.add-label.menu' }) })}
            </div>`
          : nothing}
        ${can('remove-label') && removable.length
          ? html`<div class="menu-anchor" data-align="start">
              ${this.#removeMenu.renderButton(
                html`${icon('close')}<span>${msg('Remove label', { id: 'bulk.remove-label' })}</span>`,
                { part: 'action' },
              )}
              ${this.#removeMenu.renderMenu(this.#labelItems(removable), {
                label: msg('Label to remove', { id: 'bulk.remove-label.menu' }),
              })}
            </div>`
          : nothing}
        ${can('block')
          ? html`<button
                type="button"
                id="block-button"
                class="button button--secondary"
                part="action"
                aria-expanded=${this.panel === 'block' ? 'true' : 'false'}
                aria-controls="block-form"
                @click=${this.#toggleBlockForm}
              >
                ${icon('block')}<span>${msg('Block', { id: 'bulk.block' })}</span>
              </button>
              <button type="button" class="button button--secondary" part="action" data-action="unblock" @click=${() => void this.#start({ type: 'unblock' })}>
                ${msg('Unblock', { id: 'bulk.unblock' })}
              </button>`
          : nothing}
        <button type="button" class="button button--secondary" part="action" data-action="export" @click=${() => void this.#export()}>
          ${icon('download')}<span>${msg('Export CSV', { id: 'bulk.export' })}</span>
        </button>
        ${merge && capabilities.merge
          ? html`<button type="button" class="button button--secondary" part="action" data-action="merge" @click=${() => this.#merge(merge)}>
              ${icon('merge')}<span>${msg('Merge', { id: 'bulk.merge' })}</span>
            </button>`
          : nothing}
        ${can('delete')
          ? html`<button type="button" id="delete-button" class="button button--secondary danger-text" part="action" data-action="delete" @click=${this.#askDelete}>
              ${icon('trash')}<span>${msg('Delete', { id: 'bulk.delete' })}</span>
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  #renderBlockForm(): TemplateResult {
    const capabilities = this.#capabilities;
    const durations: readonly PresetBlockDuration[] = capabilities.timedBlock ? BULK_BLOCK_DURATIONS : ['forever'];
    const clock = this.#clock();
    return html`<form id="block-form" class="block-form" part="block-form" novalidate @submit=${this.#onBlockSubmit} @keydown=${this.#onBlockKeydown}>
      <fieldset class="durations">
        <legend class="field-label">${msg('How long', { id: 'block-dialog.durations' })}</legend>
        ${durations.map((duration) => {
          const end = blockEnd(duration, clock);
          return html`<label class="duration">
            <input
              type="radio"
              name="duration"
              .value=${duration}
              .checked=${live(this.duration === duration)}
              @change=${() => (this.duration = duration)}
            />
            <span>${blockDurationName(duration)}</span>
            ${end ? html`<span class="duration-end">${formatMoment(end, { timeZone: clock.timeZone, now: clock.now })}</span>` : nothing}
          </label>`;
        })}
      </fieldset>
      ${capabilities.timedBlock ? nothing : permanentOnlyNote()}
      ${capabilities.blockReason
        ? html`<div class="field">
            <label class="field-label" for="reason">${msg('Reason (optional)', { id: 'block-dialog.reason' })}</label>
            <textarea
              id="reason"
              class="input"
              rows="2"
              maxlength="500"
              .value=${live(this.reason)}
              @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>`
        : nothing}
      <div class="form-actions">
        <button type="button" class="button button--secondary" @click=${() => this.#closeBlockForm()}>
          ${msg('Cancel', { id: 'dialog.cancel' })}
        </button>
        <button type="submit" class="button button--danger" data-action="confirm-block">${this.#blockConfirmText()}</button>
      </div>
    </form>`;
  }

  #renderProgress(running: Running): TemplateResult {
    const { phase, done, total, failed } = running;
    const known = total !== undefined;
    const valueText =
      phase === 'collecting'
        ? msg(str`Contacts found: ${formatNumber(done)}`, { id: 'bulk.progress.found' })
        : msg(str`${formatNumber(done)} of ${formatNumber(total ?? 0)}`, { id: 'bulk.progress.count', desc: 'Contacts done of all.' });
    const percent = known && total > 0 && phase === 'applying' ? Math.min(100, (done / total) * 100) : undefined;
    return html`<div class="progress" part="progress">
      <p class="progress-title" id="progress-title">${runningTitle(running.action)}</p>
      <div
        class="progress-track"
        role="progressbar"
        aria-labelledby="progress-title"
        aria-valuemin="0"
        aria-valuemax=${phase === 'applying' && known ? total : nothing}
        aria-valuenow=${percent === undefined ? nothing : done}
        aria-valuetext=${valueText}
      >
        <div
          class="progress-bar"
          part="progress-bar"
          ?data-indeterminate=${percent === undefined}
          style=${styleMap({ inlineSize: percent === undefined ? null : `${percent}%` })}
        ></div>
      </div>
      <p class="progress-text">
        <span>${valueText}</span>
        ${failed ? html`<span class="failed-count">${msg(str`Failed: ${formatNumber(failed)}`, { id: 'bulk.failed-count' })}</span>` : nothing}
      </p>
      <button type="button" id="cancel-run" class="button button--secondary" @click=${() => this.cancel()}>
        ${msg('Cancel', { id: 'dialog.cancel' })}
      </button>
    </div>`;
  }

  #renderReport(report: Report): TemplateResult {
    if (report.kind === 'error') {
      return html`${sourceErrorBlock(report.error, {
        context: failedTitle(report.action),
        onRetry: () => void (report.action.type === 'export' ? this.#export() : this.#start(report.action)),
      })}`;
    }
    if (report.kind === 'export') {
      return html`<div class="report" part="report">
        <p class="report-title">
          ${report.cancelled
            ? msg('Export cancelled: no file was saved.', { id: 'bulk.report.export-cancelled' })
            : msg(str`Contacts exported: ${formatNumber(report.exported)}`, { id: 'bulk.report.exported' })}
        </p>
      </div>`;
    }
    const { action, result } = report;
    const failures = result.failed;
    return html`<div class="report" part="report" data-outcome=${failures.length ? 'partial' : 'ok'}>
      <p class="report-title">${doneTitle(action, result.changed)}</p>
      ${result.unchanged ? html`<p>${unchangedText(action, result.unchanged)}</p>` : nothing}
      ${result.cancelled
        ? html`<p>
            ${msg(str`Cancelled after ${formatNumber(result.done)} of ${formatNumber(result.total)}: the others were not changed.`, {
              id: 'bulk.report.cancelled',
            })}
          </p>`
        : nothing}
      ${failures.length
        ? html`<p class="failed-title">
              ${icon('alert')}${msg(str`Failed: ${formatNumber(failures.length)}`, { id: 'bulk.failed-count' })}
            </p>
            <ul class="failures">
              ${failures.slice(0, FAILURES_LISTED).map((failure) => this.#renderFailure(failure))}
            </ul>
            ${failures.length > FAILURES_LISTED
              ? html`<p>${msg(str`Not listed: ${formatNumber(failures.length - FAILURES_LISTED)}`, { id: 'bulk.report.more-failures' })}</p>`
              : nothing}`
        : nothing}
    </div>`;
  }

  #renderFailure(failure: BulkFailure): TemplateResult {
    return html`<li><bdi class="failure-name">${failure.name || failure.id}</bdi>: ${sourceErrorMessage(failure.error)}</li>`;
  }

  #renderDismiss(): TemplateResult {
    return html`<button type="button" id="dismiss" class="button button--quiet dismiss" @click=${this.#dismiss}>
      ${msg('Dismiss', { id: 'bulk.dismiss', desc: 'Button: hide the outcome of a bulk action.' })}
    </button>`;
  }

  #renderDeleteConfirmation(): TemplateResult | typeof nothing {
    if (!this.confirmingDelete) return nothing;
    const count = this.#selectedCount;
    return html`<contact-dialog
      id="delete-dialog"
      part="delete-dialog"
      headline=${msg('Delete contacts?', { id: 'bulk.delete.title' })}
      @contact-dialog-closed=${() => (this.confirmingDelete = false)}
    >
      <p class="confirm-count">
        ${count === undefined
          ? msg('Every contact matching the filter will be deleted.', { id: 'bulk.delete.all' })
          : msg(str`Contacts to delete: ${formatNumber(count)}`, { id: 'bulk.delete.count' })}
      </p>
      <p>${msg('Their conversations and notes will be deleted too. This cannot be undone.', { id: 'card.delete.body' })}</p>
      <button
        slot="actions"
        type="button"
        class="button button--secondary"
        data-action="cancel-delete"
        autofocus
        @click=${(event: Event) => ((event.target as HTMLElement).closest('contact-dialog') as ContactDialog | null)?.requestClose('cancel-button')}
      >
        ${msg('Cancel', { id: 'dialog.cancel' })}
      </button>
      <button slot="actions" type="button" class="button button--danger" data-action="confirm-delete" @click=${this.#confirmDelete}>
        ${count === undefined
          ? msg('Delete all', { id: 'bulk.delete.confirm-all' })
          : msg(str`Delete ${formatNumber(count)}`, { id: 'bulk.delete.confirm', desc: 'Button: delete this many contacts.' })}
      </button>
    </contact-dialog>`;
  }

  // Derived state --------------------------------------------------------------------------------

  get #capabilities(): Capabilities {
    return this.#sources.source?.capabilities ?? FULL_CAPABILITIES;
  }

  /** How many are selected: `count`, else the ids; undefined for a query of unknown size. */
  get #selectedCount(): number | undefined {
    if (this.count !== undefined) return this.count;
    const target = this.target;
    if (!target) return 0;
    return 'ids' in target ? new Set(target.ids).size : undefined;
  }

  #countText(): string {
    const count = this.#selectedCount;
    if (this.target && 'query' in this.target) {
      return count === undefined
        ? msg('All matching contacts', { id: 'bulk.count.all' })
        : msg(str`All matching: ${formatNumber(count)}`, { id: 'bulk.count.all-n' });
    }
    return msg(str`Selected: ${formatNumber(count ?? 0)}`, { id: 'bulk.count.selected' });
  }

  /** The two contacts to merge, when exactly two ids are selected and both are loaded. */
  get #mergePair(): readonly [Contact, Contact] | undefined {
    const target = this.target;
    if (!target || !('ids' in target)) return undefined;
    const ids = [...new Set(target.ids)];
    if (ids.length !== 2) return undefined;
    const [a, b] = ids.map((id) => this.contacts.find((contact) => contact.id === id));
    return a && b ? [a, b] : undefined;
  }

  /**
   * Labels to offer for removal: with every selected contact loaded, only those some of them
   * have; otherwise all of the source's.
   */
  #removableLabels(labels: readonly Label[]): readonly Label[] {
    const target = this.target;
    if (!target || !('ids' in target)) return labels;
    const loaded = new Map(this.contacts.map((contact) => [contact.id, contact]));
    if (!target.ids.every((id) => loaded.has(id))) return labels;
    const present = new Set(target.ids.flatMap((id) => loaded.get(id)!.labels));
    return labels.filter((label) => present.has(label.name));
  }

  #labelItems(labels: readonly Label[]): MenuItem[] {
    return labels.map((label) => {
      const color = safeLabelColor(label.color);
      return {
        id: label.name,
        label: label.name,
        icon: html`<span
          class="label-dot"
          ?data-colored=${color !== undefined}
          style=${styleMap({ '--chip-color': color })}
          aria-hidden="true"
        ></span>`,
      };
    });
  }

  #clock(): BlockClock {
    const timeZone = this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : systemTimeZone();
    return { now: this.now(), timeZone, firstDayOfWeek: firstDayOfWeek(getContactFormatLocale()) };
  }

  #blockConfirmText(): string {
    const count = this.#selectedCount;
    return count === undefined
      ? msg('Block all', { id: 'bulk.block.confirm-all' })
      : msg(str`Block ${formatNumber(count)}`, { id: 'bulk.block.confirm', desc: 'Button: block this many contacts.' });
  }

  // Running --------------------------------------------------------------------------------------

  async #start(action: BulkAction): Promise<void> {
    const source = this.#sources.source;
    const target = this.target;
    if (!source || !target || this.#controller) return;
    const controller = this.#begin(action);
    let report: Report;
    try {
      const result = await runBulkAction(source, target, action, {
        signal: controller.signal,
        contacts: this.contacts,
        onProgress: (progress) => this.#showProgress({ action, ...progress }),
        onChanged: (change) => this.#fireChange(change),
      });
      report = { kind: 'action', action, result };
    } catch (thrown) {
      const error = toSourceError(thrown);
      // Cancelled before anything was done (while finding the contacts).
      report = isAbort(error)
        ? { kind: 'action', action, result: { action: action.type, total: 0, done: 0, changed: 0, unchanged: 0, failed: [], cancelled: true } }
        : { kind: 'error', action, error };
    }
    const changed = report.kind === 'action' && report.result.changed > 0;
    const cancelled = report.kind === 'action' && report.result.cancelled;
    this.#end(report, { action: action.type, changed, cancelled });
  }

  async #export(): Promise<void> {
    const source = this.#sources.source;
    const target = this.target;
    if (!source || !target || this.#controller) return;
    const action = { type: 'export' } as const;
    const controller = this.#begin(action);
    let report: Report;
    try {
      const columns = this.columns?.length ? this.columns : defaultCsvColumns();
      const total = this.#selectedCount;
      const blob = await exportContactsCsv(source, target, columns, {
        signal: controller.signal,
        onProgress: ({ done, total: known }) => this.#showProgress({ action, phase: 'applying', done, total: known ?? total, failed: 0 }),
      });
      downloadBlob(blob, this.filename);
      report = { kind: 'export', exported: (this.#pendingProgress ?? this.running)?.done ?? 0, cancelled: false };
    } catch (thrown) {
      const error = toSourceError(thrown);
      report = isAbort(error) ? { kind: 'export', exported: 0, cancelled: true } : { kind: 'error', action, error };
    }
    this.#end(report, { action: 'export', changed: false, cancelled: report.kind === 'export' && report.cancelled });
  }

  #begin(action: Running['action']): AbortController {
    const controller = new AbortController();
    this.#controller = controller;
    this.#pendingProgress = undefined;
    this.#progressShownAt = 0;
    this.panel = undefined;
    this.report = undefined;
    this.running = { action, phase: 'collecting', done: 0, total: this.#selectedCount, failed: 0 };
    // The button pressed is gone: Cancel is where the agent can go on from.
    this.#focusAfterRender = '#cancel-run';
    return controller;
  }

  /** Shows `progress` now, or within `PROGRESS_INTERVAL_MS` if it was redrawn just before. */
  #showProgress(progress: Running): void {
    this.#pendingProgress = progress;
    const wait = this.#progressShownAt + PROGRESS_INTERVAL_MS - performance.now();
    if (wait <= 0 || progress.phase !== this.running?.phase) {
      this.#flushProgress();
    } else {
      this.#progressTimer ??= setTimeout(() => this.#flushProgress(), wait);
    }
  }

  #flushProgress(): void {
    clearTimeout(this.#progressTimer);
    this.#progressTimer = undefined;
    if (!this.#pendingProgress || !this.#controller) return;
    this.running = this.#pendingProgress;
    this.#progressShownAt = performance.now();
  }

  #end(report: Report, detail: BulkDoneDetail): void {
    clearTimeout(this.#progressTimer);
    this.#progressTimer = undefined;
    this.#pendingProgress = undefined;
    this.#controller = undefined;
    this.running = undefined;
    this.report = report;
    this.#focusAfterRender = '#dismiss';
    this.dispatchEvent(new CustomEvent('bulk-done', { detail, bubbles: true, composed: false }));
  }

  #fireChange(change: BulkChange): void {
    const { contact } = change;
    switch (change.action) {
      case 'add-label':
      case 'remove-label':
        fireContactEvent(this, 'contact-labels-changed', { contact, added: change.added, removed: change.removed });
        break;
      case 'block':
        fireContactEvent(this, 'contact-blocked', { contact });
        break;
      case 'unblock':
        fireContactEvent(this, 'contact-unblocked', { contact });
        break;
      case 'delete':
        fireContactEvent(this, 'contact-deleted', { contact });
        break;
    }
  }

  // Handlers -------------------------------------------------------------------------------------

  #toggleBlockForm = (): void => {
    if (this.panel === 'block') {
      this.#closeBlockForm();
      return;
    }
    this.panel = 'block';
    this.duration = this.#capabilities.timedBlock ? 'hour' : 'forever';
    this.reason = '';
    this.#focusAfterRender = 'input[name="duration"]:checked';
  };

  #closeBlockForm(): void {
    this.panel = undefined;
    this.#focusAfterRender = '#block-button';
  }

  #onBlockKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#closeBlockForm();
  };

  #onBlockSubmit = (event: Event): void => {
    event.preventDefault();
    const capabilities = this.#capabilities;
    const duration = capabilities.timedBlock ? this.duration : 'forever';
    const until = blockEnd(duration, this.#clock());
    const reason = capabilities.blockReason ? this.reason.trim() : '';
    void this.#start({ type: 'block', until, ...(reason ? { reason } : {}) });
  };

  #askDelete = async (): Promise<void> => {
    this.confirmingDelete = true;
    await this.updateComplete;
    await this.renderRoot.querySelector<ContactDialog>('#delete-dialog')?.show();
  };

  #confirmDelete = async (): Promise<void> => {
    await this.renderRoot.querySelector<ContactDialog>('#delete-dialog')?.close('confirmed');
    this.confirmingDelete = false;
    void this.#start({ type: 'delete' });
  };

  #dismiss = (): void => {
    this.report = undefined;
    this.#focusAfterRender = '.bar button';
  };

  #merge([contact, other]: readonly [Contact, Contact]): void {
    if (!fireContactEvent(this, 'contact-merge-request', { contact, other })) return;
    const Dialog = customElements.get('merge-dialog');
    const container = this.renderRoot.querySelector('.dialogs');
    if (!Dialog || !container) return;
    const dialog = new Dialog() as HTMLElement & { show?: () => Promise<void> };
    Object.assign(dialog, { contact, otherContact: other, source: this.#sources.source });
    let merged = false;
    dialog.addEventListener('contact-merged', () => (merged = true));
    dialog.addEventListener(
      'contact-dialog-closed',
      () => {
        dialog.remove();
        if (merged) {
          this.dispatchEvent(
            new CustomEvent('bulk-done', { detail: { action: 'merge', changed: true, cancelled: false }, bubbles: true, composed: false }),
          );
        }
      },
      { once: true },
    );
    container.append(dialog);
    void dialog.show?.();
  }
}

// Words ------------------------------------------------------------------------------------------

function runningTitle(action: Running['action']): string {
  switch (action.type) {
    case 'add-label':
      return msg(str`Adding the label ${action.label}…`, { id: 'bulk.running.add-label' });
    case 'remove-label':
      return msg(str`Removing the label ${action.label}…`, { id: 'bulk.running.remove-label' });
    case 'block':
      return msg('Blocking contacts…', { id: 'bulk.running.block' });
    case 'unblock':
      return msg('Unblocking contacts…', { id: 'bulk.running.unblock' });
    case 'delete':
      return msg('Deleting contacts…', { id: 'bulk.running.delete' });
    case 'export':
      return msg('Exporting contacts…', { id: 'bulk.running.export' });
  }
}

function doneTitle(action: BulkAction, changed: number): string {
  const n = formatNumber(changed);
  switch (action.type) {
    case 'add-label':
      return msg(str`Label ${action.label} added: ${n}`, { id: 'bulk.report.add-label', desc: 'Then the number of contacts.' });
    case 'remove-label':
      return msg(str`Label ${action.label} removed: ${n}`, { id: 'bulk.report.remove-label', desc: 'Then the number of contacts.' });
    case 'block':
      return msg(str`Contacts blocked: ${n}`, { id: 'bulk.report.block' });
    case 'unblock':
      return msg(str`Contacts unblocked: ${n}`, { id: 'bulk.report.unblock' });
    case 'delete':
      return msg(str`Contacts deleted: ${n}`, { id: 'bulk.report.delete' });
  }
}

function unchangedText(action: BulkAction, count: number): string {
  const n = formatNumber(count);
  return action.type === 'remove-label'
    ? msg(str`Did not have the label: ${n}`, { id: 'bulk.report.unchanged.remove-label' })
    : msg(str`Already had the label: ${n}`, { id: 'bulk.report.unchanged.add-label' });
}

function failedTitle(action: Running['action']): string {
  return action.type === 'export'
    ? msg('The contacts could not be exported', { id: 'bulk.error.export' })
    : msg('The action could not be carried out', { id: 'bulk.error.action' });
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-bulk-actions': ContactBulkActions;
  }
}
