/**
 * Entry point `contact-elements/sources/fake-data.js`: a deterministic generator of realistic
 * contacts for the demo, stories, tests and benchmarks (100,000 contacts in a fraction of a
 * second). Same options, same data, on every machine.
 *
 * The data is meant to be awkward in the ways real data is: names in many scripts (RTL, CJK),
 * odd names (emoji, markup-like, very long), missing contact info, duplicates, timed, expired and
 * permanent blocks.
 */
import type {
  AttributeDefinition,
  Contact,
  ConversationSummary,
  Inbox,
  Label,
  Note,
} from '../model/contact.js';
import { attributeCatalog, inboxCatalog, inboxesByChannel, labelCatalog } from './fake-data/catalog.js';
import { generateContacts } from './fake-data/contacts.js';
import { CULTURES, type Culture } from './fake-data/cultures.js';
import { conversationsFor, notesFor } from './fake-data/history.js';

export { createRandom } from './fake-data/random.js';

export interface FakeDataOptions {
  /** How many contacts. */
  count: number;
  /** Same seed, same data (default 1). */
  seed?: number;
  /** The moment the data is generated "at" (default 2026-11-20T12:00:00Z, for reproducibility). */
  now?: Date;
}

export interface FakeDataset {
  contacts: Contact[];
  labels: Label[];
  attributeDefinitions: AttributeDefinition[];
  inboxes: Inbox[];
  /** Deterministic per contact id; generated lazily on call (never for all 100k up front). Newest first. */
  conversationsOf(contactId: string): ConversationSummary[];
  /** Deterministic per contact id; lazily generated. Newest first. */
  notesOf(contactId: string): Note[];
}

export const DEFAULT_FAKE_NOW = new Date('2026-11-20T12:00:00Z');

export function generateDataset(options: FakeDataOptions): FakeDataset {
  const { count, seed = 1 } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  const nowMs = (options.now ?? DEFAULT_FAKE_NOW).getTime();
  const inboxes = inboxCatalog();
  const inboxesForChannel = inboxesByChannel(inboxes);
  const { contacts, cultures } = generateContacts(count, seed, nowMs);
  const languageOf = (index: number) => (CULTURES[cultures[index] as number] as Culture).language;
  const originals = contacts.slice();

  /** The index of a generated contact (`c00042` → 41), or -1 for an id it never generated. */
  const indexOf = (id: string): number => {
    const index = Number(id.slice(1)) - 1;
    return Number.isInteger(index) && originals[index]?.id === id ? index : -1;
  };

  return {
    contacts,
    labels: labelCatalog(),
    attributeDefinitions: attributeCatalog(),
    inboxes,
    // Arrow functions: hosts pass these around detached (`conversations: dataset.conversationsOf`).
    conversationsOf: (contactId) => {
      const index = indexOf(contactId);
      if (index < 0) return [];
      return conversationsFor(originals[index] as Contact, index, seed, languageOf(index), inboxesForChannel);
    },
    notesOf: (contactId) => {
      const index = indexOf(contactId);
      if (index < 0) return [];
      return notesFor(originals[index] as Contact, index, seed, languageOf(index), nowMs);
    },
  };
}
