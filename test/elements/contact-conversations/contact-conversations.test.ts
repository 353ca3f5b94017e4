import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/contact-conversations.js';
import { setContactLocale } from '../../../src/i18n/localization.js';
import type { ContactConversations } from '../../../src/elements/contact-conversations/contact-conversations.js';
import type { ContactEvent } from '../../../src/elements/events.js';
import type { ConversationSummary } from '../../../src/model/contact.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../../src/sources/memory.js';
import { makeContact } from '../../model/contact-fixture.js';
import { contrast } from '../shared/part-host.js';

const HOUR = 3_600_000;
const now = Date.now();

function conversation(id: string, overrides: Partial<ConversationSummary> & { hoursAgo: number }): ConversationSummary {
  const { hoursAgo, ...rest } = overrides;
  return {
    id,
    inboxId: 'inbox-whatsapp',
    inboxName: 'WhatsApp Sales',
    channel: 'whatsapp',
    status: 'open',
    lastActivityAt: new Date(now - hoursAgo * HOUR),
    preview: `Message in ${id}`,
    ...rest,
  };
}

// Out of order on purpose: the element shows the latest activity first.
const CONVERSATIONS = [
  conversation('email-1', { hoursAgo: 30, channel: 'email', inboxName: 'Support Email', status: 'resolved' }),
  conversation('wa-1', { hoursAgo: 2, status: 'open', unreadCount: 3, preview: 'Is my order on its way?' }),
  conversation('tg-1', { hoursAgo: 10, channel: 'telegram', inboxName: 'Telegram Bot', status: 'pending' }),
];

function setup(conversations: ConversationSummary[] = CONVERSATIONS, options: MemorySourceOptions = {}) {
  const contact = makeContact({ id: 'olena', name: 'Olena' });
  const other = makeContact({ id: 'olena-2', name: 'Olena K', email: 'olena@example.com' });
  const source = new MemoryContactSource({
    contacts: [contact, other],
    conversations: { olena: conversations, 'olena-2': [conversation('viber-1', { hoursAgo: 1, channel: 'viber', inboxName: 'Viber' })] },
    ...options,
  });
  return { source, contact };
}

