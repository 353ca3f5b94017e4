import { expect, waitUntil } from '@open-wc/testing';
import type { ContactQuery } from '../../../src/model/query.js';
import type { ContactPage } from '../../../src/sources/source.js';
import { $, $$, bigSource, names, row, rows, seededSource, setup, text } from './helpers.js';

describe('<contact-list> rows', () => {
  it('renders rows from a memory source with the total', async () => {
    const { el } = await setup({ query: { sort: { field: 'name', direction: 'asc' } } });
    expect(names(el).slice(0, 2)).to.deep.equal(['Alice Anderson', names(el)[1]]);
    expect(text($(el, '.count'))).to.equal('Contacts: 32');
    expect($(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('33');
    expect(rows(el)[0]!.getAttribute('aria-rowindex')).to.equal('2');
  });

  it('keeps the DOM small with 100,000 contacts', async () => {
    const { el } = await setup({ source: bigSource(100_000), style: 'inline-size: 64rem' });
    expect(text($(el, '.count'))).to.equal('Contacts: 100,000');
    expect($(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('100001');
    expect($$(el, '.body [role="row"]').length).to.be.below(60);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(3000);
  });

  it('fetches further pages on scroll', async () => {
    const source = bigSource(5_000);
    const { el } = await setup({ source });
    expect(row(el, 'm001000')).to.equal(undefined);
    const body = $(el, '.grid-frame');
    body.scrollTop = 600 * 56;
    await waitUntil(() => rows(el).some((r) => r.dataset['id'] && Number(r.dataset['row']) > 550), 'rows near 600 loaded', { timeout: 5000 });
    const shown = rows(el).filter((r) => r.dataset['id']);
    const first = shown[0]!;
    expect(text(first.querySelector('[data-column="name"] .name'))).to.equal(`Contact ${String(Number(first.dataset['row']) + 1).padStart(6, '0')}`);
    expect($$(el, '.body [role="row"]').length).to.be.below(60);
  });

  it('renders a hostile name as text', async () => {
    const source = bigSource(3);
    const [first] = (await source.listContacts({}, { size: 1 })).items;
    await source.updateContact(first!.id, { name: '<img src=x onerror=alert(1)>' });
    const { el } = await setup({ source });
    const cell = row(el, first!.id)!.querySelector('[data-column="name"]')!;
    expect(text(cell)).to.contain('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('.body img[src="x"]')).to.equal(null);
  });
});

describe('<contact-list> out-of-order answers', () => {
  it('never renders a late page of a superseded query', async () => {
    const source = seededSource();
    const list = source.listContacts.bind(source);
    const pending: { query: ContactQuery; release: () => void }[] = [];
    // Answers only when released, whatever the AbortSignal says: a backend that answers anyway.
    source.listContacts = (query, page) =>
      new Promise<ContactPage>((resolve, reject) => {
        pending.push({ query, release: () => void list(query, page).then(resolve, reject) });
      });
    const { el } = await setup({ source, query: { search: 'Alice' }, wait: false });
    await waitUntil(() => pending.length === 1);
    el.query = { search: 'Bob' };
    await el.updateComplete;
    await waitUntil(() => pending.length === 2);
    pending[1]!.release(); // the new query answers first…
    await waitUntil(() => el.shadowRoot!.querySelector('.body [role="row"][data-id]'), 'Bob shown');
    const shown = names(el);
    expect(shown.every((name) => /bob/i.test(name))).to.equal(true);
    pending[0]!.release(); // …the old one late: never shown
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(shown);
    expect(names(el).some((name) => /alice/i.test(name))).to.equal(false);
  });
});

describe('<contact-list> with a less capable source', () => {
  it('without a total: "N+" while more may come, aria-rowcount -1, and pages still load on scroll', async () => {
    const { el } = await setup({ source: bigSource(1_000, { capabilities: { total: false } }) });
    expect(text($(el, '.count'))).to.match(/^Contacts: \d+\+$/);
    expect($(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('-1');
    const body = $(el, '.grid-frame');
    for (let i = 0; i < 40 && el.total === undefined; i += 1) {
      body.scrollTop = body.scrollHeight;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await waitUntil(() => el.total === 1_000, 'the end reached', { timeout: 8000 });
    expect(text($(el, '.count'))).to.equal('Contacts: 1,000');
  });

  it('offers only the sorts the source supports', async () => {
    const { el } = await setup({ source: seededSource({ capabilities: { sortFields: ['name'] } }) });
    expect($$(el, '[data-sort]').map((button) => button.dataset['sort'])).to.deep.equal(['name']);
  });

  it('reloads what it shows after being moved in the page', async () => {
    const source = seededSource();
    const { el, wrapper } = await setup({ source, query: { sort: { field: 'name', direction: 'asc' } } });
    expect(row(el, 'c01')).not.to.equal(undefined);
    el.remove();
    await source.updateContact('c01', { email: 'changed.while.away@example.com' });
    wrapper.append(el); // back: the change it could not hear is shown
    const email = () => text(row(el, 'c01')?.querySelector('[data-column="email"]'));
    await waitUntil(() => email() === 'changed.while.away@example.com', 'reloaded');
  });
});

describe('<contact-list> column widths', () => {
  it('a timed block shows on two lines inside the status cell, rows keep one height, and phones show whole', async () => {
    const source = bigSource(20);
    const [first] = (await source.listContacts({}, { size: 1 })).items;
    await source.updateContact(first!.id, { phone: '+380 67 123 4567' });
    await source.blockContact(first!.id, { until: new Date(Date.parse('2026-12-24T09:00:00Z')), reason: 'spam' });
    // 1,000 px: a list beside a card on a 1,400 px screen.
    const { el } = await setup({ source, style: 'inline-size: 1000px' });
    const frame = $(el, '.grid-frame');
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1); // the default columns fit: no sideways scrolling
    const cells = row(el, first!.id)!;
    const status = cells.querySelector<HTMLElement>('[data-column="status"]')!;
    const badge = status.querySelector<HTMLElement>('.status-badge')!;
    expect(text(badge)).to.match(/^Blocked until /);
    expect(badge.getBoundingClientRect().right).to.be.at.most(status.getBoundingClientRect().right + 0.5);
    // On two lines of their own, so the row keeps the height of the others.
    expect(cells.getBoundingClientRect().height).to.equal(row(el, rows(el).find((r) => r !== cells && r.dataset['id'])!.dataset['id']!)!.getBoundingClientRect().height);
    const phone = cells.querySelector<HTMLElement>('[data-column="phone"] .truncate')!;
    expect(text(phone)).to.equal('+380 67 123 4567');
    expect(phone.scrollWidth).to.be.at.most(phone.clientWidth);
  });

  it('a narrow labels column shows one chip and "+N", a wide one more; a resize switches between them', async () => {
    const source = bigSource(20);
    const [first] = (await source.listContacts({}, { size: 1 })).items;
    await source.setContactLabels(first!.id, ['vip', 'lead', 'support', 'partner']);
    const { el, wrapper } = await setup({ source, style: 'inline-size: 1000px' });
    const labels = () => row(el, first!.id)!.querySelector<HTMLElement>('[data-column="labels"]')!;
    const chips = () => [...labels().querySelectorAll('.chip-text')].map((chip) => text(chip));
    const more = () => text(labels().querySelector('.label-overflow [aria-hidden="true"]'));
    expect(chips()).to.deep.equal(['vip']);
    expect(more()).to.equal('+3');
    // The one chip keeps its text: two chips and "+1" had squeezed both to their dots.
    const chip = labels().querySelector<HTMLElement>('.chip-text')!;
    expect(chip.scrollWidth).to.be.at.most(chip.clientWidth + 1);

    wrapper.style.inlineSize = '1600px';
    await waitUntil(() => chips().length === 2, 'two chips once the column is wide');
    expect(chips()).to.deep.equal(['vip', 'lead']);
    expect(more()).to.equal('+2');

    wrapper.style.inlineSize = '1000px';
    await waitUntil(() => chips().length === 1, 'one chip again');
  });
});
