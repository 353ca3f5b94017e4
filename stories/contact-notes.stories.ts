/**
 * `<contact-notes>` in every state: notes newest first, long notes folded, markup shown as text,
 * adding (pending, empty refused, failed with the text kept), the delete confirmation and a
 * failed delete, capability limits, loading, errors, a 280px sidebar and a wide page, right
 * to left, dark, Ukrainian and Spanish, and on the demo data.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/contact-notes.js';
import type { ContactNotes } from '../src/contact-notes.js';
import { setContactLocale } from '../src/i18n/localization.js';
import type { Contact, Note } from '../src/model/contact.js';
import { EMPTY_QUERY } from '../src/model/query.js';
import { createDemoSource } from '../src/sources/demo.js';
import { MemoryContactSource, type MemorySourceOptions } from '../src/sources/memory.js';

const NOW = Date.now();
const HOUR = 3_600_000;

const OLENA: Contact = {
  id: 'olena',
  name: 'Olena Kovalenko',
  channels: [],
  labels: [],
  attributes: {},
  createdAt: new Date('2025-03-02T09:00:00Z'),
  lastActivityAt: null,
  block: null,
  conversationStatuses: [],
};

function note(id: string, text: string, hoursAgo: number, author?: string): Note {
  return { id, text, createdAt: new Date(NOW - hoursAgo * HOUR), ...(author ? { author: { id: author, name: author } } : {}) };
}

const NOTES: Note[] = [
  note('n1', 'Called back: the parcel is with the courier, tracking number sent by email.', 0.4, 'Olena Marchenko'),
  note('n2', 'Prefers WhatsApp over calls.\nDo not call before 10:00.', 26, 'Daniel Brooks'),
  note(
    'n3',
    [
      'Complaint about the March invoice:',
      '- charged twice for the annual plan',
      '- refund promised by billing (ticket #4411)',
      '- asked for a written confirmation',
      '',
      'Follow-up on Friday if billing has not answered.',
      'Customer was polite but firm; offered a 10% discount on renewal, which she accepted on the condition that the refund arrives first.',
      'Escalated to the team lead.',
    ].join('\n'),
    24 * 9,
    'Lucía Fernández',
  ),
  note('n4', 'Imported from the old CRM.', 24 * 400),
];

interface Scenario {
  readonly notes?: Note[];
  readonly options?: MemorySourceOptions;
  readonly prepare?: (source: MemoryContactSource) => void;
  readonly byId?: boolean;
}

function notes(scenario: Scenario = {}): TemplateResult {
  const source = new MemoryContactSource({
    contacts: [OLENA],
    notes: { olena: scenario.notes ?? NOTES },
    agent: { id: 'agent-5', name: 'Mei Chen' },
    latency: 300,
    ...scenario.options,
  });
  scenario.prepare?.(source);
  return html`<contact-notes
    .source=${source}
    .contact=${scenario.byId ? undefined : OLENA}
    contact-id=${scenario.byId ? OLENA.id : ''}
  ></contact-notes>`;
}

function frame(content: TemplateResult, options: { width?: string; dir?: 'rtl'; scheme?: 'dark' } = {}): TemplateResult {
  const dark = options.scheme === 'dark';
  return html`<div
    dir=${options.dir ?? 'ltr'}
    style="inline-size: ${options.width ?? '380px'}; max-inline-size: 100%; padding: 1rem; border: 1px dashed #7b8390; ${dark
      ? 'color-scheme: dark; background: #1b1d21'
      : ''}"
  >
    ${content}
  </div>`;
}

type Step = (el: ContactNotes, root: ShadowRoot) => void | Promise<unknown>;

function play(...steps: Step[]) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('contact-notes')!;
    await waitFor(() => el.shadowRoot!.querySelector('.notes, .empty'));
    for (const step of steps) {
      await step(el, el.shadowRoot!);
      await el.updateComplete;
    }
  };
}

async function waitFor(test: () => unknown): Promise<void> {
  for (let tries = 0; tries < 100 && !test(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
}

const write =
  (text: string): Step =>
  (_el, root) => {
    const box = root.querySelector('textarea')!;
    box.focus();
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  };

const submit: Step = (_el, root) => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
const askToDelete: Step = (_el, root) => root.querySelector<HTMLButtonElement>('.note-delete')!.click();
const confirmDelete: Step = (_el, root) => root.querySelector<HTMLButtonElement>('.confirm-delete')!.click();
const settle: Step = (_el, root) => waitFor(() => root.querySelector('.error-block, .note-confirm .error-block'));

const meta: Meta = {
  title: 'Elements/contact-notes',
  component: 'contact-notes',
  parameters: { layout: 'padded' },
  loaders: [
    async ({ parameters }) => {
      await setContactLocale(parameters['locale'] ?? 'en');
      return {};
    },
  ],
  render: () => frame(notes()),
};
export default meta;
type Story = StoryObj;

/** Newest first; a note without an author; a long note folded behind "Show more". */
export const Default: Story = {};

