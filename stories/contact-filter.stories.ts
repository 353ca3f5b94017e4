/**
 * `<contact-filter>` in every state: empty, labels chosen (any of them, all of them), a search
 * typed, the builder open on each kind of field, invalid conditions, many chips, saved segments
 * (kept by the source or not), URL sync, narrow and right to left, Ukrainian, and a panel where
 * the filter's query reaches a results count with no host code.
 *
 * Data: 1,000 generated contacts (`createDemoSource`), the same on every run. The filter lists no
 * contacts itself: the panel story shows how many match.
 */
import { setContactLocale } from '../src/i18n/localization.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement, nothing } from 'lit';
import { Task } from '@lit/task';
import '../src/contact-filter.js';
import '../src/contact-source-provider.js';
import { PanelController } from '../src/controllers/panel-context.js';
import { SourceController } from '../src/controllers/source-controller.js';
import type { ContactFilter } from '../src/contact-filter.js';
import { formatNumber } from '../src/i18n/format.js';
import type { Condition, ContactQuery } from '../src/model/query.js';
import { createDemoSource } from '../src/sources/demo.js';
import type { Capabilities, SavedSegment } from '../src/sources/source.js';
import { sharedStyles } from '../src/styles/base.js';

const NOW = new Date('2026-11-22T12:00:00Z');

const SEGMENTS: SavedSegment[] = [
  { id: 'seg-vip', name: 'VIP customers', query: { labels: ['vip', 'customer'], labelMatch: 'all' } },
  {
    id: 'seg-quiet',
    name: 'Quiet for a month',
    query: { conditions: [{ field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 }] },
  },
  {
    id: 'seg-whatsapp-pro',
    name: 'WhatsApp leads on Pro',
    query: {
      labels: ['lead'],
      conditions: [
        { field: 'sourceChannel', operator: 'any-of', value: ['whatsapp'] },
        { field: 'attributes.plan', operator: 'any-of', value: ['pro'] },
      ],
    },
  },
];

interface Scenario {
  readonly query?: ContactQuery;
  readonly capabilities?: Partial<Capabilities>;
  readonly segments?: readonly SavedSegment[];
  /** Width of the box the filter sits in. */
  readonly width?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly syncUrl?: boolean;
}

function source(scenario: Scenario) {
  return createDemoSource({
    count: 1000,
    now: () => NOW,
    capabilities: scenario.capabilities ?? {},
    segments: [...(scenario.segments ?? SEGMENTS)],
  });
}

function render(scenario: Scenario = {}) {
  return html`<div dir=${scenario.dir ?? 'ltr'} style="max-inline-size: ${scenario.width ?? '56rem'}">
    <contact-filter .source=${source(scenario)} .query=${scenario.query ?? {}} ?sync-url=${scenario.syncUrl ?? false}></contact-filter>
  </div>`;
}

function filterIn(canvas: HTMLElement): ContactFilter {
  return canvas.querySelector('contact-filter')!;
}

