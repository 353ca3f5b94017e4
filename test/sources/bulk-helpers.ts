/**
 * Data for the bulk-action and CSV export tests: plain contacts, a memory source, and a memory
 * source that refuses writes to chosen contacts (a test double for a backend that fails for some).
 */
import type { Contact, Label } from '../../src/model/contact.js';
import { SourceError, type SourceErrorKind } from '../../src/sources/errors.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../src/sources/memory/memory-source.js';
import type { BlockRequest, RequestOptions } from '../../src/sources/source.js';

export const NOW = new Date('2026-11-20T12:00:00Z');

export const LABELS: Label[] = [
  { name: 'vip', color: '#b45309' },
  { name: 'lead', color: '#1d4ed8' },
  { name: 'churned', color: '#6b7280' },
];

export function contact(overrides: Partial<Contact> & Pick<Contact, 'id' | 'name'>): Contact {
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

/** `count` contacts `c-001`… named "Person 001"…; every third has the label `lead`. */
export function people(count: number): Contact[] {
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(3, '0');
    return contact({
      id: `c-${n}`,
      name: `Person ${n}`,
      email: `person${n}@example.com`,
      labels: index % 3 === 0 ? ['lead'] : [],
      lastActivityAt: new Date(NOW.getTime() - index * 60_000),
    });
  });
}

export function memorySource(contacts: readonly Contact[], options: MemorySourceOptions = {}): MemoryContactSource {
  return new MemoryContactSource({ contacts, labels: LABELS, now: () => NOW, ...options });
}

/** A memory source whose writes to `failing` ids are refused with `kind`, and that counts writes. */
export class PartlyFailingSource extends MemoryContactSource {
  readonly failing: Map<string, SourceErrorKind>;
  writes = 0;

  constructor(contacts: readonly Contact[], failing: Record<string, SourceErrorKind>, options: MemorySourceOptions = {}) {
    super({ contacts, labels: LABELS, now: () => NOW, ...options });
    this.failing = new Map(Object.entries(failing));
  }

  #check(id: string): void {
    this.writes++;
    const kind = this.failing.get(id);
    if (kind) throw new SourceError(kind, { message: `Refused for ${id}` });
  }

  override async blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact> {
    this.#check(id);
    return super.blockContact(id, block, options);
  }

  override async unblockContact(id: string, options?: RequestOptions): Promise<Contact> {
    this.#check(id);
    return super.unblockContact(id, options);
  }

  override async deleteContact(id: string, options?: RequestOptions): Promise<void> {
    this.#check(id);
    return super.deleteContact(id, options);
  }

  override async setContactLabels(id: string, labels: readonly string[], options?: RequestOptions): Promise<Contact> {
    this.#check(id);
    return super.setContactLabels(id, labels, options);
  }
}

/** Every contact the source holds, by id. */
export async function allContacts(source: MemoryContactSource): Promise<Map<string, Contact>> {
  const page = await source.listContacts({}, { size: 1000 });
  return new Map(page.items.map((item) => [item.id, item]));
}
