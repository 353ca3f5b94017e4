/**
 * Guides: whole screens built from the elements, the way a host builds them.
 *
 * - Contacts page: filter, list and card in one `<contact-source-provider>`, with no wiring
 *   code: the filter's query reaches the list, the list's selection reaches the card.
 * - Wired by hand: the same page without a provider's panel, in a few lines of event handling,
 *   for hosts that keep the query and the selection in their own state.
 * - Use your own backend: the page over a ContactSource written by hand in under 50 lines
 *   (`examples/spreadsheet-source.ts`, also in the README).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { ContactCard } from '../src/contact-card.js';
import type { ContactList } from '../src/contact-list.js';
import { createDemoSource, demoData } from '../src/sources/demo.js';
import { DEFAULT_FAKE_NOW } from '../src/sources/fake-data.js';
import { SpreadsheetContactSource } from './examples/spreadsheet-source.js';
import spreadsheetSourceCode from './examples/spreadsheet-source.ts?raw';

const NOW = DEFAULT_FAKE_NOW;

const page = (content: unknown) => html`<div
  style="display: grid; grid-template-columns: minmax(0, 1fr) 340px; grid-template-rows: auto 560px; gap: 12px; max-inline-size: 1200px"
>
  ${content}
</div>`;

const meta: Meta = {
  title: 'Guides',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

/** Filter + list + card in one provider, on 10,000 generated contacts: no host code at all. */
export const ContactsPage: Story = {
  render: () => html`<contact-source-provider .source=${createDemoSource({ count: 10_000, now: () => NOW })}>
    ${page(html`<contact-filter style="grid-column: 1 / -1"></contact-filter>
      <contact-list></contact-list>
      <contact-card></contact-card>`)}
  </contact-source-provider>`,
};

/** The same page wired by the host in a few lines: the query and the selection are the host's. */
export const WiredByHand: Story = {
  render: () => {
    const source = createDemoSource({ count: 10_000, now: () => NOW });
    const list = (event: Event) => (event.currentTarget as HTMLElement).parentElement!.querySelector<ContactList>('contact-list')!;
    const card = (event: Event) => (event.currentTarget as HTMLElement).parentElement!.querySelector<ContactCard>('contact-card')!;
    return page(html`<contact-filter
        style="grid-column: 1 / -1"
        .source=${source}
        @contact-query-change=${(event: HTMLElementEventMap['contact-query-change']) => (list(event).query = event.detail.query)}
      ></contact-filter>
      <contact-list
        .source=${source}
        @contact-select=${(event: HTMLElementEventMap['contact-select']) => (card(event).contact = event.detail.contact)}
      ></contact-list>
      <contact-card .source=${source}></contact-card>`);
  },
};

/** The page over a source written by hand (read-only: the elements offer no writes). */
export const UseYourOwnBackend: Story = {
  parameters: { docs: { source: { code: spreadsheetSourceCode, language: 'ts' } } },
  render: () => {
    const source = new SpreadsheetContactSource(async () => demoData({ count: 300, now: NOW }).contacts);
    return html`<contact-source-provider .source=${source}>
      ${page(html`<contact-filter style="grid-column: 1 / -1"></contact-filter>
        <contact-list></contact-list>
        <contact-card></contact-card>`)}
    </contact-source-provider>`;
  },
};
