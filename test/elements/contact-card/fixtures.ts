/**
 * A small workspace for the card's tests: a few contacts that cover the card's states, every
 * attribute type, inboxes that may and may not write first, and helpers to render and wait.
 */
import { fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/contact-card.js';
import type { ContactCard } from '../../../src/elements/contact-card/contact-card.js';
import type { AttributeDefinition, Contact, Inbox, Label } from '../../../src/model/contact.js';
import type { ContactSource } from '../../../src/sources/source.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../../src/sources/memory/memory-source.js';

export const NOW = new Date('2026-11-20T12:00:00Z');

export const DEFINITIONS: AttributeDefinition[] = [
  { key: 'company', displayName: 'Company', type: 'text' },
  { key: 'seats', displayName: 'Seats', type: 'number' },
  { key: 'renewal', displayName: 'Renewal date', type: 'date' },
  { key: 'plan', displayName: 'Plan', type: 'list', options: ['free', 'pro', 'enterprise'] },
  { key: 'newsletter', displayName: 'Newsletter', type: 'boolean' },
  { key: 'website', displayName: 'Website', type: 'link' },
];

export const INBOXES: Inbox[] = [
  { id: 'inbox-wa', name: 'WhatsApp Sales', channel: 'whatsapp', canWriteFirst: true },
  { id: 'inbox-email', name: 'Support Email', channel: 'email', canWriteFirst: true },
  { id: 'inbox-chat', name: 'Website chat', channel: 'webchat', canWriteFirst: false },
];

export const LABELS: Label[] = [
  { name: 'vip', color: '#b45309' },
  { name: 'lead', color: '#1d4ed8' },
];

function contact(overrides: Partial<Contact> & Pick<Contact, 'id' | 'name'>): Contact {
  return {
    channels: [],
    labels: [],
    attributes: {},
    createdAt: new Date('2025-03-01T09:00:00Z'),
    lastActivityAt: new Date('2026-11-19T10:00:00Z'),
    block: null,
    conversationStatuses: [],
    ...overrides,
  };
}

export function workspace(): Contact[] {
  return [
    contact({
      id: 'olena',
      name: 'Olena Koval',
      email: 'olena@example.com',
      phone: '+380671234567',
      language: 'uk',
      country: 'UA',
      sourceChannel: 'whatsapp',
      channels: [
        { channel: 'whatsapp', identifier: '+380671234567' },
        { channel: 'email', identifier: 'olena@example.com' },
      ],
      labels: ['vip'],
      attributes: { company: 'Koval & Co', plan: 'pro' },
    }),
    contact({ id: 'taras', name: 'Taras Shevchuk', email: 'taras@example.com', phone: '+380501112233' }),
    contact({ id: 'anon', name: 'Web visitor', channels: [{ channel: 'webchat', identifier: 'visitor-1' }], lastActivityAt: null }),
    contact({
      id: 'blocked',
      name: 'Spam Bot',
      phone: '+14155552671',
      block: { until: null, reason: 'Sends spam', blockedAt: new Date('2026-11-01T00:00:00Z') },
    }),
    // Same phone as Olena: a merge suggestion.
    contact({ id: 'olena2', name: 'O. Koval', phone: '+380671234567' }),
  ];
}

export function makeSource(options: MemorySourceOptions = {}): MemoryContactSource {
  return new MemoryContactSource({
    contacts: workspace(),
    attributeDefinitions: DEFINITIONS,
    inboxes: INBOXES,
    labels: LABELS,
    now: () => NOW,
    ...options,
  });
}

/** Lets pending promises (the source, the card's tasks) settle, then waits for rendering. */
export async function settle(element: { updateComplete: Promise<unknown> }, rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
  }
}

export async function renderCard(template: TemplateResult): Promise<ContactCard> {
  const card = fixtureSync<ContactCard>(template);
  await settle(card);
  return card;
}

/** A card showing `id` from `source`, with the fixed clock. */
export function cardFor(source: ContactSource | undefined, id: string): Promise<ContactCard> {
  return renderCard(html`<contact-card .source=${source} contact-id=${id} .now=${() => NOW}></contact-card>`);
}

export function $(card: ContactCard, selector: string): HTMLElement | null {
  return card.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(card: ContactCard, selector: string): HTMLElement[] {
  return [...card.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The visible text of a piece of the card, whitespace collapsed. */
export function text(element: Node | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Collects the `detail`s of an event fired at or through `target`. */
export function record<T>(target: EventTarget, type: string): T[] {
  const details: T[] = [];
  target.addEventListener(type, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}

/** The element focused inside the card's shadow root. */
export function focused(card: ContactCard): Element | null {
  return card.shadowRoot!.activeElement;
}
