import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import type { BlockDialog } from '../../../src/block-dialog.js';
import '../../../src/block-dialog.js';
import '../../../src/contact-source-provider.js';
import { deepActiveElement } from '../../../src/elements/modal-dialog/focus.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { Contact } from '../../../src/model/contact.js';
import type { Capabilities } from '../../../src/sources/source.js';
import { MemoryContactSource } from '../../../src/sources/memory.js';
import { makeContact } from '../../model/contact-fixture.js';

/** Tuesday 24 November 2026, 15:20 in Kyiv (UTC+2). */
const NOW = new Date('2026-11-24T13:20:00Z');
const ZONE = 'Europe/Kyiv';
/** Intl puts narrow no-break spaces in times: compare them as plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

class BlockTestTrigger extends LitElement {
  override render() {
    return html`<button>Block…</button>`;
  }
  get button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }
}
customElements.define('block-test-trigger', BlockTestTrigger);

interface Setup {
  contact?: Partial<Contact>;
  /** Rendered in this colour scheme from the start (switching later would run transitions). */
  scheme?: 'light' | 'dark';
  capabilities?: Partial<Capabilities>;
  byId?: boolean;
  latency?: number;
}

async function setup(options: Setup = {}) {
  const contact = makeContact({ id: 'olena', name: 'Olena Kovalenko', email: 'olena@example.com', ...options.contact });
  const source = new MemoryContactSource({
    contacts: [contact],
    now: () => NOW,
    capabilities: options.capabilities ?? {},
    ...(options.latency ? { latency: options.latency } : {}),
  });
  const root = await fixture<HTMLDivElement>(html`
    <div style="color-scheme: ${options.scheme ?? 'light'}">
      <block-test-trigger></block-test-trigger>
      <block-dialog
        .source=${source}
        .contact=${options.byId ? undefined : contact}
        contact-id=${options.byId ? contact.id : ''}
        time-zone=${ZONE}
        week-start="1"
        .now=${() => NOW}
      ></block-dialog>
    </div>
  `);
  const trigger = root.querySelector<BlockTestTrigger>('block-test-trigger')!;
  const dialog = root.querySelector<BlockDialog>('block-dialog')!;
  await trigger.updateComplete;
  trigger.button.focus();
  await dialog.show();
  await dialog.updateComplete;
  return { source, contact, trigger, dialog };
}

const $ = <T extends Element = HTMLElement>(dialog: BlockDialog, selector: string) =>
  dialog.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(dialog: BlockDialog, selector: string) => [
  ...dialog.shadowRoot!.querySelectorAll<T>(selector),
];

function options(dialog: BlockDialog): { name: string; end: string }[] {
  return $$(dialog, '.duration').map((label) => ({
    name: plain(label.querySelector('.duration-name')?.textContent),
    end: plain(label.querySelector('.duration-end')?.textContent),
  }));
}

const summary = (dialog: BlockDialog) => plain($(dialog, '[part="summary"]')?.textContent);
const headline = (dialog: BlockDialog) => plain($(dialog, 'h2')?.textContent);
const confirm = (dialog: BlockDialog) => $<HTMLButtonElement>(dialog, '[part="confirm-button"]')!;
const checked = (dialog: BlockDialog) => $<HTMLInputElement>(dialog, 'input[name="duration"]:checked')!.value;

function focusedLabel(): string {
  const element = deepActiveElement();
  if (!element) return 'nothing';
  if (element instanceof HTMLInputElement && element.type === 'radio') return `radio:${element.value}`;
  return element.id || element.getAttribute('aria-label') || plain(element.textContent);
}

