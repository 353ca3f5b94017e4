/** `<contact-list>` with its bulk actions: checks become a target, a run clears them, export uses the visible columns. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactBulkActions } from '../../../src/elements/contact-list/bulk-actions.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import { $, rows, setup, text } from './helpers.js';

const BY_NAME = { sort: { field: 'name', direction: 'asc' } } as const;

function bulkOf(el: ContactList): ContactBulkActions {
  return $(el, 'contact-bulk-actions') as ContactBulkActions;
}

/** Null until the bulk actions have loaded (the first check loads them). */
function inBulk(el: ContactList, selector: string): HTMLElement | null {
  return bulkOf(el).shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

async function checkFirst(el: ContactList, count: number): Promise<string[]> {
  const shown = rows(el).slice(0, count);
  for (const row of shown) row.querySelector<HTMLInputElement>('.check-cell input')!.click();
  await el.updateComplete;
  return shown.map((row) => row.dataset['id']!);
}

describe('<contact-list> bulk actions', () => {
  it('shows nothing until rows are checked, then the bar with the count', async () => {
    const { el } = await setup({ query: BY_NAME });
    expect(inBulk(el, '.bar')).to.equal(null);
    await checkFirst(el, 2);
    await waitUntil(() => inBulk(el, '.bar'), 'bulk bar shown');
    expect(text(inBulk(el, '.bar .count'))).to.equal('Selected: 2');
    expect(bulkOf(el).target).to.deep.equal(el.selection);
    expect(bulkOf(el).contacts.map((contact) => contact.id)).to.deep.equal((el.selection as { ids: string[] }).ids);
    await expect(el).to.be.accessible();
  });

  it('adds a label to the checked contacts; the source has it and the checks are cleared', async () => {
    const { el, source } = await setup({ query: BY_NAME });
    const ids = await checkFirst(el, 2);
    await waitUntil(() => inBulk(el, '#add-label-button'), 'add label offered');
    inBulk(el, '#add-label-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await bulkOf(el).updateComplete;
    const items = [...bulkOf(el).shadowRoot!.querySelectorAll<HTMLElement>('#add-label-menu [role="menuitem"]')];
    const item = items.find((candidate) => text(candidate) === 'vip')!;
    item.click();
    await waitUntil(() => el.selectedCount === 0, 'checks cleared after the run', { timeout: 5000 });
    for (const id of ids) expect((await source!.getContact(id)).labels).to.include('vip');
    // The report stays on screen although nothing is checked any more.
    expect(text(inBulk(el, '.report-region'))).to.contain('vip');
  });

  it('exports the checked contacts as CSV of the visible columns', async () => {
    const { el } = await setup({ query: BY_NAME, columns: ['name', 'email'] });
    await checkFirst(el, 2);
    await waitUntil(() => inBulk(el, '[data-action="export"]'), 'export offered');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return original.call(URL, blob);
    };
    try {
      inBulk(el, '[data-action="export"]')!.click();
      await waitUntil(() => blobs.length === 1, 'file produced', { timeout: 5000 });
    } finally {
      URL.createObjectURL = original;
    }
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).to.equal('Name,Email');
    expect(lines).to.have.length(3);
    expect(lines[1]).to.contain('Alice Anderson');
    // An export changes nothing: the checks stay.
    expect(el.selectedCount).to.equal(2);
  });

  it('"Select all matching" hands the bulk actions a query target with the total', async () => {
    const { el } = await setup({ query: { search: 'a', ...BY_NAME } });
    await checkFirst(el, 1);
    $(el, '.toolbar .button--quiet').click();
    await el.updateComplete;
    expect(bulkOf(el).target).to.deep.equal({ query: { search: 'a', ...BY_NAME }, except: [] });
    expect(bulkOf(el).count).to.equal(el.total);
  });
});
