/**
 * The elements over `RestContactSource` and the reference server, over real HTTP: every
 * failure kind reaches the agent as a precise, localised message, with Retry only where trying
 * again can help; a late answer for an earlier request is never shown; a failed save keeps what
 * was typed; a double click sends one write. The server's `/__control` injects the failures.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/block-dialog.js';
import type { BlockDialog } from '../../src/block-dialog.js';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import { setContactLocale } from '../../src/i18n/localization.js';
import { RestContactSource, type RestSourceOptions } from '../../src/sources/rest/rest-source.js';
import { startBackend, type FaultRule, type TestBackend } from '../sources/backend.js';
import { $, cardFor, DEFINITIONS, INBOXES, LABELS, NOW, settle, text, workspace } from './contact-card/fixtures.js';

describe('elements over RestContactSource and the reference server', function () {
  this.timeout(30_000);
  let backend: TestBackend;

  const source = (options: Partial<RestSourceOptions> = {}) =>
    new RestContactSource({ baseUrl: `${backend.url}/api`, retry: 0, ...options });
  const requests = async (method: string, path: string) =>
    (await backend.requests()).filter((r) => r.method === method && r.path.split('?')[0] === path);
  /** The card's state once the request has come back (the card waits for real HTTP now). */
  const settled = async (card: ContactCard, done: () => boolean) => {
    await waitUntil(() => done(), 'the card did not finish loading', { timeout: 5000 });
    await settle(card);
  };
  const loaded = (card: ContactCard) => card.shadowRoot!.querySelector('.name, [part=error], .state-title') !== null;

  beforeEach(async function () {
    const data = { contacts: workspace(), labels: LABELS, attributeDefinitions: DEFINITIONS, inboxes: INBOXES };
    backend = await startBackend('rest', data, { now: NOW });
  });

  afterEach(async function () {
    await setContactLocale('en');
    await backend.stop();
  });

  describe('a failed load says why, with Retry only where it can help', function () {
    const cases: { name: string; fault: Omit<FaultRule, 'match'>; message: string; retry: boolean }[] = [
      { name: '503', fault: { status: 503 }, message: 'Something went wrong on the server (error 503): try again later', retry: true },
      { name: '401', fault: { status: 401 }, message: 'Your session has expired: sign in again', retry: false },
      { name: '403', fault: { status: 403 }, message: 'You are not allowed to do this', retry: false },
      { name: '429 with Retry-After', fault: { status: 429, retryAfter: 30 }, message: 'Too many requests: try again in 30 seconds', retry: true },
      { name: 'a dropped connection', fault: { drop: true }, message: 'You are offline or the server cannot be reached', retry: true },
      { name: 'a gateway timeout', fault: { status: 504 }, message: 'The server took too long to answer', retry: true },
    ];
    for (const { name, fault, message, retry } of cases) {
      it(`${name}: “${message}”`, async function () {
        await backend.fail({ match: 'GET /contacts/olena$', times: 1, ...fault });
        const card = await cardFor(source(), 'olena');
        await settled(card, () => loaded(card));
        expect(text($(card, '[part=error]'))).to.contain(message);
        expect($(card, '.error-retry') !== null).to.equal(retry);
        await expect(card).to.be.accessible();
        if (retry) {
          $(card, '.error-retry')!.click();
          await settled(card, () => $(card, '.name') !== null);
          expect(text($(card, '.name'))).to.contain('Olena Koval');
        }
      });
    }

    it('a malformed contact is an error, never a half-drawn card', async function () {
      const good = JSON.parse(JSON.stringify(await source().getContact('olena'))) as Record<string, unknown>;
      await backend.fail({ match: 'GET /contacts/olena$', body: { ...good, createdAt: 'yesterday' }, times: 1 });
      const card = await cardFor(source(), 'olena');
      await settled(card, () => loaded(card));
      expect($(card, '.name')).to.equal(null);
      expect(text($(card, '[part=error]'))).to.contain('Something went wrong on the server');
      expect(text(card.shadowRoot!)).not.to.contain('Olena Koval');
    });

    it('a contact deleted on the server: “Contact not found”', async function () {
      await backend.fail({ match: 'GET /contacts/olena$', status: 404, times: 1 });
      const card = await cardFor(source(), 'olena');
      await settled(card, () => loaded(card));
      expect(text($(card, '.state-title'))).to.equal('Contact not found');
    });

    it('a request over the time limit: the timeout message', async function () {
      await backend.fail({ match: 'GET /contacts/olena$', delay: 2000, times: 1 });
      const card = await cardFor(source({ timeout: 300 }), 'olena');
      await settled(card, () => loaded(card));
      expect(text($(card, '[part=error]'))).to.contain('The server took too long to answer');
      expect($(card, '.error-retry')).not.to.equal(null);
    });

    it('says it in the agent’s language', async function () {
      await setContactLocale('uk');
      await backend.fail({ match: 'GET /contacts/olena$', status: 503, times: 1 });
      const card = await cardFor(source(), 'olena');
      await settled(card, () => loaded(card));
      expect(text($(card, '[part=error]'))).to.contain('На сервері сталася помилка (код 503): спробуйте пізніше');
      expect(text($(card, '.error-retry'))).not.to.equal('Retry');
    });
  });

  it('never shows a late answer for an earlier contact (the agent moved on)', async function () {
    await backend.fail({ match: 'GET /contacts/olena$', delay: 800, times: 1 });
    const card = await cardFor(source(), 'olena');
    card.contactId = 'taras';
    await settled(card, () => $(card, '.name') !== null);
    expect(text($(card, '.name'))).to.contain('Taras Shevchuk');
    // Long enough for the first answer to have come back, had it not been aborted.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await settle(card);
    expect(text($(card, '.name'))).to.contain('Taras Shevchuk');
  });

  it('a failed save keeps what was typed, says why, and saves on the next try', async function () {
    const card = await cardFor(source(), 'olena');
    await settled(card, () => $(card, '.name') !== null);
    await backend.fail({ match: 'PATCH /contacts/olena', status: 503, times: 1 });
    const row = () => $(card, "[data-field='name']")!;
    row().querySelector<HTMLButtonElement>('[data-action=edit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    row().querySelector('input')!.select();
    await sendKeys({ type: 'Olena Nova' });
    await sendKeys({ press: 'Enter' });
    await settled(card, () => row().querySelector('.field-error') !== null);
    expect(text(row().querySelector('.field-error'))).to.equal('Something went wrong on the server (error 503): try again later');
    expect(row().querySelector('input')!.value).to.equal('Olena Nova');
    expect((await source().getContact('olena')).name).to.equal('Olena Koval');
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await source().getContact('olena')).name === 'Olena Nova', 'the second save did not reach the server');
  });

  it('a conflict on save names the contact that holds the email', async function () {
    const card = await cardFor(source(), 'olena');
    await settled(card, () => $(card, '.name') !== null);
    const row = () => $(card, "[data-field='email']")!;
    row().querySelector<HTMLButtonElement>('[data-action=edit]')!.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    row().querySelector('input')!.select();
    await sendKeys({ type: 'taras@example.com' });
    await sendKeys({ press: 'Enter' });
    await settled(card, () => row().querySelector('.field-error') !== null);
    expect(text(row().querySelector('.field-error'))).to.contain('This email address belongs to Taras Shevchuk');
    expect(row().querySelector('input')!.value).to.equal('taras@example.com');
  });

  describe('<block-dialog>', function () {
    async function openDialog() {
      const rest = source();
      const contact = await rest.getContact('olena');
      const dialog = await fixture<BlockDialog>(html`<block-dialog .source=${rest} .contact=${contact} .now=${() => NOW}></block-dialog>`);
      await dialog.show();
      await dialog.updateComplete;
      return dialog;
    }
    const confirm = (dialog: BlockDialog) => dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!;

    it('a double click blocks once', async function () {
      await backend.control({ action: 'latency', ms: 400 });
      const dialog = await openDialog();
      confirm(dialog).click();
      confirm(dialog).click();
      await waitUntil(() => !dialog.open, 'the dialog did not close after blocking', { timeout: 5000 });
      expect(await requests('PUT', '/contacts/olena/block')).to.have.length(1);
      expect((await source().getContact('olena')).block).not.to.equal(null);
    });

    it('a refused block keeps the dialog open with the reason, and the reason typed', async function () {
      await backend.fail({ match: 'PUT /contacts/olena/block', status: 403, times: 1 });
      const dialog = await openDialog();
      const reason = dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!;
      reason.focus();
      await sendKeys({ type: 'Sends spam' });
      confirm(dialog).click();
      await waitUntil(() => dialog.shadowRoot!.querySelector('[part=error]') !== null, 'no error shown', { timeout: 5000 });
      expect(dialog.open).to.equal(true);
      expect(text(dialog.shadowRoot!.querySelector('[part=error]'))).to.contain('You are not allowed to do this');
      expect(dialog.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Sends spam');
      expect((await source().getContact('olena')).block).to.equal(null);
      await expect(dialog).to.be.accessible();
    });
  });
});
