import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PanelController } from '../../controllers/panel-context.js';
import { SourceController } from '../../controllers/source-controller.js';
import { formatNumber } from '../../i18n/format.js';
import { hasNoValue, isApplicable, newCondition } from '../../model/condition-draft.js';
import type { AttributeDefinition } from '../../model/contact.js';
import { sameQuery } from '../../model/query-key.js';
import { EMPTY_QUERY, isEmptyQuery, type Condition, type ContactQuery } from '../../model/query.js';
import { toSourceError } from '../../sources/errors.js';
import type { ContactChange, ContactSource } from '../../sources/source.js';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { fireContactEvent } from '../events.js';
import { channelIconStyles } from '../shared/channel-icon.js';
import { fieldErrorStyles } from '../shared/field-error.js';
import { icon, iconStyles } from '../shared/icons.js';
import { labelChipStyles } from '../shared/label-chip.js';
import { sourceErrorBlock, sourceErrorStyles } from '../shared/source-error.js';
import { conditionBuilderStyles, renderConditionBuilder, rowId, type ConditionDraft, type EditKind } from './condition-builder.js';
import { conditionChipsStyles, renderConditionChips } from './condition-chips.js';
import { contactFilterStyles } from './contact-filter.styles.js';
import { labelBarStyles, renderLabelBar } from './label-bar.js';
import { SegmentsMenu, segmentsMenuStyles } from './segments-menu.js';
import { QueryUrlSync, type HistoryMode } from './url-sync.js';

/** The pause in typing, in milliseconds, after which a search or a typed value is applied. */
export const FILTER_TYPING_DELAY_MS = 200;

/** Same contacts asked for, and the same any/all choices (which a person sees even when moot). */
function sameFilter(a: ContactQuery, b: ContactQuery): boolean {
  return (
    sameQuery(a, b) && (a.labelMatch ?? 'any') === (b.labelMatch ?? 'any') && (a.match ?? 'all') === (b.match ?? 'all')
  );
}

type MutableQuery = { -readonly [K in keyof ContactQuery]: ContactQuery[K] };

interface CountResult {
  /** Contacts matching, when the source counts them. */
  readonly total: number | undefined;
  readonly any: boolean;
}

/**
 * Narrows the contacts a list shows: a search box, quick label filters, an advanced condition
 * builder, the conditions in force as chips, and saved segments. It shows no contacts itself;
 * it builds a `ContactQuery` and reports it.
 *
 * - **Search** over name, email, phone (typed with or without `+`, spaces, dashes) and custom
 *   attribute values: the source does the matching. Applied after a 200 ms pause in typing, at
 *   once on Enter; Escape clears it. The number of matching contacts is announced politely to
 *   screen readers after each change (from `listContacts(query, { size: 1 })`'s `total`).
 * - **Labels**: one toggle per label of the source, in its colour. With several chosen, the
 *   switch beside them decides whether a contact needs *any of these* labels (the default,
 *   `labelMatch: 'any'`) or *all of these* (`labelMatch: 'all'`). Follows `labels-changed`.
 * - **Conditions** ("Filters"): a field (the standard fields and every custom attribute), an
 *   operator fitting the field's type, and a value input fitting the operator; all of them or
 *   any one must hold (`match`). A condition applies as soon as it is complete and valid; one
 *   that is not (an empty value, a range whose start is after its end) says why next to its
 *   input and is left out of the query until fixed.
 * - **Chips** say each condition in force in words ("Last activity: more than 30 days ago"),
 *   each removable; "Clear all" empties the search, the labels and the conditions.
 * - **Segments**, when the source keeps them (`capabilities.segments`): save the current query
 *   under a name, apply one, delete one. Follows `segments-changed`.
 * - **URL** (`sync-url`): the query lives in the page's search params, so reload, bookmarks and
 *   Back/Forward restore it; the page's own params are kept (`url-prefix` namespaces ours).
 *
 * Every change a person makes fires `contact-query-change` with the whole query (the sort it
 * was given is kept: a list changes the sort itself). Setting `query` from code updates the
 * controls and fires nothing. Inside a `<contact-source-provider>` it follows the panel's query
 * (a sort chosen in the list, a view the host opened) the same way, and its changes reach the
 * panel's list without host code:
 *
 * ```html
 * <contact-source-provider id="panel">
 *   <contact-filter sync-url></contact-filter>
 *   <contact-list></contact-list>
 * </contact-source-provider>
 * ```
 *
 * @tagname contact-filter
 * @summary Search box, label quick filter, advanced condition builder, active-condition chips and
 * saved segments: builds the query a contact list shows.
 *
 * @fires contact-query-change - A person changed the query (`detail.query`: the whole query).
 *
 * @csspart search - The search box (the input).
 * @csspart filters-button - The button that opens and closes the condition builder.
 * @csspart labels - The label quick filter.
 * @csspart label-match - The any/all switch for labels.
 * @csspart label-toggle - One label's toggle button.
 * @csspart label-chip - The chip inside a label toggle.
 * @csspart builder - The condition builder panel.
 * @csspart condition - One condition in the builder.
 * @csspart condition-match - The all/any switch for conditions.
 * @csspart add-condition - The "Add condition" button.
 * @csspart active-conditions - The row of chips for the conditions in force, with "Clear all".
 * @csspart condition-chip - One condition's chip.
 * @csspart clear-all - The "Clear all" button.
 * @csspart segments-button - The button that opens the saved segments.
 * @csspart segments - The saved segments popover.
 *
 * @cssprop [--contact-surface] - Background of the builder and the inputs.
 * @cssprop [--contact-surface-selected] - Background of chosen labels and condition chips.
 * @cssprop [--contact-accent] - Outline of chosen labels; the count on the Filters button.
 * @cssprop [--contact-danger] - Errors under invalid conditions.
 */
