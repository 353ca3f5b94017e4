/** Contact ids by a key derived from the contact, for conflicts (phone, email) and duplicates (name). */
import type { Contact } from '../../model/contact.js';
import { foldText } from '../../model/search.js';

/** Names that a person would call the same: folded, spaces collapsed, words in any order. */
export function nameKey(name: string): string {
  return foldText(name).split(/\s+/).filter(Boolean).sort().join(' ');
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

const EMPTY_SET: ReadonlySet<string> = new Set();

/**
 * Built on first use (most sessions never ask), then kept up to date. Most keys have one id,
 * kept as a plain string: a Set for each would cost 100,000 objects.
 */
export class Lookup {
  readonly #keyOf: (contact: Contact) => string | undefined;
  #map: Map<string, string | Set<string>> | undefined;

  constructor(keyOf: (contact: Contact) => string | undefined) {
    this.#keyOf = keyOf;
  }

  /** The ids with this key; `contacts` (by row, undefined for free rows) builds the lookup. */
  ids(key: string | undefined, contacts: readonly (Contact | undefined)[]): ReadonlySet<string> {
    if (!this.#map) {
      this.#map = new Map();
      for (const contact of contacts) if (contact) this.add(contact);
    }
    const ids = key ? this.#map.get(key) : undefined;
    return ids === undefined ? EMPTY_SET : typeof ids === 'string' ? new Set([ids]) : ids;
  }

  add(contact: Contact): void {
    const key = this.#map && this.#keyOf(contact);
    if (!key) return;
    const { id } = contact;
    const ids = this.#map!.get(key);
    if (ids === undefined) this.#map!.set(key, id);
    else if (typeof ids === 'string') {
      if (ids !== id) this.#map!.set(key, new Set([ids, id]));
    } else ids.add(id);
  }

  delete(contact: Contact): void {
    const key = this.#map && this.#keyOf(contact);
    if (!key) return;
    const ids = this.#map!.get(key);
    if (ids === contact.id) this.#map!.delete(key);
    else if (typeof ids === 'object') {
      ids.delete(contact.id);
      if (ids.size === 0) this.#map!.delete(key);
    }
  }
}
