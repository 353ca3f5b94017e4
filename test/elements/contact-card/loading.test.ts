// Which contact the card shows, and its states while it has none to show.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../../src/contact-source-provider.js';
import type { ContactSourceProvider } from '../../../src/elements/contact-source-provider/contact-source-provider.js';
import type { Contact } from '../../../src/model/contact.js';
import type { ContactSource } from '../../../src/sources/source.js';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import { $, cardFor, makeSource, NOW, renderCard, settle, text, workspace } from './fixtures.js';

function state(card: ContactCard): string | undefined {
  return $(card, '[part=state]')?.dataset['state'];
}

/** A source whose `getContact` answers only when the test says so, ignoring aborts (a sloppy backend). */
function deferredSource(base: ContactSource) {
  const pending = new Map<string, (contact: Contact) => void>();
  const source = new Proxy(base, {
    get(target, key, receiver) {
      if (key === 'getContact') {
        return (id: string) => new Promise<Contact>((resolve) => pending.set(id, resolve));
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const answer = (id: string) => pending.get(id)!(workspace().find((contact) => contact.id === id)!);
  return { source, answer };
}

describe('<contact-card> loading', () => {
  it('loads the contact named by contact-id and shows its name, email and formatted phone', async () => {
    const card = await cardFor(makeSource(), 'olena');
    expect(text($(card, '.name'))).to.contain('Olena Koval');
    expect(text($(card, "[data-field='email'] .value"))).to.equal('olena@example.com');
    expect(text($(card, "[data-field='phone'] .value"))).to.equal('+380 67 123 4567');
    expect($(card, "[data-field='phone'] a")!.getAttribute('href')).to.equal('tel:+380671234567');
    expect($(card, "[data-field='email'] a")!.getAttribute('href')).to.equal('mailto:olena@example.com');
    await expect(card).to.be.accessible();
  });

  it('shows a contact given as a property, without loading it', async () => {
    const contact = workspace()[1]!;
    const card = await renderCard(html`<contact-card .contact=${contact} .now=${() => NOW}></contact-card>`);
    expect(text($(card, '.name'))).to.contain('Taras Shevchuk');
    // No source: nothing to edit with.
    expect($(card, '[data-action=edit]')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('shows a skeleton while loading, then the contact', async () => {
    const source = makeSource({ latency: 200 });
    const card = await cardFor(source, 'olena');
    expect(state(card)).to.equal('loading');
    expect(text($(card, '[role=status]'))).to.equal('Loading contact…');
    await expect(card).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(card);
    expect(state(card)).to.equal(undefined);
    expect(text($(card, '.name'))).to.contain('Olena Koval');
  });

  it('says when the contact does not exist', async () => {
    const card = await cardFor(makeSource(), 'nobody');
    expect(state(card)).to.equal('not-found');
    expect(text($(card, '.state-title'))).to.equal('Contact not found');
    await expect(card).to.be.accessible();
  });

  it('says why loading failed and retries when asked', async () => {
    const source = makeSource();
    source.failNext('getContact', 'network');
    const card = await cardFor(source, 'olena');
    expect(state(card)).to.equal('error');
    expect(text($(card, '[part=error]'))).to.contain('You are offline or the server cannot be reached');
    await expect(card).to.be.accessible();
    $(card, '.error-retry')!.click();
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Olena Koval');
  });

  it('offers no retry for a failure that would fail again', async () => {
    const source = makeSource();
    source.failNext('getContact', 'forbidden');
    const card = await cardFor(source, 'olena');
    expect(text($(card, '[part=error]'))).to.contain('You are not allowed to do this');
    expect($(card, '.error-retry')).to.equal(null);
  });

  it('says that it has no data source', async () => {
    const card = await cardFor(undefined, 'olena');
    expect(state(card)).to.equal('no-source');
    await expect(card).to.be.accessible();
  });

  it('says that no contact is selected when it has nothing to show', async () => {
    const card = await renderCard(html`<contact-card .source=${makeSource()}></contact-card>`);
    expect(state(card)).to.equal('empty');
    await expect(card).to.be.accessible();
  });

  it('never shows a late answer for an earlier id', async () => {
    const { source, answer } = deferredSource(makeSource());
    const card = await cardFor(source as ContactSource, 'olena');
    card.contactId = 'taras';
    await settle(card);
    answer('taras');
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Taras Shevchuk');
    answer('olena'); // the first request answers last
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Taras Shevchuk');
  });

  it('shows the loading state, not the previous contact, while the next one loads', async () => {
    const { source, answer } = deferredSource(makeSource());
    const card = await cardFor(source as ContactSource, 'olena');
    answer('olena');
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Olena Koval');
    card.contactId = 'taras';
    await settle(card);
    expect(state(card)).to.equal('loading');
    expect($(card, '.name')).to.equal(null);
  });

  it('inside a provider without contact-id, shows the contact selected in the panel', async () => {
    const source = makeSource();
    const provider = fixtureSync<ContactSourceProvider>(html`<contact-source-provider .source=${source}>
      <contact-card .now=${() => NOW}></contact-card>
    </contact-source-provider>`);
    const card = provider.querySelector('contact-card')!;
    await settle(card);
    expect(state(card)).to.equal('empty');
    provider.dispatchEvent(new CustomEvent('contact-select', { detail: { contact: workspace()[1] } }));
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Taras Shevchuk');
  });

  it('keeps its own contact-id inside a provider', async () => {
    const source = makeSource();
    const provider = fixtureSync<ContactSourceProvider>(html`<contact-source-provider .source=${source}>
      <contact-card contact-id="olena" .now=${() => NOW}></contact-card>
    </contact-source-provider>`);
    const card = provider.querySelector('contact-card')!;
    provider.dispatchEvent(new CustomEvent('contact-select', { detail: { contact: workspace()[1] } }));
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Olena Koval');
  });
});

describe('<contact-card> with an empty contact-id', () => {
  it('treats it as no contact (a host binding "nothing selected")', async () => {
    const card = await renderCard(html`<contact-card .source=${makeSource()} contact-id=""></contact-card>`);
    expect($(card, '[part=state]')!.dataset['state']).to.equal('empty');
  });
});
