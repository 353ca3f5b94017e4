/**
 * The list's stories show what they promise: Refreshing keeps the rows on screen, busy, while a
 * new search that never answers is pending; BesideACard fits its columns in 1,000 px with one
 * label chip and "+N". Both pass axe.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ContactList } from '../../src/elements/contact-list/contact-list.js';
import { BesideACard, Refreshing } from '../../stories/contact-list.stories.js';

describe('<contact-list> Refreshing story', () => {
  it('keeps the rows shown, busy, with the loading announced, and passes axe', async () => {
    const list = await fixture<ContactList>((Refreshing.render as () => TemplateResult)());
    const grid = () => list.shadowRoot!.querySelector('[role="grid"]');
    await waitUntil(() => grid()?.getAttribute('aria-busy') === 'true', 'the new search never started', { timeout: 5000 });
    expect(list.query).to.deep.equal({ search: 'maria' });
    const rows = list.shadowRoot!.querySelectorAll('.body [role="row"][data-id]');
    expect(rows.length).to.be.above(5);
    expect(list.shadowRoot!.querySelector('.grid-frame [role="status"]')!.textContent).to.contain('Loading contacts…');
    await expect(list).to.be.accessible();
  });
});

describe('<contact-list> BesideACard story', () => {
  it('fits every default column in 1,000 px, labels as one chip and "+N", and passes axe', async () => {
    const wrapper = await fixture<HTMLElement>((BesideACard.render as () => TemplateResult)());
    const list = wrapper.querySelector<ContactList>('contact-list')!;
    const root = list.shadowRoot!;
    await waitUntil(() => root.querySelector('.body [role="row"][data-id]'), 'rows shown', { timeout: 5000 });
    const frame = root.querySelector<HTMLElement>('.grid-frame')!;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    const lists = [...root.querySelectorAll('.body [data-column="labels"] .label-list')];
    expect(lists.length).to.be.above(0);
    for (const labels of lists) expect(labels.querySelectorAll('.label-chip').length).to.equal(1);
    expect(root.querySelector('.body [data-column="labels"] .label-overflow')).to.not.equal(null);
    await expect(list).to.be.accessible();
  });
});
