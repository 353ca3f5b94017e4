/** Shared set-up for the `<contact-list>` tests: memory sources, a fixture, what a person sees. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/contact-list.js';
import { DEFAULT_COLUMNS } from '../../../src/elements/contact-list/columns.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import type { Contact } from '../../../src/model/contact.js';
import type { ContactQuery } from '../../../src/model/query.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../../src/sources/memory.js';
import type { ContactSource } from '../../../src/sources/source.js';
import { createContractSeed, SEED_NOW } from '../../sources/contract/seed.js';

export const NOW = new Date(SEED_NOW);

/** The contract seed (32 hand-made contacts, labels, attributes) in a memory source. */
export function seededSource(options: Partial<MemorySourceOptions> = {}): MemoryContactSource {
  const seed = createContractSeed();
  return new MemoryContactSource({
    contacts: seed.contacts,
    labels: seed.labels,
    attributeDefinitions: seed.attributeDefinitions,
    now: () => NOW,
    ...options,
  });
}

/** `count` plain contacts named `Contact 000001`…, quick to make even at 100,000. */
export function manyContacts(count: number): Contact[] {
  const base = Date.parse(SEED_NOW);
  return Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(6, '0');
    return {
      id: `m${n}`,
      name: `Contact ${n}`,
      email: `contact${n}@example.com`,
      channels: [],
      labels: [],
      attributes: {},
      createdAt: new Date(base - (index + 1) * 60_000),
      // Newest first by default: row i is contact i.
      lastActivityAt: new Date(base - index * 60_000),
      block: null,
      conversationStatuses: [],
    };
  });
}

export function bigSource(count: number, options: Partial<MemorySourceOptions> = {}): MemoryContactSource {
  return new MemoryContactSource({ contacts: manyContacts(count), now: () => NOW, ...options });
}

export interface ListSetup {
  readonly source?: ContactSource | undefined;
  readonly query?: ContactQuery;
  readonly columns?: readonly string[];
  /** Inline style of the wrapper (a width, a height, a direction). */
  readonly style?: string;
  /** Wait for the first rows (default true). */
  readonly wait?: boolean;
}

export async function setup(options: ListSetup = {}) {
  const source = 'source' in options ? options.source : seededSource();
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${options.style ?? 'inline-size: 64rem'}>
    <contact-list .source=${source} .query=${options.query ?? {}} .columns=${options.columns ?? DEFAULT_COLUMNS}></contact-list>
  </div>`);
  const el = wrapper.querySelector('contact-list')!;
  if (options.wait !== false) await rowsShown(el);
  return { el, source, wrapper, root: el.shadowRoot! };
}

/** Waits until contact rows are on screen. */
export async function rowsShown(el: ContactList): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.body [role="row"][data-id]'), 'rows shown', { timeout: 5000 });
  await settled(el);
}

/** Waits until the virtualizer has laid its rows out (a scroll set before that is undone). */
export async function settled(el: ContactList): Promise<void> {
  await el.updateComplete;
  // layoutComplete is no help here: it only settles a layout that was pending when asked.
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 250));
  await nextFrame();
}

/** The text a person sees, with runs of white space as one space. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The rendered contact rows, in row order. */
export function rows(el: ContactList): HTMLElement[] {
  return $$(el, '.body [role="row"]').sort((a, b) => Number(a.dataset['row']) - Number(b.dataset['row']));
}

export function row(el: ContactList, id: string): HTMLElement | undefined {
  return el.shadowRoot!.querySelector<HTMLElement>(`.body [role="row"][data-id="${id}"]`) ?? undefined;
}

/** The names on the rendered rows, in order. */
export function names(el: ContactList): string[] {
  return rows(el)
    .filter((r) => r.dataset['id'])
    .map((r) => text(r.querySelector('[data-column="name"] .name')));
}

/** The element with focus inside the list's shadow root. */
export function focused(el: ContactList): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** The aria-rowindex of the row holding the focus. */
export function focusedRowIndex(el: ContactList): number | undefined {
  const r = focused(el)?.closest('[role="row"]');
  return r ? Number(r.getAttribute('aria-rowindex')) : undefined;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
