import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { columnTrack, columnWidths, DEFAULT_COLUMNS, labelChipsFor, resolveColumns } from '../../../src/elements/contact-list/columns.js';
import { MemoryContactSource } from '../../../src/sources/memory.js';
import { $, $$, manyContacts, names, NOW, rows, setup, text } from './helpers.js';

function headers(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('.header-row .cell[data-column]')].map((cell) => text(cell));
}

describe('<contact-list> columns and sorting', () => {
  it('shows the chosen columns, including a custom attribute, in order', async () => {
    const { el, root } = await setup({ columns: ['name', 'attribute:plan', 'status'] });
    await waitUntil(() => headers(root).length === 3, 'attribute column resolved');
    expect(headers(root)).to.deep.equal(['Name', headers(root)[1], 'Status']);
    expect(headers(root)[1]).not.to.equal('');
    expect(rows(el)[0]!.querySelectorAll('.cell[data-column]').length).to.equal(3);
  });

  it('a sortable header changes the sort and reports the query', async () => {
    const { el, root } = await setup({ query: { search: 'a' } });
    const event = oneEvent(el, 'contact-query-change');
    $(el, '[data-sort="name"]').click();
    const { detail } = await event;
    expect(detail.query).to.deep.equal({ search: 'a', sort: { field: 'name', direction: 'asc' } });
    await waitUntil(() => names(el)[0] === 'Alice Anderson', 'sorted by name');
    expect(root.querySelector('[data-column="name"][role="columnheader"]')!.getAttribute('aria-sort')).to.equal('ascending');
    const second = oneEvent(el, 'contact-query-change');
    $(el, '[data-sort="name"]').click();
    expect((await second).detail.query.sort).to.deep.equal({ field: 'name', direction: 'desc' });
  });

  it('a query set from code fires nothing', async () => {
    const { el } = await setup();
    let fired = 0;
    el.addEventListener('contact-query-change', () => (fired += 1));
    el.query = { sort: { field: 'createdAt', direction: 'asc' } };
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.body [role="row"][data-id]'));
    expect(fired).to.equal(0);
  });

  it('the column chooser works from the keyboard and fires contact-columns-change', async () => {
    const { el, root } = await setup();
    const button = $(el, '.columns-button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const created = root.querySelector<HTMLInputElement>('#columns-menu input[data-column="createdAt"]')!;
    await waitUntil(() => root.activeElement?.matches('#columns-menu input'), 'focus in the chooser');
    created.focus();
    const event = oneEvent(el, 'contact-columns-change');
    await sendKeys({ press: 'Space' });
    const { detail } = await event;
    expect(detail.columns.at(-1)).to.equal('createdAt');
    expect(el.columns).to.deep.equal(detail.columns);
    await el.updateComplete;
    expect(headers(root)).to.include('Created');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement).to.equal(button);
  });

  it('exportColumns gives plain-text headers and values', async () => {
    const { el } = await setup({ columns: ['name', 'email', 'labels'] });
    const columns = el.exportColumns;
    expect(columns.map((column) => column.header)).to.deep.equal(['Name', 'Email', 'Labels']);
    const rowsShown = $$(el, '.body [role="row"][data-id]');
    expect(rowsShown.length).to.be.greaterThan(0);
    const source = (await import('./helpers.js')).seededSource();
    const alice = await source.getContact('c01');
    expect(columns[0]!.value(alice)).to.equal('Alice Anderson');
    expect(columns[2]!.value(alice)).to.contain('vip');
  });
});

describe('<contact-list> cells', () => {
  it('shows a timed block as "until …", labels with "+N", the channel by name, relative time with the exact one', async () => {
    const [contact] = manyContacts(1);
    const source = new MemoryContactSource({
      contacts: [
        {
          ...contact!,
          phone: '+380671234567',
          sourceChannel: 'telegram',
          labels: ['vip', 'lead', 'customer', 'partner'],
          block: { until: new Date('2026-12-01T12:00:00Z'), blockedAt: new Date('2026-11-01T12:00:00Z') },
        },
      ],
      labels: [{ name: 'vip', color: '#7c3aed' }],
      now: () => NOW,
    });
    // Wide enough for two label chips (a narrow labels column shows one).
    const { el } = await setup({ source, columns: ['name', 'phone', 'channel', 'status', 'labels', 'lastActivity'], style: 'inline-size: 80rem' });
    const cells = rows(el)[0]!;
    const cell = (id: string) => cells.querySelector(`[data-column="${id}"]`)!;
    // Two lines in a table cell: "Blocked", then "until …" (the whole status on hover too).
    expect(text(cell('status'))).to.match(/^Blocked until \d/);
    expect(cell('status').querySelectorAll('.status-line')).to.have.length(2);
    expect(cell('status').querySelector('.status-badge')!.getAttribute('title')).to.match(/^Blocked until /);
    expect(text(cell('channel'))).to.equal('Telegram');
    expect(text(cell('phone'))).to.contain('67');
    const chips = cell('labels').querySelectorAll('li');
    expect(chips).to.have.length(3);
    expect(text(chips[2])).to.contain('+2');
    expect(cell('lastActivity').querySelector('time')!.getAttribute('datetime')).to.equal(contact!.lastActivityAt!.toISOString());
    expect(text(cell('lastActivity').querySelector('.time-exact'))).not.to.equal('');
  });
});

describe('columnWidths() and labelChipsFor()', () => {
  it('give the widths CSS grid gives the same tracks, narrow to wide', async () => {
    const columns = resolveColumns(DEFAULT_COLUMNS);
    const grid = await fixture<HTMLDivElement>(html`<div style="display: grid; font-size: 16px; grid-template-columns: ${columns.map(columnTrack).join(' ')}">
      ${columns.map(() => html`<span></span>`)}
    </div>`);
    for (const widthRem of [40, 52, 60, 75, 90, 120]) {
      grid.style.inlineSize = `${widthRem}rem`;
      const rendered = [...grid.children].map((cell) => cell.getBoundingClientRect().width / 16);
      const computed = columnWidths(columns, widthRem);
      computed.forEach((width, index) => expect(width, `${columns[index]!.id} at ${widthRem}rem`).to.be.closeTo(rendered[index]!, 0.05));
    }
  });

  it('one label chip in a narrow labels column, two in a wide one, two without a labels column', () => {
    const columns = resolveColumns(DEFAULT_COLUMNS);
    expect(labelChipsFor(columns, 55)).to.equal(1);
    expect(labelChipsFor(columns, 100)).to.equal(2);
    expect(labelChipsFor(resolveColumns(['name', 'email']), 20)).to.equal(2);
  });
});
