// Create mode: the form, phone normalisation, validation, conflicts, and showing the new contact.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import type { ContactCreateCancelDetail, ContactDetail, ContactSelectDetail } from '../../../src/elements/events.js';
import type { MemoryContactSource } from '../../../src/sources/memory/memory-source.js';
import { $, focused, makeSource, NOW, record, renderCard, settle, text } from './fixtures.js';

function createCard(source: MemoryContactSource | undefined, draft = {}): Promise<ContactCard> {
  return renderCard(html`<contact-card mode="create" .source=${source} .draft=${draft} .now=${() => NOW}></contact-card>`);
}

function field(card: ContactCard, name: string): HTMLInputElement {
  return $(card, `#create-${name}`) as HTMLInputElement;
}

async function typeIn(card: ContactCard, name: string, value: string): Promise<void> {
  field(card, name).focus();
  await sendKeys({ type: value });
}

function errorOf(card: ContactCard, name: string): string {
  const id = field(card, name).getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-error'));
  return id ? text(card.shadowRoot!.getElementById(id)) : '';
}

async function submit(card: ContactCard): Promise<void> {
  $(card, '[data-action=create]')!.click();
  await settle(card);
}

describe('<contact-card mode="create">', () => {
  it('shows the form', async () => {
    const card = await createCard(makeSource());
    expect(text($(card, '#create-title'))).to.equal('New contact');
    expect(card.getAttribute('mode')).to.equal('create');
    expect($(card, '#create-attr-plan')!.localName).to.equal('select');
    await expect(card).to.be.accessible();
  });

  it('requires a name and an email or a phone, next to each field, and focuses the first', async () => {
    const source = makeSource();
    const card = await createCard(source);
    const created = record(card, 'contact-created');
    await submit(card);
    expect(errorOf(card, 'name')).to.equal('This field is required');
    expect(errorOf(card, 'email')).to.equal('Enter an email address or a phone number');
    expect(errorOf(card, 'phone')).to.equal('Enter an email address or a phone number');
    expect(focused(card)).to.equal(field(card, 'name'));
    expect(source.size).to.equal(5);
    expect(created).to.have.length(0);
    await expect(card).to.be.accessible();
    // Typing a phone answers "email or phone" for both fields.
    await typeIn(card, 'phone', '+48 600 100 200');
    await card.updateComplete;
    expect(errorOf(card, 'email')).to.equal('');
    expect(errorOf(card, 'phone')).to.equal('');
  });

  it('normalises the phone as typed, creates the contact and then shows it', async () => {
    const source = makeSource();
    const card = await createCard(source);
    const created = record<ContactDetail>(card, 'contact-created');
    await typeIn(card, 'name', 'Mykola Petrenko');
    await typeIn(card, 'phone', '0038 067 765-43-21');
    await card.updateComplete;
    expect(text($(card, '#create-phone-hint'))).to.equal('Saved as +380677654321');
    await typeIn(card, 'labels', 'vip');
    await sendKeys({ press: 'Enter' });
    await typeIn(card, 'labels', 'newcomer');
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(text($(card, '.create-form .label-list'))).to.contain('vip');
    const plan = $(card, '#create-attr-plan') as HTMLSelectElement;
    plan.focus();
    await sendKeys({ press: 'ArrowDown' });
    await typeIn(card, 'attr-seats', '12');
    await submit(card);

    expect(created).to.have.length(1);
    const contact = created[0]!.contact;
    expect(contact.phone).to.equal('+380677654321');
    expect(contact.labels).to.deep.equal(['vip', 'newcomer']);
    expect(contact.attributes).to.deep.equal({ plan: 'free', seats: 12 });
    expect((await source.getContact(contact.id)).name).to.equal('Mykola Petrenko');
    expect(card.mode).to.equal('view');
    expect(card.contactId).to.equal(contact.id);
    expect(text($(card, '.name'))).to.contain('Mykola Petrenko');
    expect(text($(card, "[data-field='phone'] .value"))).to.equal('+380 67 765 4321');
  });

  it('says which contact already has the email, links to it, and keeps what was typed', async () => {
    const source = makeSource();
    const card = await createCard(source);
    const selected = record<ContactSelectDetail>(card, 'contact-select');
    await typeIn(card, 'name', 'Taras S.');
    await typeIn(card, 'email', 'taras@example.com');
    await submit(card);
    expect(errorOf(card, 'email')).to.equal('This email address belongs to Taras Shevchuk');
    expect(field(card, 'email').value).to.equal('taras@example.com');
    expect(field(card, 'name').value).to.equal('Taras S.');
    expect(focused(card)).to.equal(field(card, 'email'));
    await expect(card).to.be.accessible();
    $(card, '[data-action=open-conflict]')!.click();
    await settle(card);
    expect(selected.map((detail) => detail.contact.id)).to.deep.equal(['taras']);
  });

  it('keeps the form when the source fails, and says why', async () => {
    const source = makeSource();
    source.failNext('createContact', 'timeout');
    const card = await createCard(source);
    await typeIn(card, 'name', 'Iryna');
    await typeIn(card, 'email', 'iryna@example.com');
    await submit(card);
    expect(text($(card, '.create-form [part=error]'))).to.contain('The server took too long to answer');
    expect(field(card, 'email').value).to.equal('iryna@example.com');
    await submit(card);
    expect(card.mode).to.equal('view');
  });

  it('accepts only existing labels when the source cannot create labels', async () => {
    const card = await createCard(makeSource({ capabilities: { createLabels: false } }));
    await typeIn(card, 'labels', 'brand-new');
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(errorOf(card, 'labels')).to.equal('“brand-new” is not one of the allowed values');
    expect($(card, '.create-form .label-list')).to.equal(null);
  });

  it('is prefilled from draft, and Cancel gives back what was typed', async () => {
    const card = await createCard(makeSource(), { name: 'olena k' });
    const cancelled = record<ContactCreateCancelDetail>(card, 'contact-create-cancel');
    expect(field(card, 'name').value).to.equal('olena k');
    await typeIn(card, 'email', 'ok@example.com');
    $(card, '[data-action=cancel-create]')!.click();
    await settle(card);
    expect(cancelled).to.deep.equal([{ draft: { name: 'olena k', email: 'ok@example.com' } }]);
    expect(card.mode).to.equal('view');
  });

  it('says that it has no data source', async () => {
    const card = await createCard(undefined);
    expect($(card, '[part=state]')!.dataset['state']).to.equal('no-source');
  });
});
