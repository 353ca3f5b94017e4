import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { $, bigSource, focused, focusedRowIndex, nextFrame, rows, settled, setup, text } from './helpers.js';

/** Contact `Contact 000042` is row 41 (newest first): what a row must show at its place. */
function expectedName(rowIndex: number): string {
  return `Contact ${String(rowIndex + 1).padStart(6, '0')}`;
}

/** Every loaded row shows the contact at its place: name, id, checkbox label and row index. */
function expectRowsMatchTheirPlace(el: ContactList): void {
  const loaded = rows(el).filter((r) => r.dataset['id']);
  expect(loaded.length).to.be.above(5);
  for (const r of loaded) {
    const index = Number(r.dataset['row']);
    const name = expectedName(index);
    expect(text(r.querySelector('[data-column="name"] .name'))).to.equal(name);
    expect(r.dataset['id']).to.equal(`m${name.slice('Contact '.length)}`);
    expect(r.getAttribute('aria-rowindex')).to.equal(String(index + 2));
    expect(r.querySelector('.check-cell input')!.getAttribute('aria-label')).to.equal(`Select ${name}`);
    expect(r.hasAttribute('aria-busy')).to.equal(false);
  }
}

async function scrollToRow(el: ContactList, rowIndex: number): Promise<void> {
  $(el, '.grid-frame').scrollTop = rowIndex * 56;
  await waitUntil(
    () => rows(el).some((r) => r.dataset['id'] && Math.abs(Number(r.dataset['row']) - rowIndex) < 5),
    `rows near ${rowIndex} loaded`,
    { timeout: 5000 },
  );
  await settled(el);
}

describe('<contact-list> scrolling far', function () {
  // Many frames each, on a loaded CI machine.
  this.timeout(30_000);

  it('a jump reuses the row elements, and each shows the contact now at its place', async () => {
    const { el } = await setup({ source: bigSource(20_000) });
    const before = new Set(rows(el));
    await scrollToRow(el, 9_000);
    expectRowsMatchTheirPlace(el);
    // The same elements, showing other contacts: a jump builds no new rows.
    const after = rows(el);
    expect(after.filter((r) => before.has(r)).length).to.be.at.least(Math.min(before.size, after.length) - 2);
    await scrollToRow(el, 15_321);
    expectRowsMatchTheirPlace(el);
  });

  it('a reused row does not keep the check, the opened state or the focus of the contact it showed', async () => {
    const { el } = await setup({ source: bigSource(20_000) });
    const first = rows(el)[0]!;
    first.querySelector<HTMLInputElement>('.check-cell input')!.click();
    first.querySelector<HTMLElement>('[data-column="email"]')!.click(); // opens it
    await el.updateComplete;
    expect(first.getAttribute('aria-selected')).to.equal('true');
    expect(first.getAttribute('aria-current')).to.equal('true');
    first.querySelector<HTMLElement>('[data-column="name"]')!.focus();

    await scrollToRow(el, 12_000);
    expectRowsMatchTheirPlace(el);
    for (const r of rows(el).filter((r) => r.dataset['id'])) {
      expect(r.getAttribute('aria-selected'), r.dataset['id']).to.equal('false');
      expect(r.querySelector<HTMLInputElement>('.check-cell input')!.checked, r.dataset['id']).to.equal(false);
      expect(r.hasAttribute('aria-current'), r.dataset['id']).to.equal(false);
    }
    // The focus left the reused cell for the rows' scroller: it is on no other contact's row.
    // (Assertions on strings and numbers only: a failing one reports at once, never a DOM node to serialise.)
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(active?.closest<HTMLElement>('[role="row"]')?.dataset['id'] ?? 'not in a row').to.equal('not in a row');
    expect(el.shadowRoot!.querySelectorAll('[tabindex="0"]').length).to.equal(1);

    await scrollToRow(el, 0);
    const back = rows(el)[0]!;
    expect(back.dataset['id']).to.equal('m000001');
    expect(back.getAttribute('aria-selected')).to.equal('true');
    expect(back.querySelector<HTMLInputElement>('.check-cell input')!.checked).to.equal(true);
    expect(back.getAttribute('aria-current')).to.equal('true');
    // And the focus came back to the cell it left.
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.closest('[role="row"]') === back, 'focus back', { timeout: 5000 });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset['column']).to.equal('name');
  });

  it('scrolling step by step keeps the rows right and the rows container small (lit/lit#5010 markers dropped)', async () => {
    const { el } = await setup({ source: bigSource(5_000) });
    const frame = $(el, '.grid-frame');
    // Four rows a frame, as a fast wheel: rows leave and come, 600 of them in all.
    for (let step = 0; step < 150; step += 1) {
      frame.scrollTop += 224;
      await nextFrame();
    }
    await settled(el);
    await waitUntil(() => rows(el).every((r) => r.dataset['id']), 'rows loaded', { timeout: 5000 });
    expectRowsMatchTheirPlace(el);
    const body = $(el, '.body');
    const comments = [...body.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE).length;
    // Three nodes a live row (its two markers and itself), plus the markers dropped once they outnumber the rows.
    expect(comments).to.be.at.most(3 * body.childElementCount + 16);
  });
});

