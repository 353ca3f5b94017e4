/**
 * `<contact-card>`: every section and state, for design review. Data comes from a small
 * `MemoryContactSource` per story (latency and failures for the loading and error states) or the
 * generated demo data; the clock is fixed so times read the same on every visit.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/contact-card.js';
import '../src/contact-source-provider.js';
import type { ContactCard } from '../src/elements/contact-card/contact-card.js';
import type { AttributeDefinition, Contact, ConversationSummary, Inbox, Label, Note } from '../src/model/contact.js';
import { DEFAULT_FAKE_NOW } from '../src/sources/fake-data.js';
import { createDemoSource } from '../src/sources/demo.js';
import { MemoryContactSource, type MemorySourceOptions } from '../src/sources/memory/memory-source.js';

const NOW = DEFAULT_FAKE_NOW;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const clock = () => NOW;

const DEFINITIONS: AttributeDefinition[] = [
  { key: 'company', displayName: 'Company', type: 'text' },
  { key: 'orders_count', displayName: 'Orders', type: 'number' },
  { key: 'renewal_date', displayName: 'Renewal date', type: 'date', description: 'When the paid plan renews' },
  { key: 'plan', displayName: 'Plan', type: 'list', options: ['free', 'pro', 'enterprise'] },
  { key: 'newsletter_opt_in', displayName: 'Newsletter opt-in', type: 'boolean' },
  { key: 'website', displayName: 'Website', type: 'link' },
];

const INBOXES: Inbox[] = [
  { id: 'inbox-whatsapp-sales', name: 'WhatsApp Sales', channel: 'whatsapp', canWriteFirst: true },
  { id: 'inbox-email', name: 'Support Email', channel: 'email', canWriteFirst: true },
  { id: 'inbox-calls', name: 'Calls', channel: 'phone', canWriteFirst: true },
  { id: 'inbox-webchat', name: 'Website chat', channel: 'webchat', canWriteFirst: false },
];

const LABEL_COLORS = ['#b45309', '#1d4ed8', '#15803d', '#b91c1c', '#7e22ce', '#0e7490', '#4338ca', '#be185d'];
const FIFTY_LABELS = Array.from({ length: 50 }, (_, index) => `label-${String(index + 1).padStart(2, '0')}`);
const LABELS: Label[] = [
  { name: 'vip', color: '#b45309' },
  { name: 'customer', color: '#15803d' },
  { name: 'billing', color: '#7e22ce' },
  ...FIFTY_LABELS.map((name, index) => ({ name, color: LABEL_COLORS[index % LABEL_COLORS.length]! })),
];

function person(overrides: Partial<Contact> & Pick<Contact, 'id' | 'name'>): Contact {
  return {
    channels: [],
    labels: [],
    attributes: {},
    createdAt: new Date(NOW.getTime() - 400 * DAY),
    lastActivityAt: new Date(NOW.getTime() - 3 * HOUR),
    block: null,
    conversationStatuses: [],
    ...overrides,
  };
}

const OLENA = person({
  id: 'olena',
  name: 'Olena Kovalenko',
  email: 'olena.kovalenko@example.com',
  phone: '+380671234567',
  language: 'uk',
  country: 'UA',
  sourceChannel: 'whatsapp',
  channels: [
    { channel: 'whatsapp', identifier: '+380671234567' },
    { channel: 'telegram', identifier: '@olena_k' },
    { channel: 'email', identifier: 'olena.kovalenko@example.com' },
  ],
  labels: ['vip', 'customer'],
  attributes: {
    company: 'Koval & Partners',
    orders_count: 17,
    renewal_date: '2027-02-01',
    plan: 'pro',
    newsletter_opt_in: true,
    website: 'https://koval.example/',
  },
  conversationStatuses: ['open', 'resolved'],
});

const CONTACTS: Contact[] = [
  OLENA,
  person({ id: 'taras', name: 'Taras Shevchuk', email: 'taras@example.com', phone: '+380501112233', sourceChannel: 'email' }),
  person({ id: 'olena-dup', name: 'O. Kovalenko', phone: '+380671234567', sourceChannel: 'phone' }),
  person({ id: 'olena-dup-2', name: 'Olena K.', email: 'olena.kovalenko@example.com', sourceChannel: 'email' }),
  person({
    id: 'visitor',
    name: 'Website visitor 4821',
    sourceChannel: 'webchat',
    channels: [{ channel: 'webchat', identifier: 'visitor-4821' }],
    lastActivityAt: null,
  }),
  person({
    id: 'blocked-forever',
    name: 'Crypto Deals Bot',
    phone: '+14155552671',
    sourceChannel: 'sms',
    channels: [{ channel: 'sms', identifier: '+14155552671' }],
    block: { until: null, reason: 'Sends spam links to every inbox', blockedAt: new Date(NOW.getTime() - 2 * DAY) },
  }),
  person({
    id: 'blocked-until',
    name: 'Dmytro Hnatiuk',
    phone: '+380931234567',
    email: 'dmytro@example.com',
    channels: [{ channel: 'viber', identifier: '+380931234567' }],
    block: { until: new Date(NOW.getTime() + 3 * DAY), reason: 'Abusive language, cooling off', blockedAt: new Date(NOW.getTime() - HOUR) },
  }),
  person({ id: 'fifty', name: 'Maria García', email: 'maria@example.es', phone: '+34612345678', country: 'ES', labels: FIFTY_LABELS }),
  person({
    id: 'arabic',
    name: 'عبد الرحمن بن محمد بن عبد الله الهاشمي القرشي المكي',
    phone: '+966501234567',
    language: 'ar',
    channels: [{ channel: 'whatsapp', identifier: '+966501234567' }],
    attributes: { company: 'شركة الهاشمي للتجارة والمقاولات العامة' },
  }),
  person({
    id: 'chinese',
    name: '欧阳王小明欧阳王小明欧阳王小明欧阳王小明欧阳王小明',
    phone: '+8613812345678',
    email: 'wang.xiaoming.very.long.address@example.com.cn',
    language: 'zh',
    channels: [{ channel: 'line', identifier: 'wxm' }],
  }),
];

const CONVERSATIONS: Record<string, ConversationSummary[]> = {
  olena: [
    {
      id: 'conv-3',
      inboxId: 'inbox-whatsapp-sales',
      inboxName: 'WhatsApp Sales',
      channel: 'whatsapp',
      status: 'open',
      lastActivityAt: new Date(NOW.getTime() - 3 * HOUR),
      preview: 'Чи можна змінити адресу доставки на Львів?',
      unreadCount: 2,
    },
    {
      id: 'conv-2',
      inboxId: 'inbox-email',
      inboxName: 'Support Email',
      channel: 'email',
      status: 'resolved',
      lastActivityAt: new Date(NOW.getTime() - 9 * DAY),
      preview: 'Thanks, the invoice is correct now.',
    },
    {
      id: 'conv-1',
      inboxId: 'inbox-calls',
      inboxName: 'Calls',
      channel: 'phone',
      status: 'resolved',
      lastActivityAt: new Date(NOW.getTime() - 40 * DAY),
    },
  ],
};

const NOTES: Record<string, Note[]> = {
  olena: [
    {
      id: 'note-2',
      text: 'Prefers WhatsApp; calls only after 18:00 Kyiv time.',
      author: { id: 'agent-2', name: 'Daniel Brooks' },
      createdAt: new Date(NOW.getTime() - 2 * DAY),
    },
    {
      id: 'note-1',
      text: 'Renewal discussed: wants the annual plan from February.',
      author: { id: 'agent-1', name: 'Olena Marchenko' },
      createdAt: new Date(NOW.getTime() - 30 * DAY),
    },
  ],
};

function source(options: MemorySourceOptions = {}): MemoryContactSource {
  return new MemoryContactSource({
    contacts: CONTACTS,
    conversations: CONVERSATIONS,
    notes: NOTES,
    labels: LABELS,
    attributeDefinitions: DEFINITIONS,
    inboxes: INBOXES,
    now: clock,
    ...options,
  });
}

const SIDEBAR = 'inline-size: 280px; border: 1px solid #8886; border-radius: 8px; overflow: clip';
const PAGE = 'inline-size: min(960px, 100%); border: 1px solid #8886; border-radius: 8px';

function card(
  contactId: string | undefined,
  options: { source?: MemoryContactSource | undefined; width?: string; dir?: 'rtl'; scheme?: 'dark'; mode?: 'create' } = {},
): TemplateResult {
  const data = 'source' in options ? options.source : source();
  const style = `${options.width ?? SIDEBAR}${options.scheme ? `; color-scheme: ${options.scheme}` : ''}`;
  return html`<div dir=${options.dir ?? 'auto'} style=${style}>
    <contact-card .source=${data} contact-id=${ifDefined(contactId)} mode=${options.mode ?? 'view'} .now=${clock}></contact-card>
  </div>`;
}

/** The card inside a story, once it has rendered its contact. */
async function cardIn(canvas: HTMLElement): Promise<{ card: ContactCard; root: ShadowRoot }> {
  const element = canvas.querySelector('contact-card')!;
  for (let i = 0; i < 20 && !element.shadowRoot?.querySelector('.header, .create-form'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { card: element, root: element.shadowRoot! };
}

async function typeInto(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve));
}

