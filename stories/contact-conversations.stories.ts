/**
 * `<contact-conversations>` in every state: conversations on every channel and status, unread
 * counts, the status filter, long and untrusted previews, none, capability off, loading,
 * errors, a 280px sidebar and a wide page, right to left, dark, Ukrainian and Spanish, and on
 * the demo data. Activating a conversation logs `contact-conversation-open` (Actions panel
 * aside, the event is on the element).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/contact-conversations.js';
import { setContactLocale } from '../src/i18n/localization.js';
import type { Contact, ConversationSummary } from '../src/model/contact.js';
import { EMPTY_QUERY } from '../src/model/query.js';
import { createDemoSource } from '../src/sources/demo.js';
import { MemoryContactSource, type MemorySourceOptions } from '../src/sources/memory.js';

const NOW = Date.now();
const HOUR = 3_600_000;

const OLENA: Contact = {
  id: 'olena',
  name: 'Olena Kovalenko',
  channels: [],
  labels: [],
  attributes: {},
  createdAt: new Date('2025-03-02T09:00:00Z'),
  lastActivityAt: new Date(NOW - 0.2 * HOUR),
  block: null,
  conversationStatuses: ['open', 'pending', 'snoozed', 'resolved'],
};

function conversation(id: string, hoursAgo: number, rest: Partial<ConversationSummary>): ConversationSummary {
  return {
    id,
    inboxId: `inbox-${id}`,
    inboxName: 'WhatsApp Sales',
    channel: 'whatsapp',
    status: 'open',
    lastActivityAt: new Date(NOW - hoursAgo * HOUR),
    ...rest,
  };
}

const CONVERSATIONS: ConversationSummary[] = [
  conversation('c1', 0.2, { preview: 'Hi! Is my order #4411 on its way? The tracking page says nothing since Monday.', unreadCount: 2 }),
  conversation('c2', 5, { channel: 'telegram', inboxName: 'Telegram Bot', status: 'pending', preview: 'Thanks, waiting for the invoice.' }),
  conversation('c3', 30, { channel: 'email', inboxName: 'Support Email', status: 'snoozed', preview: 'Re: Refund for the March invoice' }),
  conversation('c4', 24 * 12, { channel: 'phone', inboxName: 'Calls', status: 'resolved' }),
  conversation('c5', 24 * 40, { channel: 'webchat', inboxName: 'Website chat', status: 'resolved', preview: 'Great, thank you!' }),
  conversation('c6', 24 * 200, { channel: 'instagram', inboxName: 'Instagram', status: 'resolved', preview: 'Do you ship to Lviv?' }),
];

interface Scenario {
  readonly conversations?: ConversationSummary[];
  readonly options?: MemorySourceOptions;
  readonly prepare?: (source: MemoryContactSource) => void;
  readonly byId?: boolean;
}

function conversations(scenario: Scenario = {}): TemplateResult {
  const source = new MemoryContactSource({
    contacts: [OLENA],
    conversations: { olena: scenario.conversations ?? CONVERSATIONS },
    latency: 300,
    ...scenario.options,
  });
  scenario.prepare?.(source);
  return html`<contact-conversations
    .source=${source}
    .contact=${scenario.byId ? undefined : OLENA}
    contact-id=${scenario.byId ? OLENA.id : ''}
    @contact-conversation-open=${(event: CustomEvent) => console.info('contact-conversation-open', event.detail)}
  ></contact-conversations>`;
}

function frame(content: TemplateResult, options: { width?: string; dir?: 'rtl'; scheme?: 'dark' } = {}): TemplateResult {
  const dark = options.scheme === 'dark';
  return html`<div
    dir=${options.dir ?? 'ltr'}
    style="inline-size: ${options.width ?? '380px'}; max-inline-size: 100%; padding: 1rem; border: 1px dashed #7b8390; ${dark
      ? 'color-scheme: dark; background: #1b1d21'
      : ''}"
  >
    ${content}
  </div>`;
}

const meta: Meta = {
  title: 'Elements/contact-conversations',
  component: 'contact-conversations',
  parameters: { layout: 'padded' },
  loaders: [
    async ({ parameters }) => {
      await setContactLocale(parameters['locale'] ?? 'en');
      return {};
    },
  ],
  render: () => frame(conversations()),
};
export default meta;
type Story = StoryObj;

/** Six conversations on six channels in every status; the status filter above them. */
export const Default: Story = {};