/** Waits for the labels, then opens the builder. */
async function openBuilder({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const filter = filterIn(canvasElement);
  await loaded(filter);
  filter.shadowRoot!.querySelector<HTMLButtonElement>('.filters-button')!.click();
  await filter.updateComplete;
}

/** Waits for the labels, then opens the saved segments. */
async function openSegments({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const filter = filterIn(canvasElement);
  await loaded(filter);
  filter.shadowRoot!.querySelector<HTMLButtonElement>('#segments-button')?.click();
  await until(() => Boolean(filter.shadowRoot!.querySelector('.segment-apply')));
}

async function loaded(filter: ContactFilter): Promise<void> {
  await until(() => Boolean(filter.shadowRoot?.querySelector('.label-toggle')));
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
}

const meta: Meta = {
  title: 'Elements/contact-filter',
  component: 'contact-filter',
  parameters: { layout: 'padded' },
  // The locale is global: every story starts in English (the Ukrainian one switches after).
  loaders: [async () => setContactLocale('en')],
};
export default meta;

type Story = StoryObj;

export const Empty: Story = { render: () => render() };

/** Contacts with any of the chosen labels (the default). */
export const LabelsAnyOf: Story = { render: () => render({ query: { labels: ['vip', 'lead'] } }) };

/** Contacts with all of the chosen labels. */
export const LabelsAllOf: Story = { render: () => render({ query: { labels: ['vip', 'customer'], labelMatch: 'all' } }) };

/** A search typed: the clear button shows; the count is announced to screen readers. */
export const SearchTyped: Story = {
  render: () => render(),
  play: async ({ canvasElement }) => {
    const filter = filterIn(canvasElement);
    await loaded(filter);
    const input = filter.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = '+380 67';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  },
};

/** The builder on one kind of field, with a condition of that kind in force. */
function builderStory(conditions: Condition[], description?: string): Story {
  return {
    render: () => render({ query: { conditions } }),
    play: openBuilder,
    ...(description ? { parameters: { docs: { description: { story: description } } } } : {}),
  };
}

export const BuilderEmpty: Story = { render: () => render(), play: openBuilder };
export const BuilderText: Story = builderStory([{ field: 'email', operator: 'contains', value: 'example.com' }]);
export const BuilderNumberRange: Story = builderStory([{ field: 'attributes.orders_count', operator: 'between', value: [3, 20] }]);
export const BuilderDate: Story = builderStory([{ field: 'createdAt', operator: 'before', value: '2026-01-01' }]);
export const BuilderDateRange: Story = builderStory([{ field: 'attributes.renewal_date', operator: 'date-between', value: ['2026-12-01', '2027-01-31'] }]);
export const BuilderDays: Story = builderStory([{ field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 }]);
export const BuilderLabels: Story = builderStory([{ field: 'labels', operator: 'has-any', value: ['vip', 'churn-risk'] }]);
export const BuilderBoolean: Story = builderStory([{ field: 'blocked', operator: 'is-true' }]);
export const BuilderListOptions: Story = builderStory([{ field: 'attributes.plan', operator: 'any-of', value: ['pro', 'enterprise'] }]);
export const BuilderChannel: Story = builderStory([{ field: 'sourceChannel', operator: 'any-of', value: ['whatsapp', 'telegram'] }]);
export const BuilderConversationStatus: Story = builderStory([{ field: 'conversationStatus', operator: 'none-of', value: ['resolved'] }]);

/** Several conditions, any one of which may hold. */
export const BuilderMatchAny: Story = {
  render: () =>
    render({
      query: {
        match: 'any',
        conditions: [
          { field: 'attributes.tier', operator: 'any-of', value: ['gold', 'platinum'] },
          { field: 'attributes.lifetime_value', operator: 'gt', value: 5000 },
        ],
      },
    }),
  play: openBuilder,
};

/** Invalid conditions say why next to their input and are not applied (no chip for them). */
export const InvalidConditions: Story = {
  render: () =>
    render({
      query: {
        conditions: [
          { field: 'attributes.orders_count', operator: 'between', value: [50, 5] },
          { field: 'createdAt', operator: 'date-between', value: ['2026-06-01', '2026-01-01'] },
          { field: 'name', operator: 'contains', value: '' },
          { field: 'attributes.plan', operator: 'any-of', value: [] },
          { field: 'blocked', operator: 'is-false' },
        ],
      },
    }),
  play: openBuilder,
};

export const ManyChips: Story = {
  render: () =>
    render({
      query: {
        search: 'kovalenko',
        labels: ['customer'],
        conditions: [
          { field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 },
          { field: 'labels', operator: 'has-any', value: ['vip', 'lead'] },
          { field: 'blocked', operator: 'is-false' },
          { field: 'attributes.plan', operator: 'any-of', value: ['pro'] },
          { field: 'attributes.orders_count', operator: 'between', value: [3, 20] },
          { field: 'createdAt', operator: 'date-between', value: ['2025-01-01', '2025-12-31'] },
          { field: 'sourceChannel', operator: 'any-of', value: ['whatsapp', 'telegram', 'viber'] },
          { field: 'conversationStatus', operator: 'any-of', value: ['open', 'pending'] },
          { field: 'email', operator: 'not-contains', value: 'example.org' },
          { field: 'attributes.newsletter_opt_in', operator: 'is-true' },
        ],
      },
    }),
};

/** The source keeps segments: pick one, delete one, save the current filters. */
export const Segments: Story = { render: () => render({ query: { labels: ['vip'] } }), play: openSegments };

/** Deleting a segment waits for a confirmation. */
export const SegmentDeleteConfirmation: Story = {
  render: () => render(),
  play: async (context) => {
    await openSegments(context);
    const filter = filterIn(context.canvasElement);
    filter.shadowRoot!.querySelector<HTMLButtonElement>('.segment-delete')!.click();
  },
};

/** A source without segments: no Segments button at all. */
export const WithoutSegments: Story = { render: () => render({ capabilities: { segments: false }, query: { labels: ['vip'] } }) };

/** A slow source: the search and the builder work while the labels load. */
export const LoadingLabels: Story = {
  render: () => {
    const slow = source({});
    slow.setLatency(1_000_000_000);
    return html`<contact-filter .source=${slow}></contact-filter>`;
  },
};

export const LabelsFailed: Story = {
  name: 'Labels could not be loaded',
  render: () => {
    const failing = source({});
    failing.setFailure('listLabels', 'network');
    return html`<contact-filter .source=${failing}></contact-filter>`;
  },
};

/**
 * `sync-url`: the query lives in this frame's URL (shown under the filter); the frame's own
 * params stay. Reloading the frame restores the filters; Back and Forward walk them.
 */
export const UrlSync: Story = {
  render: () => {
    const show = (event: Event) => {
      const output = (event.currentTarget as HTMLElement).querySelector('output');
      if (output) output.value = decodeURIComponent(location.search);
    };
    return html`<div @contact-query-change=${(event: Event) => queueMicrotask(() => show(event))}>
      ${render({ syncUrl: true })}
      <p style="font: 0.8rem/1.4 ui-monospace, monospace; overflow-wrap: anywhere">URL: <output>${decodeURIComponent(location.search)}</output></p>
    </div>`;
  },
};

/** In a 20rem sidebar: the search takes the whole width, the builder stacks. */
export const Narrow: Story = {
  render: () => render({ width: '20rem', query: { labels: ['vip'], conditions: [{ field: 'attributes.orders_count', operator: 'between', value: [3, 20] }] } }),
  play: openBuilder,
};

export const RightToLeft: Story = {
  render: () =>
    render({ dir: 'rtl', query: { search: 'أحمد', conditions: [{ field: 'lastActivityAt', operator: 'in-last-days', value: 7 }] } }),
  play: openBuilder,
};

export const Ukrainian: Story = {
  loaders: [async () => setContactLocale('uk')],
  render: () =>
    render({
      query: {
        labels: ['vip'],
        conditions: [
          { field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 },
          { field: 'attributes.orders_count', operator: 'between', value: [3, 20] },
        ],
      },
    }),
  play: openBuilder,
};

/** A stand-in for `<contact-list>`: how many contacts match the panel's query. */
class StoryResultsCount extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        padding-block: var(--_space-m);
        color: var(--_text-muted);
      }
    `,
  ];
  static override properties = { query: { attribute: false } };
  query: ContactQuery = {};
  readonly #sources = new SourceController(this);
  readonly #count = new Task(this, {
    task: async ([source, query], { signal }) => (source ? (await source.listContacts(query, { size: 1 }, { signal })).total : undefined),
    args: () => [this.#sources.source, this.query] as const,
  });
  constructor() {
    super();
    new PanelController(this, { onQuery: (query) => (this.query = query) });
  }
  override render() {
    const total = this.#count.value;
    return total === undefined ? nothing : html`Contacts matching: <strong>${formatNumber(total)}</strong>`;
  }
}
if (!customElements.get('story-results-count')) customElements.define('story-results-count', StoryResultsCount);

/**
 * A panel: the provider hands its source to both, and the filter's query reaches the results
 * count with no host code (the combined Contacts page story shows the real list).
 */
export const InAPanel: Story = {
  render: () => html`<contact-source-provider .source=${source({})}>
    <div style="max-inline-size: 56rem">
      <contact-filter></contact-filter>
      <story-results-count></story-results-count>
    </div>
  </contact-source-provider>`,
};