async function render(source: MemoryContactSource, id = 'olena'): Promise<ContactConversations> {
  const el = await fixture<ContactConversations>(html`<contact-conversations contact-id=${id} .source=${source}></contact-conversations>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.conversations, .empty, .error-block, .unavailable'), 'rendered');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ContactConversations, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ContactConversations, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const items = (el: ContactConversations) => $$<HTMLButtonElement>(el, '.conversation');
const inboxes = (el: ContactConversations) => $$(el, '.inbox-name').map((name) => name.textContent);

describe('<contact-conversations>', () => {
  it('lists conversations on every channel, latest activity first', async () => {
    const { source } = setup();
    const el = await render(source);
    expect(inboxes(el)).to.deep.equal(['WhatsApp Sales', 'Telegram Bot', 'Support Email']);
    const [first, second, third] = items(el);
    expect(first!.querySelector('.channel-icon')!.getAttribute('aria-label')).to.equal('WhatsApp');
    expect(first!.querySelector('.conversation-status')!.textContent!.trim()).to.equal('Open');
    expect(second!.querySelector('.conversation-status')!.textContent!.trim()).to.equal('Pending');
    expect(third!.querySelector('.conversation-status')!.textContent!.trim()).to.equal('Resolved');
    expect(first!.querySelector('.time-relative')!.textContent).to.equal('2 hours ago');
    expect(first!.querySelector('.preview')!.textContent).to.equal('Is my order on its way?');
    expect(first!.querySelector('.unread')!.textContent).to.contain('Unread messages: 3');
    expect(second!.querySelector('.unread')).to.equal(null);
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Conversations');
    await expect(el).to.be.accessible();
  });


  it('measures times from the clock it is given (the card passes its own)', async () => {
    const { source } = setup();
    const el = await render(source);
    el.now = () => new Date(now + 3 * HOUR);
    await el.updateComplete;
    expect(items(el)[0]!.querySelector('.time-relative')!.textContent).to.equal('5 hours ago');
  });
  it('opens a conversation with a click, Enter or Space, naming contact and conversation', async () => {
    const { source } = setup();
    const el = await render(source);
    const opened: ContactEvent<'contact-conversation-open'>[] = [];
    el.addEventListener('contact-conversation-open', (event) => opened.push(event));
    items(el)[1]!.click();
    items(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(opened.map((event) => event.detail.conversation.id)).to.deep.equal(['tg-1', 'wa-1', 'tg-1']);
    expect(opened.every((event) => event.bubbles && event.composed)).to.equal(true);
    expect(opened[0]!.detail.contact.id).to.equal('olena');
    expect(opened[0]!.detail.conversation).to.deep.include({ inboxName: 'Telegram Bot', status: 'pending' });
  });

  it('shows the preview as text, two lines at most, and says when there is none', async () => {
    const markup = '<img src=x onerror="window.__convPwned=1"> <a href="javascript:alert(1)">click</a> ' + 'long '.repeat(80);
    const { source } = setup([
      conversation('c1', { hoursAgo: 1, preview: markup }),
      conversation('c2', { hoursAgo: 2, channel: 'phone', inboxName: 'Calls', preview: undefined }),
    ]);
    const wrapper = fixtureSync(html`<div style="inline-size: 320px"><contact-conversations contact-id="olena" .source=${source}></contact-conversations></div>`);
    const el = wrapper.querySelector('contact-conversations')!;
    await waitUntil(() => items(el).length === 2);
    const preview = items(el)[0]!.querySelector<HTMLElement>('.preview')!;
    expect(preview.textContent).to.equal(markup.trim());
    expect(preview.querySelector('img, a')).to.equal(null);
    const lineHeight = parseFloat(getComputedStyle(preview).lineHeight);
    expect(preview.getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1);
    expect(preview.scrollHeight).to.be.greaterThan(2 * lineHeight + 1, 'the rest is cut off');
    expect(items(el)[1]!.querySelector('.preview')!.textContent).to.equal('No messages');
    await expect(el).to.be.accessible();
    expect((window as { __convPwned?: number }).__convPwned).to.equal(undefined);
  });

  it('filters by status once there are enough conversations', async () => {
    const many = [
      ...CONVERSATIONS,
      conversation('wa-2', { hoursAgo: 50, status: 'resolved' }),
      conversation('wa-3', { hoursAgo: 60, status: 'snoozed' }),
    ];
    const { source } = setup(many);
    const el = await render(source);
    const group = $(el, '.filter')!;
    expect(group.getAttribute('role')).to.equal('group');
    const chips = $$<HTMLButtonElement>(el, '.filter-chip');
    expect(chips.map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'All 5',
      'Open 1',
      'Pending 1',
      'Snoozed 1',
      'Resolved 2',
    ]);
    expect(chips[0]!.getAttribute('aria-pressed')).to.equal('true');
    chips[4]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chips[4]!.getAttribute('aria-pressed')).to.equal('true');
    expect(chips[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(inboxes(el)).to.deep.equal(['Support Email', 'WhatsApp Sales']);
    await expect(el).to.be.accessible();
    chips[0]!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(5);
  });

  it('offers no filter for a few conversations', async () => {
    const { source } = setup();
    const el = await render(source);
    expect($(el, '.filter')).to.equal(null);
  });

  it('shows a skeleton while loading, then an error with Retry', async () => {
    const { source } = setup(CONVERSATIONS, { latency: 400 });
    source.failNext('listConversations', 'rate-limited');
    const el = await fixture<ContactConversations>(html`<contact-conversations contact-id="olena" .source=${source}></contact-conversations>`);
    expect($(el, '.skeleton-list [role="status"]')!.textContent).to.equal('Loading conversations…');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '.error-block'));
    expect($(el, '.error-block')!.textContent).to.contain('Conversations could not be loaded');
    expect($(el, '.error-block')!.textContent).to.contain('Too many requests');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.error-retry')!.click();
    await waitUntil(() => items(el).length === 3);
  });

  it('says when there are none, or when the source has no conversations', async () => {
    const empty = setup([]);
    const el = await render(empty.source);
    expect($(el, '.empty')!.textContent).to.equal('No conversations yet');
    await expect(el).to.be.accessible();

    const unsupported = setup(CONVERSATIONS, { capabilities: { conversations: false } });
    const hidden = await render(unsupported.source);
    expect($(hidden, '.unavailable')!.textContent!.trim()).to.equal('Conversations are not available for these contacts');
    expect($(hidden, '.conversations')).to.equal(null);
    await expect(hidden).to.be.accessible();
  });

  it('takes a contact object, and follows a merge into it', async () => {
    const { source, contact } = setup();
    const el = await fixture<ContactConversations>(html`<contact-conversations .contact=${contact} .source=${source}></contact-conversations>`);
    await waitUntil(() => items(el).length === 3);
    await source.mergeContacts('olena', 'olena-2');
    await waitUntil(() => items(el).length === 4, 'the other contact’s conversation arrived');
    expect(inboxes(el)[0]).to.equal('Viber');
  });

  it('fits a 280px sidebar right to left, and uses one row per conversation when wide', async () => {
    const { source } = setup();
    const wrapper = fixtureSync(html`<div dir="rtl" style="inline-size: 280px"><contact-conversations contact-id="olena" .source=${source}></contact-conversations></div>`);
    const el = wrapper.querySelector('contact-conversations')!;
    await waitUntil(() => items(el).length === 3);
    expect(el.scrollWidth).to.be.at.most(280);
    const first = items(el)[0]!;
    const inbox = first.querySelector('.conversation-inbox')!.getBoundingClientRect();
    const time = first.querySelector('.time')!.getBoundingClientRect();
    expect(time.right).to.be.lessThan(inbox.left + 1, 'time at the inline end: left in RTL');
    const preview = first.querySelector('.preview')!.getBoundingClientRect();
    expect(preview.top).to.be.greaterThan(inbox.bottom - 1, 'narrow: the preview on its own row');
    await expect(el).to.be.accessible();

    (wrapper as HTMLElement).style.inlineSize = '720px';
    const wideInbox = first.querySelector('.conversation-inbox')!.getBoundingClientRect();
    const widePreview = first.querySelector('.preview')!.getBoundingClientRect();
    expect(Math.abs(widePreview.top - wideInbox.top)).to.be.lessThan(wideInbox.height, 'wide: one row');
  });

  it('speaks Ukrainian and Spanish', async () => {
    const { source } = setup([conversation('c', { hoursAgo: 1, preview: undefined })]);
    const el = await render(source);
    try {
      await setContactLocale('uk');
      await el.updateComplete;
      expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Розмови');
      expect($(el, '.preview')!.textContent).to.equal('Немає повідомлень');
      await setContactLocale('es');
      await el.updateComplete;
      expect($(el, '.preview')!.textContent).to.equal('Sin mensajes');
      expect($(el, '.conversation-status')!.textContent!.trim()).to.not.equal('Open');
    } finally {
      await setContactLocale('en');
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps its text readable (AA), ${scheme}`, async () => {
      const { source } = setup();
      const wrapper = fixtureSync(html`<div style="color-scheme: ${scheme}; background: Canvas"><contact-conversations contact-id="olena" .source=${source}></contact-conversations></div>`);
      const el = wrapper.querySelector('contact-conversations')!;
      await waitUntil(() => items(el).length === 3);
      // Transparent itself: it sits on the host's surface (here the scheme's Canvas).
      const background = getComputedStyle(wrapper).backgroundColor;
      const first = items(el)[0]!;
      for (const selector of ['.inbox-name', '.conversation-status', '.preview', '.time']) {
        expect(contrast(getComputedStyle(first.querySelector(selector)!).color, background), selector).to.be.at.least(4.5);
      }
      const unread = first.querySelector('.unread')!;
      expect(contrast(getComputedStyle(unread).color, getComputedStyle(unread).backgroundColor)).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  }
});
