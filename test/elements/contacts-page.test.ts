/**
 * A whole Contacts page as a host builds it: `<contact-filter>`, `<contact-list>` and
 * `<contact-card>` in one provider, no wiring code. Driven by keyboard, over the memory source,
 * over a source written by hand (README), and over the REST source against the reference server.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import type { ContactFilter } from '../../src/elements/contact-filter/contact-filter.js';
import type { ContactList } from '../../src/elements/contact-list/contact-list.js';
import type { ContactSourceProvider } from '../../src/elements/contact-source-provider/contact-source-provider.js';
import { RestContactSource } from '../../src/sources/rest/rest-source.js';
import type { ContactSource } from '../../src/sources/source.js';
import { SpreadsheetContactSource } from '../../stories/examples/spreadsheet-source.js';
import { startBackend } from '../sources/backend.js';
import { createContractSeed } from '../sources/contract/seed.js';
import { names, rows, rowsShown, seededSource, settled, text } from './contact-list/helpers.js';

async function contactsPage(source: ContactSource) {
  const provider = await fixture<ContactSourceProvider>(html`<contact-source-provider .source=${source}>
    <div style="display: grid; grid-template-columns: 1fr 320px; grid-template-rows: auto 480px; inline-size: 72rem">
      <contact-filter style="grid-column: 1 / -1"></contact-filter>
      <contact-list></contact-list>
      <contact-card></contact-card>
    </div>
  </contact-source-provider>`);
  const filter = provider.querySelector<ContactFilter>('contact-filter')!;
  const list = provider.querySelector<ContactList>('contact-list')!;
  const card = provider.querySelector<ContactCard>('contact-card')!;
  await rowsShown(list);
  return { provider, filter, list, card };
}

/** Types into the filter's search box and waits for the list to show the new result. */
async function search(filter: ContactFilter, list: ContactList, words: string, expectedTotal: number) {
  filter.shadowRoot!.querySelector<HTMLInputElement>('.search-input')!.focus();
  await sendKeys({ type: words });
  await waitUntil(() => list.total === expectedTotal, `the list never showed ${expectedTotal} for “${words}”`, { timeout: 5000 });
  await settled(list);
}

/** Tabs from the search box until the focus is in the list's grid (its one tab stop). */
async function tabIntoGrid(list: ContactList) {
  for (let i = 0; i < 40 && !list.shadowRoot!.activeElement?.closest('[role="grid"]'); i++) await sendKeys({ press: 'Tab' });
  expect(list.shadowRoot!.activeElement?.closest('[role="grid"]')).not.to.equal(null);
}

const cardName = (card: ContactCard) => text(card.shadowRoot!.querySelector('.name'));

describe('a Contacts page: filter, list and card in one provider, no wiring code', function () {
  this.timeout(20_000);

  it('search by keyboard narrows the list; Enter on a row shows that contact in the card', async () => {
    const { filter, list, card } = await contactsPage(seededSource());
    expect(list.total).to.equal(32);
    await search(filter, list, 'Alice', 1);
    expect(names(list)).to.deep.equal(['Alice Anderson']);
    await tabIntoGrid(list);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardName(card).includes('Alice Anderson'), 'the card did not show the chosen contact', { timeout: 5000 });
    await expect(list).to.be.accessible();
  });

  it('an edit in the card shows in the list at once (one source, live)', async () => {
    const source = seededSource();
    const { list, card } = await contactsPage(source);
    rows(list)[0]!.querySelector<HTMLElement>('[data-column="email"]')!.click();
    await waitUntil(() => cardName(card) !== '', 'the card did not show the contact', { timeout: 5000 });
    const id = rows(list)[0]!.dataset['id']!;
    await source.updateContact(id, { name: 'Renamed In The Card' });
    await waitUntil(() => names(list).includes('Renamed In The Card'), 'the list kept the old name', { timeout: 5000 });
  });

  it('over a source written by hand (README, read-only): searchable, and nothing offered that would write', async () => {
    const seed = createContractSeed();
    const { filter, list, card } = await contactsPage(new SpreadsheetContactSource(async () => seed.contacts));
    expect(list.total).to.equal(seed.contacts.length);
    await search(filter, list, 'Alice', 1);
    rows(list)[0]!.querySelector<HTMLElement>('[data-column="email"]')!.click();
    await waitUntil(() => cardName(card).includes('Alice Anderson'), 'the card did not show the contact', { timeout: 5000 });
    expect(card.shadowRoot!.querySelector('[data-action=edit]')).to.equal(null);
    expect(list.shadowRoot!.querySelector('[data-action="block"], [data-action="unblock"]')).to.equal(null);
  });

  describe('over the REST source and the reference server', function () {
    it('pages, filters, and never shows the rows of a search the agent already replaced', async function () {
      const seed = createContractSeed();
      const backend = await startBackend('rest', seed, { now: seed.now });
      try {
        const source = new RestContactSource({ baseUrl: `${backend.url}/api`, retry: 0 });
        const { provider, list } = await contactsPage(source);
        expect(list.total).to.equal(seed.contacts.length);
        // The answer for "Alice" comes late; the agent has meanwhile searched for "Bob".
        await backend.fail({ match: 'GET /contacts$', delay: 1200, times: 1 });
        provider.query = { search: 'Alice' };
        await new Promise((resolve) => setTimeout(resolve, 100));
        provider.query = { search: 'Bob' };
        // Until its answer, the rows shown before stay, busy (the grid's aria-busy).
        const busy = () => list.shadowRoot!.querySelector('[role="grid"][aria-busy="true"]') !== null;
        await waitUntil(() => !busy() && names(list).some((name) => name.startsWith('Bob')), 'the second search never showed', { timeout: 5000 });
        const shown = names(list);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await settled(list);
        expect(names(list)).to.deep.equal(shown);
        expect(names(list)).not.to.include('Alice Anderson');
      } finally {
        await backend.stop();
      }
    });

    it('a failed page says why in words, with Retry that loads it', async function () {
      const seed = createContractSeed();
      const backend = await startBackend('rest', seed, { now: seed.now });
      try {
        await backend.fail({ match: 'GET /contacts$', status: 503, times: 1 });
        const source = new RestContactSource({ baseUrl: `${backend.url}/api`, retry: 0 });
        const provider = await fixture<ContactSourceProvider>(html`<contact-source-provider .source=${source}>
          <contact-list style="block-size: 400px"></contact-list>
        </contact-source-provider>`);
        const list = provider.querySelector<ContactList>('contact-list')!;
        await waitUntil(() => list.shadowRoot!.querySelector('[part=error]'), 'no error shown', { timeout: 5000 });
        expect(text(list.shadowRoot!.querySelector('[part=error]'))).to.contain('Something went wrong on the server (error 503)');
        await expect(list).to.be.accessible();
        list.shadowRoot!.querySelector<HTMLButtonElement>('.error-retry')!.click();
        await rowsShown(list);
        expect(list.total).to.equal(seed.contacts.length);
      } finally {
        await backend.stop();
      }
    });
  });
});