const meta: Meta = {
  title: 'Elements/contact-card',
  component: 'contact-card',
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj;

// Where it lives -------------------------------------------------------------------------------

/** Beside a conversation: a 280px sidebar, one column. */
export const Sidebar: Story = { render: () => card('olena') };

/** On a Contacts page: labels, conversations and notes move to a second column. */
export const WidePage: Story = { render: () => card('olena', { width: PAGE }) };

/** Generated demo data (1,000 contacts), the way the demo app shows it. */
export const DemoData: Story = {
  render: () => card('c0001', { source: createDemoSource({ count: 1000, now: clock }), width: PAGE }),
};

/** Inside a provider, the card shows the contact chosen in the panel (here by the buttons). */
export const FollowsPanelSelection: Story = {
  render: () => {
    const data = source();
    const select = (contact: Contact) => (event: Event) =>
      event.target!.dispatchEvent(new CustomEvent('contact-select', { detail: { contact }, bubbles: true, composed: true }));
    return html`<contact-source-provider .source=${data}>
      <p style="display: flex; gap: 0.5rem">
        ${CONTACTS.slice(0, 3).map((contact) => html`<button @click=${select(contact)}>${contact.name}</button>`)}
      </p>
      <div style=${SIDEBAR}><contact-card .now=${clock}></contact-card></div>
    </contact-source-provider>`;
  },
};

// States ----------------------------------------------------------------------------------------

export const Loading: Story = { render: () => card('olena', { source: source({ latency: 10 ** 9 }) }) };

export const NotFound: Story = { render: () => card('nobody') };

export const LoadError: Story = {
  render: () => {
    const data = source();
    data.setFailure('getContact', 'network');
    return card('olena', { source: data });
  },
};

export const NoSource: Story = { render: () => card('olena', { source: undefined }) };

export const NothingSelected: Story = { render: () => card(undefined) };

/** Deleted while shown (here, or in another tab). */
export const Deleted: Story = {
  render: () => card('taras'),
  play: async ({ canvasElement }) => {
    const { card: element } = await cardIn(canvasElement);
    await element.source?.deleteContact('taras');
  },
};

// Contacts ---------------------------------------------------------------------------------------

/** No email, no phone: a prompt to add one; New dialog disabled with the reason. */
export const MissingContactInfo: Story = { render: () => card('visitor') };

export const BlockedForever: Story = { render: () => card('blocked-forever') };

export const BlockedUntil: Story = { render: () => card('blocked-until') };

/** Merge suggestions: same phone, same email. */
export const WithDuplicates: Story = { render: () => card('olena') };

/** 50 labels (shown by `<contact-labels>`). */
export const FiftyLabels: Story = { render: () => card('fifty', { width: PAGE }) };

export const LongArabicName: Story = { render: () => card('arabic', { dir: 'rtl' }) };

export const LongChineseName: Story = { render: () => card('chinese') };

export const RightToLeft: Story = { render: () => card('olena', { dir: 'rtl', width: PAGE }) };

export const Dark: Story = {
  render: () => html`<div style="display: flex; flex-wrap: wrap; gap: 1rem; background: #121316; padding: 1rem">
    ${card('olena', { scheme: 'dark' })} ${card('blocked-until', { scheme: 'dark' })}
  </div>`,
};

/** A source that can only read: no pencils, no actions, no New dialog. */
export const ReadOnly: Story = {
  render: () =>
    card('olena', {
      source: source({
        capabilities: { updateContact: false, deleteContact: false, block: false, merge: false, outboundInboxes: false, duplicates: false },
      }),
    }),
};

// Interactions -----------------------------------------------------------------------------------

export const EditingWithValidationError: Story = {
  render: () => card('olena'),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>("[data-field='email'] [data-action=edit]")!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await typeInto(root, '#field-email-input', 'olena@');
    root.querySelector<HTMLButtonElement>('.editor-save')!.click();
  },
};

