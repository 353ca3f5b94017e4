import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactBulkActions} from '../../../src/elements/contact-list/bulk-actions.js';
import { defineBulkActions, type BulkDoneDetail } from '../../../src/elements/contact-list/bulk-actions.js';
import type { ContactEvent } from '../../../src/elements/events.js';
import type { Contact } from '../../../src/model/contact.js';
import type { BulkTarget } from '../../../src/sources/bulk.js';
import type { ContactSource } from '../../../src/sources/source.js';
import { allContacts, memorySource, PartlyFailingSource, people } from '../../sources/bulk-helpers.js';

defineBulkActions();

interface Options {
  contacts?: readonly Contact[];
  count?: number;
}

async function render(source: ContactSource, target: BulkTarget, options: Options = {}): Promise<ContactBulkActions> {
  const element = await fixture<ContactBulkActions>(html`<contact-bulk-actions
    .source=${source}
    .target=${target}
    .contacts=${options.contacts ?? []}
    .count=${options.count}
  ></contact-bulk-actions>`);
  // The labels come from the source.
  const empty = 'ids' in target && target.ids.length === 0;
  await waitUntil(() => $(element, '#add-label-button') || !source.capabilities.editLabels || empty, 'labels not loaded');
  return element;
}

function $(element: ContactBulkActions, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function buttonNames(element: ContactBulkActions): string[] {
  return [...element.shadowRoot!.querySelectorAll('.bar button')].map((button) => text(button));
}

function focused(element: ContactBulkActions): Element | null {
  return element.shadowRoot!.activeElement;
}

function record<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (event) => events.push(event as GlobalEventHandlersEventMap[K]));
  return events;
}

async function reportShown(element: ContactBulkActions): Promise<string> {
  await waitUntil(() => $(element, '.report-region')?.textContent?.trim(), 'no report');
  return text($(element, '.report-region'));
}

