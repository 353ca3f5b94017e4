// Inline editing of the details: keyboard only, validation, optimistic saves and rollbacks, conflicts.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import { $, cardFor, focused, makeSource, record, renderCard, settle, text, NOW } from './fixtures.js';
import type { ContactDetail, ContactMergeRequestDetail, ContactSelectDetail } from '../../../src/elements/events.js';
import type { ContactSource } from '../../../src/sources/source.js';
import type { ContactPatch, Contact } from '../../../src/model/contact.js';

function row(card: ContactCard, field: string): HTMLElement {
  return $(card, `[data-field='${field}']`)!;
}

function input(card: ContactCard, field: string): HTMLInputElement {
  return row(card, field).querySelector('input, select') as HTMLInputElement;
}

/** Opens a field's editor by keyboard: focus its pencil, press Enter. */
async function openEditor(card: ContactCard, field: string): Promise<HTMLInputElement> {
  row(card, field).querySelector<HTMLButtonElement>('[data-action=edit]')!.focus();
  await sendKeys({ press: 'Enter' });
  await card.updateComplete;
  return input(card, field);
}

async function typeInto(card: ContactCard, field: string, value: string): Promise<void> {
  const editor = input(card, field);
  editor.select();
  await sendKeys({ type: value });
}

/** A source whose `updateContact` waits until the test lets it answer. */
function gatedUpdates(base: ContactSource) {
  let release: () => void = () => {};
  const source = new Proxy(base, {
    get(target, key, receiver) {
      if (key === 'updateContact') {
        return async (id: string, patch: ContactPatch) => {
          await new Promise<void>((resolve) => (release = resolve));
          return target.updateContact(id, patch);
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { source, release: () => release() };
}

describe('<contact-card> inline edit', () => {
  it('edits the name by keyboard alone: Enter opens, Enter saves, focus returns to the pencil', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const updated = record<ContactDetail>(card, 'contact-updated');
    const editor = await openEditor(card, 'name');
    expect(focused(card)).to.equal(editor);
    expect(editor.value).to.equal('Olena Koval');
    await typeInto(card, 'name', 'Olena Kovalenko');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(text(row(card, 'name').querySelector('.value'))).to.equal('Olena Kovalenko');
    expect(focused(card)?.id).to.equal('field-name-edit');
    expect((await source.getContact('olena')).name).to.equal('Olena Kovalenko');
    expect(updated.map((detail) => detail.contact.name)).to.deep.equal(['Olena Kovalenko']);
    expect(text($(card, '.name'))).to.contain('Olena Kovalenko');
  });

  it('Escape cancels: nothing is sent and focus returns to the pencil', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const updated = record(card, 'contact-updated');
    await openEditor(card, 'email');
    await typeInto(card, 'email', 'other@example.com');
    await sendKeys({ press: 'Escape' });
    await settle(card);
    expect(input(card, 'email')).to.equal(null);
    expect(text(row(card, 'email').querySelector('.value'))).to.equal('olena@example.com');
    expect(focused(card)?.id).to.equal('field-email-edit');
    expect((await source.getContact('olena')).email).to.equal('olena@example.com');
    expect(updated).to.have.length(0);
  });

  it('saves with the ✓ button too', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await openEditor(card, 'email');
    await typeInto(card, 'email', 'olena@koval.example');
    row(card, 'email').querySelector<HTMLButtonElement>('.editor-save')!.click();
    await settle(card);
    expect((await source.getContact('olena')).email).to.equal('olena@koval.example');
  });

  it('shows a validation error next to the field, keeps what was typed and sends nothing', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await openEditor(card, 'email');
    await typeInto(card, 'email', 'not an email');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    const editor = input(card, 'email');
    expect(editor.value).to.equal('not an email');
    expect(editor.getAttribute('aria-invalid')).to.equal('true');
    const error = card.shadowRoot!.getElementById(editor.getAttribute('aria-describedby')!)!;
    expect(text(error)).to.equal('Enter a valid email address, like name@example.com');
    expect((await source.getContact('olena')).email).to.equal('olena@example.com');
    await expect(card).to.be.accessible();
  });

  it('refuses to remove the last way to reach the contact', async () => {
    const card = await cardFor(makeSource(), 'taras');
    await openEditor(card, 'email');
    input(card, 'email').select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await settle(card);
    // Taras keeps his phone, so clearing the email is fine…
    expect(text(row(card, 'email').querySelector('.value'))).to.equal('Not set');
    await openEditor(card, 'phone');
    input(card, 'phone').select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    await settle(card);
    // …but not the phone as well.
    expect(text(row(card, 'phone').querySelector('.field-error'))).to.equal('Enter an email address or a phone number');
  });

  it('stores the phone as E.164 and shows it formatted', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'taras');
    await openEditor(card, 'phone');
    await typeInto(card, 'phone', '0038 (050) 999-88-77');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect((await source.getContact('taras')).phone).to.equal('+380509998877');
    expect(text(row(card, 'phone').querySelector('.value'))).to.equal('+380 50 999 8877');
  });

  it('shows an edit at once, and fires contact-updated only once the source confirmed it', async () => {
    const { source, release } = gatedUpdates(makeSource());
    const card = await cardFor(source as ContactSource, 'olena');
    const updated = record<ContactDetail>(card, 'contact-updated');
    await openEditor(card, 'name');
    await typeInto(card, 'name', 'Olena K.');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(text(row(card, 'name').querySelector('.value'))).to.equal('Olena K.');
    expect(row(card, 'name').querySelector('.value')!.getAttribute('aria-busy')).to.equal('true');
    expect(updated).to.have.length(0);
    release();
    await settle(card);
    expect(updated.map((detail) => detail.contact.name)).to.deep.equal(['Olena K.']);
    expect(row(card, 'name').querySelector('.value')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('rolls an edit back when the source refuses, keeps what was typed and says why', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const updated = record(card, 'contact-updated');
    source.failNext('updateContact', 'network');
    await openEditor(card, 'name');
    await typeInto(card, 'name', 'Olena Nova');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    // The header shows the stored name again, and the editor is back with the typed text.
    expect(text($(card, '.name'))).to.contain('Olena Koval');
    expect(text($(card, '.name'))).not.to.contain('Nova');
    const editor = input(card, 'name');
    expect(editor.value).to.equal('Olena Nova');
    expect(focused(card)).to.equal(editor);
    expect(text(row(card, 'name').querySelector('.field-error'))).to.equal('You are offline or the server cannot be reached');
    expect((await source.getContact('olena')).name).to.equal('Olena Koval');
    expect(updated).to.have.length(0);
    await expect(card).to.be.accessible();
    // Trying again once the network is back works.
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect((await source.getContact('olena')).name).to.equal('Olena Nova');
  });

  it('says whose an email is on a conflict, links to that contact and offers to merge', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const selected = record<ContactSelectDetail>(card, 'contact-select');
    const mergeRequests = record<ContactMergeRequestDetail>(card, 'contact-merge-request');
    await openEditor(card, 'email');
    await typeInto(card, 'email', 'taras@example.com');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    const error = row(card, 'email').querySelector('.field-error')!;
    expect(text(error)).to.contain('This email address belongs to Taras Shevchuk');
    expect(input(card, 'email').value).to.equal('taras@example.com');
    expect(text(row(card, 'email').closest('.section')!.querySelector("[data-field='email']"))).to.contain('Merge with Taras Shevchuk');
    await expect(card).to.be.accessible();

    error.querySelector<HTMLButtonElement>('[data-action=open-conflict]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(selected.map((detail) => detail.contact.id)).to.deep.equal(['taras']);

    error.querySelector<HTMLButtonElement>('[data-action=merge-conflict]')!.click();
    await settle(card);
    expect(mergeRequests.map((detail) => [detail.contact.id, detail.other?.id])).to.deep.equal([['olena', 'taras']]);
  });

  it('opens <merge-dialog> for a conflict when the page defines it and the host does not take the request', async () => {
    class FakeMergeDialog extends HTMLElement {
      contact: Contact | undefined;
      otherContact: Contact | undefined;
      source: unknown;
      shown = false;
      async show() {
        this.shown = true;
      }
    }
    if (!customElements.get('merge-dialog')) customElements.define('merge-dialog', FakeMergeDialog);
    const source = makeSource();
    const card = await renderCard(html`<contact-card .source=${source} contact-id="olena" .now=${() => NOW}></contact-card>`);
    await openEditor(card, 'email');
    await typeInto(card, 'email', 'taras@example.com');
    await sendKeys({ press: 'Enter' });
    await settle(card);
    row(card, 'email').querySelector<HTMLButtonElement>('[data-action=merge-conflict]')!.click();
    await settle(card);
    const dialog = $(card, 'merge-dialog') as unknown as FakeMergeDialog;
    expect(dialog.shown).to.equal(true);
    expect(dialog.contact?.id).to.equal('olena');
    expect(dialog.otherContact?.id).to.equal('taras');
    expect(dialog.source).to.equal(source);
  });

  it('hides the pencils when the source cannot update contacts', async () => {
    const card = await cardFor(makeSource({ capabilities: { updateContact: false } }), 'olena');
    expect($(card, '[data-action=edit]')).to.equal(null);
    expect($(card, '.row-action[data-action=copy]')).not.to.equal(null);
  });

  it('shows the pencil on keyboard focus of its row', async () => {
    const card = await cardFor(makeSource(), 'olena');
    const pencil = row(card, 'email').querySelector<HTMLButtonElement>('[data-action=edit]')!;
    // Headless Chromium reports a device without hover, where the pencil is always shown.
    const canHover = matchMedia('(hover: hover)').matches;
    expect(getComputedStyle(pencil).opacity).to.equal(canHover ? '0' : '1');
    row(card, 'email').querySelector<HTMLButtonElement>('[data-action=copy]')!.focus();
    expect(getComputedStyle(pencil).opacity).to.equal('1');
    // And the rules that hide it elsewhere and show it on hover and focus are there.
    const rules = card.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules).to.include('.row-action { opacity: 0; }');
    expect(rules.some((rule) => rule.includes('.field-row:hover .row-action') && rule.includes('.field-row:focus-within .row-action') && rule.includes('opacity: 1'))).to.equal(true);
  });
});
