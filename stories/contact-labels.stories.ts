/**
 * `<contact-labels>` in every state: labels and suggestions, creating a label (allowed and
 * refused), a refused save rolled back, 50 labels, read-only, loading, errors, a 280px sidebar
 * and a wide page, right to left, dark, Ukrainian and Spanish, and on the demo data.
 *
 * Stories that show an interaction (the open list, a refusal) drive the element in `play`
 * with the same keys a person would press.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/contact-labels.js';
import type { ContactLabels } from '../src/contact-labels.js';
import { setContactLocale } from '../src/i18n/localization.js';
import type { Contact, Label } from '../src/model/contact.js';
import { EMPTY_QUERY } from '../src/model/query.js';
import { createDemoSource } from '../src/sources/demo.js';
import { MemoryContactSource, type MemorySourceOptions } from '../src/sources/memory.js';

const CATALOG: Label[] = [
  { name: 'vip', color: '#b45309', description: 'High-value customer: answer first' },
  { name: 'lead', color: '#1d4ed8', description: 'Interested, not yet bought' },
  { name: 'customer', color: '#15803d', description: 'Has bought at least once' },
  { name: 'churn-risk', color: '#b91c1c' },
  { name: 'billing', color: '#7e22ce', description: 'Open question about invoices or payments' },
  { name: 'support', color: '#0e7490' },
  { name: 'wholesale', color: '#4338ca', description: 'Buys in bulk' },
  { name: 'partner', color: '#be185d' },
  { name: 'Café regular', color: '#3f6212' },
];

function contact(labels: string[], name = 'Olena Kovalenko'): Contact {
  return {
    id: 'olena',
    name,
    channels: [],
    labels,
    attributes: {},
    createdAt: new Date('2025-03-02T09:00:00Z'),
    lastActivityAt: null,
    block: null,
    conversationStatuses: [],
  };
}

interface Scenario {
  readonly labels?: string[];
  readonly catalog?: Label[];
  readonly name?: string;
  readonly options?: MemorySourceOptions;
  readonly prepare?: (source: MemoryContactSource) => void;
  /** Load by id (shows loading and load errors) instead of handing the contact over. */
  readonly byId?: boolean;
  readonly readonly?: boolean;
}

function labels(scenario: Scenario = {}): TemplateResult {
  const person = contact(scenario.labels ?? ['vip', 'lead'], scenario.name);
  const source = new MemoryContactSource({ contacts: [person], labels: scenario.catalog ?? CATALOG, latency: 250, ...scenario.options });
  scenario.prepare?.(source);
  return html`<contact-labels
    .source=${source}
    .contact=${scenario.byId ? undefined : person}
    contact-id=${scenario.byId ? person.id : ''}
    ?readonly=${scenario.readonly ?? false}
  ></contact-labels>`;
}

/** A frame of a given width, direction and scheme (whatever the toolbar says). */
function frame(content: TemplateResult, options: { width?: string; dir?: 'rtl'; scheme?: 'dark' } = {}): TemplateResult {
  const dark = options.scheme === 'dark';
  return html`<div
    dir=${options.dir ?? 'ltr'}
    style="inline-size: ${options.width ?? '360px'}; max-inline-size: 100%; padding: 1rem; border: 1px dashed #7b8390; ${dark
      ? 'color-scheme: dark; background: #1b1d21'
      : ''}"
  >
    ${content}
  </div>`;
}

type Step = (input: HTMLInputElement, el: ContactLabels) => void;

/** Types into the combobox and presses keys, as a person would. */
function play(...steps: Step[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('contact-labels')!;
    // The source answers after 250 ms: wait for the contact and the label list.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await el.updateComplete;
    const input = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    for (const step of steps) {
      step(input(), el);
      await el.updateComplete;
    }
  };
}

const type =
  (text: string): Step =>
  (input) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

const press =
  (key: string, init: KeyboardEventInit = {}): Step =>
  (input) => {
    input.focus();
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init }));
  };

const meta: Meta = {
  title: 'Elements/contact-labels',
  component: 'contact-labels',
  parameters: { layout: 'padded' },
  // One loader picks the story's locale (English unless a story asks), so none leaks into the next.
  loaders: [
    async ({ parameters }) => {
      await setContactLocale(parameters['locale'] ?? 'en');
      return {};
    },
  ],
  render: () => frame(labels()),
};
export default meta;
type Story = StoryObj;

/** Two labels with remove buttons, and the combobox to add more. */
export const Default: Story = {};

/** Down Arrow opens the suggestions on the first one (the active descendant). */
export const Suggestions: Story = {
  play: play(press('ArrowDown'), press('ArrowDown')),
};

