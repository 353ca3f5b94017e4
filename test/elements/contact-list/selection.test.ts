import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactListSelection } from '../../../src/elements/contact-list/contact-list.js';
import { $, focused, row, rows, setup, text } from './helpers.js';

const BY_NAME = { sort: { field: 'name', direction: 'asc' } } as const;

function checkbox(r: HTMLElement): HTMLInputElement {
  return r.querySelector<HTMLInputElement>('.check-cell input')!;
}

describe('<contact-list> selection', () => {
  it('click on a row selects it and fires contact-select', async () => {
    const { el } = await setup({ query: BY_NAME });
    const target = rows(el)[1]!;
    const event = oneEvent(el, 'contact-select');
    target.querySelector<HTMLElement>('[data-column="email"]')!.click();
    const { detail } = await event;
    expect(detail.contact.id).to.equal(target.dataset['id']);
    await el.updateComplete;
    expect(row(el, detail.contact.id)!.getAttribute('aria-current')).to.equal('true');
    expect(el.selectedId).to.equal(detail.contact.id);
  });

  it('Enter on a focused row selects it', async () => {
    const { el } = await setup({ query: BY_NAME });
    rows(el)[0]!.querySelector<HTMLElement>('[data-column="name"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const event = oneEvent(el, 'contact-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.contact.id).to.equal(rows(el)[1]!.dataset['id']);
  });

  it('checkboxes check rows; Shift extends a range; the selection lists the ids', async () => {
    const { el } = await setup({ query: BY_NAME });
    const [first, , , fourth] = rows(el);
    checkbox(first!).click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-selected')).to.equal('true');
    checkbox(fourth!).dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true }));
    await el.updateComplete;
    const ids = rows(el).slice(0, 4).map((r) => r.dataset['id']!);
    expect((el.selection as { ids: string[] }).ids.sort()).to.deep.equal([...ids].sort());
    expect(el.selectedCount).to.equal(4);
    const bulk = $(el, 'contact-bulk-actions');
    await waitUntil(() => bulk.shadowRoot?.querySelector('.bar .count'), 'bulk bar shown');
    expect(text(bulk.shadowRoot!.querySelector('.bar .count'))).to.equal('Selected: 4');
    // Checking is not opening.
    expect(el.selectedId).to.equal(undefined);
  });

  it('Space toggles the check of the focused row, Shift+Space a range', async () => {
    const { el } = await setup({ query: BY_NAME });
    rows(el)[0]!.querySelector<HTMLElement>('[data-column="name"]')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.selectedCount).to.equal(3);
    expect(rows(el)[2]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selectedCount).to.equal(2);
  });

  it('"Select all matching" selects the query, not the loaded ids', async () => {
    const query = { search: 'a', ...BY_NAME };
    const { el } = await setup({ query });
    checkbox(rows(el)[0]!).click();
    await el.updateComplete;
    $(el, '.toolbar .button--quiet').click(); // Select all matching (N)
    await el.updateComplete;
    const selection = el.selection as Extract<ContactListSelection, { query: unknown }>;
    expect(selection.query).to.deep.equal(query);
    expect(selection.except).to.deep.equal([]);
    expect(el.selectedCount).to.equal(el.total);
    // Unchecking one keeps the query and names the exception.
    checkbox(rows(el)[1]!).click();
    await el.updateComplete;
    expect((el.selection as { except: readonly string[] }).except).to.deep.equal([rows(el)[1]!.dataset['id']]);
    expect(el.selectedCount).to.equal(el.total! - 1);
    // The header checkbox toggles all matching off and on.
    $(el, '.header-row input').click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ query, except: [] });
    $(el, '.header-row input').click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ ids: [] });
  });

  it('follows the panel-less selectedId set from code without an event', async () => {
    const { el } = await setup({ query: BY_NAME });
    let fired = 0;
    el.addEventListener('contact-select', () => (fired += 1));
    const id = rows(el)[2]!.dataset['id']!;
    el.selectedId = id;
    await el.updateComplete;
    expect(row(el, id)!.getAttribute('aria-current')).to.equal('true');
    expect(fired).to.equal(0);
    expect(focused(el)).to.equal(null);
  });
});

describe('<contact-list> selection across query changes', () => {
  it('a new sort keeps the checks; a new filter clears them', async () => {
    const { el } = await setup({ query: BY_NAME });
    rows(el)[0]!.querySelector<HTMLInputElement>('.check-cell input')!.click();
    await el.updateComplete;
    const id = rows(el)[0]!.dataset['id']!;
    $(el, '[data-sort="lastActivityAt"]').click();
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ ids: [id] });
    el.query = { search: 'bob' };
    await el.updateComplete;
    expect(el.selection).to.deep.equal({ ids: [] });
  });
});

describe('<contact-list> checkbox target', () => {
  it('a click beside the checkbox, inside its cell, checks without opening the row', async () => {
    const { el } = await setup({ query: BY_NAME });
    let opened = 0;
    el.addEventListener('contact-select', () => (opened += 1));
    const label = rows(el)[0]!.querySelector<HTMLElement>('.check-target')!;
    expect(label.getBoundingClientRect().width).to.be.at.least(24);
    label.click();
    await el.updateComplete;
    expect(el.selectedCount).to.equal(1);
    expect(opened).to.equal(0);
  });
});
