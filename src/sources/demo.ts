/**
 * Entry point `contact-elements/sources/demo.js`: a memory source filled with generated,
 * realistic contacts, for demos, stories and trying the elements without a backend.
 */
import { generateDataset } from './fake-data.js';
import { MemoryContactSource, type MemorySourceOptions } from './memory/memory-source.js';

export interface DemoSourceOptions extends Omit<MemorySourceOptions, 'contacts'> {
  /** How many contacts to generate (default 1,000). */
  readonly count?: number;
  /** Same seed, same contacts (default 1). */
  readonly seed?: number;
}

export function createDemoSource(options: DemoSourceOptions = {}): MemoryContactSource {
  const { count = 1000, seed = 1, ...rest } = options;
  const dataset = generateDataset({ count, seed, ...(rest.now ? { now: rest.now() } : {}) });
  return new MemoryContactSource({
    contacts: dataset.contacts,
    labels: dataset.labels,
    attributeDefinitions: dataset.attributeDefinitions,
    inboxes: dataset.inboxes,
    conversations: dataset.conversationsOf,
    notes: dataset.notesOf,
    ...rest,
  });
}