export class ContactFilter extends LitElement {
  static override styles = [
    sharedStyles,
    controls,
    iconStyles,
    labelChipStyles,
    channelIconStyles,
    fieldErrorStyles,
    sourceErrorStyles,
    labelBarStyles,
    conditionBuilderStyles,
    conditionChipsStyles,
    segmentsMenuStyles,
    contactFilterStyles,
  ];

  /** The data source; without one, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false }) source: ContactSource | undefined;

  /**
   * The query in force. Set it to open the filter on a view (the controls follow; no event
   * fires). Conditions that are not valid are shown in the builder with what is wrong and left
   * out of the next query the filter reports.
   */
  @property({ attribute: false }) query: ContactQuery = EMPTY_QUERY;

  /**
   * Keep the query in the page's URL search params: reload and Back/Forward restore it. A URL
   * holding a query wins over `query` when the filter starts.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Prefix of the URL params (`contacts-` gives `?contacts-q=…`), for pages with other filters. */
  @property({ attribute: 'url-prefix' }) urlPrefix: string | undefined;

  /** @internal The text in the search box (applied after a pause in typing). */
  @state() private searchText = '';
  /** @internal */
  @state() private labels: readonly string[] = [];
  /** @internal */
  @state() private labelMatch: 'any' | 'all' = 'any';
  /** @internal */
  @state() private drafts: readonly ConditionDraft[] = [];
  /** @internal */
  @state() private match: 'all' | 'any' = 'all';
  /** @internal */
  @state() private builderOpen = false;
  /** @internal */
  @state() private labelsExpanded = false;
  /** @internal */
  @state() private labelFocus = 0;

