// The actions menu (a WAI-ARIA menu button), block, merge and delete, New dialog, copy.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import type { ContactDialog } from '../../../src/elements/contact-dialog/contact-dialog.js';
import type { Contact } from '../../../src/model/contact.js';
import type {
  ContactBlockRequestDetail,
  ContactDetail,
  ContactMergeRequestDetail,
  ContactNewDialogDetail,
} from '../../../src/elements/events.js';
import { $, $$, cardFor, focused, makeSource, record, renderCard, settle, text, NOW } from './fixtures.js';

function menuItems(card: ContactCard, menu = 'actions'): string[] {
  return $$(card, `#${menu}-menu [role=menuitem]`).map((item) => text(item.querySelector('.menu-item-label')));
}

function focusedItem(card: ContactCard): string {
  return text(focused(card)?.querySelector('.menu-item-label'));
}

async function openActions(card: ContactCard): Promise<void> {
  $(card, '#actions-button')!.focus();
  await sendKeys({ press: 'Enter' });
  await card.updateComplete;
}

async function choose(card: ContactCard, label: string): Promise<void> {
  await openActions(card);
  await sendKeys({ type: label.slice(0, 2) });
  expect(focusedItem(card)).to.equal(label);
  await sendKeys({ press: 'Enter' });
  await settle(card);
}

/** Stands in for the dialogs branch's elements: records how the card opened it. */
class FakeDialog extends HTMLElement {
  contact: Contact | undefined;
  source: unknown;
  shown = 0;
  async show() {
    this.shown += 1;
  }
}

describe('<contact-card> actions menu', () => {
  it('follows the menu button pattern by keyboard', async () => {
    const card = await cardFor(makeSource(), 'olena');
    const button = $(card, '#actions-button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openActions(card);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menuItems(card)).to.deep.equal(['Edit', 'Merge with…', 'Block…', 'Delete…']);
    expect(focusedItem(card)).to.equal('Edit');
    await expect(card).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedItem(card)).to.equal('Merge with…');
    await sendKeys({ press: 'End' });
    expect(focusedItem(card)).to.equal('Delete…');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedItem(card)).to.equal('Edit');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedItem(card)).to.equal('Delete…');
    await sendKeys({ press: 'Home' });
    expect(focusedItem(card)).to.equal('Edit');
    await sendKeys({ type: 'b' });
    expect(focusedItem(card)).to.equal('Block…');
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect($(card, '#actions-menu')).to.equal(null);
    expect(focused(card)).to.equal(button);
    // ArrowUp opens on the last item; Tab closes and moves on.
    await sendKeys({ press: 'ArrowUp' });
    await card.updateComplete;
    expect(focusedItem(card)).to.equal('Delete…');
    await sendKeys({ press: 'Tab' });
    await card.updateComplete;
    expect($(card, '#actions-menu')).to.equal(null);
  });

  it('closes on a click outside', async () => {
    const card = await cardFor(makeSource(), 'olena');
    $(card, '#actions-button')!.click();
    await card.updateComplete;
    expect($(card, '#actions-menu')).not.to.equal(null);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await card.updateComplete;
    expect($(card, '#actions-menu')).to.equal(null);
  });

  it('Edit opens the name editor', async () => {
    const card = await cardFor(makeSource(), 'olena');
    await choose(card, 'Edit');
    expect(focused(card)?.id).to.equal('field-name-input');
  });

  it('offers only what the source can do', async () => {
    const card = await cardFor(makeSource({ capabilities: { deleteContact: false, block: false, merge: false } }), 'olena');
    await openActions(card);
    expect(menuItems(card)).to.deep.equal(['Edit']);
  });

  it('Block fires a cancelable request, then opens <block-dialog> with the contact and source', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const requests = record<ContactBlockRequestDetail>(card, 'contact-block-request');
    // Without the dialog on the page the request is all that happens.
    await choose(card, 'Block…');
    expect(requests.map((detail) => [detail.contact.id, detail.action])).to.deep.equal([['olena', 'block']]);
    expect($(card, 'block-dialog')).to.equal(null);

    customElements.define('block-dialog', class extends FakeDialog {});
    await choose(card, 'Block…');
    const dialog = $(card, 'block-dialog') as unknown as FakeDialog;
    expect(dialog.shown).to.equal(1);
    expect(dialog.contact?.id).to.equal('olena');
    expect(dialog.source).to.equal(source);
    // Closing removes it.
    (dialog as unknown as HTMLElement).dispatchEvent(new CustomEvent('contact-dialog-closed'));
    expect($(card, 'block-dialog')).to.equal(null);

    // A host that takes the request over gets no dialog.
    card.addEventListener('contact-block-request', (event) => event.preventDefault(), { once: true });
    await choose(card, 'Block…');
    expect($(card, 'block-dialog')).to.equal(null);
  });

  it('offers Unblock for a blocked contact and shows a block confirmed by the dialog', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'blocked');
    const requests = record<ContactBlockRequestDetail>(card, 'contact-block-request');
    await choose(card, 'Unblock…');
    expect(requests.map((detail) => detail.action)).to.deep.equal(['unblock']);
    // What <block-dialog> does on success: the event bubbles through the card.
    const unblocked = await source.unblockContact('blocked');
    $(card, '.dialogs')!.dispatchEvent(new CustomEvent('contact-unblocked', { detail: { contact: unblocked }, bubbles: true, composed: true }));
    await settle(card);
    expect(text($(card, '[part=status-badge]'))).to.equal('Active');
  });

  it('Merge fires contact-merge-request without another contact', async () => {
    const card = await cardFor(makeSource(), 'olena');
    const requests = record<ContactMergeRequestDetail>(card, 'contact-merge-request');
    await choose(card, 'Merge with…');
    expect(requests).to.have.length(1);
    expect(requests[0]!.contact.id).to.equal('olena');
    expect(requests[0]!.other).to.equal(undefined);
  });
});