/** The filter set to "Resolved". */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('contact-conversations')!;
    for (let tries = 0; tries < 100 && !el.shadowRoot!.querySelector('.filter'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.filter-chip')].at(-1)?.click();
  },
};

/** Three conversations: no filter (it would not help). */
export const Few: Story = {
  render: () => frame(conversations({ conversations: CONVERSATIONS.slice(0, 3) })),
};

/** Long previews cut at two lines; markup in a preview is text; a call without one. */
export const UntrustedPreviews: Story = {
  render: () =>
    frame(
      conversations({
        conversations: [
          conversation('u1', 1, { preview: '<img src=x onerror=alert(1)> <b>not bold</b> ' + 'and a very long message '.repeat(10), unreadCount: 128 }),
          conversation('u2', 2, { channel: 'phone', inboxName: 'Calls', preview: undefined, status: 'pending' }),
          conversation('u3', 3, { inboxName: 'A WhatsApp inbox with a remarkably long name for a sidebar', preview: 'Short' }),
        ],
      }),
    ),
};

/** No conversations yet. */
export const Empty: Story = {
  render: () => frame(conversations({ conversations: [] })),
};

/** The source has no conversations: a short note instead. */
export const Unavailable: Story = {
  render: () => frame(conversations({ options: { capabilities: { conversations: false } } })),
};

/** Waiting for the source. */
export const Loading: Story = {
  render: () => frame(conversations({ options: { latency: 10 * 60_000 } })),
};

/** Loading failed (retryable). */
export const LoadError: Story = {
  render: () => frame(conversations({ prepare: (source) => source.setFailure('listConversations', 'network') })),
};

/** Loaded by `contact-id`; the contact cannot be read. */
export const ContactError: Story = {
  render: () => frame(conversations({ byId: true, prepare: (source) => source.setFailure('getContact', 'unauthorized') })),
};

/** A 280px sidebar: three rows per conversation. */
export const Narrow: Story = {
  render: () => frame(conversations(), { width: '280px' }),
};

/** A wide page: one row per conversation. */
export const Wide: Story = {
  render: () => frame(conversations(), { width: '900px' }),
};

/** Right to left, with Arabic and Chinese inboxes and previews. */
export const RightToLeft: Story = {
  render: () =>
    frame(
      conversations({
        conversations: [
          conversation('r1', 1, { inboxName: 'واتساب المبيعات', preview: 'مرحبا، أين طلبي؟', unreadCount: 1 }),
          conversation('r2', 20, { channel: 'line', inboxName: 'LINE 客服', status: 'resolved', preview: '谢谢，问题已经解决了。' }),
        ],
      }),
      { dir: 'rtl' },
    ),
};

/** The dark scheme. */
export const Dark: Story = {
  render: () => frame(conversations(), { scheme: 'dark' }),
};

export const Ukrainian: Story = {
  parameters: { locale: 'uk' },
};

export const Spanish: Story = {
  parameters: { locale: 'es' },
};

/** On the demo data: the generated contact with the most conversations among 200. */
export const DemoData: Story = {
  loaders: [
    async () => {
      const source = createDemoSource({ count: 200, seed: 5, latency: 200 });
      const page = await source.listContacts(EMPTY_QUERY, { size: 200 });
      const busiest = page.items.reduce((best, item) => (item.conversationStatuses.length > best.conversationStatuses.length ? item : best));
      return { source, contact: busiest };
    },
  ],
  render: (_args, { loaded }) =>
    frame(html`<contact-conversations .source=${loaded['source']} .contact=${loaded['contact']}></contact-conversations>`),
};