/** The long note opened. */
export const Expanded: Story = {
  play: play((_el, root) => root.querySelectorAll<HTMLButtonElement>('.note-more')[2]?.click()),
};

/** Adding: the button shows it is busy and the text box is read-only until the source answers. */
export const Adding: Story = {
  render: () =>
    frame(
      notes({
        prepare: (source) => {
          // This add never answers, so the pending state stays on screen.
          source.addNote = () => new Promise(() => {});
        },
      }),
    ),
  play: play(write('Promised a callback tomorrow at 11:00'), submit),
};

/** An empty note is refused with a message next to the box. */
export const EmptyRefused: Story = {
  play: play(write('   '), submit),
};

/** The source failed: the text stays, the error says why, Retry adds it. */
export const AddFailed: Story = {
  render: () => frame(notes({ prepare: (source) => source.setFailure('addNote', 'network') })),
  play: play(write('Wants the invoice in Ukrainian'), submit, settle),
};

/** "Delete this note?" in place of the note's Delete button, focus on Cancel. */
export const ConfirmDelete: Story = {
  play: play(askToDelete),
};

/** Deleting failed: the note stays, the confirmation says why. */
export const DeleteFailed: Story = {
  render: () => frame(notes({ prepare: (source) => source.setFailure('deleteNote', 'server') })),
  play: play(askToDelete, confirmDelete, settle),
};

/** No notes yet. */
export const Empty: Story = {
  render: () => frame(notes({ notes: [] })),
};

/** Markup and scripts in a note are shown as the text they are; line breaks and spaces kept. */
export const UntrustedText: Story = {
  render: () =>
    frame(
      notes({
        notes: [
          note('x1', '<script>alert("x")</script>\n<b>not bold</b> <a href="javascript:alert(1)">not a link</a>', 1, '<img src=x onerror=alert(1)>'),
          note('x2', 'Indented:\n    four spaces\n\ttab', 2, 'Agent'),
          note('x3', 'Averyveryverylongwordwithoutanyspaces'.repeat(6), 3, 'Agent'),
        ],
      }),
    ),
};

/** The source cannot delete notes: no Delete buttons. */
export const CannotDelete: Story = {
  render: () => frame(notes({ options: { capabilities: { deleteNotes: false } } })),
};

/** The source has no notes at all. */
export const Unavailable: Story = {
  render: () => frame(notes({ options: { capabilities: { notes: false } } })),
};

/** Waiting for the source. */
export const Loading: Story = {
  render: () => frame(notes({ options: { latency: 10 * 60_000 } })),
};

/** Loading the notes failed (retryable). */
export const LoadError: Story = {
  render: () => frame(notes({ prepare: (source) => source.setFailure('listNotes', 'timeout') })),
};

/** Loaded by an id that does not exist. */
export const ContactNotFound: Story = {
  render: () => frame(html`<contact-notes contact-id="nobody" .source=${new MemoryContactSource({ contacts: [OLENA] })}></contact-notes>`),
};

/** A 280px sidebar. */
export const Narrow: Story = {
  render: () => frame(notes(), { width: '280px' }),
};

/** A wide page. */
export const Wide: Story = {
  render: () => frame(notes(), { width: '900px' }),
};

/** Right to left, with Arabic and Chinese authors and text. */
export const RightToLeft: Story = {
  render: () =>
    frame(
      notes({
        notes: [
          note('a1', 'اتصلت العميلة بخصوص الفاتورة.\nستتم المتابعة يوم الجمعة.', 2, 'محمد علي'),
          note('a2', '客户希望通过微信联系。', 30, '王小明'),
          note('a3', 'Mixed: الطلب رقم 4411 shipped', 50, 'Daniel Brooks'),
        ],
      }),
      { dir: 'rtl' },
    ),
};

/** The dark scheme, with a confirmation open. */
export const Dark: Story = {
  render: () => frame(notes(), { scheme: 'dark' }),
  play: play(askToDelete),
};

export const Ukrainian: Story = {
  parameters: { locale: 'uk' },
  play: play(askToDelete),
};

export const Spanish: Story = {
  parameters: { locale: 'es' },
  play: play(write(' '), submit),
};

/** On the demo data: a generated contact's notes. */
export const DemoData: Story = {
  loaders: [
    async () => {
      const source = createDemoSource({ count: 200, seed: 3, latency: 200 });
      const page = await source.listContacts(EMPTY_QUERY, { size: 200 });
      for (const item of page.items) if ((await source.listNotes(item.id)).length >= 2) return { source, contact: item };
      return { source, contact: page.items[0] };
    },
  ],
  render: (_args, { loaded }) => frame(html`<contact-notes .source=${loaded['source']} .contact=${loaded['contact']}></contact-notes>`),
};