describe('<contact-card> delete', () => {
  it('confirms naming the contact and what goes with it; Escape cancels and returns focus', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const requests = record<ContactDetail>(card, 'contact-delete-request');
    await choose(card, 'Delete…');
    expect(requests.map((detail) => detail.contact.id)).to.deep.equal(['olena']);
    const dialog = $(card, '#delete-dialog') as ContactDialog;
    expect(dialog.localName).to.equal('contact-dialog');
    expect(dialog.open).to.equal(true);
    expect(text(dialog.shadowRoot!.querySelector('h2'))).to.equal('Delete Olena Koval?');
    expect(text(dialog.querySelector('#delete-body'))).to.equal(
      'Their conversations and notes will be deleted too. This cannot be undone.',
    );
    expect(focused(card)).to.equal(dialog.querySelector('[data-action=cancel]'));
    await expect(card).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(card);
    expect($(card, '#delete-dialog')).to.equal(null);
    expect(focused(card)).to.equal($(card, '#actions-button'));
    expect((await source.getContact('olena')).id).to.equal('olena');
  });

  it('deletes after confirmation, fires contact-deleted and says the contact was deleted', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const deleted = record<ContactDetail>(card, 'contact-deleted');
    await choose(card, 'Delete…');
    $(card, '[data-action=confirm-delete]')!.click();
    await settle(card);
    expect(deleted.map((detail) => detail.contact.id)).to.deep.equal(['olena']);
    await source.getContact('olena').then(
      () => expect.fail('still there'),
      (error: { kind: string }) => expect(error.kind).to.equal('not-found'),
    );
    expect($(card, '[part=state]')!.dataset['state']).to.equal('deleted');
    expect(focused(card)).to.equal($(card, '.state-title'));
    await expect(card).to.be.accessible();
  });

  it('keeps the confirmation open with the reason when deleting fails', async () => {
    const source = makeSource();
    source.failNext('deleteContact', 'server');
    const card = await cardFor(source, 'olena');
    const deleted = record(card, 'contact-deleted');
    await choose(card, 'Delete…');
    $(card, '[data-action=confirm-delete]')!.click();
    await settle(card);
    const dialog = $(card, '#delete-dialog') as ContactDialog;
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('[part=error]'))).to.contain('Something went wrong on the server');
    expect(deleted).to.have.length(0);
  });

  it('leaves the confirmation to a host that takes the request over', async () => {
    const card = await cardFor(makeSource(), 'olena');
    card.addEventListener('contact-delete-request', (event) => event.preventDefault());
    await choose(card, 'Delete…');
    expect($(card, '#delete-dialog')).to.equal(null);
  });
});

