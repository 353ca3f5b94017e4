import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, bigSource, focused, focusedRowIndex, rows, settled, setup } from './helpers.js';

/** Tab stops inside the list's grid: must be exactly one. */
function tabStops(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.grid [tabindex="0"]')];
}

/** Whether the focused cell is fully in view, below the sticky header. */
function inView(root: ShadowRoot): boolean {
  const cell = (root.activeElement as HTMLElement).getBoundingClientRect();
  const head = root.querySelector('.head')!.getBoundingClientRect();
  const frame = root.querySelector('.grid-frame')!.getBoundingClientRect();
  return cell.top >= head.bottom - 1 && cell.bottom <= frame.bottom + 1;
}

describe('<contact-list> keyboard (grid pattern)', () => {
  it('has one tab stop, and arrows move between cells and rows', async () => {
    const { el, root } = await setup({ source: bigSource(50) });
    expect(tabStops(root)).to.have.length(1);
    tabStops(root)[0]!.focus();
    expect(focusedRowIndex(el)).to.equal(2);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRowIndex(el)).to.equal(3);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.dataset['column']).to.equal('phone');
    await sendKeys({ press: 'Home' });
    expect(focused(el)!.matches('.check-cell input')).to.equal(true);
    await sendKeys({ press: 'End' });
    expect(focused(el)!.dataset['action']).to.equal('block');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedRowIndex(el)).to.equal(1); // the header row
    expect(tabStops(root)).to.have.length(1);
  });

  it('PageDown, Ctrl+End and Ctrl+Home at 10,000 rows focus the right row', async () => {
    const { el, root } = await setup({ source: bigSource(10_000) });
    rows(el)[0]!.querySelector<HTMLElement>('[data-column="name"]')!.focus();
    await sendKeys({ press: 'PageDown' });
    const afterPage = focusedRowIndex(el)!;
    expect(afterPage).to.be.greaterThan(3);
    await waitUntil(() => inView(root), 'the row moved to is in view');
    expect(focused(el)!.dataset['column']).to.equal('name');

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => focusedRowIndex(el) === 10_001, 'last row focused', { timeout: 8000 });
    expect(focused(el)!.dataset['action']).to.equal('block');
    await waitUntil(() => focused(el)!.closest('[role="row"]')!.hasAttribute('data-id'), 'last row loaded', { timeout: 8000 });
    expect(focused(el)!.closest('[role="row"]')!.getAttribute('data-id')).to.equal('m010000');
    expect($$(el, '.body [role="row"]').length).to.be.below(60);

    await sendKeys({ press: 'ArrowUp' });
    expect(focusedRowIndex(el)).to.equal(10_000);
    await sendKeys({ press: 'PageUp' });
    expect(focusedRowIndex(el)).to.be.below(10_000);
    await waitUntil(() => inView(root), 'the row moved to is in view, clear of the header');

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => focusedRowIndex(el) === 2, 'first row focused', { timeout: 5000 });
    expect(tabStops(root)).to.have.length(1);
  });

  it('focus survives the virtualizer recycling the focused row', async () => {
    const { el } = await setup({ source: bigSource(2_000) });
    rows(el)[0]!.querySelector<HTMLElement>('[data-column="name"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const body = $(el, '.grid-frame');
    body.scrollTop = 500 * 56; // the focused row leaves the DOM
    await settled(el);
    expect(el.shadowRoot!.activeElement).not.to.equal(null); // still inside the list
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowIndex(el) === 4, 'next row focused', { timeout: 5000 });
    expect(focused(el)!.dataset['column']).to.equal('name');
  });
});

describe('<contact-list> keyboard in the compact layout', () => {
  it('moves only between the cells a narrow row shows', async () => {
    const { el } = await setup({ source: bigSource(30), style: 'inline-size: 320px' });
    rows(el)[0]!.querySelector<HTMLElement>('.check-cell input')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.classList.contains('compact-cell')).to.equal(true);
    // The compact row's one action: the row itself opens.
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.dataset['action']).to.equal('block');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)!.dataset['action']).to.equal('block');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedRowIndex(el)).to.equal(3);
    expect(focused(el)!.dataset['action']).to.equal('block');
  });
});