/** "This email belongs to Taras Shevchuk", with a link and an offer to merge. */
export const EmailConflict: Story = {
  render: () => card('olena'),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>("[data-field='email'] [data-action=edit]")!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await typeInto(root, '#field-email-input', 'taras@example.com');
    root.querySelector<HTMLButtonElement>('.editor-save')!.click();
  },
};

/** The source refused the save: the old value is back, the editor keeps what was typed. */
export const SaveFailed: Story = {
  render: () => {
    const data = source();
    data.setFailure('updateContact', 'server');
    return card('olena', { source: data });
  },
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>("[data-field='name'] [data-action=edit]")!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await typeInto(root, '#field-name-input', 'Olena Koval-Petrenko');
    root.querySelector<HTMLButtonElement>('.editor-save')!.click();
  },
};

export const AddingAnAttribute: Story = {
  render: () => card('taras'),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>('#add-attribute-button')!.click();
  },
};

export const ActionsMenu: Story = {
  render: () => card('olena'),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>('#actions-button')!.click();
  },
};

export const NewDialogMenu: Story = {
  render: () => card('olena'),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>('#new-dialog-button')!.click();
  },
};

export const NoInboxMayWriteFirst: Story = {
  render: () => card('taras', { source: source({ inboxes: INBOXES.filter((inbox) => !inbox.canWriteFirst) }) }),
};

