import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { deepActiveElement } from '../../../src/elements/modal-dialog/focus.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { MergeDialog } from '../../../src/merge-dialog.js';
import '../../../src/merge-dialog.js';
import type { Contact, ConversationSummary, Note } from '../../../src/model/contact.js';
import { SourceError } from '../../../src/sources/errors.js';
import { MemoryContactSource } from '../../../src/sources/memory.js';
import type { Capabilities } from '../../../src/sources/source.js';
import { DEFINITIONS, makeContact } from '../../model/contact-fixture.js';

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

class MergeTestTrigger extends LitElement {
  override render() {
    return html`<button>Merge…</button>`;
  }
  get button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }
}
customElements.define('merge-test-trigger', MergeTestTrigger);

/** Olena on WhatsApp (viewed) and by email: the same phone, different names and companies. */
function contacts(): Contact[] {
  return [
    makeContact({
      id: 'olena',
      name: 'Olena Kovalenko',
      email: 'olena@example.com',
      phone: '+380671234567',
      language: 'uk',
      labels: ['vip'],
      channels: [{ channel: 'whatsapp', identifier: '+380671234567' }],
      attributes: { company: 'Acme', plan: 'pro' },
    }),
    makeContact({
      id: 'olena-mail',
      name: 'Olena K.',
      email: 'o.kovalenko@mail.example',
      phone: '+380671234567',
      country: 'UA',
      labels: ['customer'],
      channels: [{ channel: 'email', identifier: 'o.kovalenko@mail.example' }],
      attributes: { company: 'Acme Ltd', seats: 5 },
    }),
    // The same name on Telegram, and nothing that differs: a similar-name duplicate without conflicts.
    makeContact({
      id: 'olena-tg',
      name: 'Olena Kovalenko',
      channels: [{ channel: 'telegram', identifier: '@olenak' }],
      attributes: { plan: 'pro' },
    }),
    makeContact({ id: 'petro', name: 'Petro Shevchenko', email: 'petro@example.com', labels: [] }),
    makeContact({ id: 'petra', name: 'Petra Novak', phone: '+420601234567' }),
    makeContact({ id: 'olga', name: 'Olga Bondar', email: 'olga@example.com' }),
  ];
}

const at = (iso: string) => new Date(iso);
const conversation = (id: string): ConversationSummary => ({
  id,
  inboxId: 'inbox-email',
  inboxName: 'Support email',
  channel: 'email',
  status: 'resolved',
  lastActivityAt: at('2026-11-01T10:00:00Z'),
});
const note = (id: string): Note => ({ id, text: `Note ${id}`, createdAt: at('2026-11-02T10:00:00Z') });

interface Setup {
  other?: string;
  /** Rendered in this colour scheme from the start (switching later would run transitions). */
  scheme?: 'light' | 'dark';
  capabilities?: Partial<Capabilities>;
}

async function setup(options: Setup = {}) {
  const all = contacts();
  const source = new MemoryContactSource({
    contacts: all,
    attributeDefinitions: DEFINITIONS,
    labels: [
      { name: 'vip', color: '#7c3aed' },
      { name: 'customer', color: '#16a34a' },
    ],
    conversations: { 'olena-mail': [conversation('m1'), conversation('m2'), conversation('m3')], olena: [conversation('w1')] },
    notes: { 'olena-mail': [note('n1'), note('n2')] },
    capabilities: options.capabilities ?? {},
  });
  const root = await fixture<HTMLDivElement>(html`
    <div style="color-scheme: ${options.scheme ?? 'light'}">
      <merge-test-trigger></merge-test-trigger>
      <merge-dialog
        .source=${source}
        .contact=${all[0]}
        .otherContact=${all.find((contact) => contact.id === options.other)}
      ></merge-dialog>
    </div>
  `);
  const trigger = root.querySelector<MergeTestTrigger>('merge-test-trigger')!;
  const dialog = root.querySelector<MergeDialog>('merge-dialog')!;
  await trigger.updateComplete;
  trigger.button.focus();
  await dialog.show();
  await settle(dialog);
  return { source, trigger, dialog };
}

/** Lets the source's answers (suggestions, counts, labels) arrive and render. */
async function settle(dialog: MergeDialog): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await dialog.updateComplete;
  }
}

