/**
 * Entry point `contact-elements/sources/demo.js`: a memory source filled with generated,
 * realistic contacts, for demos, stories and trying the elements without a backend.
 */
import { generateDataset, type FakeDataOptions, type FakeDataset } from './fake-data.js';
import { MemoryContactSource, type MemorySourceOptions } from './memory/memory-source.js';

export interface DemoSourceOptions extends Omit<MemorySourceOptions, 'contacts'> {
  /** How many contacts to generate (default 1,000). */
  readonly count?: number;
  /** Same seed, same contacts (default 1). */
  readonly seed?: number;
}

export function createDemoSource(options: DemoSourceOptions = {}): MemoryContactSource {
  const { count = 1000, seed = 1, ...rest } = options;
  return new MemoryContactSource({ ...demoData({ count, seed, ...(rest.now ? { now: rest.now() } : {}) }), ...rest });
}

/**
 * The generated data in the form `MemoryContactSource` takes (the demo source, the reference
 * server, benchmarks and stories all start from it): the same on every machine for the same
 * count and seed.
 */
export function demoData(options: FakeDataOptions): DemoData {
  return sourceDataOf(generateDataset(options));
}

/** A generated dataset in the form `MemoryContactSource` takes. */
export function sourceDataOf(dataset: FakeDataset): DemoData {
  return {
    contacts: dataset.contacts,
    labels: dataset.labels,
    attributeDefinitions: dataset.attributeDefinitions,
    inboxes: dataset.inboxes,
    conversations: dataset.conversationsOf,
    notes: dataset.notesOf,
  };
}

export type DemoData = Required<Pick<MemorySourceOptions, 'contacts' | 'labels' | 'attributeDefinitions' | 'inboxes' | 'conversations' | 'notes'>>;