describe('<contact-bulk-actions>', () => {
  it('says how many are selected and offers what the source can do', async () => {
    const contacts = people(3);
    const element = await render(memorySource(contacts), { ids: ['c-001', 'c-002', 'c-003'] }, { contacts });
    expect(text($(element, '.count'))).to.equal('Selected: 3');
    expect(buttonNames(element)).to.deep.equal(['Add label', 'Remove label', 'Block', 'Unblock', 'Export CSV', 'Delete']);
    await expect(element).to.be.accessible();
  });

  it('says "All matching" for a query target', async () => {
    const element = await render(memorySource(people(3)), { query: {} }, { count: 10432 });
    expect(text($(element, '.count'))).to.equal('All matching: 10,432');
  });

  it('hides the actions the source does not allow', async () => {
    const source = memorySource(people(2), { capabilities: { deleteContact: false, block: false, editLabels: false } });
    const element = await render(source, { ids: ['c-001'] });
    expect(buttonNames(element)).to.deep.equal(['Export CSV']);
  });

  it('adds a label chosen from the menu with the keyboard, firing one event per contact', async () => {
    const contacts = people(3); // c-001 already has `lead`
    const source = memorySource(contacts);
    const element = await render(source, { ids: ['c-001', 'c-002', 'c-003'] }, { contacts });
    const changed = record(element, 'contact-labels-changed');
    const done = record(element, 'bulk-done');
    $(element, '#add-label-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const items = [...element.shadowRoot!.querySelectorAll('#add-label-menu [role="menuitem"]')].map((item) => text(item));
    expect(items).to.deep.equal(['vip', 'lead', 'churned']);
    expect(focused(element)?.textContent).to.contain('vip');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)?.textContent).to.contain('lead');
    await sendKeys({ press: 'Enter' });
    const report = await reportShown(element);
    expect(report).to.contain('Label lead added: 2');
    expect(report).to.contain('Already had the label: 1');
    const stored = await allContacts(source);
    expect(stored.get('c-002')!.labels).to.deep.equal(['lead']);
    expect(changed.map((event) => event.detail.contact.id).sort()).to.deep.equal(['c-002', 'c-003']);
    expect(changed[0]!.detail.added).to.deep.equal(['lead']);
    expect(done).to.have.length(1);
    expect(done[0]!.detail).to.deep.equal({ action: 'add-label', changed: true, cancelled: false } satisfies BulkDoneDetail);
    expect(done[0]!.composed).to.equal(false);
    expect(focused(element)?.id).to.equal('dismiss');
  });

  it('offers for removal only the labels the selected contacts have', async () => {
    const contacts = people(2); // c-001 has `lead`, c-002 none
    const element = await render(memorySource(contacts), { ids: ['c-001', 'c-002'] }, { contacts });
    $(element, '#remove-label-button')!.click();
    await element.updateComplete;
    const items = [...element.shadowRoot!.querySelectorAll('#remove-label-menu [role="menuitem"]')].map((item) => text(item));
    expect(items).to.deep.equal(['lead']);
  });

  it('shows the progress, and cancelling stops the run and says what was left', async () => {
    const source = memorySource(people(20), { latency: 40 });
    const element = await render(source, { query: {} }, { count: 20 });
    $(element, '#block-button')!.click();
    await element.updateComplete;
    expect(focused(element)?.getAttribute('name')).to.equal('duration');
    (element.shadowRoot!.querySelector('input[value="forever"]') as HTMLInputElement).click();
    ($(element, '[data-action="confirm-block"]') as HTMLButtonElement).click();
    await waitUntil(() => Number($(element, '[role="progressbar"]')?.getAttribute('aria-valuenow')) >= 2, 'no progress', {
      timeout: 5000,
    });
    const bar = $(element, '[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuemax')).to.equal('20');
    expect(bar.getAttribute('aria-valuetext')).to.match(/^\d+ of 20$/);
    expect(text($(element, '.progress-title'))).to.equal('Blocking contacts…');
    expect(focused(element)?.id).to.equal('cancel-run');
    await expect(element).to.be.accessible();
    ($(element, '#cancel-run') as HTMLButtonElement).click();
    const report = await reportShown(element);
    expect(report).to.match(/Cancelled after \d+ of 20: the others were not changed\./);
    source.setLatency(undefined);
    const blocked = [...(await allContacts(source)).values()].filter((contact) => contact.block !== null).length;
    expect(blocked).to.be.greaterThan(0);
    expect(blocked).to.be.lessThan(20);
    expect(report).to.contain(`Contacts blocked: ${blocked}`);
  });

  it('reports which contacts failed and why', async () => {
    const contacts = people(3);
    const source = new PartlyFailingSource(contacts, { 'c-002': 'forbidden' });
    const element = await render(source, { ids: ['c-001', 'c-002', 'c-003'] }, { contacts });
    const unblocked = record(element, 'contact-unblocked');
    ($(element, '[data-action="unblock"]') as HTMLButtonElement).click();
    const report = await reportShown(element);
    expect(report).to.contain('Contacts unblocked: 2');
    expect(report).to.contain('Failed: 1');
    expect(text($(element, '.failures li'))).to.equal('Person 002: You are not allowed to do this');
    expect($(element, '.report-region')!.getAttribute('aria-live')).to.equal('polite');
    expect(unblocked).to.have.length(2);
    await expect(element).to.be.accessible();
    ($(element, '#dismiss') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(text($(element, '.report-region'))).to.equal('');
    expect(focused(element)?.id).to.equal('add-label-button');
  });

  it('asks before deleting, naming the count', async () => {
    const contacts = people(4);
    const source = memorySource(contacts);
    const element = await render(source, { ids: ['c-001', 'c-002', 'c-003'] }, { contacts });
    const deleted = record(element, 'contact-deleted');
    ($(element, '[data-action="delete"]') as HTMLButtonElement).click();
    await waitUntil(() => $(element, '#delete-dialog')?.hasAttribute('open'), 'no confirmation');
    const dialog = $(element, '#delete-dialog')!;
    expect(dialog.getAttribute('headline')).to.equal('Delete contacts?');
    expect(text(dialog.querySelector('.confirm-count'))).to.equal('Contacts to delete: 3');
    expect(text(dialog.querySelector('[data-action="confirm-delete"]'))).to.equal('Delete 3');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(element, '#delete-dialog'), 'not closed');
    expect((await allContacts(source)).size).to.equal(4);

    ($(element, '[data-action="delete"]') as HTMLButtonElement).click();
    await waitUntil(() => $(element, '#delete-dialog')?.hasAttribute('open'), 'no confirmation');
    ($(element, '#delete-dialog [data-action="confirm-delete"]') as HTMLButtonElement).click();
    expect(await reportShown(element)).to.contain('Contacts deleted: 3');
    expect([...(await allContacts(source)).keys()]).to.deep.equal(['c-004']);
    expect(deleted.map((event) => event.detail.contact.name).sort()).to.deep.equal(['Person 001', 'Person 002', 'Person 003']);
  });

  it('offers Merge only for exactly two loaded contacts, as a cancelable request', async () => {
    const contacts = people(3);
    const source = memorySource(contacts);
    const three = await render(source, { ids: ['c-001', 'c-002', 'c-003'] }, { contacts });
    expect($(three, '[data-action="merge"]')).to.equal(null);

    const two = await render(source, { ids: ['c-001', 'c-002'] }, { contacts });
    const requests: ContactEvent<'contact-merge-request'>[] = record(two, 'contact-merge-request');
    ($(two, '[data-action="merge"]') as HTMLButtonElement).click();
    expect(requests).to.have.length(1);
    expect(requests[0]!.cancelable).to.equal(true);
    expect(requests[0]!.detail.contact.id).to.equal('c-001');
    expect(requests[0]!.detail.other?.id).to.equal('c-002');

    const unloaded = await render(source, { ids: ['c-001', 'c-002'] });
    expect($(unloaded, '[data-action="merge"]')).to.equal(null);
  });

  it('exports the selection as CSV and reports it', async () => {
    const contacts = people(3);
    const element = await render(memorySource(contacts), { ids: ['c-002', 'c-003'] }, { contacts });
    element.columns = [{ header: 'Name', value: (contact) => contact.name }];
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) blobs.push(blob);
      return original.call(URL, blob);
    };
    try {
      const done = record(element, 'bulk-done');
      ($(element, '[data-action="export"]') as HTMLButtonElement).click();
      expect(await reportShown(element)).to.contain('Contacts exported: 2');
      expect(done[0]!.detail).to.deep.equal({ action: 'export', changed: false, cancelled: false });
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(csv).to.equal('\uFEFFName\r\nPerson 002\r\nPerson 003\r\n');
  });

  it('offers only "forever" when the source has no timed blocks', async () => {
    const source = memorySource(people(2), { capabilities: { timedBlock: false } });
    const element = await render(source, { ids: ['c-001'] });
    $(element, '#block-button')!.click();
    await element.updateComplete;
    const choices = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="duration"]')].map((input) => input.value);
    expect(choices).to.deep.equal(['forever']);
    // The same words as <block-dialog>: why there is no other choice.
    expect(element.shadowRoot!.querySelector('#block-form .note')!.textContent!.trim()).to.equal(
      'This system can only block until someone unblocks: it cannot end a block at a set time.',
    );
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect($(element, '#block-form')).to.equal(null);
    expect(focused(element)?.id).to.equal('block-button');
  });

  it('says why an action could not start, with Retry when it may help', async () => {
    const source = memorySource(people(4));
    await source.blockContact('c-001', { until: null });
    source.failNext('listContacts', 'server');
    const element = await render(source, { query: {} }, { count: 4 });
    ($(element, '[data-action="unblock"]') as HTMLButtonElement).click();
    const report = await reportShown(element);
    expect(report).to.contain('The action could not be carried out');
    expect(report).to.contain('Something went wrong on the server: try again later');
    expect((await allContacts(source)).get('c-001')!.block).to.not.equal(null);
    ($(element, '.error-retry') as HTMLButtonElement).click();
    await waitUntil(() => text($(element, '.report-region')).includes('Contacts unblocked: 4'), 'retry did not run');
    expect((await allContacts(source)).get('c-001')!.block).to.equal(null);
  });

  it('can be cancelled while it is still finding the contacts of a query', async () => {
    const source = memorySource(people(10), { latency: 100 });
    const element = await render(source, { query: {} }, { count: 10 });
    const done = record(element, 'bulk-done');
    ($(element, '[data-action="unblock"]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect($(element, '[role="progressbar"]')!.hasAttribute('aria-valuenow')).to.equal(false);
    element.cancel();
    await waitUntil(() => done.length === 1, 'no bulk-done');
    expect(done[0]!.detail).to.deep.equal({ action: 'unblock', changed: false, cancelled: true });
  });

  it('renders nothing with nothing selected and nothing to report', async () => {
    const element = await render(memorySource(people(1)), { ids: [] });
    expect($(element, '.bar')).to.equal(null);
    expect(element.getBoundingClientRect().height).to.equal(0);
  });
});