/** Typing filters case- and accent-insensitively: "cafe" finds "Café regular". */
export const Typeahead: Story = {
  play: play(type('cafe')),
};

/** A name that is no label: "Create label …" is the last option. */
export const CreateOption: Story = {
  play: play(type('Wholesale 2027')),
};

/** Where the source cannot create labels, Enter on a new name says so (and keeps the text). */
export const CannotCreate: Story = {
  render: () => frame(labels({ options: { capabilities: { createLabels: false } } })),
  play: play(type('Brand new'), press('Enter')),
};

/** Enter on a label the contact already has. */
export const AlreadyHas: Story = {
  play: play(type('VIP'), press('Enter')),
};

/** The source refuses the change: the label rolls back and the error says why, with Retry. */
export const SaveRefused: Story = {
  render: () => frame(labels({ prepare: (source) => source.failNext('setContactLabels', 'server') })),
  play: play(type('billing'), press('Enter')),
};

/** The contact has no labels yet. */
export const Empty: Story = {
  render: () => frame(labels({ labels: [] })),
};

/** Fifty labels: they wrap, and fold behind "Show all (50)". */
export const FiftyLabels: Story = {
  render: () => {
    const many = Array.from({ length: 50 }, (_, n) => ({
      name: `${['VIP', 'Lead', 'Wholesale', 'Renewal', 'Support'][n % 5]} ${n + 1}`,
      color: CATALOG[n % CATALOG.length]!.color,
    }));
    return frame(labels({ labels: many.map((label) => label.name), catalog: many }));
  },
};

/** The source cannot edit labels: chips only. */
export const ReadOnly: Story = {
  render: () => frame(labels({ options: { capabilities: { editLabels: false } } })),
};

/** `readonly` set by the host, although the source could edit. */
export const ReadonlyAttribute: Story = {
  render: () => frame(labels({ readonly: true })),
};

/** Loaded by `contact-id`, waiting for the source. */
export const Loading: Story = {
  render: () => frame(labels({ byId: true, options: { latency: 10 * 60_000 } })),
};

/** Loading the contact failed (retryable). */
export const LoadError: Story = {
  render: () => frame(labels({ byId: true, prepare: (source) => source.setFailure('getContact', 'network') })),
};

/** The label list (colours, suggestions) failed to load; the contact's chips still show. */
export const CatalogError: Story = {
  render: () => frame(labels({ prepare: (source) => source.setFailure('listLabels', 'server') })),
};

/** A 280px sidebar. */
export const Narrow: Story = {
  render: () => frame(labels({ labels: ['vip', 'lead', 'customer', 'churn-risk', 'billing'] }), { width: '280px' }),
};

/** A wide page: the combobox keeps a readable width. */
export const Wide: Story = {
  render: () => frame(labels({ labels: ['vip', 'lead', 'customer', 'churn-risk', 'billing'] }), { width: '900px' }),
};

/** Right to left, with Arabic and Chinese label names. */
export const RightToLeft: Story = {
  render: () => {
    const catalog = [...CATALOG, { name: 'عميل مميز', color: '#b45309' }, { name: 'متابعة', color: '#1d4ed8' }, { name: '批发客户', color: '#15803d' }];
    return frame(labels({ labels: ['عميل مميز', '批发客户', 'vip'], catalog, name: 'محمد علي' }), { dir: 'rtl' });
  },
  play: play(press('ArrowDown')),
};

/** The dark scheme, suggestions open. */
export const Dark: Story = {
  render: () => frame(labels(), { scheme: 'dark' }),
  play: play(press('ArrowDown'), press('ArrowDown')),
};

/** Markup in a label name stays text. */
export const UntrustedNames: Story = {
  render: () => {
    const evil = '<img src=x onerror=alert(1)>';
    return frame(labels({ labels: [evil], catalog: [...CATALOG, { name: evil, color: 'url(javascript:alert(1))' }] }));
  },
};

export const Ukrainian: Story = {
  parameters: { locale: 'uk' },
  render: () => frame(labels({ options: { capabilities: { createLabels: false } } })),
  play: play(type('Нова'), press('Enter')),
};

export const Spanish: Story = {
  parameters: { locale: 'es' },
  play: play(type('Nueva')),
};

/** On the demo data (a generated contact with labels), with the full catalog. */
export const DemoData: Story = {
  loaders: [
    async () => {
      const source = createDemoSource({ count: 200, seed: 7, latency: 200 });
      const page = await source.listContacts(EMPTY_QUERY, { size: 200 });
      return { source, contact: page.items.find((item) => item.labels.length >= 2) ?? page.items[0] };
    },
  ],
  render: (_args, { loaded }) => frame(html`<contact-labels .source=${loaded['source']} .contact=${loaded['contact']}></contact-labels>`),
};