const $ = <T extends Element = HTMLElement>(dialog: MergeDialog, selector: string) =>
  dialog.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(dialog: MergeDialog, selector: string) => [
  ...dialog.shadowRoot!.querySelectorAll<T>(selector),
];
const headline = (dialog: MergeDialog) => plain($(dialog, 'h2')?.textContent);
const confirm = (dialog: MergeDialog) => $<HTMLButtonElement>(dialog, '[part="confirm-button"]');

function focusedLabel(): string {
  const element = deepActiveElement();
  if (!element) return 'nothing';
  if (element instanceof HTMLInputElement && element.type === 'radio') return `radio:${element.name}=${element.value}`;
  if (element instanceof HTMLInputElement) return `input:${element.id}`;
  return element.getAttribute('aria-label') || plain(element.textContent);
}

/** Field → what the preview shows for it (a pick shows both values, the checked one first). */
function preview(dialog: MergeDialog): Record<string, string> {
  const rows: Record<string, string> = {};
  for (const row of $$(dialog, '.fields [data-field]')) {
    const field = row.dataset['field']!;
    if (row.matches('.row--pick')) {
      const picks = [...row.querySelectorAll<HTMLLabelElement>('.pick')].map((label) => {
        const input = label.querySelector('input')!;
        return `${input.checked ? '(x)' : '( )'} ${plain(label.querySelector('.pick-value')?.textContent)}`;
      });
      rows[field] = picks.join(' | ');
    } else {
      rows[field] = plain(row.querySelector('.row-value')?.textContent);
    }
  }
  return rows;
}

async function tab(times = 1, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
}

