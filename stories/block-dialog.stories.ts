/**
 * `<block-dialog>` in every state the issue names: each duration with its exact end, a custom
 * time (valid and in the past), pending, error, an already blocked contact, and the sources
 * that cannot do everything (only permanent blocks, no reasons, no blocking at all).
 *
 * The clock is fixed (Tuesday 24 November 2026, 15:20 in Kyiv) so every end shown is the same
 * on every run. In a story's own canvas the dialog opens by itself; on the Docs page, press
 * its button (a page full of open modal dialogs would be unusable).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { BlockDialog } from '../src/block-dialog.js';
import '../src/block-dialog.js';
import type { BlockState, Contact } from '../src/model/contact.js';
import type { Capabilities } from '../src/sources/source.js';
import { MemoryContactSource } from '../src/sources/memory.js';

const NOW = new Date('2026-11-24T13:20:00Z');
const TIME_ZONE = 'Europe/Kyiv';

function olena(block: BlockState | null = null): Contact {
  return {
    id: 'olena',
    name: 'Olena Kovalenko',
    email: 'olena@example.com',
    phone: '+380671234567',
    channels: [{ channel: 'whatsapp', identifier: '+380671234567' }],
    labels: [],
    attributes: {},
    createdAt: new Date('2025-03-02T09:00:00Z'),
    lastActivityAt: new Date('2026-11-23T18:00:00Z'),
    block,
    conversationStatuses: ['open'],
  };
}

interface Scenario {
  readonly block?: BlockState | null;
  readonly capabilities?: Partial<Capabilities>;
  /** Configure the source before the dialog uses it (latency, failures). */
  readonly prepare?: (source: MemoryContactSource) => void;
  /** Load the contact by id instead of handing it over. */
  readonly byId?: boolean;
}

function render(scenario: Scenario = {}) {
  const contact = olena(scenario.block ?? null);
  const source = new MemoryContactSource({ contacts: [contact], now: () => NOW, capabilities: scenario.capabilities ?? {} });
  scenario.prepare?.(source);
  const open = (event: Event) =>
    ((event.currentTarget as HTMLElement).nextElementSibling as BlockDialog).show();
  return html`
    <button type="button" @click=${open}>Open the block dialog</button>
    <block-dialog
      .source=${source}
      .contact=${scenario.byId ? undefined : contact}
      contact-id=${scenario.byId ? contact.id : ''}
      time-zone=${TIME_ZONE}
      .now=${() => NOW}
    ></block-dialog>
  `;
}

/** Opens the dialog (in the story's own canvas) and then does what the story shows. */
function play(then?: (root: ShadowRoot, dialog: BlockDialog) => Promise<void> | void) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const dialog = canvasElement.querySelector('block-dialog')!;
    await dialog.show();
    await dialog.updateComplete;
    await then?.(dialog.shadowRoot!, dialog);
    await dialog.updateComplete;
  };
}

function choose(value: string) {
  return (root: ShadowRoot) => root.querySelector<HTMLInputElement>(`input[name="duration"][value="${value}"]`)!.click();
}

function typeCustomEnd(value: string) {
  return async (root: ShadowRoot, dialog: BlockDialog) => {
    choose('custom')(root);
    await dialog.updateComplete;
    const input = root.querySelector<HTMLInputElement>('#custom-end')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('change'));
  };
}

function confirm(root: ShadowRoot) {
  root.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
}

const meta: Meta = {
  title: 'Elements/block-dialog',
  component: 'block-dialog',
  parameters: { layout: 'padded' },
};
export default meta;

type Story = StoryObj;

export const ForAnHour: Story = { render: () => render(), play: play() };
export const UntilTomorrow: Story = { render: () => render(), play: play(choose('tomorrow')) };
export const UntilNextWeek: Story = { render: () => render(), play: play(choose('next-week')) };
export const UntilNextMonth: Story = { render: () => render(), play: play(choose('next-month')) };
export const Forever: Story = { render: () => render(), play: play(choose('forever')) };
export const CustomTime: Story = { render: () => render(), play: play(typeCustomEnd('2026-12-24T18:30')) };

/** A time that has passed: the error sits next to the field and nothing is sent. */
export const CustomTimeInThePast: Story = {
  render: () => render(),
  play: play(async (root, dialog) => {
    await typeCustomEnd('2026-11-24T09:00')(root, dialog);
    await dialog.updateComplete;
    confirm(root);
  }),
};

/** The source is working: the button is busy and a second press does nothing. */
export const Pending: Story = {
  render: () => render({ prepare: (source) => source.setLatency(1_000_000_000) }),
  play: play(async (root) => {
    choose('tomorrow')(root);
    confirm(root);
  }),
};

/** The source failed: the dialog stays open with the choices and says why. */
export const Failed: Story = {
  name: 'Error',
  render: () => render({ prepare: (source) => source.setFailure('blockContact', 'network') }),
  play: play(async (root, dialog) => {
    choose('next-week')(root);
    const reason = root.querySelector<HTMLTextAreaElement>('#reason')!;
    reason.value = 'Sends links to phishing sites';
    reason.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    confirm(root);
  }),
};

export const AlreadyBlocked: Story = {
  render: () =>
    render({
      block: {
        until: new Date('2026-12-01T10:00:00Z'),
        reason: 'Sent 40 messages an hour, all of them adverts',
        blockedAt: new Date('2026-11-20T08:30:00Z'),
      },
    }),
  play: play(),
};

export const AlreadyBlockedForever: Story = {
  render: () => render({ block: { until: null, blockedAt: new Date('2026-10-02T08:30:00Z') } }),
  play: play(),
};

/** "Set a new duration" on a blocked contact. */
export const ChangingABlock: Story = {
  render: () => render({ block: { until: null, blockedAt: new Date('2026-10-02T08:30:00Z') } }),
  play: play((root) => {
    [...root.querySelectorAll<HTMLButtonElement>('[part="actions"] button')].find((button) => button.textContent?.includes('new duration'))!.click();
  }),
};

/** A source that cannot end blocks at a set time: only "forever", with a note why. */
export const PermanentBlocksOnly: Story = { render: () => render({ capabilities: { timedBlock: false } }), play: play() };

/** A source that keeps no reasons: no reason field. */
export const NoReasons: Story = { render: () => render({ capabilities: { blockReason: false } }), play: play() };

export const BlockingUnsupported: Story = { render: () => render({ capabilities: { block: false } }), play: play() };

/** Opened with `contact-id`: the contact is loaded from a slow source first. */
export const LoadingTheContact: Story = {
  render: () => render({ byId: true, prepare: (source) => source.setLatency(1_000_000_000) }),
  play: play(),
};
