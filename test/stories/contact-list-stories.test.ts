/**
 * The list's Refreshing story shows what it promises: the rows on screen stay, busy, while a
 * new search that never answers is pending, and the state passes axe.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ContactList } from '../../src/elements/contact-list/contact-list.js';
import { Refreshing } from '../../stories/contact-list.stories.js';

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
