/** Shared set-up for the `<contact-filter>` tests: the contract seed in a memory source. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/contact-filter.js';
import type { ContactFilter } from '../../../src/elements/contact-filter/contact-filter.js';
import type { ContactQuery } from '../../../src/model/query.js';
import { MemoryContactSource, type MemorySourceOptions } from '../../../src/sources/memory.js';
import { createContractSeed, SEED_NOW } from '../../sources/contract/seed.js';

export interface FilterSetup {
  readonly query?: ContactQuery;
  readonly syncUrl?: boolean;
  readonly urlPrefix?: string;
  readonly source?: Partial<MemorySourceOptions>;
  /** Inline style of the wrapper (a width, a direction). */
  readonly style?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** False for a source without labels (nothing to wait for). */
  readonly waitForLabels?: boolean;
}

export function seededSource(options: Partial<MemorySourceOptions> = {}): MemoryContactSource {
  const seed = createContractSeed();
  return new MemoryContactSource({
    contacts: seed.contacts,
    labels: seed.labels,
    attributeDefinitions: seed.attributeDefinitions,
    now: () => new Date(SEED_NOW),
    ...options,
  });
}

export async function setup(options: FilterSetup = {}) {
  const source = seededSource(options.source);
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${options.dir ?? 'ltr'} style=${options.style ?? 'inline-size: 48rem'}>
    <contact-filter
      .source=${source}
      .query=${options.query ?? {}}
      ?sync-url=${options.syncUrl ?? false}
      url-prefix=${options.urlPrefix ?? ''}
    ></contact-filter>
  </div>`);
  const el = wrapper.querySelector('contact-filter')!;
  const events: ContactQuery[] = [];
  el.addEventListener('contact-query-change', (event) => events.push(event.detail.query));
  if (options.waitForLabels !== false) await loaded(el);
  else await el.updateComplete;
  return { el, source, events, wrapper, root: el.shadowRoot! };
}

/** Waits until the labels are on screen (the source answered). */
export async function loaded(el: ContactFilter): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.label-toggle'), 'labels shown');
  await el.updateComplete;
}

/** The text a person sees, with runs of white space as one space. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function $(el: ContactFilter, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function $$(el: ContactFilter, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The texts of the condition chips. */
export function chipTexts(el: ContactFilter): string[] {
  return $$(el, '.condition-chip .chip-text').map((chip) => text(chip));
}

/** Waits longer than the typing pause, so a pending change has been applied (or would have been). */
export function afterTypingPause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 350));
}

/**
 * An element in words (`button#segments-button.button…`, or its text when it has no id), for focus assertions: chai would
 * print whole shadow trees on a mismatch of elements, which can take minutes.
 */
export function describeElement(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const classes = [...node.classList].map((name) => `.${name}`).join('');
  const label = node.getAttribute('aria-label') ?? node.getAttribute('data-label') ?? '';
  const words = node.id ? '' : ` "${text(node).slice(0, 40)}"`;
  return `${node.localName}${node.id ? `#${node.id}` : ''}${classes}${label ? `[${label}]` : ''}${words}`;
}

/** What has focus inside the filter, in words. */
export function focusOf(el: Element): string {
  return describeElement(el.shadowRoot!.activeElement);
}
