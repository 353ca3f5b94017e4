/**
 * `<merge-dialog>` in every state the issue names: choosing the other record (suggestions,
 * search), the preview with and without conflicting fields, after a swap, pending, error, and
 * the sources that cannot do everything (no field picks, no suggestions, no merging).
 *
 * In a story's own canvas the dialog opens by itself; on the Docs page, press its button (a
 * page full of open modal dialogs would be unusable).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MergeDialog } from '../src/merge-dialog.js';
import '../src/merge-dialog.js';
import type { AttributeDefinition, Contact, ConversationSummary, Note } from '../src/model/contact.js';
import type { Capabilities } from '../src/sources/source.js';
import { MemoryContactSource } from '../src/sources/memory.js';

const at = (iso: string) => new Date(iso);

function contact(fields: Partial<Contact> & Pick<Contact, 'id' | 'name'>): Contact {
  return {
    channels: [],
    labels: [],
    attributes: {},
    createdAt: at('2025-03-02T09:00:00Z'),
    lastActivityAt: at('2026-11-20T09:00:00Z'),
    block: null,
    conversationStatuses: [],
    ...fields,
  };
}

/** Olena on WhatsApp (the one being viewed), by email, and her namesake on Telegram. */
const CONTACTS: readonly Contact[] = [
  contact({
    id: 'olena',
    name: 'Olena Kovalenko',
    email: 'olena@example.com',
    phone: '+380671234567',
    language: 'uk',
    labels: ['vip'],
    channels: [{ channel: 'whatsapp', identifier: '+380671234567' }],
    attributes: { company: 'Acme', plan: 'pro' },
  }),
  contact({
    id: 'olena-mail',
    name: 'Olena K.',
    email: 'o.kovalenko@mail.example',
    phone: '+380671234567',
    country: 'UA',
    labels: ['customer'],
    channels: [{ channel: 'email', identifier: 'o.kovalenko@mail.example' }],
    attributes: { company: 'Acme Ltd', seats: 5, renewal: '2027-01-31' },
  }),
  contact({
    id: 'olena-tg',
    name: 'Olena Kovalenko',
    channels: [{ channel: 'telegram', identifier: '@olenak' }],
    attributes: { plan: 'pro' },
  }),
  contact({ id: 'olga', name: 'Olga Bondar', email: 'olga@example.com' }),
  contact({ id: 'oleh', name: 'Oleh Marchenko', phone: '+380501112233' }),
];

const DEFINITIONS: readonly AttributeDefinition[] = [
  { key: 'company', displayName: 'Company', type: 'text' },
  { key: 'plan', displayName: 'Plan', type: 'list', options: ['free', 'pro', 'enterprise'] },
  { key: 'seats', displayName: 'Seats', type: 'number' },
  { key: 'renewal', displayName: 'Renewal date', type: 'date' },
];

const conversation = (id: string): ConversationSummary => ({
  id,
  inboxId: 'support-email',
  inboxName: 'Support email',
  channel: 'email',
  status: 'resolved',
  lastActivityAt: at('2026-11-01T10:00:00Z'),
});
const note = (id: string): Note => ({ id, text: `Called back (${id})`, createdAt: at('2026-11-02T10:00:00Z') });

interface Scenario {
  /** The other record, known from the start (two contacts selected in the list). */
  readonly other?: string;
  readonly capabilities?: Partial<Capabilities>;
  readonly prepare?: (source: MemoryContactSource) => void;
}

function render(scenario: Scenario = {}) {
  const source = new MemoryContactSource({
    contacts: CONTACTS,
    attributeDefinitions: DEFINITIONS,
    labels: [
      { name: 'vip', color: '#7c3aed' },
      { name: 'customer', color: '#16a34a' },
    ],
    conversations: {
      'olena-mail': [conversation('m1'), conversation('m2'), conversation('m3')],
      olena: [conversation('w1')],
    },
    notes: { 'olena-mail': [note('n1'), note('n2')] },
    capabilities: scenario.capabilities ?? {},
  });
  scenario.prepare?.(source);
  const open = (event: Event) =>
    ((event.currentTarget as HTMLElement).nextElementSibling as MergeDialog).show();
  return html`
    <button type="button" @click=${open}>Open the merge dialog</button>
    <merge-dialog
      .source=${source}
      .contact=${CONTACTS[0]}
      .otherContact=${CONTACTS.find((candidate) => candidate.id === scenario.other)}
    ></merge-dialog>
  `;
}

/** Opens the dialog (in the story's own canvas) and then does what the story shows. */
function play(then?: (root: ShadowRoot, dialog: MergeDialog) => Promise<void> | void) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const dialog = canvasElement.querySelector('merge-dialog')!;
    await dialog.show();
    await settle(dialog);
    await then?.(dialog.shadowRoot!, dialog);
    await settle(dialog);
  };
}

async function settle(dialog: MergeDialog): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await dialog.updateComplete;
  }
}

function confirm(root: ShadowRoot) {
  root.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
}

const meta: Meta = {
  title: 'Elements/merge-dialog',
  component: 'merge-dialog',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** Opened with one contact: likely duplicates first, then a search over all contacts. */
export const WithSuggestions: Story = { render: () => render(), play: play() };

/** Typing in the search: results in a listbox, the contact herself left out. */
export const Searching: Story = {
  render: () => render(),
  play: play(async (root, dialog) => {
    const input = root.querySelector<HTMLInputElement>('[role="combobox"]')!;
    input.focus();
    input.value = 'ol';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await dialog.updateComplete;
  }),
};

export const NoSuggestionsFromTheSource: Story = { render: () => render({ capabilities: { duplicates: false } }), play: play() };

/** Two records that differ in name, email and company: the agent picks what survives. */
export const WithConflicts: Story = { render: () => render({ other: 'olena-mail' }), play: play() };

/** Nothing differs: the preview only shows what the kept record will hold. */
export const WithoutConflicts: Story = { render: () => render({ other: 'olena-tg' }), play: play() };

/** The other record kept instead, with one value picked from each side. */
export const Swapped: Story = {
  render: () => render({ other: 'olena-mail' }),
  play: play((root) => {
    root.querySelector<HTMLInputElement>('input[name="pick-email"][value="olena"]')!.click();
    root.querySelector<HTMLButtonElement>('.swap')!.click();
  }),
};

/** A source that cannot honour picks: the kept record's values win, and a note says so. */
export const NoFieldChoices: Story = {
  render: () => render({ other: 'olena-mail', capabilities: { mergeFieldChoices: false } }),
  play: play(),
};

export const Pending: Story = {
  render: () => render({ other: 'olena-mail' }),
  play: play((root, dialog) => {
    // The preview's reads are answered; then the source slows down for the merge itself.
    (dialog.source as MemoryContactSource).setLatency(1_000_000_000);
    confirm(root);
  }),
};

export const Failed: Story = {
  name: 'Error',
  render: () => render({ other: 'olena-mail', prepare: (source) => source.setFailure('mergeContacts', 'server') }),
  play: play((root) => {
    root.querySelector<HTMLInputElement>('input[name="pick-name"][value="olena-mail"]')!.click();
    confirm(root);
  }),
};

export const MergingUnsupported: Story = { render: () => render({ capabilities: { merge: false } }), play: play() };