  readonly #sources = new SourceController(this, { onChange: (change) => this.#onSourceChange(change) });
  readonly #labels = new Task(this, {
    task: async ([source], { signal }) => (source ? source.listLabels({ signal }) : []),
    args: () => [this.#source] as const,
  });
  readonly #definitions = new Task(this, {
    task: async ([source], { signal }) => (source ? source.listAttributeDefinitions({ signal }) : undefined),
    args: () => [this.#source] as const,
  });
  readonly #count = new Task(this, {
    autoRun: false,
    task: async ([source, query], { signal }): Promise<CountResult | undefined> => {
      if (!source) return undefined;
      const page = await source.listContacts(query, { size: 1 }, { signal });
      return { total: source.capabilities.total ? page.total : undefined, any: page.items.length > 0 };
    },
    args: () => [this.#source, this.query] as const,
  });
  readonly #segments = new SegmentsMenu(this, {
    source: () => this.#source,
    query: () => this.query,
    apply: (query) => this.#takeQuery(query, { fire: true, history: 'push' }),
    flush: () => this.#flush(),
  });
  readonly #url = new QueryUrlSync(this, {
    enabled: () => this.syncUrl,
    prefix: () => this.urlPrefix,
    onNavigate: (query) => this.#takeQuery(query, { fire: true }),
  });
  /** The query the controls show: a `query` set to anything else was set from outside. */
  #shown: ContactQuery = EMPTY_QUERY;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  #nextKey = 1;

  constructor() {
    super();
    new PanelController(this, {
      onQuery: (query) => {
        if (!sameFilter(query, this.query)) this.#takeQuery(query, { fire: false, history: 'replace' });
      },
    });
  }

  /** Applies what is waiting for a pause in typing now (before reading `query`, say). */
  flush(): void {
    this.#flush();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The URL first: a query in it wins over one set from code before the filter started.
    if (changed.has('syncUrl') && this.syncUrl) this.#readUrl();
    if (changed.has('query') && this.query !== this.#shown) {
      this.#showQuery(this.query);
      this.#url.write(this.query, 'replace');
    }
  }

  override render() {
    const definitions = this.#definitions.value;
    const labels = this.#labels.value ?? [];
    const applied = this.#applied();
    const filtered = !isEmptyQuery(this.query);
    return html`
      <div class="bar">
        ${this.#renderSearch()}
        <div class="bar-buttons">
          <button
            type="button"
            class="button button--secondary filters-button"
            part="filters-button"
            aria-expanded=${this.builderOpen ? 'true' : 'false'}
            aria-controls="builder"
            @click=${this.#toggleBuilder}
          >
            ${icon('filter')}
            <span>${msg('Filters', { id: 'contact-filter.filters' })}</span>
            ${applied.length
              ? html`<span class="count" aria-hidden="true">${formatNumber(applied.length)}</span>
                  <span class="visually-hidden">
                    ${msg(str`(conditions in force: ${formatNumber(applied.length)})`, { id: 'contact-filter.filters-count' })}
                  </span>`
              : nothing}
            ${icon(this.builderOpen ? 'chevron-up' : 'chevron-down')}
          </button>
          ${this.#segments.renderButton()}
          <!-- Right after its button, so Tab goes from the button into the open popover. -->
          ${this.#segments.renderPopover()}
        </div>
      </div>
      ${this.#labels.status === TaskStatus.ERROR
        ? sourceErrorBlock(toSourceError(this.#labels.error), {
            context: msg('Labels could not be loaded', { id: 'contact-filter.labels-failed' }),
            onRetry: () => void this.#labels.run(),
          })
        : nothing}
      ${renderLabelBar({
        labels,
        selected: this.labels,
        match: this.labelMatch,
        expanded: this.labelsExpanded,
        focusIndex: this.labelFocus,
        onToggle: this.#toggleLabel,
        onMatch: this.#setLabelMatch,
        onExpand: (expanded) => (this.labelsExpanded = expanded),
        onFocusIndex: (index) => (this.labelFocus = index),
      })}
      <section
        id="builder"
        class="builder"
        part="builder"
        aria-label=${msg('Conditions', { id: 'contact-filter.builder' })}
        ?hidden=${!this.builderOpen}
        @keydown=${this.#onBuilderKeyDown}
      >
        ${this.builderOpen && this.#definitions.status === TaskStatus.ERROR
          ? sourceErrorBlock(toSourceError(this.#definitions.error), {
              context: msg('Custom attributes could not be loaded', { id: 'contact-filter.definitions-failed' }),
              onRetry: () => void this.#definitions.run(),
            })
          : nothing}
        ${this.builderOpen
          ? renderConditionBuilder({
              drafts: this.drafts,
              definitions,
              labels,
              match: this.match,
              onEdit: this.#editDraft,
              onTouch: this.#touchDraft,
              onRemove: this.#removeDraft,
              onAdd: this.#addDraft,
              onMatch: this.#setMatch,
            })
          : nothing}
      </section>
      ${renderConditionChips({
        conditions: applied,
        definitions,
        filtered,
        onRemove: this.#removeChip,
        onClearAll: this.#clearAll,
      })}
      <p class="visually-hidden count-status" role="status">${this.#countText()}</p>
    `;
  }

  #renderSearch() {
    return html`<div class="search" role="search">
      <label class="visually-hidden" for="search">${msg('Search contacts', { id: 'contact-filter.search-label' })}</label>
      ${icon('search')}
      <input
        id="search"
        class="input search-input"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="search"
        placeholder=${msg('Search name, email, phone…', { id: 'contact-filter.search-placeholder' })}
        .value=${live(this.searchText)}
        @input=${this.#onSearchInput}
        @keydown=${this.#onSearchKeyDown}
      />
      ${this.searchText
        ? html`<button
            type="button"
            class="icon-button search-clear"
            aria-label=${msg('Clear search', { id: 'contact-filter.search-clear' })}
            @click=${this.#clearSearch}
          >
            ${icon('close')}
          </button>`
        : nothing}
    </div>`;
  }

  /** What the live region says after a change: how many contacts match now. */
  #countText(): string {
    const task = this.#count;
    if (task.status !== TaskStatus.COMPLETE || !task.value) return '';
    const { total, any } = task.value;
    if (!any) return msg('No contacts match these filters', { id: 'contact-filter.count-none' });
    if (total === undefined) return msg('Contacts found', { id: 'contact-filter.count-some' });
    const count = formatNumber(total);
    return isEmptyQuery(this.query)
      ? msg(str`All contacts: ${count}`, { id: 'contact-filter.count-all' })
      : msg(str`Contacts found: ${count}`, { id: 'contact-filter.count' });
  }

  get #source(): ContactSource | undefined {
    return this.#sources.source;
  }

  /** The definitions once loaded; undefined while loading or when they could not be loaded. */
  get #knownDefinitions(): readonly AttributeDefinition[] | undefined {
    return this.#definitions.value;
  }

  /** The builder rows that are complete and valid: the conditions in force. */
  #applied(): ConditionDraft[] {
    const definitions = this.#knownDefinitions;
    return this.drafts.filter((draft) => isApplicable(draft.condition, definitions));
  }

  /** The query the controls describe, with the sort in force. */
  #queryFromControls(): ContactQuery {
    const query: MutableQuery = {};
    const search = this.searchText.trim();
    if (search) query.search = search;
    if (this.labels.length) query.labels = [...this.labels];
    if (this.labelMatch === 'all') query.labelMatch = 'all';
    const conditions = this.#applied().map((draft) => draft.condition);
    if (conditions.length) query.conditions = conditions;
    if (this.match === 'any') query.match = 'any';
    if (this.query.sort) query.sort = this.query.sort;
    return query;
  }

  /** A person changed the controls: the query they describe is reported (when it changed). */
  #commit(history: HistoryMode): void {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = undefined;
    const next = this.#queryFromControls();
    if (sameFilter(next, this.query)) return;
    this.#shown = next;
    this.query = next;
    this.#url.write(next, history);
    this.#report(next);
  }

  /** Commits after a pause in typing. */
  #commitSoon(): void {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#commit('typing'), FILTER_TYPING_DELAY_MS);
  }

  #flush(): void {
    if (this.#typingTimer !== undefined) this.#commit('typing');
  }

  #report(query: ContactQuery): void {
    fireContactEvent(this, 'contact-query-change', { query });
    void this.#count.run([this.#source, query]);
  }

  /**
   * A query from elsewhere (the panel, the URL, a segment) becomes the one in force: the
   * controls show it; `fire` reports it as a person's change (Back, a segment chosen).
   */
  #takeQuery(query: ContactQuery, how: { fire: boolean; history?: HistoryMode }): void {
    if (sameFilter(query, this.query)) return;
    this.#showQuery(query);
    this.query = query;
    if (how.history) this.#url.write(query, how.history);
    if (how.fire) this.#report(query);
  }

  /** Sets the controls to show `query`, keeping what a person is in the middle of where it still fits. */
  #showQuery(query: ContactQuery): void {
    const previous = this.#shown;
    this.#shown = query;
    // A query that changed something else (the sort) leaves the text being typed alone.
    if ((query.search ?? '') !== (previous.search ?? '')) {
      clearTimeout(this.#typingTimer);
      this.#typingTimer = undefined;
      this.searchText = query.search ?? '';
    }
    this.labels = [...(query.labels ?? [])];
    this.labelMatch = query.labelMatch ?? 'any';
    this.match = query.match ?? 'all';
    const conditions = query.conditions ?? [];
    const current = this.#applied().map((draft) => draft.condition);
    // Rows being built (incomplete, invalid) stay while the conditions in force are the same.
    if (JSON.stringify(conditions) !== JSON.stringify(current)) {
      this.drafts = conditions.map((condition) => this.#draft(condition, true));
    }
  }

  /** Starting with `sync-url`: a query in the URL wins; otherwise the URL gets the query in force. */
  #readUrl(): void {
    const fromUrl = this.#url.read();
    if (fromUrl) this.#takeQuery(fromUrl, { fire: true });
    else this.#url.write(this.query, 'replace');
  }

  #draft(condition: Condition, touched: boolean): ConditionDraft {
    return { key: this.#nextKey++, condition, touched };
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #onSourceChange(change: ContactChange): void {
    if (change.type === 'labels-changed') void this.#labels.run();
    else if (change.type === 'segments-changed') this.#segments.refresh();
  }

  // Search -----------------------------------------------------------------------------------

  #onSearchInput = (event: Event): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    this.#commitSoon();
  };

  #onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#commit('typing');
    } else if (event.key === 'Escape' && this.searchText) {
      // Handled: a dialog or sidebar around the filter does not also close.
      event.preventDefault();
      event.stopPropagation();
      this.searchText = '';
      this.#commit('push');
    }
  };

  #clearSearch = (): void => {
    this.searchText = '';
    this.#commit('push');
    void this.#focus('#search');
  };

  // Labels -----------------------------------------------------------------------------------

  #toggleLabel = (name: string): void => {
    this.labels = this.labels.includes(name) ? this.labels.filter((label) => label !== name) : [...this.labels, name];
    this.#commit('push');
  };

  #setLabelMatch = (match: 'any' | 'all'): void => {
    this.labelMatch = match;
    this.#commit('push');
  };

  // Builder ----------------------------------------------------------------------------------

  #toggleBuilder = async (): Promise<void> => {
    this.builderOpen = !this.builderOpen;
    if (!this.builderOpen) {
      this.#settleDrafts();
      return;
    }
    if (this.drafts.length === 0) this.drafts = [this.#draft(newCondition('name', this.#knownDefinitions), false)];
    const first = this.drafts[0];
    if (first) await this.#focus(`#${rowId(first.key)}-field`);
  };

  /**
   * Closing the builder: rows never filled in go; rows left invalid stay, and say what is wrong
   * when it opens again.
   */
  #settleDrafts(): void {
    const pristine = (draft: ConditionDraft) => !draft.touched && hasNoValue(draft.condition);
    this.drafts = this.drafts
      .filter((draft) => !pristine(draft))
      .map((draft) => (draft.touched ? draft : { ...draft, touched: true }));
  }

  #onBuilderKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    this.#flush();
    this.builderOpen = false;
    this.#settleDrafts();
    void this.#focus('.filters-button');
  };

  #editDraft = (key: number, condition: Condition, kind: EditKind): void => {
    this.drafts = this.drafts.map((draft) => (draft.key === key ? { ...draft, condition } : draft));
    if (kind === 'typing') this.#commitSoon();
    else this.#commit('push');
  };

  #touchDraft = (key: number): void => {
    this.drafts = this.drafts.map((draft) => (draft.key === key && !draft.touched ? { ...draft, touched: true } : draft));
    this.#flush();
  };

  #addDraft = (): void => {
    const draft = this.#draft(newCondition('name', this.#knownDefinitions), false);
    this.drafts = [...this.drafts, draft];
    void this.#focus(`#${rowId(draft.key)}-field`);
  };

  #removeDraft = (key: number): void => {
    const index = this.drafts.findIndex((draft) => draft.key === key);
    this.drafts = this.drafts.filter((draft) => draft.key !== key);
    this.#commit('push');
    // Focus stays in the list: the next row's remove button, the previous one's, or "Add".
    const neighbour = this.drafts[index] ?? this.drafts[index - 1];
    void this.#focus(neighbour ? `.condition[data-key="${neighbour.key}"] .condition-remove` : '#add-condition');
  };

  #setMatch = (match: 'all' | 'any'): void => {
    this.match = match;
    this.#commit('push');
  };

  // Chips ------------------------------------------------------------------------------------

  #removeChip = (key: number): void => {
    const chips = this.#applied();
    const index = chips.findIndex((draft) => draft.key === key);
    this.drafts = this.drafts.filter((draft) => draft.key !== key);
    this.#commit('push');
    const neighbour = chips[index + 1] ?? chips[index - 1];
    void this.#focus(neighbour ? `.condition-chip[data-key="${neighbour.key}"] .chip-remove` : '.filters-button');
  };

  #clearAll = (): void => {
    this.searchText = '';
    this.labels = [];
    this.drafts = [];
    this.#commit('push');
    void this.#focus('#search');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-filter': ContactFilter;
  }
}