describe('<merge-dialog>', () => {
  afterEach(() => setContactLocale('en'));

  describe('with one contact: choosing the other', () => {
    it('suggests likely duplicates first, with the reasons', async () => {
      const { dialog } = await setup();
      expect(headline(dialog)).to.equal('Merge Olena Kovalenko with…');
      const suggestions = $$(dialog, '.suggestion').map((button) => ({
        name: plain(button.querySelector('.suggestion-name')?.textContent),
        reasons: plain(button.querySelector('.suggestion-reasons')?.textContent),
      }));
      expect(suggestions).to.deep.equal([
        { name: 'Olena K.', reasons: 'Same phone' },
        { name: 'Olena Kovalenko', reasons: 'Similar name' },
      ]);
      expect(focusedLabel()).to.equal('input:other-search-input');
      expect(confirm(dialog)).to.equal(null);
      await expect(dialog).to.be.accessible();
    });

    it('goes to the preview when a suggestion is chosen, by keyboard', async () => {
      const { dialog } = await setup();
      await tab(2, true);
      expect(focusedLabel()).to.contain('Olena K.');
      await sendKeys({ press: 'Enter' });
      await settle(dialog);
      expect(headline(dialog)).to.equal('Merge contacts');
      expect(focusedLabel()).to.equal('Choose a different record');
      expect(plain(confirm(dialog)?.textContent)).to.equal('Merge and delete Olena K.');
    });

    it('searches the source with a combobox, leaving the contact itself out', async () => {
      const { dialog } = await setup();
      const input = $<HTMLInputElement>(dialog, '[role="combobox"]')!;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ type: 'ol' });
      await waitUntil(() => $$(dialog, '[role="option"]').length > 0, 'results appear');
      await dialog.updateComplete;
      const names = $$(dialog, '[role="option"] .result-name').map((option) => plain(option.textContent));
      // Her namesake on Telegram is offered; she herself is not.
      expect(names).to.have.members(['Olena K.', 'Olena Kovalenko', 'Olga Bondar']);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(plain($(dialog, '#other-search-status')?.textContent)).to.equal(
        'Contacts found: 3. Use the arrow keys to pick one.',
      );
      await expect(dialog).to.be.accessible();
      await sendKeys({ press: 'ArrowDown' });
      await dialog.updateComplete;
      const first = $$(dialog, '[role="option"]')[0]!;
      expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);
      expect(first.getAttribute('aria-selected')).to.equal('true');
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
      await dialog.updateComplete;
      expect(input.getAttribute('aria-activedescendant'), 'wraps round').to.equal(first.id);
      const chosenName = plain(first.querySelector('.result-name')?.textContent);
      await sendKeys({ press: 'Enter' });
      await settle(dialog);
      expect(plain($(dialog, '.side--removed .side-name')?.textContent)).to.equal(chosenName);
    });

    it('closes the results on Escape without closing the dialog; a second Escape clears the text', async () => {
      const { dialog } = await setup();
      const input = $<HTMLInputElement>(dialog, '[role="combobox"]')!;
      await sendKeys({ type: 'petr' });
      await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'results appear');
      await sendKeys({ press: 'Escape' });
      await dialog.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await dialog.updateComplete;
      expect(input.value).to.equal('');
      expect(dialog.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(dialog.open).to.equal(false);
    });

    it('says when nothing matches', async () => {
      const { dialog } = await setup();
      await sendKeys({ type: 'zzz' });
      await waitUntil(
        () => plain($(dialog, '#other-search-status')?.textContent) === 'No contacts match “zzz”',
        'no results said',
      );
      await expect(dialog).to.be.accessible();
    });

    it('aborts a superseded search: only the last text reaches the results', async () => {
      const { dialog, source } = await setup();
      const searched: string[] = [];
      const aborted: string[] = [];
      const original = source.listContacts.bind(source);
      // Every search but the one for the whole name hangs until it is aborted, so the test does
      // not depend on how fast keys are typed or answers come back.
      source.listContacts = (query, page, options) => {
        const text = query.search ?? '';
        searched.push(text);
        options?.signal?.addEventListener('abort', () => aborted.push(text));
        if (text === 'petra') return original(query, page, options);
        return new Promise((_, reject) =>
          options?.signal?.addEventListener('abort', () => reject(new SourceError('aborted'))),
        );
      };
      await sendKeys({ type: 'pe' });
      await waitUntil(() => searched.includes('pe'), '"pe" is searched after the pause', { timeout: 3000 });
      await sendKeys({ type: 'tra' });
      await waitUntil(() => $$(dialog, '[role="option"]').length === 1, 'one result', { timeout: 3000 });
      expect(searched[0]).to.equal('pe');
      expect(searched.at(-1)).to.equal('petra');
      expect(aborted, 'every search before the last was aborted').to.deep.equal(searched.slice(0, -1));
      expect(plain($(dialog, '[role="option"] .result-name')?.textContent)).to.equal('Petra Novak');
    });

    it('offers no suggestions when the source finds none', async () => {
      const { dialog } = await setup({ capabilities: { duplicates: false } });
      expect($(dialog, '.suggestions-section')).to.equal(null);
      await expect(dialog).to.be.accessible();
    });
  });

  describe('the preview', () => {
    it('shows every field, picks where the records differ (the kept record’s by default), combined labels and channels, and what moves', async () => {
      const { dialog } = await setup({ other: 'olena-mail' });
      expect(preview(dialog)).to.deep.equal({
        name: '(x) Olena Kovalenko | ( ) Olena K.',
        email: '(x) olena@example.com | ( ) o.kovalenko@mail.example',
        phone: '+380 67 123 4567',
        language: 'uk',
        country: 'UA from Olena K.',
        'attributes.company': '(x) Acme | ( ) Acme Ltd',
        'attributes.seats': '5 from Olena K.',
        'attributes.plan': 'pro',
        labels: 'vip customer',
        channels: 'WhatsApp: +380671234567 Email: o.kovalenko@mail.example',
      });
      expect(plain($(dialog, '[data-count="conversations"]')?.textContent)).to.equal('Conversations: 3');
      expect(plain($(dialog, '[data-count="notes"]')?.textContent)).to.equal('Notes: 2');
      expect(plain($(dialog, '.warning')?.textContent)).to.equal('Olena K. will be deleted. This cannot be undone.');
      expect(plain(confirm(dialog)?.textContent)).to.equal('Merge and delete Olena K.');
      expect(focusedLabel(), 'two contacts given: no "choose a different record"').to.equal('Keep Olena K. instead');
      // Phone numbers and emails read left to right in a right-to-left page too.
      expect($(dialog, '[data-field="phone"] .row-value bdi')!.getAttribute('dir')).to.equal('ltr');
      expect($(dialog, '.side--kept .side-detail bdi[dir="ltr"]')!.textContent).to.equal('+380 67 123 4567');
      await expect(dialog).to.be.accessible();
    });

    it('merges by keyboard with the chosen values, which reach the source; focus returns to the trigger', async () => {
      const { dialog, source, trigger } = await setup({ other: 'olena-mail' });
      // From the swap button to the name's picks: take Olena K.'s name, keep Olena's email.
      await tab(1);
      expect(focusedLabel()).to.equal('radio:pick-name=olena');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedLabel()).to.equal('radio:pick-name=olena-mail');
      await tab(1); // email: keep the default
      await tab(1);
      expect(focusedLabel()).to.equal('radio:pick-attributes.company=olena');
      await sendKeys({ press: 'ArrowDown' });
      await dialog.updateComplete;
      expect(preview(dialog)['name']).to.equal('( ) Olena Kovalenko | (x) Olena K.');
      await tab(2);
      expect(focusedLabel()).to.equal('Merge and delete Olena K.');
      const merged = oneEvent(dialog, 'contact-merged');
      await sendKeys({ press: 'Enter' });
      const { detail } = await merged;
      expect(detail.removedId).to.equal('olena-mail');
      expect(detail.contact.id).to.equal('olena');
      expect(detail.contact.name).to.equal('Olena K.');
      expect(detail.contact.email).to.equal('olena@example.com');
      expect(detail.contact.attributes).to.deep.equal({ company: 'Acme Ltd', plan: 'pro', seats: 5 });
      expect(await source.getContact('olena')).to.deep.equal(detail.contact);
      expect((await source.listConversations('olena')).length).to.equal(4);
      let gone = false;
      await source.getContact('olena-mail').catch(() => (gone = true));
      expect(gone).to.equal(true);
      expect(dialog.open).to.equal(false);
      expect(deepActiveElement()).to.equal(trigger.button);
    });

    it('keeps the other record instead after a swap; picked values stay picked', async () => {
      const { dialog, source } = await setup({ other: 'olena-mail' });
      $<HTMLInputElement>(dialog, 'input[name="pick-email"][value="olena-mail"]')!.click();
      $<HTMLButtonElement>(dialog, '.swap')!.click();
      await settle(dialog);
      expect(plain($(dialog, '.side--kept .side-name')?.textContent)).to.equal('Olena K.');
      expect(plain(confirm(dialog)?.textContent)).to.equal('Merge and delete Olena Kovalenko');
      expect(preview(dialog)['name']).to.equal('(x) Olena K. | ( ) Olena Kovalenko');
      expect(preview(dialog)['email']).to.equal('(x) o.kovalenko@mail.example | ( ) olena@example.com');
      expect(plain($(dialog, '[data-count="conversations"]')?.textContent)).to.equal('Conversations: 1');
      const merged = oneEvent(dialog, 'contact-merged');
      confirm(dialog)!.click();
      const { detail } = await merged;
      expect(detail).to.include({ removedId: 'olena' });
      expect(detail.contact.id).to.equal('olena-mail');
      expect(detail.contact.name).to.equal('Olena K.');
      expect((await source.getContact('olena-mail')).email).to.equal('o.kovalenko@mail.example');
    });

    it('has nothing to pick when the records do not conflict', async () => {
      const { dialog } = await setup({ other: 'olena-tg' });
      expect($$(dialog, '.row--pick')).to.have.length(0);
      expect($(dialog, '.note')).to.equal(null);
      expect(preview(dialog)).to.deep.equal({
        name: 'Olena Kovalenko',
        email: 'olena@example.com',
        phone: '+380 67 123 4567',
        language: 'uk',
        'attributes.company': 'Acme',
        'attributes.plan': 'pro',
        labels: 'vip',
        channels: 'WhatsApp: +380671234567 Telegram: @olenak',
      });
      await expect(dialog).to.be.accessible();
    });

    it('offers no picks, and says why, when the source cannot honour them', async () => {
      const { dialog, source } = await setup({ other: 'olena-mail', capabilities: { mergeFieldChoices: false } });
      expect($$(dialog, '.row--pick')).to.have.length(0);
      expect(plain($(dialog, '.note')?.textContent)).to.equal(
        "This system keeps the kept record's value wherever both records have one.",
      );
      expect(preview(dialog)['name']).to.equal('Olena Kovalenko');
      await expect(dialog).to.be.accessible();
      let received: unknown = 'not called';
      const original = source.mergeContacts.bind(source);
      source.mergeContacts = (primaryId, secondaryId, choices, options) => {
        received = choices;
        return original(primaryId, secondaryId, choices, options);
      };
      const merged = oneEvent(dialog, 'contact-merged');
      confirm(dialog)!.click();
      await merged;
      expect(received).to.equal(undefined);
    });

    it('is busy while the source works, and a second press does nothing', async () => {
      const { dialog, source } = await setup({ other: 'olena-mail' });
      let calls = 0;
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const original = source.mergeContacts.bind(source);
      source.mergeContacts = async (...args) => {
        calls++;
        await gate;
        return original(...args);
      };
      const button = confirm(dialog)!;
      button.click();
      await dialog.updateComplete;
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(plain(button.textContent)).to.equal('Merging…');
      await expect(dialog).to.be.accessible();
      button.click();
      dialog.requestClose('cancel-button');
      expect(dialog.open).to.equal(true);
      expect(calls).to.equal(1);
      const merged = oneEvent(dialog, 'contact-merged');
      release();
      await merged;
      expect(dialog.open).to.equal(false);
    });

    it('stays open on failure with the picks kept and the error in words', async () => {
      const { dialog, source } = await setup({ other: 'olena-mail' });
      $<HTMLInputElement>(dialog, 'input[name="pick-name"][value="olena-mail"]')!.click();
      source.failNext('mergeContacts', 'server');
      confirm(dialog)!.click();
      await settle(dialog);
      expect(plain($(dialog, '[role="alert"]')?.textContent)).to.equal(
        'The contacts could not be merged Something went wrong on the server: try again later',
      );
      expect(dialog.open).to.equal(true);
      expect(preview(dialog)['name']).to.equal('( ) Olena Kovalenko | (x) Olena K.');
      expect((await source.getContact('olena-mail')).id).to.equal('olena-mail');
      await expect(dialog).to.be.accessible();
      const merged = oneEvent(dialog, 'contact-merged');
      confirm(dialog)!.click();
      expect((await merged).detail.contact.name).to.equal('Olena K.');
    });

    it('goes back to choosing when the other record was chosen here', async () => {
      const { dialog } = await setup();
      $<HTMLButtonElement>(dialog, '.suggestion')!.click();
      await settle(dialog);
      $<HTMLButtonElement>(dialog, '.change-other')!.click();
      await settle(dialog);
      expect(headline(dialog)).to.equal('Merge Olena Kovalenko with…');
      expect(focusedLabel()).to.equal('input:other-search-input');
    });
  });

  it('keeps Tab inside the dialog', async () => {
    const { dialog } = await setup({ other: 'olena-tg' });
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await tab(1);
      seen.push(focusedLabel());
    }
    expect(seen).to.deep.equal([
      'Cancel',
      'Merge and delete Olena Kovalenko',
      'Close',
      'Keep Olena Kovalenko instead',
      'Cancel',
    ]);
    expect(dialog.open).to.equal(true);
  });

  it('passes axe in the dark scheme too', async () => {
    const { dialog } = await setup({ other: 'olena-mail', scheme: 'dark' });
    await expect(dialog).to.be.accessible();
    await dialog.close();
    const chooser = await setup({ scheme: 'dark' });
    await expect(chooser.dialog).to.be.accessible();
  });

  it('shows that it is loading the contacts', async () => {
    const source = new MemoryContactSource({ contacts: contacts(), latency: 10_000 });
    const dialog = await fixture<MergeDialog>(html`<merge-dialog .source=${source} contact-id="olena"></merge-dialog>`);
    await dialog.show();
    expect(plain($(dialog, '.loading')?.textContent)).to.equal('Loading the contact…');
    await expect(dialog).to.be.accessible();
  });

  it('says when the source cannot merge', async () => {
    const { dialog } = await setup({ other: 'olena-mail', capabilities: { merge: false } });
    expect(plain($(dialog, '.body')?.textContent)).to.equal('This system does not support merging contacts.');
    expect(confirm(dialog)).to.equal(null);
    await expect(dialog).to.be.accessible();
  });

  it('loads both contacts by id', async () => {
    const source = new MemoryContactSource({ contacts: contacts() });
    const dialog = await fixture<MergeDialog>(
      html`<merge-dialog .source=${source} contact-id="olena" other-contact-id="olena-mail"></merge-dialog>`,
    );
    await dialog.show();
    await settle(dialog);
    expect(plain(confirm(dialog)?.textContent)).to.equal('Merge and delete Olena K.');
  });

  it('speaks Ukrainian and Spanish', async () => {
    const { dialog } = await setup({ other: 'olena-mail' });
    await setContactLocale('uk');
    await dialog.updateComplete;
    expect(plain(confirm(dialog)?.textContent)).to.equal('Об’єднати й видалити Olena K.');
    await setContactLocale('es');
    await dialog.updateComplete;
    expect(plain(confirm(dialog)?.textContent)).to.equal('Combinar y eliminar a Olena K.');
  });
});