async function tab(times = 1, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('<block-dialog>', () => {
  afterEach(() => setContactLocale('en'));

  it('offers every duration with the exact end it sets, in the agent’s time zone', async () => {
    const { dialog } = await setup();
    expect(headline(dialog)).to.equal('Block Olena Kovalenko');
    expect(options(dialog)).to.deep.equal([
      { name: 'For an hour', end: 'Tue, Nov 24, 4:20 PM GMT+2' },
      { name: 'Until tomorrow', end: 'Wed, Nov 25, 12:00 AM GMT+2' },
      { name: 'Until next week', end: 'Mon, Nov 30, 12:00 AM GMT+2' },
      { name: 'Until next month', end: 'Tue, Dec 1, 12:00 AM GMT+2' },
      { name: 'Forever', end: 'Until someone unblocks them' },
      { name: 'Until a date and time I choose', end: '' },
    ]);
    expect(checked(dialog)).to.equal('hour');
    expect(summary(dialog)).to.equal('Blocked until Tue, Nov 24, 4:20 PM GMT+2');
    await expect(dialog).to.be.accessible();
  });

  it('starts next week on the locale’s first day when no week start is set', async () => {
    const { dialog } = await setup();
    dialog.weekStart = undefined;
    await setContactLocale('uk');
    await dialog.updateComplete;
    // Ukrainian weeks start on Monday: 30 November.
    expect(options(dialog)[2]!.end).to.match(/^пн, 30 лист/);
  });

  it('says when the block ends for each choice, before confirming', async () => {
    const { dialog } = await setup();
    const expected: Record<string, string> = {
      hour: 'Blocked until Tue, Nov 24, 4:20 PM GMT+2',
      tomorrow: 'Blocked until Wed, Nov 25, 12:00 AM GMT+2',
      'next-week': 'Blocked until Mon, Nov 30, 12:00 AM GMT+2',
      'next-month': 'Blocked until Tue, Dec 1, 12:00 AM GMT+2',
      forever: 'Blocked until someone unblocks them.',
    };
    for (const [value, text] of Object.entries(expected)) {
      $<HTMLInputElement>(dialog, `input[value="${value}"]`)!.click();
      await dialog.updateComplete;
      expect(summary(dialog), value).to.equal(text);
    }
  });

  it('blocks by keyboard alone: a duration, a reason, confirm; then focus returns to the trigger', async () => {
    const { dialog, source, trigger } = await setup();
    expect(focusedLabel()).to.equal('radio:hour');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel()).to.equal('radio:tomorrow');
    await tab();
    expect(focusedLabel()).to.equal('reason');
    await sendKeys({ type: 'Spam links' });
    expect(plain($(dialog, '.counter')?.textContent)).to.equal('10/500');
    await tab(2);
    expect(focusedLabel()).to.equal('Block');
    const blocked = oneEvent(dialog, 'contact-blocked');
    const closed = oneEvent(dialog, 'contact-dialog-closed');
    await sendKeys({ press: 'Enter' });
    const { detail } = await blocked;
    expect((await closed).detail).to.deep.equal({ returnValue: 'blocked' });
    expect(detail.contact.id).to.equal('olena');
    expect(detail.contact.block?.until?.toISOString()).to.equal('2026-11-24T22:00:00.000Z');
    expect(detail.contact.block?.reason).to.equal('Spam links');
    const stored = await source.getContact('olena');
    expect(stored.block).to.deep.equal({ until: new Date('2026-11-24T22:00:00.000Z'), reason: 'Spam links', blockedAt: NOW });
    expect(dialog.open).to.equal(false);
    expect(dialog.returnValue).to.equal('blocked');
    expect(deepActiveElement()).to.equal(trigger.button);
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const { dialog } = await setup();
    await tab(1);
    expect(focusedLabel()).to.equal('reason');
    await tab(1);
    expect(focusedLabel()).to.equal('Cancel');
    await tab(1);
    expect(focusedLabel()).to.equal('Block');
    await tab(1);
    expect(focusedLabel()).to.equal('Close');
    await tab(1);
    expect(focusedLabel()).to.equal('radio:hour');
    await tab(2, true);
    expect(focusedLabel()).to.equal('Block');
    expect(dialog.open).to.equal(true);
  });

  it('closes on Escape without blocking, and focus returns to the trigger', async () => {
    const { dialog, source, trigger } = await setup();
    await sendKeys({ press: 'ArrowDown' });
    const closed = oneEvent(dialog, 'contact-dialog-closed');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.source).to.equal('escape');
    expect(dialog.open).to.equal(false);
    expect((await source.getContact('olena')).block).to.equal(null);
    expect(deepActiveElement()).to.equal(trigger.button);
  });

  it('opens with fresh choices each time', async () => {
    const { dialog } = await setup();
    $<HTMLInputElement>(dialog, 'input[value="forever"]')!.click();
    await dialog.close();
    await dialog.show();
    await dialog.updateComplete;
    expect(checked(dialog)).to.equal('hour');
  });

  describe('a date and time the agent picks', () => {
    async function chooseCustom() {
      const context = await setup();
      const { dialog } = context;
      await sendKeys({ press: 'ArrowUp' }); // from the first choice round to the last
      await dialog.updateComplete;
      expect(checked(dialog)).to.equal('custom');
      return { ...context, input: $<HTMLInputElement>(dialog, '#custom-end')! };
    }

    async function typeEnd(input: HTMLInputElement, value: string) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await ((input.getRootNode() as ShadowRoot).host as BlockDialog).updateComplete;
    }

    it('starts from a day ahead on the hour, and shows its end', async () => {
      const { dialog, input } = await chooseCustom();
      expect(input.value).to.equal('2026-11-25T16:00');
      expect(input.min).to.equal('2026-11-24T15:20');
      expect(summary(dialog)).to.equal('Blocked until Wed, Nov 25, 4:00 PM GMT+2');
      expect(plain($(dialog, '#custom-end-zone')?.textContent)).to.equal('Time zone: Europe/Kyiv');
      await expect(dialog).to.be.accessible();
    });

    it('rejects a time in the past with a clear message, next to the field, and sends nothing', async () => {
      const { dialog, input, source } = await chooseCustom();
      let calls = 0;
      const original = source.blockContact.bind(source);
      source.blockContact = (...args) => (calls++, original(...args));
      await typeEnd(input, '2026-11-24T15:00');
      const error = $(dialog, '#custom-end-error')!;
      expect(plain(error.textContent)).to.equal('This time has passed: choose one in the future.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('custom-end-error');
      expect(summary(dialog)).to.equal('Choose when the block ends.');
      await expect(dialog).to.be.accessible();
      confirm(dialog).click();
      await dialog.updateComplete;
      expect(calls).to.equal(0);
      expect(dialog.open).to.equal(true);
      expect(deepActiveElement()).to.equal(input);
    });

    it('asks for a time when the field is emptied, and blocks until a valid one', async () => {
      const { dialog, input, source } = await chooseCustom();
      await typeEnd(input, '');
      confirm(dialog).click();
      await dialog.updateComplete;
      expect(plain($(dialog, '#custom-end-error')?.textContent)).to.equal('Choose the date and time the block ends.');
      await typeEnd(input, '2026-12-24T18:30');
      expect(plain($(dialog, '#custom-end-error')?.textContent)).to.equal('');
      expect(summary(dialog)).to.equal('Blocked until Thu, Dec 24, 6:30 PM GMT+2');
      const blocked = oneEvent(dialog, 'contact-blocked');
      confirm(dialog).click();
      await blocked;
      expect((await source.getContact('olena')).block?.until?.toISOString()).to.equal('2026-12-24T16:30:00.000Z');
    });
  });

  it('is busy while the source works: the button says so and a second press does nothing', async () => {
    const { dialog, source } = await setup();
    const gate = deferred();
    let calls = 0;
    const original = source.blockContact.bind(source);
    source.blockContact = async (...args) => {
      calls++;
      await gate.promise;
      return original(...args);
    };
    const button = confirm(dialog);
    button.click();
    await dialog.updateComplete;
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(plain(button.textContent)).to.equal('Blocking…');
    expect(deepActiveElement()).to.equal(button);
    expect($<HTMLInputElement>(dialog, 'input[value="hour"]')!.disabled).to.equal(true);
    await expect(dialog).to.be.accessible();
    button.click();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open, 'Escape does not hide a block being saved').to.equal(true);
    expect(calls).to.equal(1);
    const blocked = oneEvent(dialog, 'contact-blocked');
    gate.resolve();
    await blocked;
    expect(dialog.open).to.equal(false);
  });

  it('stays open on failure with the choices kept and the error in words; then tries again', async () => {
    const { dialog, source } = await setup();
    $<HTMLInputElement>(dialog, 'input[value="next-week"]')!.click();
    const reason = $<HTMLTextAreaElement>(dialog, '#reason')!;
    reason.value = 'Abusive';
    reason.dispatchEvent(new Event('input'));
    source.failNext('blockContact', 'network');
    confirm(dialog).click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await dialog.updateComplete;
    const alert = $(dialog, '[role="alert"]')!;
    expect(plain(alert.textContent)).to.equal(
      'The contact could not be blocked You are offline or the server cannot be reached',
    );
    expect(dialog.open).to.equal(true);
    expect(checked(dialog)).to.equal('next-week');
    expect($<HTMLTextAreaElement>(dialog, '#reason')!.value).to.equal('Abusive');
    expect(confirm(dialog).getAttribute('aria-busy')).to.equal('false');
    expect((await source.getContact('olena')).block).to.equal(null);
    await expect(dialog).to.be.accessible();
    const blocked = oneEvent(dialog, 'contact-blocked');
    confirm(dialog).click();
    expect((await blocked).detail.contact.block?.until?.toISOString()).to.equal('2026-11-29T22:00:00.000Z');
  });

  describe('a contact already blocked', () => {
    const block = {
      until: new Date('2026-12-01T10:00:00Z'),
      reason: 'Sent 40 messages an hour',
      blockedAt: new Date('2026-11-20T08:30:00Z'),
    };

    it('shows the current block: until, reason, since', async () => {
      const { dialog } = await setup({ contact: { block } });
      expect(headline(dialog)).to.equal('Olena Kovalenko is blocked');
      const rows = $$(dialog, '.current-block > div').map((row) => [
        plain(row.querySelector('dt')?.textContent),
        plain(row.querySelector('dd')?.textContent),
      ]);
      expect(rows).to.deep.equal([
        ['Blocked until', 'Tue, Dec 1, 12:00 PM GMT+2'],
        ['Reason', 'Sent 40 messages an hour'],
        ['Blocked since', 'Fri, Nov 20, 10:30 AM GMT+2'],
      ]);
      // Shown exactly as written (line breaks kept, nothing added around it).
      expect($(dialog, '.reason-text')!.textContent).to.equal('Sent 40 messages an hour');
      expect(focusedLabel()).to.equal('Unblock');
      await expect(dialog).to.be.accessible();
    });

    it('unblocks: the source lifts the block, contact-unblocked, and the dialog closes', async () => {
      const { dialog, source, trigger } = await setup({ contact: { block } });
      const unblocked = oneEvent(dialog, 'contact-unblocked');
      await sendKeys({ press: 'Enter' });
      expect((await unblocked).detail.contact.block).to.equal(null);
      expect((await source.getContact('olena')).block).to.equal(null);
      expect(dialog.open).to.equal(false);
      expect(deepActiveElement()).to.equal(trigger.button);
    });

    it('says so when a forever block has no reason', async () => {
      const { dialog } = await setup({ contact: { block: { until: null, blockedAt: block.blockedAt } } });
      expect(plain($(dialog, '.current-block')?.textContent)).to.contain('Until someone unblocks them');
      expect(plain($(dialog, '.current-block')?.textContent)).to.contain('No reason given');
    });

    it('sets a new duration instead', async () => {
      const { dialog, source } = await setup({ contact: { block } });
      await tab(1, true);
      expect(focusedLabel()).to.equal('Set a new duration');
      await sendKeys({ press: 'Enter' });
      await dialog.updateComplete;
      expect(headline(dialog)).to.equal('Change the block on Olena Kovalenko');
      expect(focusedLabel()).to.equal('radio:hour');
      await expect(dialog).to.be.accessible();
      $<HTMLInputElement>(dialog, 'input[value="forever"]')!.click();
      const blocked = oneEvent(dialog, 'contact-blocked');
      confirm(dialog).click();
      await blocked;
      expect((await source.getContact('olena')).block?.until).to.equal(null);
    });

    it('treats an expired block as no block', async () => {
      const { dialog } = await setup({
        contact: { block: { until: new Date('2026-11-01T00:00:00Z'), blockedAt: new Date('2026-10-01T00:00:00Z') } },
      });
      expect(headline(dialog)).to.equal('Block Olena Kovalenko');
    });
  });

  it('offers only "forever", saying why, when the source cannot end blocks', async () => {
    const { dialog, source } = await setup({ capabilities: { timedBlock: false } });
    expect(options(dialog).map((option) => option.name)).to.deep.equal(['Forever']);
    expect(checked(dialog)).to.equal('forever');
    expect(plain($(dialog, '.note')?.textContent)).to.equal(
      'This system can only block until someone unblocks: it cannot end a block at a set time.',
    );
    await expect(dialog).to.be.accessible();
    const blocked = oneEvent(dialog, 'contact-blocked');
    confirm(dialog).click();
    await blocked;
    expect((await source.getContact('olena')).block?.until).to.equal(null);
  });

  it('has no reason field when the source keeps no reasons', async () => {
    const { dialog } = await setup({ capabilities: { blockReason: false } });
    expect($(dialog, '#reason')).to.equal(null);
    await expect(dialog).to.be.accessible();
  });

  it('says when the source cannot block at all', async () => {
    const { dialog } = await setup({ capabilities: { block: false } });
    expect(plain($(dialog, '.body')?.textContent)).to.equal('This system does not support blocking contacts.');
    expect(confirm(dialog)).to.equal(null);
    await expect(dialog).to.be.accessible();
  });

  it('limits the reason to 500 characters and counts them', async () => {
    const { dialog } = await setup();
    const reason = $<HTMLTextAreaElement>(dialog, '#reason')!;
    expect(reason.maxLength).to.equal(500);
    reason.value = 'x'.repeat(470);
    reason.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    expect(plain($(dialog, '.counter')?.textContent)).to.equal('470/500');
    expect(plain($(dialog, '.reason [aria-live]')?.textContent)).to.equal('Characters left: 30');
  });

  it('loads the contact by id from the source', async () => {
    const { dialog } = await setup({ byId: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await dialog.updateComplete;
    expect(headline(dialog)).to.equal('Block Olena Kovalenko');
    await expect(dialog).to.be.accessible();
  });

  it('takes its source from a <contact-source-provider> around it', async () => {
    const source = new MemoryContactSource({ contacts: [makeContact({ id: 'taras', name: 'Taras Melnyk' })] });
    const provider = await fixture<HTMLElement & { source: MemoryContactSource }>(html`
      <contact-source-provider .source=${source}><block-dialog contact-id="taras"></block-dialog></contact-source-provider>
    `);
    const dialog = provider.querySelector<BlockDialog>('block-dialog')!;
    await dialog.show();
    await waitUntil(() => headline(dialog) === 'Block Taras Melnyk', 'the contact is loaded through the provider');
    const blocked = oneEvent(dialog, 'contact-blocked');
    confirm(dialog).click();
    expect((await blocked).detail.contact.id).to.equal('taras');
    expect((await source.getContact('taras')).block).to.not.equal(null);
  });

  it('passes axe in the dark scheme too', async () => {
    const { dialog } = await setup({ scheme: 'dark', contact: { block: { until: null, reason: 'Spam', blockedAt: NOW } } });
    await expect(dialog).to.be.accessible();
    $<HTMLButtonElement>(dialog, '[part="actions"] .button--secondary:nth-child(2)')!.click();
    await dialog.updateComplete;
    await expect(dialog).to.be.accessible();
  });

  it('falls back to the browser’s zone for an unknown time zone', async () => {
    const { dialog } = await setup();
    dialog.timeZone = 'Mars/Olympus';
    await dialog.updateComplete;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const expected = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(
      new Date(NOW.getTime() + 3_600_000),
    );
    expect(options(dialog)[0]!.end).to.contain(plain(expected));
  });

  it('isolates the name in the headline, so a right-to-left name cannot reorder the sentence', async () => {
    const { dialog } = await setup({ contact: { name: 'محمد علي!' } });
    expect($(dialog, 'h2')!.textContent!.trim()).to.equal('Block \u2068محمد علي!\u2069');
  });

  it('speaks Ukrainian and Spanish', async () => {
    const { dialog } = await setup();
    await setContactLocale('uk');
    await dialog.updateComplete;
    expect(headline(dialog)).to.equal('Заблокувати Olena Kovalenko');
    expect(options(dialog)[1]!.name).to.equal('До завтра');
    await setContactLocale('es');
    await dialog.updateComplete;
    expect(headline(dialog)).to.equal('Bloquear a Olena Kovalenko');
    expect(plain(confirm(dialog).textContent)).to.equal('Bloquear');
  });
});
