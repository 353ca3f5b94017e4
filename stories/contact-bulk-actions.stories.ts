/**
 * `<contact-bulk-actions>`, the bulk-action bar `<contact-list>` shows over its rows while
 * contacts are selected: idle with a selection, "all matching", running with progress (a slow
 * source), a partial failure report, merge available, a source that can do less, narrow, right
 * to left and dark, Ukrainian.
 *
 * Data: 200 generated contacts (`createDemoSource`), the same on every run.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { type ContactBulkActions, defineBulkActions } from '../src/elements/contact-list/bulk-actions.js';
import { setContactLocale } from '../src/i18n/localization.js';
import type { Contact } from '../src/model/contact.js';
import type { BulkTarget } from '../src/sources/bulk.js';
import { createDemoSource } from '../src/sources/demo.js';
import { SourceError } from '../src/sources/errors.js';
import { MemoryContactSource } from '../src/sources/memory.js';
import type { BlockRequest, Capabilities, RequestOptions } from '../src/sources/source.js';

defineBulkActions();

const NOW = new Date('2026-11-22T12:00:00Z');

interface Scenario {
  /** How many of the first contacts are selected (an ids target). */
  readonly selected?: number;
  /** Select "all matching" (a query target) instead. */
  readonly all?: boolean;
  readonly capabilities?: Partial<Capabilities>;
  /** Simulated time per call, ms. */
  readonly latency?: number;
  /** Writes to every n-th selected contact fail. */
  readonly failEvery?: number;
  readonly width?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly scheme?: 'light' | 'dark';
}

/** The demo source, refusing writes to some contacts (as a backend might, one by one). */
class PartlyRefusingSource extends MemoryContactSource {
  refused = new Set<string>();

  #check(id: string): void {
    if (this.refused.has(id)) throw new SourceError('forbidden', { message: `Refused for ${id}` });
  }

  override async blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact> {
    this.#check(id);
    return super.blockContact(id, block, options);
  }

  override async unblockContact(id: string, options?: RequestOptions): Promise<Contact> {
    this.#check(id);
    return super.unblockContact(id, options);
  }
}

async function setup(scenario: Scenario) {
  const demo = createDemoSource({ count: 200, now: () => NOW });
  const page = await demo.listContacts({}, { size: 200 });
  const contacts = page.items;
  const source = new PartlyRefusingSource({
    contacts,
    labels: await demo.listLabels(),
    now: () => NOW,
    capabilities: scenario.capabilities ?? {},
    ...(scenario.latency ? { latency: scenario.latency } : {}),
  });
  const selected = contacts.slice(0, scenario.selected ?? 12);
  if (scenario.failEvery) {
    selected.forEach((contact, index) => {
      if (index % scenario.failEvery! === 1) source.refused.add(contact.id);
    });
  }
  const target: BulkTarget = scenario.all ? { query: {} } : { ids: selected.map((contact) => contact.id) };
  return { source, target, selected, count: scenario.all ? contacts.length : selected.length };
}

type Loaded = Awaited<ReturnType<typeof setup>>;

function render(scenario: Scenario = {}): Story['render'] {
  return (_args, context) => {
    const loaded = context.loaded as Loaded;
    return html`<div
    dir=${scenario.dir ?? 'ltr'}
    style="max-inline-size: ${scenario.width ?? '56rem'}; color-scheme: ${scenario.scheme ?? 'light'}; padding: 1rem; background: ${scenario.scheme === 'dark'
      ? '#1b1d21'
      : 'transparent'}"
  >
    <contact-bulk-actions
      .source=${loaded.source}
      .target=${loaded.target}
      .count=${loaded.count}
      .contacts=${loaded.selected}
      .now=${() => NOW}
    ></contact-bulk-actions>
  </div>`;
  };
}

function story(scenario: Scenario, play?: Story['play']): Story {
  return {
    // The locale is global: every story starts in English.
    loaders: [
      async () => {
        await setContactLocale('en');
        return setup(scenario);
      },
    ],
    render: render(scenario),
    ...(play ? { play } : {}),
  };
}

function bar(canvas: HTMLElement): ContactBulkActions {
  return canvas.querySelector('contact-bulk-actions')!;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function press(canvas: HTMLElement, selector: string): Promise<void> {
  const element = bar(canvas);
  await until(() => element.shadowRoot?.querySelector(selector) !== null);
  element.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
}

const meta: Meta = {
  title: 'Elements/contact-list/Bulk actions',
  component: 'contact-bulk-actions',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

/** Twelve contacts selected: every action the demo source allows. */
export const Idle: Story = story({ selected: 12 });

/** "All 200 matching": a query target, resolved page by page when an action starts. */
export const AllMatching: Story = story({ all: true });

/** Blocking 200 contacts on a slow source (150 ms a call): the progress, "n of N", Cancel. */
export const Running: Story = story({ all: true, latency: 150 }, async ({ canvasElement }) => {
  await press(canvasElement, '#block-button');
  await press(canvasElement, '[data-action="confirm-block"]');
});

/** Unblocking twelve contacts, six refused: the report names each one and says why. */
export const PartialFailure: Story = story({ selected: 12, failEvery: 2 }, async ({ canvasElement }) => {
  await press(canvasElement, '[data-action="unblock"]');
});

/** Exactly two selected and loaded: Merge appears (it opens `<merge-dialog>` when defined). */
export const MergeAvailable: Story = story({ selected: 2 });

/** The block form open, on a source without timed blocks: only "forever". */
export const BlockForeverOnly: Story = story({ selected: 5, capabilities: { timedBlock: false } }, async ({ canvasElement }) => {
  await press(canvasElement, '#block-button');
});

/** A source that can neither delete, block nor edit labels: only Export. */
export const LimitedSource: Story = story({ selected: 5, capabilities: { deleteContact: false, block: false, editLabels: false } });

/** The label menu open. */
export const LabelMenu: Story = story({ selected: 5 }, async ({ canvasElement }) => {
  await press(canvasElement, '#add-label-button');
});

/** A 320px sidebar: buttons with an icon show only it. */
export const Narrow: Story = story({ selected: 3, width: '320px' });

/** Right to left, dark. */
export const RightToLeftDark: Story = story({ selected: 3, dir: 'rtl', scheme: 'dark' });

/** Ukrainian. */
export const Ukrainian: Story = {
  ...story({ selected: 3 }),
  loaders: [
    async () => {
      await setContactLocale('uk');
      return setup({ selected: 3 });
    },
  ],
};