export const DeleteConfirmation: Story = {
  render: () => card('olena'),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    root.querySelector<HTMLButtonElement>('#actions-button')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    root.querySelector<HTMLButtonElement>("[data-item='delete']")!.click();
  },
};

// Creating ---------------------------------------------------------------------------------------

export const Create: Story = { render: () => card(undefined, { mode: 'create', width: PAGE }) };

export const CreateInSidebar: Story = { render: () => card(undefined, { mode: 'create' }) };

export const CreateWithErrors: Story = {
  render: () => card(undefined, { mode: 'create' }),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    await typeInto(root, '#create-phone', '067 123');
    root.querySelector<HTMLButtonElement>('[data-action=create]')!.click();
  },
};

/** The phone as typed, and the E.164 form it will be saved as. */
export const CreateNormalisingPhone: Story = {
  render: () => card(undefined, { mode: 'create' }),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    await typeInto(root, '#create-name', 'Mykola Petrenko');
    await typeInto(root, '#create-phone', '0038 (067) 765-43-21');
  },
};

export const CreateConflict: Story = {
  render: () => card(undefined, { mode: 'create' }),
  play: async ({ canvasElement }) => {
    const { root } = await cardIn(canvasElement);
    await typeInto(root, '#create-name', 'T. Shevchuk');
    await typeInto(root, '#create-email', 'taras@example.com');
    root.querySelector<HTMLButtonElement>('[data-action=create]')!.click();
  },
};