describe('<contact-card> New dialog', () => {
  it('lists the inboxes that may write first and fires contact-new-dialog with the chosen one', async () => {
    const card = await cardFor(makeSource(), 'olena');
    const chosen = record<ContactNewDialogDetail>(card, 'contact-new-dialog');
    let cancelable = false;
    card.addEventListener('contact-new-dialog', (event) => (cancelable = event.cancelable));
    $(card, '#new-dialog-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(menuItems(card, 'new-dialog')).to.deep.equal(['WhatsApp Sales', 'Support Email']);
    await expect(card).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(chosen.map((detail) => [detail.contact.id, detail.inbox.id])).to.deep.equal([['olena', 'inbox-email']]);
    expect(cancelable).to.equal(true);
    expect(focused(card)).to.equal($(card, '#new-dialog-button'));
  });

  it('is disabled with the reason for a contact without email or phone', async () => {
    const card = await cardFor(makeSource(), 'anon');
    const button = $(card, '#new-dialog-button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    const reason = card.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(text(reason)).to.equal('Add an email or a phone number to write to this contact first.');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect($(card, '#new-dialog-menu')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('is disabled with the reason when no inbox may write first', async () => {
    const source = makeSource({ inboxes: [{ id: 'chat', name: 'Website chat', channel: 'webchat', canWriteFirst: false }] });
    const card = await cardFor(source, 'olena');
    expect(text($(card, '#new-dialog-reason'))).to.equal('No inbox may write first to this contact.');
  });

  it('warns that a blocked customer’s replies will not arrive', async () => {
    const source = makeSource({ inboxes: [{ id: 'sms', name: 'SMS', channel: 'sms', canWriteFirst: true }] });
    const card = await cardFor(source, 'blocked');
    const button = $(card, '#new-dialog-button')!;
    expect(button.getAttribute('aria-disabled')).to.equal(null);
    expect(button.getAttribute('aria-describedby')).to.equal('new-dialog-warning');
    expect(text($(card, '#new-dialog-warning'))).to.contain('their replies will not arrive');
  });

  it('is not offered when the source has no outbound inboxes', async () => {
    const card = await cardFor(makeSource({ capabilities: { outboundInboxes: false } }), 'olena');
    expect($(card, '#new-dialog-button')).to.equal(null);
  });
});

describe('<contact-card> copy', () => {
  it('copies the email by keyboard and says "Copied"', async () => {
    const card = await cardFor(makeSource(), 'olena');
    const button = $(card, "[data-field='email'] [data-action=copy]")!;
    expect(button.getAttribute('aria-label')).to.equal('Copy Email');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(text($(card, '[role=status]'))).to.equal('Copied');
    // What was copied is what pastes.
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyV' });
    await sendKeys({ up: 'Control' });
    expect(area.value).to.equal('olena@example.com');
    area.remove();
  });

  it('copies the phone in E.164', async () => {
    const card = await renderCard(html`<contact-card .source=${makeSource()} contact-id="olena" .now=${() => NOW}></contact-card>`);
    $(card, "[data-field='phone'] [data-action=copy]")!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(card);
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyV' });
    await sendKeys({ up: 'Control' });
    expect(area.value).to.equal('+380671234567');
    area.remove();
  });
});
