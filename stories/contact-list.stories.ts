/**
 * `<contact-list>` in every state: a Contacts page on demo data (alone, and wired to a filter
 * through a provider with no code), 100,000 contacts, a 320px sidebar, custom columns, loading,
 * refreshing (a new search while rows are shown),
 * empty, no results, errors of two kinds, no data source, right to left and dark.
 *
 * Data: generated contacts (`createDemoSource`), the same on every run.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/block-dialog.js';
import '../src/contact-filter.js';
import '../src/contact-list.js';
import '../src/contact-source-provider.js';
import type { ContactList } from '../src/elements/contact-list/contact-list.js';
import { setContactLocale } from '../src/i18n/localization.js';
import type { ContactQuery } from '../src/model/query.js';
import { createDemoSource } from '../src/sources/demo.js';
import { MemoryContactSource } from '../src/sources/memory.js';
import type { SourceErrorKind } from '../src/sources/errors.js';
import type { ContactPage, ContactSource } from '../src/sources/source.js';

const NOW = new Date('2026-11-22T12:00:00Z');

function demo(count = 1000): MemoryContactSource {
  return createDemoSource({ count, now: () => NOW });
}

interface Scenario {
  readonly source?: ContactSource | undefined;
  readonly query?: ContactQuery;
  readonly columns?: readonly string[];
  /** Width and height of the box the list sits in. */
  readonly width?: string;
  readonly height?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly scheme?: 'light' | 'dark';
}

function render(scenario: Scenario = {}) {
  const source = 'source' in scenario ? scenario.source : demo();
  return html`<div
    dir=${scenario.dir ?? 'ltr'}
    style="inline-size: ${scenario.width ?? '100%'}; color-scheme: ${scenario.scheme ?? 'light dark'}"
  >
    <contact-list
      style="block-size: ${scenario.height ?? '32rem'}"
      .source=${source}
      .query=${scenario.query ?? {}}
      .columns=${scenario.columns ?? undefined}
    ></contact-list>
  </div>`;
}

/** A source whose list never answers: the loading state stays on screen. */
function neverAnswering(): ContactSource {
  const source = demo(10);
  source.listContacts = () => new Promise<ContactPage>(() => {});
  return source;
}

function failing(kind: SourceErrorKind): ContactSource {
  const source = demo(10);
  source.setFailure('listContacts', kind);
  return source;
}

const meta: Meta = {
  title: 'Elements/contact-list',
  component: 'contact-list',
  parameters: { layout: 'padded' },
  loaders: [async () => setContactLocale('en')],
};
export default meta;

type Story = StoryObj;

/** 1,000 demo contacts; sort by Name, Created or Last activity; check rows; open the column chooser. */
export const Default: Story = { render: () => render() };

/** A filter and a list in one provider: the filter's query reaches the list with no host code. */
export const WithFilterInProvider: Story = {
  render: () => html`<contact-source-provider .source=${demo()} style="display: grid; gap: 0.75rem">
    <contact-filter></contact-filter>
    <contact-list style="block-size: 28rem"></contact-list>
  </contact-source-provider>`,
};

/** 100,000 contacts: the DOM holds only the rows on screen; press Ctrl+End in the grid. */
export const HundredThousand: Story = { render: () => render({ source: demo(100_000) }) };

/**
 * In a 320px sidebar each contact takes a compact two-line row (a container query). The row
 * itself opens the contact: its one button is block or unblock.
 */
export const CompactSidebar: Story = { render: () => render({ width: '320px', height: '36rem' }) };

/**
 * 1,000 px, as beside a card on a 1,400 px screen: every default column fits, and the narrow
 * labels column shows one chip and "+N" (two from about 1,150 px).
 */
export const BesideACard: Story = { render: () => render({ width: '1000px' }) };

/** Chosen columns, custom attributes among them (`attribute:<key>`). */
export const CustomColumns: Story = {
  render: () => render({ columns: ['name', 'attribute:plan', 'attribute:orders_count', 'createdAt', 'labels'] }),
};

export const Loading: Story = { render: () => render({ source: neverAnswering() }) };

/**
 * A new search while rows are on screen (a keystroke in the filter), whose answer does not come
 * here: the previous rows stay, busy and after a moment dimmed, until the new ones replace them.
 */
export const Refreshing: Story = {
  render: () => {
    const source = demo();
    const answer = source.listContacts.bind(source);
    source.listContacts = (query, page, options) => (query.search ? new Promise<ContactPage>(() => {}) : answer(query, page, options));
    const searchOnceShown = ref((element?: Element) => {
      const list = element as ContactList | undefined;
      if (!list) return;
      void (async () => {
        while (list.total === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
        await list.updateComplete;
        list.query = { search: 'maria' };
      })();
    });
    return html`<contact-list style="block-size: 32rem" .source=${source} ${searchOnceShown}></contact-list>`;
  },
};

export const Empty: Story = { render: () => render({ source: new MemoryContactSource() }) };

export const NoResults: Story = { render: () => render({ query: { search: 'nobody-has-this-name' } }) };

/** A network failure: retryable, so Retry shows. */
export const ErrorNetwork: Story = { render: () => render({ source: failing('network') }) };

/** Not allowed: Retry would not help, so none shows. */
export const ErrorForbidden: Story = { render: () => render({ source: failing('forbidden') }) };

export const ErrorRateLimited: Story = { render: () => render({ source: failing('rate-limited') }) };

export const NoSource: Story = { render: () => render({ source: undefined }) };

export const RightToLeft: Story = { render: () => render({ dir: 'rtl' }) };

export const Dark: Story = { render: () => render({ scheme: 'dark' }) };

export const Ukrainian: Story = {
  render: () => render(),
  loaders: [async () => setContactLocale('uk')],
};
