import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/contact-source-provider.js';
import '../../../src/contact-filter.js';
import type { ContactSourceProvider } from '../../../src/elements/contact-source-provider/contact-source-provider.js';
import { $, bigSource, row, rows, rowsShown, seededSource, settled, setup, text } from './helpers.js';

describe('<contact-list> live updates and panels', () => {
  it('an edited contact re-renders in place', async () => {
    const { el, source } = await setup();
    const target = rows(el)[1]!;
    const id = target.dataset['id']!;
    await source!.updateContact(id, { name: 'Renamed Person' });
    await waitUntil(() => text(row(el, id)?.querySelector('[data-column="name"] .name')) === 'Renamed Person');
    expect(rows(el)[1]!.dataset['id']).to.equal(id);
  });

  it('created and deleted contacts appear and disappear; scroll and selection stay; the total follows', async () => {
    const source = bigSource(1_000);
    // Newest first: the created contact comes first, above the rows in view.
    const { el } = await setup({ source, query: { sort: { field: 'createdAt', direction: 'desc' } } });
    const body = $(el, '.grid-frame');
    body.scrollTop = 200 * 56;
    await settled(el);
    const checkedRow = rows(el).find((r) => r.dataset['id'] && Number(r.dataset['row']) > 205)!;
    const checkedId = checkedRow.dataset['id']!;
    checkedRow.querySelector<HTMLInputElement>('.check-cell input')!.click();
    await el.updateComplete;
    const scrollTop = body.scrollTop;

    const created = await source.createContact({ name: 'Brand New', email: 'brand.new@example.com' });
    await waitUntil(() => el.total === 1_001, 'total after create');
    await source.deleteContact('m000001');
    await waitUntil(() => el.total === 1_000, 'total after delete');
    await settled(el);
    expect(text($(el, '.count'))).to.equal('Contacts: 1,000');
    expect(Math.abs(body.scrollTop - scrollTop)).to.be.below(2);
    expect(el.selection).to.deep.equal({ ids: [checkedId] });
    expect(row(el, checkedId)!.getAttribute('aria-selected')).to.equal('true');
    body.scrollTop = 0;
    await settled(el);
    expect(row(el, created.id)).not.to.equal(undefined);
    expect(row(el, 'm000001')).to.equal(undefined);
  });

  it('inside a provider, the filter drives the list and the selection reaches the panel', async () => {
    const source = seededSource();
    const provider = await fixture<ContactSourceProvider>(html`<contact-source-provider .source=${source}>
      <contact-filter></contact-filter>
      <contact-list></contact-list>
    </contact-source-provider>`);
    const list = provider.querySelector('contact-list')!;
    await rowsShown(list);
    expect(list.total).to.equal(32);
    provider.query = { search: 'Alice' };
    await waitUntil(() => list.total === 1, 'list follows the panel query');
    await settled(list);
    rows(list)[0]!.querySelector<HTMLElement>('[data-column="email"]')!.click();
    await provider.updateComplete;
    expect(provider.selectedId).to.equal('c01');
    provider.selectedId = undefined;
    await list.updateComplete;
    expect(list.selectedId).to.equal(undefined);
  });

  it('row actions: block opens a request the host can take over; open selects', async () => {
    const { el } = await setup();
    const first = rows(el)[0]!;
    let request: { action: string; id: string } | undefined;
    el.addEventListener('contact-block-request', (event) => {
      event.preventDefault();
      request = { action: event.detail.action, id: event.detail.contact.id };
    });
    first.querySelector<HTMLElement>('[data-action="block"], [data-action="unblock"]')!.click();
    expect(request?.id).to.equal(first.dataset['id']);
    let selected: string | undefined;
    el.addEventListener('contact-select', (event) => (selected = event.detail.contact.id));
    first.querySelector<HTMLElement>('[data-action="open"]')!.click();
    expect(selected).to.equal(first.dataset['id']);
  });

  it('hides block actions the source cannot do', async () => {
    const { el } = await setup({ source: seededSource({ capabilities: { block: false } }) });
    expect(el.shadowRoot!.querySelector('[data-action="block"], [data-action="unblock"]')).to.equal(null);
  });

  it('compact two-line rows in a 320px container', async () => {
    const { el } = await setup({ style: 'inline-size: 320px' });
    const first = rows(el)[0]!;
    const compact = first.querySelector<HTMLElement>('.compact-cell')!;
    expect(getComputedStyle(compact).display).not.to.equal('none');
    // Only the compact layout is rendered: no data cells at all (not merely hidden).
    expect(first.querySelector('[data-column="email"]')).to.equal(null);
    expect(first.getBoundingClientRect().width).to.be.at.most(321);
    expect(text(compact.querySelector('.name'))).to.not.equal('');
    // The status: a badge, or for an active contact words for screen readers.
    expect(text(compact.querySelector('.compact-line .status-badge, .compact-line .visually-hidden'))).to.not.equal('');
    // One action: block. The row itself opens (the wide row's open button did the same), and its
    // room goes to the phone and the time.
    expect([...first.querySelectorAll<HTMLElement>('[data-action]')].map((button) => button.dataset['action'])).to.deep.equal(['block']);
    const select = oneEvent(el, 'contact-select');
    compact.querySelector<HTMLElement>('.name')!.click();
    expect((await select).detail.contact.id).to.equal(first.dataset['id']);
    await expect(el).to.be.accessible();
  });

  it('a source that answers at once gets compact rows from the first render, never a table first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const el = document.createElement('contact-list');
    el.source = seededSource();
    wrapper.append(el);
    let tableCells = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element) tableCells += node.matches('[data-column]') ? 1 : node.querySelectorAll('.body [data-column], [role="gridcell"][data-column]').length;
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => rows(el)[0]?.dataset['id'], 'rows shown');
    await settled(el);
    observer.disconnect();
    expect(rows(el)[0]!.querySelector('.compact-cell')).to.not.equal(null);
    expect(tableCells).to.equal(0);
  });

  it('a compact row shows a block as "Blocked" beside the name, its end for screen readers and on hover', async () => {
    // c11 (Irene Ito) is blocked until 2026-12-01: "Blocked until …" in full would squeeze the name.
    const { el } = await setup({ style: 'inline-size: 320px', query: { search: 'Irene Ito' } });
    await waitUntil(() => row(el, 'c11'), 'the blocked contact shown');
    const badge = row(el, 'c11')!.querySelector<HTMLElement>('.compact .status-badge')!;
    // The words shown: the status text's own text, less what only screen readers get.
    const shown = [...badge.querySelector('.status-text')!.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
    expect(shown.map((node) => node.textContent).join('').trim()).to.equal('Blocked');
    expect(text(badge.querySelector('.status-text .visually-hidden'))).to.match(/^until /);
    expect(badge.title).to.match(/^Blocked until /);
    // The whole status on one line took about half the row's width from the name.
    expect(badge.getBoundingClientRect().width).to.be.below(6.5 * 16);
    await expect(el).to.be.accessible();
  });

  it('a compact row leaves "Active" to screen readers: the name has the line to itself', async () => {
    const { el } = await setup({ style: 'inline-size: 320px', query: { search: 'Alice' } });
    const line = rows(el)[0]!.querySelector<HTMLElement>('.compact-line')!;
    expect(line.querySelector('.status-badge')).to.equal(null);
    expect(text(line.querySelector('.visually-hidden'))).to.equal('Active');
    const name = line.querySelector<HTMLElement>('.name')!;
    expect(name.scrollWidth).to.be.at.most(name.clientWidth + 1);
  });
});
