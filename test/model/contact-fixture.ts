/**
 * A small factory for full `Contact` records in model tests. Every required field has a plain
 * default; a test overrides only what it is about. Dates use local constructors so that tests
 * about calendar days hold in any time zone.
 */
import type { AttributeDefinition, Contact } from '../../src/model/contact.js';

let sequence = 0;

/** A complete contact; `id` defaults to a fresh `c<n>`. */
export function makeContact(overrides: Partial<Contact> = {}): Contact {
  sequence += 1;
  return {
    id: `c${sequence}`,
    name: 'Olena Kovalenko',
    channels: [],
    labels: [],
    attributes: {},
    createdAt: new Date(2025, 0, 1, 9, 0, 0),
    lastActivityAt: null,
    block: null,
    conversationStatuses: [],
    ...overrides,
  };
}

/** "Now" for tests that depend on it: 15 January 2026, 12:00 local time. */
export const NOW = new Date(2026, 0, 15, 12, 0, 0);

export const DAY_MS = 86_400_000;

/** Attribute definitions covering every attribute type. */
export const DEFINITIONS: readonly AttributeDefinition[] = [
  { key: 'company', displayName: 'Company', type: 'text' },
  { key: 'seats', displayName: 'Seats', type: 'number' },
  { key: 'renewal', displayName: 'Renewal date', type: 'date' },
  { key: 'plan', displayName: 'Plan', type: 'list', options: ['free', 'pro', 'enterprise'] },
  { key: 'newsletter', displayName: 'Newsletter', type: 'boolean' },
  { key: 'website', displayName: 'Website', type: 'link' },
];

/** Ids of the contacts a predicate keeps, in order. */
export function idsOf(contacts: readonly Contact[], keep: (contact: Contact) => boolean): string[] {
  return contacts.filter(keep).map((contact) => contact.id);
}
