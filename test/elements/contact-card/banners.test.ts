// The pending action (no email, no phone) and merge suggestions.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearDismissedPairs } from '../../../src/elements/contact-card/banners.js';
import type { ContactMergeRequestDetail } from '../../../src/elements/events.js';
import { $, cardFor, focused, makeSource, record, settle, text } from './fixtures.js';

describe('<contact-card> pending action', () => {
  it('asks for an email or phone, and "Add email" opens the email editor', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'anon');
    expect(text($(card, '[part=pending-action] .banner-title'))).to.equal('No email or phone number');
    await expect(card).to.be.accessible();
    $(card, '[data-action=add-email]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect(focused(card)?.id).to.equal('field-email-input');
    await sendKeys({ type: 'visitor@example.com' });
    await sendKeys({ press: 'Enter' });
    await settle(card);
    expect((await source.getContact('anon')).email).to.equal('visitor@example.com');
    expect($(card, '[part=pending-action]')).to.equal(null);
  });

  it('is not shown for a contact with a phone', async () => {
    const card = await cardFor(makeSource(), 'taras');
    expect($(card, '[part=pending-action]')).to.equal(null);
  });
});

describe('<contact-card> merge suggestions', () => {
  beforeEach(() => clearDismissedPairs());

  it('suggests merging a contact with the same phone', async () => {
    const card = await cardFor(makeSource(), 'olena');
    const requests = record<ContactMergeRequestDetail>(card, 'contact-merge-request');
    expect(text($(card, '[part=merge-suggestion] .banner-title'))).to.equal('Same phone as O. Koval');
    await expect(card).to.be.accessible();
    $(card, '[part=merge-suggestion] [data-action=merge]')!.click();
    expect(requests.map((detail) => [detail.contact.id, detail.other?.id])).to.deep.equal([['olena', 'olena2']]);
  });

  it('remembers a dismissal for the pair, on either contact, for the session', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    $(card, '[part=merge-suggestion] [data-action=dismiss]')!.click();
    await card.updateComplete;
    expect($(card, '[part=merge-suggestion]')).to.equal(null);
    const again = await cardFor(source, 'olena');
    expect($(again, '[part=merge-suggestion]')).to.equal(null);
    const other = await cardFor(source, 'olena2');
    expect($(other, '[part=merge-suggestion]')).to.equal(null);
    expect(sessionStorage.getItem('contact-elements:dismissed-duplicates')).to.contain('olena2');
  });

  it('names the other similar contacts once each, with how many share a name', async () => {
    const source = makeSource();
    for (const id of ['koval-a', 'koval-b', 'koval-c']) {
      await source.createContact({ name: 'Olena Koval', email: `${id}@example.com` });
    }
    const card = await cardFor(source, 'olena');
    const more = text($(card, '[part=merge-suggestion] .banner-more'));
    expect(text($(card, '[part=merge-suggestion] .banner-title'))).to.equal('Same phone as O. Koval');
    expect(more).to.equal('Also similar: Olena Koval ×3');
  });

  it('offers no Merge button when the source cannot merge', async () => {
    const card = await cardFor(makeSource({ capabilities: { merge: false } }), 'olena');
    expect($(card, '[part=merge-suggestion] [data-action=merge]')).to.equal(null);
    expect($(card, '[part=merge-suggestion] [data-action=dismiss]')).not.to.equal(null);
  });

  it('goes away once the duplicate was merged in', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await source.mergeContacts('olena', 'olena2');
    await settle(card);
    expect($(card, '[part=merge-suggestion]')).to.equal(null);
  });
});
