// Attributes: system ones, and custom ones with an editor fitting each type.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import { $, $$, cardFor, focused, makeSource, record, renderCard, settle, text, workspace, NOW } from './fixtures.js';
import type { ContactDetail } from '../../../src/elements/events.js';

function row(card: ContactCard, field: string): HTMLElement | null {
  return $(card, `[data-field='${field}']`);
}

function editor(card: ContactCard, field: string): HTMLInputElement & HTMLSelectElement {
  return row(card, field)!.querySelector('input, select') as HTMLInputElement & HTMLSelectElement;
}

/** Opens the editor of an attribute that has no value yet, through "Add attribute", by keyboard. */
async function addAttribute(card: ContactCard, name: string): Promise<void> {
  $(card, '#add-attribute-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await card.updateComplete;
  await sendKeys({ type: name.slice(0, 3) });
  expect(text(focused(card))).to.equal(name);
  await sendKeys({ press: 'Enter' });
  await settle(card);
}

async function save(card: ContactCard): Promise<void> {
  await sendKeys({ press: 'Enter' });
  await settle(card);
}

describe('<contact-card> attributes', () => {
  it('shows the system attributes', async () => {
    const card = await cardFor(makeSource(), 'olena');
    expect(text(row(card, 'language')!.querySelector('.value'))).to.equal('Ukrainian (uk)');
    expect(text(row(card, 'country')!.querySelector('.value'))).to.contain('Ukraine');
    expect(row(card, 'country')!.querySelector('[role=img]')!.getAttribute('aria-label')).to.equal('Ukraine');
    expect(text(row(card, 'sourceChannel')!.querySelector('.value'))).to.equal('WhatsApp');
    expect(text(row(card, 'createdAt')!.querySelector('.value'))).to.contain('2025');
    expect(text(row(card, 'lastActivityAt')!.querySelector('.time-relative'))).to.equal('yesterday');
    expect(row(card, 'sourceChannel')!.querySelector('[data-action=edit]')).to.equal(null);
  });

  it('edits language and country, normalised', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    row(card, 'country')!.querySelector<HTMLButtonElement>('[data-action=edit]')!.click();
    await card.updateComplete;
    editor(card, 'country').select();
    await sendKeys({ type: 'pl' });
    await save(card);
    expect((await source.getContact('olena')).country).to.equal('PL');
    expect(text(row(card, 'country')!.querySelector('.value'))).to.contain('Poland');

    row(card, 'language')!.querySelector<HTMLButtonElement>('[data-action=edit]')!.click();
    await card.updateComplete;
    editor(card, 'language').select();
    await sendKeys({ type: 'not a language!' });
    await save(card);
    expect(text(row(card, 'language')!.querySelector('.field-error'))).to.equal('Enter a language code, like uk or en-US');
    editor(card, 'language').select();
    await sendKeys({ type: 'es-mx' });
    await save(card);
    expect((await source.getContact('olena')).language).to.equal('es-MX');
  });

  it('edits a text attribute', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    row(card, 'attributes.company')!.querySelector<HTMLButtonElement>('[data-action=edit]')!.click();
    await card.updateComplete;
    expect(editor(card, 'attributes.company').type).to.equal('text');
    editor(card, 'attributes.company').select();
    await sendKeys({ type: 'Koval Ltd' });
    await save(card);
    expect((await source.getContact('olena')).attributes['company']).to.equal('Koval Ltd');
  });

  it('adds a number attribute through "Add attribute" and stores a number', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const updated = record<ContactDetail>(card, 'contact-updated');
    await addAttribute(card, 'Seats');
    const input = editor(card, 'attributes.seats');
    expect(input.type).to.equal('number');
    expect(focused(card)).to.equal(input);
    await sendKeys({ type: '42' });
    await save(card);
    expect((await source.getContact('olena')).attributes['seats']).to.equal(42);
    expect(text(row(card, 'attributes.seats')!.querySelector('.value'))).to.equal('42');
    expect(updated).to.have.length(1);
  });

  it('adds a date attribute as a calendar date', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await addAttribute(card, 'Renewal date');
    const input = editor(card, 'attributes.renewal');
    expect(input.type).to.equal('date');
    input.value = '2027-01-15';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
    await save(card);
    expect((await source.getContact('olena')).attributes['renewal']).to.equal('2027-01-15');
    expect(text(row(card, 'attributes.renewal')!.querySelector('.value'))).to.equal('Jan 15, 2027');
  });

  it('edits a list attribute with a select of its options', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    row(card, 'attributes.plan')!.querySelector<HTMLButtonElement>('[data-action=edit]')!.click();
    await card.updateComplete;
    const select = editor(card, 'attributes.plan');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['free', 'pro', 'enterprise']);
    expect(select.value).to.equal('pro');
    expect(focused(card)).to.equal(select);
    await sendKeys({ press: 'ArrowDown' });
    await save(card);
    expect((await source.getContact('olena')).attributes['plan']).to.equal('enterprise');
  });

  it('adds a yes/no attribute as a boolean', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await addAttribute(card, 'Newsletter');
    const select = editor(card, 'attributes.newsletter');
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal(['Choose…', 'Yes', 'No']);
    await sendKeys({ press: 'ArrowDown' });
    await save(card);
    expect((await source.getContact('olena')).attributes['newsletter']).to.equal(true);
    expect(text(row(card, 'attributes.newsletter')!.querySelector('.value'))).to.equal('Yes');
  });

  it('adds a link attribute, refuses an unsafe one, and shows it as a link', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await addAttribute(card, 'Website');
    expect(editor(card, 'attributes.website').type).to.equal('url');
    await sendKeys({ type: 'javascript:alert(1)' });
    await save(card);
    expect(text(row(card, 'attributes.website')!.querySelector('.field-error'))).to.equal('Enter a full link, starting with https://');
    expect((await source.getContact('olena')).attributes['website']).to.equal(undefined);
    editor(card, 'attributes.website').select();
    await sendKeys({ type: 'https://koval.example/' });
    await save(card);
    expect((await source.getContact('olena')).attributes['website']).to.equal('https://koval.example/');
    const link = row(card, 'attributes.website')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://koval.example/');
    expect(link.getAttribute('rel')).to.contain('noopener');
  });

  it('shows an unsafe link from the backend as text, never as an href', async () => {
    const contact = { ...workspace()[0]!, attributes: { website: 'javascript:alert(1)' } };
    const card = await renderCard(html`<contact-card .source=${makeSource()} .contact=${contact} .now=${() => NOW}></contact-card>`);
    expect(row(card, 'attributes.website')!.querySelector('a')).to.equal(null);
    expect(text(row(card, 'attributes.website')!.querySelector('.value'))).to.equal('javascript:alert(1)');
  });

  it('clears an attribute (a patch with null)', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    row(card, 'attributes.company')!.querySelector<HTMLButtonElement>('[data-action=clear]')!.click();
    await settle(card);
    expect('company' in (await source.getContact('olena')).attributes).to.equal(false);
    expect(row(card, 'attributes.company')).to.equal(null);
    // It can be added again.
    $(card, '#add-attribute-button')!.click();
    await card.updateComplete;
    expect($$(card, '#add-attribute-menu [role=menuitem]').map(text)).to.include('Company');
  });

  it('lists only attributes without a value under "Add attribute"', async () => {
    const card = await cardFor(makeSource(), 'olena');
    $(card, '#add-attribute-button')!.click();
    await card.updateComplete;
    expect($$(card, '#add-attribute-menu [role=menuitem]').map((item) => text(item.querySelector('.menu-item-label')))).to.deep.equal([
      'Seats',
      'Renewal date',
      'Newsletter',
      'Website',
    ]);
    await expect(card).to.be.accessible();
  });
});
