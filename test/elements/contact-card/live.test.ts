// Live changes made elsewhere (another tab, another agent) reach the card through source.subscribe.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, cardFor, makeSource, NOW, renderCard, settle, text, workspace } from './fixtures.js';

describe('<contact-card> live updates', () => {
  it('shows a block made in another tab, with its reason', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    expect(text($(card, '[part=status-badge]'))).to.equal('Active');
    await source.blockContact('olena', { until: null, reason: 'Abusive language' });
    await settle(card);
    expect(text($(card, '[part=status-badge]'))).to.contain('Blocked forever');
    expect(text($(card, '[part=status-badge]'))).to.contain('Reason: Abusive language');
    expect($(card, '#new-dialog-warning')).not.to.equal(null);
  });

  it('shows a timed block with its end', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await source.blockContact('olena', { until: new Date('2026-11-21T12:00:00Z') });
    await settle(card);
    expect(text($(card, '[part=status-badge]'))).to.match(/^Blocked until Nov 2[01], 2026/);
  });

  it('says the contact was deleted when it is deleted elsewhere', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    await source.deleteContact('olena');
    await settle(card);
    expect($(card, '[part=state]')!.dataset['state']).to.equal('deleted');
    expect(text($(card, '.state-title'))).to.equal('This contact was deleted');
    await expect(card).to.be.accessible();
  });

  it('follows a contact merged into another to the survivor', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena2');
    await source.mergeContacts('olena', 'olena2');
    await settle(card);
    expect(card.contactId).to.equal('olena');
    expect(text($(card, '.name'))).to.contain('Olena Koval');
  });

  it('follows a merge for a contact given as a property too', async () => {
    const source = makeSource();
    const contact = workspace().find((c) => c.id === 'olena2')!;
    const card = await renderCard(html`<contact-card .source=${source} .contact=${contact} .now=${() => NOW}></contact-card>`);
    await source.mergeContacts('olena', 'olena2');
    await settle(card);
    expect(card.contact?.id).to.equal('olena');
  });

  it('keeps an edit in progress when another field changes elsewhere', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    $(card, "[data-field='name'] [data-action=edit]")!.click();
    await card.updateComplete;
    await sendKeys({ type: ' Jr' });
    await source.updateContact('olena', { email: 'new@example.com' });
    await settle(card);
    expect(text($(card, "[data-field='email'] .value"))).to.equal('new@example.com');
    expect(($(card, '#field-name-input') as HTMLInputElement).value).to.equal('Olena Koval Jr');
  });

  it('stops listening once removed from the page', async () => {
    const source = makeSource();
    const card = await cardFor(source, 'olena');
    card.remove();
    await source.blockContact('olena', { until: null });
    await settle(card);
    expect(text($(card, '[part=status-badge]'))).to.equal('Active');
  });
});
