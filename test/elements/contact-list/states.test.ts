import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { ContactQuery } from '../../../src/model/query.js';
import { MemoryContactSource } from '../../../src/sources/memory.js';
import type { ContactPage, ContactSource } from '../../../src/sources/source.js';
import { $, $$, bigSource, seededSource, setup, text } from './helpers.js';

/** A source whose listContacts never answers: the loading state, for as long as we look. */
function neverSource(): ContactSource {
  const source = seededSource();
  source.listContacts = () => new Promise<ContactPage>(() => {});
  return source;
}

describe('<contact-list> states', () => {
  it('loading: skeleton rows, busy grid, announced', async () => {
    const { el } = await setup({ source: neverSource(), wait: false });
    await el.updateComplete;
    expect($(el, '[role="grid"]').getAttribute('aria-busy')).to.equal('true');
    // Placeholder rows in the table itself (its virtualizer places them in the next frame), so
    // the first page updates them in place.
    await waitUntil(() => $$(el, '.body .skeleton-row').length > 3, 'skeleton rows shown');
    expect($$(el, '.body [role="row"][data-id]').length).to.equal(0);
    expect(text($(el, '.grid-frame [role="status"]'))).to.equal('Loading contacts…');
    await expect(el).to.be.accessible();
  });

  it('empty: "No contacts yet" with Create contact', async () => {
    const { el } = await setup({ source: new MemoryContactSource(), wait: false });
    await waitUntil(() => el.shadowRoot!.querySelector('.state'));
    expect(text($(el, '.state-title'))).to.equal('No contacts yet');
    const event = oneEvent(el, 'contact-create-request');
    $(el, '.state .button--primary').click();
    expect((await event).detail.draft).to.deep.equal({});
    await expect(el).to.be.accessible();
  });

  it('no results: "Clear filters" resets the query (keeping the sort) and reports it', async () => {
    const query: ContactQuery = { search: 'zzzz-nobody', sort: { field: 'name', direction: 'asc' } };
    const { el } = await setup({ query, wait: false });
    await waitUntil(() => el.shadowRoot!.querySelector('.state'));
    expect(text($(el, '.state-title'))).to.equal('No contacts match this filter');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'contact-query-change');
    $(el, '.state .button').click();
    expect((await event).detail.query).to.deep.equal({ sort: { field: 'name', direction: 'asc' } });
    await waitUntil(() => el.shadowRoot!.querySelector('.body [role="row"][data-id]'), 'rows after clearing');
  });

  for (const [kind, words, retry] of [
    ['network', /offline|cannot be reached/i, true],
    ['forbidden', /permission|allowed|forbidden/i, false],
  ] as const) {
    it(`error (${kind}): the kind in words${retry ? ', with Retry that recovers' : ', without Retry'}`, async () => {
      const source = seededSource();
      source.setFailure('listContacts', kind);
      const { el } = await setup({ source, wait: false });
      await waitUntil(() => el.shadowRoot!.querySelector('.error-block'));
      expect(text($(el, '.error-context'))).to.equal('Contacts could not be loaded');
      expect(text($(el, '.error-message'))).to.match(words);
      await expect(el).to.be.accessible();
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.error-retry');
      expect(Boolean(button)).to.equal(retry);
      if (!button) return;
      source.setFailure('listContacts', undefined);
      button.click();
      await waitUntil(() => el.shadowRoot!.querySelector('.body [role="row"][data-id]'), 'rows after retry');
    });
  }

  it('no data source: says so', async () => {
    const { el } = await setup({ source: undefined, wait: false });
    await el.updateComplete;
    expect(text($(el, '.state-title'))).to.equal('No data source');
    await expect(el).to.be.accessible();
  });

  it('rows: accessible as a grid', async () => {
    const { el } = await setup();
    await expect(el).to.be.accessible();
  });
});

describe('<contact-list> a later page fails', () => {
  it('keeps the rows, says why above them, and Retry continues', async () => {
    const source = bigSource(1_000);
    const { el } = await setup({ source });
    source.setFailure('listContacts', 'server');
    $(el, '.grid-frame').scrollTop = 400 * 56;
    await waitUntil(() => el.shadowRoot!.querySelector('.inline-error .error-block'), 'error shown', { timeout: 5000 });
    expect(text($(el, '.inline-error .error-context'))).to.equal('More contacts could not be loaded');
    // The list stays: the grid, the total, the rows loaded before.
    expect(el.total).to.equal(1_000);
    expect(el.shadowRoot!.querySelector('[role="grid"]')).not.to.equal(null);
    source.setFailure('listContacts', undefined);
    $(el, '.inline-error .error-retry').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.inline-error'), 'error gone', { timeout: 5000 });
    await waitUntil(() => $$(el, '.body [role="row"][data-id]').some((r) => Number(r.dataset['row']) > 390), 'rows loaded');
  });
});
