// The card with the library's real dialogs and sections: what a host gets by importing them all.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/block-dialog.js';
import '../../../src/merge-dialog.js';
import { clearDismissedPairs } from '../../../src/elements/contact-card/banners.js';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import type { ContactDetail, ContactMergedDetail } from '../../../src/elements/events.js';
import { $, cardFor, makeSource, record, settle, text } from './fixtures.js';

async function until(card: ContactCard, check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 50 && !check(); i += 1) await settle(card, 1);
  expect(check(), what).to.equal(true);
}

function confirmButton(dialog: Element): HTMLButtonElement {
  return dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~=confirm-button]')!;
}

describe('<contact-card> with the real dialogs and sections', () => {
  beforeEach(() => clearDismissedPairs());

  it('blocks through <block-dialog> and shows the block', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const blocked = record<ContactDetail>(card, 'contact-blocked');
    $(card, '#actions-button')!.click();
    await card.updateComplete;
    $(card, "[data-item='block']")!.click();
    await settle(card);
    const dialog = $(card, 'block-dialog')!;
    await until(card, () => (dialog as unknown as { open: boolean }).open && !!confirmButton(dialog), 'the block dialog opens');
    confirmButton(dialog).click();
    await until(card, () => blocked.length === 1, 'contact-blocked fires');
    await until(card, () => text($(card, '[part=status-badge]')).startsWith('Blocked until'), 'the card shows the block');
    expect((await source.getContact('olena')).block).not.to.equal(null);
    await until(card, () => $(card, 'block-dialog') === null, 'the dialog goes away');
  });

  it('merges the suggested duplicate through <merge-dialog>', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const merged = record<ContactMergedDetail>(card, 'contact-merged');
    $(card, '[part=merge-suggestion] [data-action=merge]')!.click();
    await settle(card);
    const dialog = $(card, 'merge-dialog')!;
    await until(card, () => !!confirmButton(dialog) && !confirmButton(dialog).disabled, 'the merge dialog is ready');
    confirmButton(dialog).click();
    await until(card, () => merged.length === 1, 'contact-merged fires');
    expect(merged[0]!.removedId).to.equal('olena2');
    await until(card, () => $(card, '[part=merge-suggestion]') === null, 'the suggestion goes away');
    expect(text($(card, '.name'))).to.contain('Olena Koval');
  });

  it('hands its contact and source to labels, conversations and notes', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    const labels = $(card, 'contact-labels') as HTMLElement & { contact?: { id: string }; source?: unknown; updateComplete: Promise<unknown> };
    expect(labels.contact?.id).to.equal('olena');
    expect(labels.source).to.equal(source);
    await labels.updateComplete;
    expect(text(labels.shadowRoot)).to.contain('vip');
    const input = labels.shadowRoot!.querySelector<HTMLInputElement>('#label-input')!;
    input.focus();
    await sendKeys({ type: 'lead' });
    await sendKeys({ press: 'Enter' });
    await until(card, () => (card as unknown as { record?: { labels: string[] } }).record?.labels.includes('lead') ?? false, 'the card hears the change');
    expect((await source.getContact('olena')).labels).to.deep.equal(['vip', 'lead']);
    expect(($(card, 'contact-notes') as unknown as { contact?: { id: string } }).contact?.id).to.equal('olena');
    expect(($(card, 'contact-conversations') as unknown as { contact?: { id: string } }).contact?.id).to.equal('olena');
    await expect(card).to.be.accessible();
  });
});