describe('<contact-list> focus on a row still loading', () => {
  it('a placeholder cell that holds the focus hands it to the same place in its row when the contact arrives', async () => {
    const { el } = await setup({ source: bigSource(3_000, { latency: 300 }) });
    rows(el)[0]!.querySelector<HTMLElement>('.check-cell input')!.focus();
    await sendKeys({ down: 'Control' });
    try {
      await sendKeys({ press: 'End' }); // the last cell of the last row
    } finally {
      await sendKeys({ up: 'Control' });
    }
    // The last row is a placeholder until its page arrives: its actions cell holds the focus meanwhile.
    await waitUntil(() => focusedRowIndex(el) === 3_001, 'placeholder focused', { timeout: 5000 });
    expect(focused(el)!.closest('[role="row"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(focused(el)!.classList.contains('actions-cell')).to.equal(true);
    // Loaded, the same row element shows the contact; its cell is no longer a stop, its last button is.
    await waitUntil(() => focused(el)?.dataset['action'] === 'block', 'the last button focused once loaded', { timeout: 5000 });
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Block Contact 003000');
    expect(el.shadowRoot!.querySelectorAll('.grid [tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'Home' });
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Select Contact 003000');
    await sendKeys({ press: ' ' });
    expect(el.selectedCount).to.equal(1);
  });
});

describe('<contact-list> a new query', () => {
  it('keeps the previous rows, busy and inert, until its own replace them, and starts at the top', async () => {
    const { el, source } = await setup({ source: bigSource(5_000, { latency: 300 }) });
    await scrollToRow(el, 400);
    const before = rows(el).filter((r) => r.dataset['id']);
    const shownBefore = before.map((r) => r.dataset['id']);
    let selected = 0;
    el.addEventListener('contact-select', () => (selected += 1));

    const query = { search: '0049' };
    el.query = query;
    await el.updateComplete;
    const grid = $(el, '[role="grid"]');
    expect(grid.getAttribute('aria-busy')).to.equal('true');
    expect(rows(el).filter((r) => r.dataset['id']).map((r) => r.dataset['id'])).to.deep.equal(shownBefore);
    expect(text(el.shadowRoot!.querySelector('.grid-frame [role="status"]'))).to.equal('Loading contacts…');
    // A click on a row of the old query opens nothing.
    rows(el).find((r) => r.dataset['id'])!.querySelector<HTMLElement>('[data-column="email"]')!.click();
    expect(selected).to.equal(0);

    await waitUntil(() => !grid.hasAttribute('aria-busy'), 'the new rows arrived', { timeout: 5000 });
    await settled(el);
    expect($(el, '.grid-frame').scrollTop).to.equal(0);
    const names = rows(el).filter((r) => r.dataset['id']).map((r) => text(r.querySelector('[data-column="name"] .name')));
    const expected = await source!.listContacts(query, { size: 5 });
    expect(names.slice(0, 5)).to.deep.equal(expected.items.map((contact) => contact.name));
    expect(text($(el, '.count'))).to.equal(`Contacts: ${expected.total}`);
  });
});

describe('<contact-list> the first load', () => {
  it('shows placeholder rows that become the rows of the first page in place', async () => {
    const source = bigSource(500);
    const answer = source.listContacts.bind(source);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    source.listContacts = async (query, page, options) => {
      await released;
      return answer(query, page, options);
    };
    const { el } = await setup({ source, wait: false });
    await waitUntil(() => rows(el).filter((r) => r.classList.contains('skeleton-row')).length > 3, 'placeholders shown');
    const placeholders = rows(el);
    expect(placeholders.every((r) => r.getAttribute('aria-busy') === 'true')).to.equal(true);
    release();
    await waitUntil(() => rows(el)[0]?.dataset['id'] === 'm000001', 'the first page shown', { timeout: 5000 });
    expect(rows(el).slice(0, placeholders.length).every((r, i) => r === placeholders[i])).to.equal(true);
    expectRowsMatchTheirPlace(el);
  });
});

describe('<contact-list> a source that answers at once', () => {
  it('before its first frame: no placeholder rows yet, and a body as tall as the view for the first range', async () => {
    const source = bigSource(500);
    source.listContacts = () => new Promise(() => {}); // still loading, for as long as we look
    const { el } = await setup({ source, wait: false, style: 'inline-size: 64rem; block-size: 30rem; display: flex' });
    el.style.flex = '1';
    await el.updateComplete;
    // Placeholders would be built and laid out for nothing when the first page is already on
    // its way (a memory source answers before the next frame); the virtualizer takes its
    // viewport from the body, so an empty body of 0 px would make its first range one row.
    expect(rows(el).length).to.equal(0);
    const frame = $(el, '.grid-frame').getBoundingClientRect();
    const head = $(el, '.head').getBoundingClientRect();
    expect(Math.round($(el, '.body').getBoundingClientRect().height)).to.equal(Math.round(frame.bottom - head.bottom));
    await waitUntil(() => rows(el).filter((r) => r.classList.contains('skeleton-row')).length > 3, 'placeholders after a frame');
  });

  it('asks for the page after the rows in view only once those rows are rendered', async () => {
    const source = bigSource(500);
    const answer = source.listContacts.bind(source);
    const asked: { rowsShown: boolean }[] = [];
    const list: { el?: ContactList } = {};
    source.listContacts = (query, page, options) => {
      asked.push({ rowsShown: Boolean(list.el?.shadowRoot?.querySelector('.body [role="row"][data-id]')) });
      return answer(query, page, options);
    };
    list.el = (await setup({ source, wait: false })).el;
    await waitUntil(() => asked.length >= 2, 'the next page asked for', { timeout: 5000 });
    expect(asked.map((call) => call.rowsShown)).to.deep.equal([false, true]);
  });

  it('renders a sample row while the first page loads, off screen: nothing of it shows and no event fires', async () => {
    const source = bigSource(50);
    const fired: string[] = [];
    const wrapper = document.createElement('div');
    for (const type of ['contact-select', 'contact-block-request', 'contact-create-request']) {
      wrapper.addEventListener(type, () => fired.push(type));
    }
    document.body.append(wrapper);
    try {
      const el = document.createElement('contact-list') as ContactList;
      el.source = source;
      wrapper.append(el);
      await waitUntil(() => rows(el)[0]?.dataset['id'] === 'm000001', 'the first page shown', { timeout: 5000 });
      expect(el.shadowRoot!.textContent).not.to.contain('Sample Contact');
      expect(fired).to.deep.equal([]);
    } finally {
      wrapper.remove();
    }
  });
});
