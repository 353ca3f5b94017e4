// A whole ContactSource by hand: the contacts you already have (a JSON endpoint, a spreadsheet
// export), searched, filtered and sorted in the browser by the library's own query evaluator
// (fine for a few thousand contacts). It only reads: the capabilities say so, the elements obey.
import { compareContacts, contactSchema, matchesQuery, type Contact, type ContactQuery } from '../../src/model.js';
import { READ_ONLY_CAPABILITIES, SourceError, throwIfAborted } from '../../src/sources/index.js';
import type { ContactSource, PageRequest, RequestOptions } from '../../src/sources/index.js';

export class SpreadsheetContactSource implements ContactSource {
  readonly capabilities = READ_ONLY_CAPABILITIES;
  #contacts: Promise<Contact[]>;
  /** `load` returns records shaped like `Contact`; a bad one fails the source, never half-drawn. */
  constructor(load: () => Promise<readonly unknown[]>) {
    this.#contacts = load().then((rows) => rows.map((row) => contactSchema.parse(row)))
      .catch((cause) => Promise.reject(new SourceError('server', { message: String(cause), cause })));
  }

  async listContacts(query: ContactQuery, page: PageRequest, options?: RequestOptions) {
    throwIfAborted(options?.signal);
    const all = (await this.#contacts).filter((c) => matchesQuery(c, query)).sort(compareContacts(query.sort));
    const start = Number(page.cursor ?? 0);
    const end = start + page.size;
    return { items: all.slice(start, end), total: all.length, nextCursor: end < all.length ? String(end) : undefined };
  }

  async getContact(id: string) {
    const contact = (await this.#contacts).find((c) => c.id === id);
    if (!contact) throw new SourceError('not-found');
    return contact;
  }

  async listLabels() {
    const names = new Set((await this.#contacts).flatMap((c) => c.labels));
    return [...names].map((name) => ({ name, color: '#64748b' }));
  }

  async listAttributeDefinitions() { return []; }
  async listConversations() { return []; }
  async listNotes() { return []; }
  async listOutboundInboxes() { return []; }

  // Everything else is a write this backend refuses, the way every source refuses: a SourceError.
  createContact = refuse; updateContact = refuse; deleteContact = refuse; blockContact = refuse;
  unblockContact = refuse; mergeContacts = refuse; setContactLabels = refuse; addNote = refuse;
  deleteNote = refuse;
}

async function refuse(..._request: unknown[]): Promise<never> {
  throw new SourceError('forbidden');
}
