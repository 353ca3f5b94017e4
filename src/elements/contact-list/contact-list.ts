import { localized, msg, str } from '@lit/localize';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { html, LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { ContactPages } from '../../controllers/contact-pages.js';
import { PanelController } from '../../controllers/panel-context.js';
import { SourceController } from '../../controllers/source-controller.js';
import { formatNumber, formatPhone } from '../../i18n/format.js';
import { contactStatusName } from '../../i18n/messages.js';
import type { AttributeDefinition, Contact, Label } from '../../model/contact.js';
import { sameQuery } from '../../model/query-key.js';
import { DEFAULT_SORT, EMPTY_QUERY, isEmptyQuery, type ContactQuery, type ContactSort, type SortField } from '../../model/query.js';
import { contactStatus, isBlocked } from '../../model/status.js';
import type { BulkTarget } from '../../sources/bulk.js';
import type { SourceError } from '../../sources/errors.js';
import type { ContactChange, ContactSource } from '../../sources/source.js';
import { fireContactEvent } from '../events.js';
import { avatar } from '../shared/avatar.js';
import { icon } from '../shared/icons.js';
import { sourceErrorBlock } from '../shared/source-error.js';
import { statusBadge } from '../shared/status-badge.js';
import { relativeTime } from '../shared/time.js';
import {
  availableColumns,
  columnTrack,
  DEFAULT_COLUMNS,
  exportColumns,
  labelChipsFor,
  MAX_LABEL_CHIPS,
  resolveColumns,
  type CellContext,
  type ColumnDefinition,
  type ExportColumn,
} from './columns.js';
import { contactListStyles } from './contact-list.styles.js';
import { gridMove, HEADER_ROW, type GridPosition } from './grid-keys.js';
import { CONTACT_ROWS_LAYOUT } from './rows-layout.js';

/**
 * The contacts a person checked, as bulk actions take them (`BulkTarget`): a list of ids, or
 * "every contact matching this query" (minus the ones unchecked since), which holds across
 * pages never loaded.
 */
export type ContactListSelection = BulkTarget;

/** Checkbox selection inside the element: sets, so a check costs the same at 100,000 rows. */
type Checked = { readonly all: false; readonly ids: ReadonlySet<string> } | { readonly all: true; readonly except: ReadonlySet<string> };

const NOTHING_CHECKED: Checked = { all: false, ids: new Set() };
const NO_CONTACTS: readonly Contact[] = [];
/** The first load's placeholder rows (skeletons): one shared array, recognised by identity. */
const LOADING_ROWS: readonly null[] = Array.from({ length: 8 }, () => null);
/**
 * The first load before the list's first frame: no placeholder rows yet. A source that answers
 * at once (in memory, cached) then shows its rows straight away; building and laying out
 * placeholders nobody would see made its first rows a frame late.
 */
const NO_ROWS_YET: readonly null[] = [];
/**
 * A contact with the usual fields, rendered once off screen while the first page is in flight
 * (see `#prepareRows`). Never shown, never sent anywhere.
 */
const SAMPLE_CONTACT: Contact = {
  id: 'sample',
  name: 'Sample Contact',
  email: 'sample@example.com',
  phone: '+380671234567',
  sourceChannel: 'whatsapp',
  channels: [],
  labels: ['sample'],
  attributes: {},
  createdAt: new Date(0),
  lastActivityAt: new Date(0),
  block: null,
  conversationStatuses: [],
};
/** Whether a row was prepared in this document: Lit's template cache and the formatters' are shared by every list. */
let rowsPrepared = false;
/** Width of the checkbox column and of the row actions, in rem (the table's minimum width). */
const CHECK_COLUMN_REM = 2.75;
const ACTIONS_COLUMN_REM = 5;
const FALLBACK_ROW_HEIGHT = 56;
/** Below this container width (in rem, as the styles' container query) rows take the compact layout. */
const COMPACT_MAX_REM = 30;
/**
 * When the rendered range moves by more than a quarter of its rows, every row element takes the
 * contact now at its place instead (see `#rowKey`). A dragged scrollbar moves it hundreds of rows
 * a frame, then the virtualizer corrects its estimate by a third: building the rows of either was
 * most of the frame's time; updating rows in place costs less than building a quarter of them.
 */
const REUSE_ROWS_FROM = 4;

/**
 * The bulk actions (`<contact-bulk-actions>` and the dialog it opens, about a quarter of the
 * list's code) load the first time a contact is checked. The list renders the tag from the
 * start; properties Lit sets on it before the upgrade are kept.
 */
let bulkActions: Promise<void> | undefined;
function loadBulkActions(): void {
  bulkActions ??= import('./bulk-actions.js').then(
    (module) => module.defineBulkActions(),
    (error: unknown) => {
      bulkActions = undefined; // a failed load (offline) is tried again on the next check
      console.warn('contact-elements: could not load the bulk actions', error);
    },
  );
}

/** A dialog element of this library (`<block-dialog>`), as far as the list uses it. */
type LibraryDialog = HTMLElement & { show?: () => Promise<void> };

/**
 * Contacts as a table that stays fast at any size: virtualized rows (the DOM holds only what is
 * on screen plus a small buffer, whether the source has 10 contacts or 100,000), pages fetched
 * from the source as the viewport approaches them, sortable columns a person chooses, checkbox
 * selection for bulk actions, row actions, and live updates.
 *
 * **Data.** The `source` property or the nearest `<contact-source-provider>`'s. The `query`
 * property chooses the contacts; inside a provider the list follows the panel's query (a
 * `<contact-filter>` beside it) with no code. A new query or source aborts the requests in
 * flight, and a late answer to an old one is never shown. While a new query's first page loads,
 * the rows on screen stay, inert, with the grid `aria-busy` and a moving bar under the header,
 * and are then replaced in place; the first load shows skeleton rows.
 *
 * **Selection.** Click a row or press Enter on it: it becomes the current contact
 * (`aria-current`, highlighted) and `contact-select` fires; the panel's card follows. The
 * checkboxes (Space, Shift for a range) choose contacts for bulk actions: `aria-selected`. The
 * header's checkbox selects every contact matching the query, loaded or not; `selection` then
 * holds the query rather than ids.
 *
 * **Keyboard** (WAI-ARIA grid): one tab stop; arrows move between cells, Home/End to the ends of
 * a row, Ctrl+Home/End to the first and last row, PageUp/PageDown by a screenful (rows not yet
 * loaded are fetched and focused when they arrive); Space checks a row, Enter opens it.
 * `aria-rowcount` is the total, each row has its `aria-rowindex`.
 *
 * **Layout.** A table in a wide container; below 30rem (a 320px sidebar) each contact takes a
 * compact two-line row. Container queries, so it follows its container, not the viewport.
 *
 * @tagname contact-list
 * @summary Virtualized, paged, sortable and selectable list of contacts from any source.
 *
 * @fires contact-select - A person opened a contact (click or Enter on its row, or Open).
 * @fires contact-query-change - A person changed the query here: a sort header, Clear filters.
 * @fires contact-columns-change - A person changed the visible columns (`detail.columns`).
 * @fires contact-create-request - A person asked to create a contact (the empty list).
 * @fires contact-block-request - A person asked to block or unblock a contact; cancelable:
 * otherwise `<block-dialog>` opens when the page defines it.
 *
 * @csspart toolbar - The bar above the table: count, selection, bulk actions, column chooser.
 * @csspart bulk-actions - The bulk actions for the checked contacts (`<contact-bulk-actions>`):
 * add or remove a label, block, unblock, export as CSV, delete, merge two.
 * @csspart count - The number of contacts.
 * @csspart columns-button - The button that opens the column chooser.
 * @csspart columns-menu - The column chooser.
 * @csspart grid - The table (role grid).
 * @csspart header - The header row.
 * @csspart row - A contact's row.
 * @csspart cell - A cell.
 * @csspart avatar - An avatar.
 * @csspart status-badge - A status badge.
 * @csspart state - The empty, no-results and no-source messages.
 * @csspart error - The error block.
 *
 * @cssprop [--contact-surface] - Background of the list.
 * @cssprop [--contact-surface-hover] - Background of a row under the pointer.
 * @cssprop [--contact-surface-selected] - Background of checked rows and the current row.
 * @cssprop [--contact-border] - Lines between rows.
 * @cssprop [--contact-accent] - Mark of the current row; sort indicators.
 * @cssprop [--contact-row-height] - Height of a table row.
 */
@localized()
export class ContactList extends LitElement {
  static override styles = contactListStyles;

  /** The data source; without one, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false }) source: ContactSource | undefined;

  /**
   * The contacts to show (search, labels, conditions, sort). Setting it fires nothing. Inside
   * a provider the list follows the panel's query.
   */
  @property({ attribute: false }) query: ContactQuery = EMPTY_QUERY;

  /**
   * The visible columns, in order: `name`, `phone`, `email`, `channel`, `lastActivity`,
   * `status`, `labels`, `createdAt` and `attribute:<key>` for a custom attribute. Unknown ids
   * are skipped. A person's changes fire `contact-columns-change`, so a host can keep them.
   */
  @property({ attribute: false }) columns: readonly string[] = DEFAULT_COLUMNS;

  /** The current contact (highlighted); follows the panel's selection. Setting it fires nothing. */
  @property({ attribute: 'selected-id' }) selectedId: string | undefined;

  /** @internal */
  @state() private checked: Checked = NOTHING_CHECKED;
  /** @internal */
  @state() private chooserOpen = false;
  /**
   * The container is narrow (under 30rem): rows render the compact two-line cell instead of the
   * data cells. Only one of the two layouts is rendered, not both with one hidden by CSS: that
   * halves the DOM and the work per row while scrolling. The container query still styles it.
   * @internal
   */
  @state() private compact = false;

  /** @internal */
  @query('.body') private body!: HTMLElement | null;
  /** @internal */
  @query('.grid') private grid!: HTMLElement | null;

  readonly #sources = new SourceController(this, { onChange: (change) => this.#onSourceChange(change) });
  readonly #pages = new ContactPages(this, { source: () => this.#sources.source, query: () => this.#effectiveQuery() });
  readonly #clock = new ClockController(this);
  /** The source's labels (chip colours) and attribute definitions (columns), per source. */
  #catalogOf: ContactSource | undefined;
  #catalogAbort: AbortController | undefined;
  #labels: ReadonlyMap<string, Label> = new Map();
  #definitions: readonly AttributeDefinition[] = [];

  /** The cell with the grid's tab stop (row -1: the header). */
  #active: GridPosition = { row: 0, column: 1 };
  /** Focus should go to the active cell as soon as it is rendered (a keyboard move, recycling). */
  #wantFocus = false;
  /** The next focus comes from a keyboard move: scroll the cell fully into view. */
  #revealOnFocus = false;
  /** Whether keyboard focus is inside the grid (kept while the virtualizer recycles its row). */
  #focusInside = false;
  /** The focus is being put on the rows' scroller while its row is away: not a person tabbing there. */
  #parkingFocus = false;
  /** Anchor of a Shift range: the row last checked or unchecked. */
  #anchor: number | undefined;
  /** The rows last shown and their source: kept on screen while a new query's first page loads. */
  #kept: { readonly source: ContactSource; readonly rows: readonly (Contact | null)[] } | undefined;
  /** A new query: its rows start at the top. */
  #scrollToTop = false;
  /** The list has had a frame: a first load from now on shows placeholder rows (`NO_ROWS_YET`). */
  #hadFrame = false;
  /** The rows the virtualizer renders, and the index whose row has key 0: see `#rowKey`. */
  #range: { readonly first: number; readonly last: number } | undefined;
  #keyBase = 0;
  #refreshTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #observer = new MutationObserver(() => {
    dropLeftoverMarkers(this.body);
    this.#syncFocus();
  });
  #observed: HTMLElement | undefined;
  /** The element's width in rem, as last measured (`#fitWidth`); the table's columns share it. */
  #widthRem: number | undefined;
  /** The label chips the rows were last rendered with (`#labelChipsFor`). */
  #maxLabelChips = MAX_LABEL_CHIPS;
  readonly #resizeObserver = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (entry) this.#fitWidth(entry.contentRect.width);
  });

  constructor() {
    super();
    new PanelController(this, {
      onQuery: (query) => {
        if (!sameQuery(query, this.query)) this.query = query;
      },
      onSelection: (id) => {
        this.selectedId = id;
      },
    });
  }

  /** The checked contacts, as bulk actions take them (read-only; changes with each check). */
  get selection(): ContactListSelection {
    const checked = this.checked;
    return checked.all ? { query: this.query, except: [...checked.except] } : { ids: [...checked.ids] };
  }

  /** How many contacts are checked; undefined when all matching are and the total is unknown. */
  get selectedCount(): number | undefined {
    const checked = this.checked;
    if (!checked.all) return checked.ids.size;
    const total = this.#pages.total;
    return total === undefined ? undefined : Math.max(0, total - checked.except.size);
  }

  /**
   * The checked contacts among the rows loaded so far (all of them for a selection by ids,
   * which can only be made on loaded rows), e.g. for a merge of exactly two.
   */
  get selectedContacts(): Contact[] {
    return this.#pages.rows.filter((contact): contact is Contact => contact !== null && this.#isChecked(contact.id));
  }

  /** The total number of contacts matching the query, when the source knows it. */
  get total(): number | undefined {
    return this.#pages.total;
  }

  /** The visible columns as `{ header, value }` in plain text, for a CSV export. */
  get exportColumns(): ExportColumn[] {
    return exportColumns(this.#columns());
  }

  /** Unchecks every contact. */
  clearSelection(): void {
    this.checked = NOTHING_CHECKED;
    this.#anchor = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver.disconnect();
    this.#observer.disconnect();
    this.#observed = undefined;
    clearTimeout(this.#refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The width is measured before the first render, not at the resize observer's first call in
    // the next frame: a source answering at once would have its rows rendered as a table, then
    // again as a sidebar's compact rows (or with other label chips), all in that one frame. The
    // page's layout, forced here, is the layout that frame would have done. (The border box: a
    // host padding the element gets the observer's correction before that frame is painted.)
    if (!this.hasUpdated) {
      const { width } = this.getBoundingClientRect();
      if (width > 0) this.#fitWidth(width);
    }
    this.#loadCatalog(this.#sources.source);
    // Other contacts asked for: the checks made among the old ones mean nothing any more. A new
    // order of the same contacts (a sort header) keeps them.
    const previous = changed.get('query');
    if (previous && !sameContacts(this.query, previous)) this.clearSelection();
    if (previous && !sameQuery(this.query, previous)) this.#scrollToTop = true;
    if (this.checked.all || this.checked.ids.size > 0) loadBulkActions();
  }

  protected override firstUpdated(): void {
    requestAnimationFrame(() => {
      this.#hadFrame = true;
      if (this.#pages.status === 'loading') this.requestUpdate();
    });
  }

  protected override updated(): void {
    if (this.#scrollToTop) {
      this.#scrollToTop = false;
      const frame = this.renderRoot.querySelector<HTMLElement>('.grid-frame');
      if (frame) frame.scrollTop = 0;
    }
    const body = this.body ?? undefined;
    if (body !== this.#observed) {
      this.#observer.disconnect();
      // A reused row changes its `data-row` and text, not its elements: watch that too.
      if (body) this.#observer.observe(body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-row'] });
      this.#observed = body;
    }
    this.#syncFocus();
    if (this.#pages.status === 'loading' && !rowsPrepared) this.#prepareRows();
  }

  /**
   * Renders one row of a sample contact into a detached fragment, once, while the first page is
   * in flight (its request went out before this render). Lit parses each cell's template the
   * first time it renders it, and the Intl formatters and the initials' text segmenter are built
   * on first use: done here, none of that is in the frame that shows the first rows, where it
   * was about a third of the rows' script.
   */
  #prepareRows(): void {
    rowsPrepared = true;
    const source = this.#sources.source;
    if (!source) return;
    const columns = this.#columns();
    const row = this.#renderRow(SAMPLE_CONTACT, 0, columns, this.#cellContext(columns), { block: source.capabilities.block });
    render(row, document.createDocumentFragment(), { host: this });
    formatNumber(0);
  }

  override render() {
    const source = this.#sources.source;
    return html`${this.#renderToolbar(source)}${this.#renderContent(source)}<div class="dialogs"></div>`;
  }

  // Rendering ---------------------------------------------------------------------------

  #renderToolbar(source: ContactSource | undefined): TemplateResult | typeof nothing {
    if (!source) return nothing;
    const pages = this.#pages;
    const total = pages.total;
    const count = total !== undefined ? formatNumber(total) : pages.status === 'ready' ? `${formatNumber(pages.loaded)}+` : '';
    const countText = count ? msg(str`Contacts: ${count}`, { id: 'contact-list.count', desc: 'A number, or "50+" when the source does not count.' }) : '';
    const selected = this.selectedCount;
    const anyChecked = this.checked.all || this.checked.ids.size > 0;
    return html`<div class="toolbar" part="toolbar">
      <span class="count" part="count" role="status">${countText}</span>
      ${anyChecked
        ? html`${!this.checked.all && pages.total !== undefined && pages.total > (selected ?? 0)
              ? html`<button type="button" class="button button--quiet" @click=${this.#checkAllMatching}>
                  ${msg(str`Select all matching (${formatNumber(pages.total)})`, { id: 'contact-list.select-all-matching', desc: 'The number of matching contacts.' })}
                </button>`
              : nothing}
            <button type="button" class="button button--quiet" @click=${this.clearSelection}>
              ${msg('Clear selection', { id: 'contact-list.clear-selection' })}
            </button>`
        : nothing}
      <span class="toolbar-end">${this.#renderColumnChooser()}</span>
    </div>
    ${this.#renderBulkActions(source, anyChecked, selected)}`;
  }

  /**
   * Under the toolbar and always in the template: the bulk actions render nothing with nothing
   * checked and nothing to report, say how many are checked when some are, and keep a run going
   * (and its report on screen) after the checks are cleared; removing them would cancel the run.
   */
  #renderBulkActions(source: ContactSource, anyChecked: boolean, selected: number | undefined): TemplateResult {
    return html`<contact-bulk-actions
      class="bulk-actions"
      part="bulk-actions"
      .source=${source}
      .target=${anyChecked ? this.selection : undefined}
      .count=${selected}
      .contacts=${anyChecked ? this.selectedContacts : NO_CONTACTS}
      .columns=${this.exportColumns}
      @bulk-done=${this.#onBulkDone}
    ></contact-bulk-actions>`;
  }

  /** A bulk action changed the checked contacts (labelled, blocked, deleted…): start afresh. */
  #onBulkDone = (event: CustomEvent<{ readonly changed: boolean }>): void => {
    if (event.detail.changed) this.clearSelection();
  };

  #renderColumnChooser(): TemplateResult {
    const shown = new Set(this.#columns().map((column) => column.id));
    const available = availableColumns(this.#definitions);
    return html`<button
        id="columns-button"
        type="button"
        class="button button--secondary columns-button"
        part="columns-button"
        aria-expanded=${this.chooserOpen ? 'true' : 'false'}
        aria-controls="columns-menu"
        @click=${this.#toggleChooser}
      >
        ${icon('columns')}<span>${msg('Columns', { id: 'contact-list.columns' })}</span>
      </button>
      <div
        id="columns-menu"
        class="popover columns-menu"
        part="columns-menu"
        role="group"
        aria-labelledby="columns-button"
        ?hidden=${!this.chooserOpen}
        @keydown=${this.#onChooserKeydown}
        @focusout=${this.#onChooserFocusOut}
      >
        <ul class="menu">
          ${available.map(
            (column) => html`<li>
              <label class="menu-item">
                <input
                  type="checkbox"
                  class="checkbox"
                  data-column=${column.id}
                  .checked=${live(shown.has(column.id))}
                  ?disabled=${shown.has(column.id) && shown.size === 1}
                  @change=${this.#onColumnToggle}
                />
                <span>${column.header()}</span>
              </label>
            </li>`,
          )}
        </ul>
      </div>`;
  }

  #renderContent(source: ContactSource | undefined): TemplateResult {
    if (!source) {
      return this.#message(
        msg('No data source', { id: 'contact-list.no-source' }),
        msg('Give the list a source, or put it inside a <contact-source-provider>.', { id: 'contact-list.no-source-hint' }),
      );
    }
    const pages = this.#pages;
    if (pages.status === 'error') {
      this.#kept = undefined;
      return html`<div class="state">
        ${sourceErrorBlock(pages.error, {
          context: msg('Contacts could not be loaded', { id: 'contact-list.load-failed' }),
          onRetry: () => pages.retry(),
        })}
      </div>`;
    }
    if (pages.status === 'loading') {
      // A new query (a keystroke in the filter): the previous rows stay, busy and inert, until
      // the new ones replace them in place, rather than a skeleton flashing in between. The
      // first load: placeholder rows, which its first page fills in place.
      const kept = this.#kept;
      const placeholders = this.#hadFrame ? LOADING_ROWS : NO_ROWS_YET;
      return this.#renderTable(source, kept && kept.source === source ? kept.rows : placeholders, undefined);
    }
    this.#kept = undefined;
    if (pages.rows.length === 0) {
      if (isEmptyQuery(this.query)) {
        return this.#message(
          msg('No contacts yet', { id: 'contact-list.empty' }),
          msg('Contacts appear here when customers write in, or when you create one.', { id: 'contact-list.empty-hint' }),
          source.capabilities.createContact
            ? html`<button type="button" class="button button--primary" @click=${this.#requestCreate}>
                ${icon('plus')}<span>${msg('Create contact', { id: 'contact-list.create' })}</span>
              </button>`
            : nothing,
        );
      }
      return this.#message(
        msg('No contacts match this filter', { id: 'contact-list.no-results' }),
        msg('Try other words or fewer conditions.', { id: 'contact-list.no-results-hint' }),
        html`<button type="button" class="button button--secondary" @click=${this.#clearFilters}>
          ${msg('Clear filters', { id: 'contact-list.clear-filters' })}
        </button>`,
      );
    }
    // A later page (or a reload after a live change) failed: the rows stay, the reason and
    // Retry show above them.
    return this.#renderTable(source, pages.rows, pages.error);
  }

  /**
   * The table, with a failure above it. One template whatever the state, so the table (and its
   * virtualizer and row elements) lives on from one query to the next.
   */
  #renderTable(source: ContactSource, rows: readonly (Contact | null)[], error: SourceError | undefined): TemplateResult {
    return html`${error
      ? html`<div class="inline-error">
          ${sourceErrorBlock(error, {
            context: msg('More contacts could not be loaded', { id: 'contact-list.more-failed' }),
            onRetry: () => this.#pages.retry(),
          })}
        </div>`
      : nothing}${this.#renderGrid(source, rows)}`;
  }

  #message(title: string, hint: string, action: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<div class="state" part="state">
      <p class="state-title">${title}</p>
      <p class="state-hint">${hint}</p>
      ${action}
    </div>`;
  }

  /**
   * The table of `rows`: the current query's; or, while a query's first page loads, the previous
   * query's (`#kept`, "refreshing") or placeholders (`LOADING_ROWS`, the first load). One
   * template for the three, so the table, its virtualizer and its row elements carry over: the
   * first page updates the placeholder rows in place.
   */
  #renderGrid(source: ContactSource, rows: readonly (Contact | null)[]): TemplateResult {
    const columns = this.#columns();
    const pages = this.#pages;
    const loading = rows === LOADING_ROWS || rows === NO_ROWS_YET;
    const stale = rows !== pages.rows && !loading;
    if (rows === pages.rows) this.#kept = { source, rows };
    const total = stale ? rows.length : pages.total;
    const rowCount = loading ? nothing : total === undefined ? -1 : total + 1;
    const context = this.#cellContext(columns);
    this.#maxLabelChips = context.maxLabelChips;
    const actions = { block: source.capabilities.block };
    return html`<div class="grid-frame" style=${styleMap(this.#gridStyle(columns))}>
      <div
        class=${stale ? 'grid refreshing' : 'grid'}
        part="grid"
        role="grid"
        aria-label=${msg('Contacts', { id: 'contact-list.label' })}
        aria-rowcount=${rowCount}
        aria-multiselectable="true"
        aria-busy=${stale || loading ? 'true' : nothing}
        @keydown=${this.#onGridKeydown}
        @focusin=${this.#onFocusIn}
        @focusout=${this.#onFocusOut}
      >
        <div class="head" role="rowgroup">${this.#renderHeader(columns, !loading)}</div>
        <div class="body" role="rowgroup" tabindex="-1" @rangeChanged=${this.#onRangeChanged}>
          ${virtualize({
            // Not its own scroller: the frame scrolls both ways, so the vertical scrollbar stays
            // in view when a wide table scrolls sideways, and the header sticks to the top.
            items: rows as (Contact | null)[],
            layout: CONTACT_ROWS_LAYOUT,
            keyFunction: this.#rowKey,
            renderItem: (contact: Contact | null, index: number) =>
              this.#renderRow(contact, index, columns, context, actions, !loading),
          })}
        </div>
      </div>
      ${stale || loading ? html`<span class="visually-hidden" role="status">${msg('Loading contacts…', { id: 'contact-list.loading' })}</span>` : nothing}
    </div>`;
  }

  /**
   * Fits the rows to the element's content width (`widthPx`): compact rows below 30rem (the
   * container query's own measure, against rem of the root), else as many label chips as the
   * labels column has room for.
   */
  #fitWidth(widthPx: number): void {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    this.#widthRem = widthPx / rem;
    const compact = this.#widthRem <= COMPACT_MAX_REM;
    if (compact !== this.compact) this.compact = compact;
    else if (!compact && this.#labelChipsFor(this.#columns()) !== this.#maxLabelChips) this.requestUpdate();
  }

  #cellContext(columns: readonly ColumnDefinition[]): CellContext {
    return { now: this.#clock.now, labels: this.#labels, maxLabelChips: this.#labelChipsFor(columns) };
  }

  /** Label chips the labels column has room for at the width last measured (two before the first measure). */
  #labelChipsFor(columns: readonly ColumnDefinition[]): number {
    if (this.#widthRem === undefined) return MAX_LABEL_CHIPS;
    const fixed = CHECK_COLUMN_REM + ACTIONS_COLUMN_REM;
    return labelChipsFor(columns, Math.max(this.#widthRem, this.#tableMinRem(columns)) - fixed);
  }

  #tableMinRem(columns: readonly ColumnDefinition[]): number {
    return CHECK_COLUMN_REM + ACTIONS_COLUMN_REM + columns.reduce((sum, column) => sum + column.min, 0);
  }

  #gridStyle(columns: readonly ColumnDefinition[]): Record<string, string> {
    return {
      '--_columns': `${CHECK_COLUMN_REM}rem ${columns.map(columnTrack).join(' ')} ${ACTIONS_COLUMN_REM}rem`,
      '--_table-min': `${this.#tableMinRem(columns)}rem`,
    };
  }

  #renderHeader(columns: readonly ColumnDefinition[], interactive: boolean): TemplateResult {
    const sort = this.#sort();
    const sortable = new Set<SortField>(this.#sources.source?.capabilities.sortFields ?? []);
    const checked = this.checked;
    const allState = checked.all ? (checked.except.size ? 'mixed' : 'true') : checked.ids.size ? 'mixed' : 'false';
    return html`<div class="row header-row" part="header" role="row" aria-rowindex="1" data-row=${HEADER_ROW}>
      <div class="cell check-cell" role="columnheader">
        <label class="check-target">
          <input
            type="checkbox"
            class="checkbox"
            tabindex="-1"
            data-nav
            aria-label=${msg('Select all matching contacts', { id: 'contact-list.select-all' })}
            .checked=${live(allState === 'true')}
            .indeterminate=${allState === 'mixed'}
            ?disabled=${!interactive}
            @click=${this.#onHeaderCheck}
          />
        </label>
      </div>
      ${this.compact
        ? html`<div class="cell compact-cell column-header" role="columnheader" tabindex="-1" data-nav>
            ${msg('Contact', { id: 'contact-list.column.contact' })}
          </div>`
        : columns.map((column) => {
        // Only the orders the source can give are offered.
        const field = column.sort && sortable.has(column.sort) ? column.sort : undefined;
        const sorted = field && sort.field === field ? sort.direction : undefined;
        const ariaSort = field ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : nothing;
        return field
          ? html`<div class="cell column-header" role="columnheader" aria-sort=${ariaSort} data-column=${column.id}>
              <button
                type="button"
                class="sort-button"
                tabindex="-1"
                data-nav
                data-sort=${field}
                ?disabled=${!interactive}
                @click=${() => this.#sortBy(field)}
              >
                <span>${column.header()}</span>
                ${sorted ? icon(sorted === 'asc' ? 'sort-asc' : 'sort-desc') : nothing}
              </button>
            </div>`
          : html`<div class="cell column-header" role="columnheader" tabindex="-1" data-nav data-column=${column.id}>
              ${column.header()}
            </div>`;
      })}
      <div class="cell actions-cell column-header" role="columnheader" tabindex="-1" data-nav>
        <span class="visually-hidden">${msg('Actions', { id: 'contact-list.column.actions' })}</span>
      </div>
    </div>`;
  }

  /**
   * A contact's row, or the placeholder of one not loaded yet (`contact` null). One template for
   * both, and rows keyed by their place on screen (see `#rowKey`): a row scrolled out of view is
   * reused for the one scrolling in, and a placeholder becomes its contact, by updating text and
   * attributes rather than building new elements. Building them (style and layout of forty new
   * elements a row) was most of a scrolled frame's time.
   *
   * `focusable` is false for the loading state's rows, outside the grid's keyboard model.
   */
  #renderRow(
    contact: Contact | null,
    index: number,
    columns: readonly ColumnDefinition[],
    context: CellContext,
    actions: { block: boolean },
    focusable = true,
  ): TemplateResult {
    // A placeholder's cells are focusable in place, so keyboard jumps land at once.
    const placeholderNav = !contact && focusable ? '' : nothing;
    const placeholderTabIndex = contact ? nothing : '-1';
    const skeleton = html`<span class="skeleton"></span>`;
    return html`<div
      class=${contact ? 'row' : 'row skeleton-row'}
      part=${contact ? 'row' : nothing}
      role="row"
      aria-rowindex=${index + 2}
      aria-selected=${contact ? (this.#isChecked(contact.id) ? 'true' : 'false') : nothing}
      aria-current=${contact && contact.id === this.selectedId ? 'true' : nothing}
      aria-busy=${contact ? nothing : 'true'}
      data-row=${index}
      data-id=${contact?.id ?? nothing}
      @click=${this.#onRowClick}
    >
      <div class="cell check-cell" part="cell" role="gridcell" tabindex=${placeholderTabIndex} data-nav=${placeholderNav}>
        ${contact ? this.#renderCheckbox(contact) : nothing}
      </div>
      ${this.compact
        ? html`<div class="cell compact-cell" part="cell" role="gridcell" tabindex="-1" data-nav=${contact ? '' : placeholderNav}>
            ${contact ? this.#renderCompact(contact, context) : skeleton}
          </div>`
        : columns.map(
            (column) =>
              html`<div class="cell" part="cell" role="gridcell" tabindex="-1" data-nav=${contact ? '' : placeholderNav} data-column=${column.id}>
                ${contact ? column.cell(contact, context) : skeleton}
              </div>`,
          )}
      <div class="cell actions-cell" part="cell" role="gridcell" tabindex=${placeholderTabIndex} data-nav=${placeholderNav}>
        ${contact ? this.#renderRowActions(contact, context, actions) : nothing}
      </div>
    </div>`;
  }

  #renderCheckbox(contact: Contact): TemplateResult {
    return html`<label class="check-target">
      <input
        type="checkbox"
        class="checkbox"
        tabindex="-1"
        data-nav
        aria-label=${msg(str`Select ${contact.name}`, { id: 'contact-list.select-row' })}
        .checked=${live(this.#isChecked(contact.id))}
        @click=${this.#onRowCheck}
      />
    </label>`;
  }

  /**
   * Open, and block or unblock. The compact row has no open button: the row itself opens (click,
   * Enter), and in a sidebar the button's room is what the phone number and the time need.
   */
  #renderRowActions(contact: Contact, context: CellContext, actions: { block: boolean }): TemplateResult {
    const blocked = isBlocked(contact, context.now);
    return html`${this.compact
        ? nothing
        : html`<button
            type="button"
            class="icon-button"
            tabindex="-1"
            data-nav
            data-action="open"
            aria-label=${msg(str`Open ${contact.name}`, { id: 'contact-list.open' })}
            title=${msg('Open', { id: 'contact-list.open-short' })}
            @click=${() => this.#select(contact)}
          >
            ${icon('external-link')}
          </button>`}
      ${actions.block
        ? html`<button
            type="button"
            class="icon-button"
            tabindex="-1"
            data-nav
            data-action=${blocked ? 'unblock' : 'block'}
            aria-label=${blocked
              ? msg(str`Unblock ${contact.name}`, { id: 'contact-list.unblock' })
              : msg(str`Block ${contact.name}`, { id: 'contact-list.block' })}
            title=${blocked ? msg('Unblock', { id: 'contact-list.unblock-short' }) : msg('Block', { id: 'contact-list.block-short' })}
            @click=${() => this.#requestBlock(contact, blocked ? 'unblock' : 'block')}
          >
            ${icon(blocked ? 'check' : 'block')}
          </button>`
        : nothing}`;
  }

  /**
   * Beside the name in a sidebar, only a status worth a look takes room: "Blocked" (its end on
   * hover and for screen readers) or "Inactive". "Active", most rows, is said to screen readers
   * only; a badge on every row squeezed every name to a few letters.
   */
  #renderCompactStatus(contact: Contact, context: CellContext): TemplateResult {
    return contactStatus(contact, context.now) === 'active'
      ? html`<span class="visually-hidden">${contactStatusName('active')}</span>`
      : statusBadge(contact, { now: context.now, brief: true });
  }

  /** The two-line row of narrow containers: avatar; name and status; phone or email, last activity. */
  #renderCompact(contact: Contact, context: CellContext): TemplateResult {
    // One way to reach them fits a sidebar: the phone, else the email.
    const reach = contact.phone ? formatPhone(contact.phone) : contact.email;
    return html`<span class="compact">
      ${avatar(contact, { size: 'm', decorative: true })}
      <span class="compact-lines">
        <span class="compact-line">
          <span class="name" dir="auto">${contact.name}</span>
          ${this.#renderCompactStatus(contact, context)}
        </span>
        <span class="compact-line compact-details">
          ${reach ? html`<span dir="ltr" class="truncate">${reach}</span>` : nothing}
          ${contact.lastActivityAt ? relativeTime(contact.lastActivityAt, { now: context.now, focusable: false }) : nothing}
        </span>
      </span>
    </span>`;
  }

  // Data ---------------------------------------------------------------------------------

  /** The sort in force: the query's, else the default one if the source can give it, else its first. */
  #sort(): ContactSort {
    if (this.query.sort) return this.query.sort;
    const fields = this.#sources.source?.capabilities.sortFields ?? [];
    const field = fields.includes(DEFAULT_SORT.field) ? DEFAULT_SORT.field : fields[0];
    if (!field || field === DEFAULT_SORT.field) return DEFAULT_SORT;
    return { field, direction: field === 'name' ? 'asc' : 'desc' };
  }

  /** The query as asked of the source: with a sort it supports when the query names none. */
  #effectiveQuery(): ContactQuery {
    const sort = this.#sort();
    return this.query.sort || sort === DEFAULT_SORT ? this.query : { ...this.query, sort };
  }

  #columns(): ColumnDefinition[] {
    // A host binding `undefined` gets the default columns.
    const columns = resolveColumns(this.columns ?? DEFAULT_COLUMNS, this.#definitions);
    return columns.length ? columns : resolveColumns(DEFAULT_COLUMNS);
  }

  #onSourceChange(change: ContactChange): void {
    switch (change.type) {
      case 'updated':
        // In place: the row stays where the person sees it until the list is next reloaded.
        this.#pages.patch(change.contact);
        return;
      case 'created':
        this.#scheduleRefresh();
        return;
      case 'deleted':
        this.#pages.remove(change.id);
        this.#uncheck(change.id);
        this.#scheduleRefresh();
        return;
      case 'merged':
        this.#pages.remove(change.removedId);
        this.#pages.patch(change.contact);
        this.#uncheck(change.removedId);
        this.#scheduleRefresh();
        return;
      case 'labels-changed':
        this.#loadCatalog(this.#sources.source, true);
        return;
      default:
        return;
    }
  }

  /**
   * Loads the labels and attribute definitions of `source` (again when `reload`, keeping the old
   * ones on screen until the new ones arrive). Failures are left silent on purpose: chips then
   * show without colours and attribute columns wait, while the rows, whose failures do show,
   * stay usable.
   */
  #loadCatalog(source: ContactSource | undefined, reload = false): void {
    if (source === this.#catalogOf && !reload) return;
    this.#catalogOf = source;
    this.#catalogAbort?.abort();
    if (!reload) {
      this.#labels = new Map();
      this.#definitions = [];
    }
    if (!source) return;
    const controller = new AbortController();
    this.#catalogAbort = controller;
    const current = () => !controller.signal.aborted;
    source.listLabels({ signal: controller.signal }).then((labels) => {
      if (!current()) return;
      this.#labels = new Map(labels.map((label) => [label.name, label]));
      this.requestUpdate();
    }, ignore);
    source.listAttributeDefinitions({ signal: controller.signal }).then((definitions) => {
      if (!current()) return;
      this.#definitions = definitions;
      this.requestUpdate();
    }, ignore);
  }

  /** Several changes in a row (an import, a bulk action) cost one reload. */
  #scheduleRefresh(): void {
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => this.#pages.refresh(), 50);
  }

  #onRangeChanged = (event: Event & { first?: number; last?: number }): void => {
    const { first, last } = event;
    // Runs before the virtualizer renders the new range (this listener is added first).
    if (typeof first === 'number' && typeof last === 'number') {
      const previous = this.#range;
      if (previous && Math.abs(first - previous.first) > (previous.last - previous.first + 1) / REUSE_ROWS_FROM) {
        // A jump: the new first row takes the old first row's key.
        this.#keyBase = first - (previous.first - this.#keyBase);
      }
      this.#range = { first, last };
    }
    if (typeof last === 'number' && last >= 0) this.#pages.ensure(last);
  };

  /**
   * A row's key: its index less `#keyBase`. While the rendered range moves a little (the wheel,
   * the keyboard), the base stays: rows that stay keep their keys and elements, and only the rows
   * coming in are built. When it jumps (`REUSE_ROWS_FROM`), the base moves with it: each row
   * element keeps its key and takes the contact now at its place, so `repeat` updates its text and
   * attributes rather than the browser styling and laying out forty new elements a row. A new
   * query keeps the range, so its rows update in place too. Keys stay consecutive: the
   * virtualizer places rows by their order in the DOM, and a range's keys are unique.
   */
  #rowKey = (_contact: Contact | null, index: number): number => index - this.#keyBase;

  // Selection ----------------------------------------------------------------------------

  #isChecked(id: string): boolean {
    const checked = this.checked;
    return checked.all ? !checked.except.has(id) : checked.ids.has(id);
  }

  #setChecked(ids: readonly string[], on: boolean): void {
    const checked = this.checked;
    if (checked.all) {
      const except = new Set(checked.except);
      for (const id of ids) {
        if (on) except.delete(id);
        else except.add(id);
      }
      this.checked = { all: true, except };
    } else {
      const set = new Set(checked.ids);
      for (const id of ids) {
        if (on) set.add(id);
        else set.delete(id);
      }
      this.checked = { all: false, ids: set };
    }
  }

  #uncheck(id: string): void {
    if (this.checked.all ? !this.checked.except.has(id) : this.checked.ids.has(id)) {
      if (this.checked.all) this.checked = { all: true, except: new Set([...this.checked.except, id]) };
      else this.#setChecked([id], false);
    }
  }

  /** Checks or unchecks row `index`; with `range`, every loaded row from the anchor to it too. */
  #toggleRow(index: number, range: boolean, on?: boolean): void {
    const rows = this.#pages.rows;
    const contact = rows[index];
    if (!contact) return;
    const value = on ?? !this.#isChecked(contact.id);
    let ids = [contact.id];
    if (range && this.#anchor !== undefined) {
      const [from, to] = this.#anchor < index ? [this.#anchor, index] : [index, this.#anchor];
      ids = rows.slice(from, to + 1).flatMap((row) => (row ? [row.id] : []));
    }
    this.#anchor = index;
    this.#setChecked(ids, value);
  }

  #checkAllMatching = (): void => {
    this.checked = { all: true, except: new Set() };
  };

  #onHeaderCheck = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    if (input.checked && !(this.checked.all && this.checked.except.size === 0)) this.#checkAllMatching();
    else this.clearSelection();
  };

  #onRowCheck = (event: MouseEvent): void => {
    event.stopPropagation(); // a check is not an "open"
    const input = event.currentTarget as HTMLInputElement;
    const index = Number(input.closest<HTMLElement>('[role="row"]')?.dataset['row']);
    // A row of the previous query, shown while the new one loads: nothing to check.
    if (!this.#pages.rows[index]) {
      event.preventDefault();
      return;
    }
    this.#toggleRow(index, event.shiftKey, input.checked);
  };

  #select(contact: Contact): void {
    this.selectedId = contact.id;
    fireContactEvent(this, 'contact-select', { contact });
  }

  #onRowClick = (event: MouseEvent): void => {
    // Buttons and checkboxes (with the label around them) inside a row do their own thing.
    const interactive = event
      .composedPath()
      .find((node) => node instanceof HTMLButtonElement || node instanceof HTMLInputElement || node instanceof HTMLLabelElement);
    if (interactive) return;
    const index = Number((event.currentTarget as HTMLElement).dataset['row']);
    const contact = this.#pages.rows[index];
    if (contact) this.#select(contact);
  };

  // Query --------------------------------------------------------------------------------

  #sortBy(field: SortField): void {
    const current = this.#sort();
    // Same column: the other direction. A new one: names A→Z, dates newest first.
    const direction = current.field === field ? (current.direction === 'asc' ? 'desc' : 'asc') : field === 'name' ? 'asc' : 'desc';
    const sort: ContactSort = { field, direction };
    this.#changeQuery({ ...this.query, sort });
  }

  #clearFilters = (): void => {
    this.#changeQuery(this.query.sort ? { sort: this.query.sort } : EMPTY_QUERY);
  };

  /** A person changed the query here: take it and report it (the panel's filter follows). */
  #changeQuery(query: ContactQuery): void {
    this.query = query;
    fireContactEvent(this, 'contact-query-change', { query });
  }

  #requestCreate = (): void => {
    fireContactEvent(this, 'contact-create-request', { draft: {} });
  };

  #requestBlock(contact: Contact, action: 'block' | 'unblock'): void {
    if (!fireContactEvent(this, 'contact-block-request', { contact, action })) return;
    const Dialog = customElements.get('block-dialog');
    const container = this.renderRoot.querySelector('.dialogs');
    if (!Dialog || !container) return;
    const dialog = new Dialog() as LibraryDialog;
    Object.assign(dialog, { contact, source: this.#sources.source });
    dialog.addEventListener('contact-dialog-closed', () => dialog.remove(), { once: true });
    container.append(dialog);
    void dialog.show?.();
  }

  // Columns ------------------------------------------------------------------------------

  #toggleChooser = (): void => {
    this.chooserOpen = !this.chooserOpen;
    if (this.chooserOpen) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#columns-menu input:not(:disabled)')?.focus());
    }
  };

  #onChooserKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.chooserOpen = false;
    this.renderRoot.querySelector<HTMLElement>('#columns-button')?.focus();
  };

  /** Focus moved elsewhere (Tab past the last column, a click outside): the chooser closes. */
  #onChooserFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    const menu = event.currentTarget as HTMLElement;
    if (next && (menu.contains(next) || next === this.renderRoot.querySelector('#columns-button'))) return;
    this.chooserOpen = false;
  };

  #onColumnToggle = (event: Event): void => {
    const input = event.currentTarget as HTMLInputElement;
    const id = input.dataset['column']!;
    const current = this.#columns().map((column) => column.id);
    const columns = input.checked ? [...current.filter((other) => other !== id), id] : current.filter((other) => other !== id);
    if (columns.length === 0) return;
    this.columns = columns;
    fireContactEvent(this, 'contact-columns-change', { columns });
  };

  // Keyboard and focus -------------------------------------------------------------------

  /**
   * The focusable cells of row `row` (-1: header). Only the current layout's cells are rendered
   * (table or compact), so this asks nothing of style or layout: it runs after every change the
   * virtualizer makes, and a forced layout there would cost each scrolled frame a second one.
   */
  #targetsOf(row: number): HTMLElement[] {
    const rowElement = this.grid?.querySelector<HTMLElement>(`[role="row"][data-row="${row}"]`);
    if (!rowElement) return [];
    return [...rowElement.querySelectorAll<HTMLElement>('[data-nav]')];
  }

  #targetAt(position: GridPosition): HTMLElement | undefined {
    const targets = this.#targetsOf(position.row);
    return targets[Math.min(position.column, targets.length - 1)];
  }

  /**
   * Keeps exactly one tab stop (the active cell, or the rows' scroller while that cell is not
   * rendered) and moves focus to the active cell when it was asked for and the cell exists.
   */
  #syncFocus(): void {
    const grid = this.grid;
    if (!grid) return;
    // Rows deleted under the active one: the last row takes over (the header when none is left).
    const rowCount = this.#pages.rows.length;
    if (rowCount > 0 && this.#active.row >= rowCount) this.#active = { row: rowCount - 1, column: this.#active.column };
    const target = this.#targetAt(this.#active);
    for (const other of grid.querySelectorAll<HTMLElement>('[tabindex="0"]')) if (other !== target) other.tabIndex = -1;
    if (target) target.tabIndex = 0;
    const body = this.body;
    if (body) body.tabIndex = target ? -1 : 0;
    // The focused row was recycled away by the virtualizer: focus dropped to the page. Keep it
    // in the grid (on the scroller) so the keys still work, and come back when the row does.
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    // Or its element now shows another row (reused while scrolling), or is no longer a cell to
    // focus (a placeholder's cell when its contact arrived): same thing.
    const focusedRow = focused && focused !== body ? focused.closest<HTMLElement>('[role="row"]') : null;
    const stale = focusedRow !== null && (Number(focusedRow.dataset['row']) !== this.#active.row || !focused!.hasAttribute('data-nav'));
    // (A stale focused cell is inside the grid whatever `#focusInside` says: a page without
    // system focus gets no focusin for `focus()` called from code.)
    if (stale || (this.#focusInside && !focused)) {
      this.#wantFocus = true;
      if (!target) {
        this.#parkingFocus = true;
        body?.focus({ preventScroll: true });
        this.#parkingFocus = false;
      }
    }
    if (this.#wantFocus && target && focused !== target) {
      target.focus({ preventScroll: true });
      this.#wantFocus = false;
    } else if (target && focused === target) {
      this.#wantFocus = false;
    }
    // A keyboard move: show the whole cell, clear of the sticky header (the frame's scroll
    // padding), and sideways in a wide table. Not after recycling: that would fight the wheel.
    if (this.#revealOnFocus && target && this.shadowRoot?.activeElement === target) {
      this.#revealOnFocus = false;
      // The header's height varies (a wrapped, translated header): measure it, not guess it.
      const frame = this.renderRoot.querySelector<HTMLElement>('.grid-frame');
      const head = this.renderRoot.querySelector<HTMLElement>('.head');
      if (frame && head) frame.style.scrollPaddingBlockStart = `${head.offsetHeight}px`;
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  #onFocusIn = (event: FocusEvent): void => {
    this.#focusInside = true;
    const target = event.target as HTMLElement;
    if (target === this.body) {
      // Tabbed onto the scroller while the active row is off screen: bring it back. Not when
      // the list put the focus there itself because the row scrolled away: that would undo the
      // person's scrolling.
      if (!this.#parkingFocus) this.#moveTo(this.#active);
      return;
    }
    const row = target.closest<HTMLElement>('[role="row"]');
    if (!row || !target.hasAttribute('data-nav')) return;
    const rowIndex = Number(row.dataset['row']);
    const targets = this.#targetsOf(rowIndex);
    const column = targets.indexOf(target);
    // A column past this row's last cell (End on a longer row, a skeleton row with fewer
    // cells) shows as the last cell: keep it, so the row keeps its place once it loads.
    const shown = Math.min(this.#active.column, targets.length - 1);
    if (column >= 0) this.#active = { row: rowIndex, column: column === shown ? this.#active.column : column };
    this.#syncFocus();
  };

  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.grid?.contains(next)) return;
    const left = event.target as HTMLElement;
    // Removed by recycling (still connected while the event runs): decide once it is gone.
    queueMicrotask(() => {
      if (next || left.isConnected) this.#focusInside = false;
    });
  };

  #onGridKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const isButton = target instanceof HTMLButtonElement;
    const row = this.#active.row;
    if (event.key === 'Enter') {
      if (isButton || row < 0) return; // the button's own action
      event.preventDefault();
      const contact = this.#pages.rows[row];
      if (contact) this.#select(contact);
      return;
    }
    if (event.key === ' ') {
      if (isButton) return;
      event.preventDefault();
      if (row === HEADER_ROW) {
        if (this.checked.all && this.checked.except.size === 0) this.clearSelection();
        else this.#checkAllMatching();
      } else this.#toggleRow(row, event.shiftKey);
      return;
    }
    const ctrl = event.ctrlKey || event.metaKey;
    const columnCount = Math.max(1, this.#targetsOf(row).length || this.#targetsOf(HEADER_ROW).length);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const at = { row, column: Math.min(this.#active.column, columnCount - 1) };
    const next = gridMove(event.key, ctrl, at, { rowCount: this.#pages.rows.length, columnCount, pageRows: this.#pageRows() }, rtl);
    if (!next) return;
    event.preventDefault();
    this.#moveTo(next);
  };

  /** Makes `position` the active cell, loads and scrolls to its row, and focuses it once rendered. */
  #moveTo(position: GridPosition): void {
    this.#active = position;
    this.#wantFocus = true;
    this.#revealOnFocus = true;
    if (position.row >= 0) {
      this.#pages.ensure(position.row);
      const virtualizer = (this.body as VirtualizerHostElement | null)?.[virtualizerRef];
      virtualizer?.element(position.row)?.scrollIntoView({ block: 'nearest' });
    }
    this.#syncFocus();
  }

  /** Rows that fit in the viewport under the header, less one kept for context. */
  #pageRows(): number {
    const rowHeight = this.body?.querySelector<HTMLElement>('[role="row"]')?.offsetHeight || FALLBACK_ROW_HEIGHT;
    const frame = this.renderRoot.querySelector<HTMLElement>('.grid-frame');
    const header = this.renderRoot.querySelector<HTMLElement>('.head')?.offsetHeight ?? 0;
    const viewport = (frame?.clientHeight ?? rowHeight) - header;
    return Math.max(1, Math.floor(viewport / rowHeight) - 1);
  }
}

function ignore(): void {}

/**
 * lit-html 3.3 leaves a part's end marker (an empty comment) behind for every item `repeat`
 * removes (lit/lit#5010), so a virtualized list's rows container gathers one per row scrolled
 * past: 30,000 after a drag through 100,000 rows. The virtualizer walks every child node of
 * its host for each row it positions (`_children`), so each frame grew slower with the
 * distance scrolled. This removes them once they outnumber the rows: a leftover is an empty
 * comment between two other comments (a live row's markers each touch its row element; the
 * markers of the virtualize part itself touch the container's text).
 */
function dropLeftoverMarkers(container: HTMLElement | null): void {
  if (!container || container.childNodes.length < 4 * container.childElementCount + 16) return;
  let node = container.firstChild;
  while (node) {
    const next = node.nextSibling;
    if (
      node.nodeType === Node.COMMENT_NODE &&
      (node as Comment).data === '' &&
      node.previousSibling?.nodeType === Node.COMMENT_NODE &&
      next?.nodeType === Node.COMMENT_NODE
    ) {
      node.remove();
    }
    node = next;
  }
}

/** Whether two queries ask for the same contacts, in whatever order. */
function sameContacts(a: ContactQuery, b: ContactQuery): boolean {
  return sameQuery({ ...a, sort: DEFAULT_SORT }, { ...b, sort: DEFAULT_SORT });
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-list': ContactList;
  }
}
