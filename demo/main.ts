/**
 * The demo: the library's elements in the two places a host puts them, on the embedded
 * in-memory data (no backend) or over HTTP against the reference server.
 *
 * - Contacts: a full Contacts page, `<contact-filter>` + `<contact-list>` + `<contact-card>` in
 *   one `<contact-source-provider>`, wired with no code (the provider carries the query and
 *   the selection).
 * - Conversation: an agent's conversation screen, with `<contact-card>` as a 300px sidebar
 *   beside a mock conversation.
 *
 * Settings live in the URL, so a reload or a shared link keeps them:
 *   ?screen=conversation  the conversation screen (default: contacts)
 *   ?count=100000         how many generated contacts (default 1,000)
 *   ?latency=300          simulated backend latency in ms, to see loading states
 *   ?data=rest            the same UI over real HTTP, against the reference server (`npm run
 *                         server`, or `npm run start:rest` for both); `&api=<url>` for another
 *   ?lang=uk              en, uk or es
 *   ?dir=rtl              right-to-left layout
 *   ?scheme=dark          light, dark or system
 *   ?wiring=events        the Contacts page wired by hand with events (default: provider, no code)
 */
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import '../src/index.js';
import type { ContactCard } from '../src/contact-card.js';
import type { ContactList } from '../src/contact-list.js';
import type { ContactEventName } from '../src/elements/events.js';
import { allLocales, setContactLocale } from '../src/i18n/localization.js';
import type { Contact, ConversationSummary } from '../src/model/contact.js';
import { createDemoSource } from '../src/sources/demo.js';
import { RestContactSource } from '../src/sources/rest.js';
import type { ContactSource } from '../src/sources/source.js';

const SCREENS = ['contacts', 'conversation'] as const;
type Screen = (typeof SCREENS)[number];
const DATA = ['memory', 'rest'] as const;
type DataMode = (typeof DATA)[number];
const COUNTS = [0, 50, 1000, 10_000, 100_000] as const;
const SCHEMES = ['system', 'light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
const WIRINGS = ['provider', 'events'] as const;
type Wiring = (typeof WIRINGS)[number];
const DEFAULT_API = 'http://127.0.0.1:8787/api';

/** Every event a host can listen to, shown in the demo's event log. */
const LOGGED_EVENTS: readonly ContactEventName[] = [
  'contact-select',
  'contact-query-change',
  'contact-columns-change',
  'contact-create-request',
  'contact-create-cancel',
  'contact-created',
  'contact-updated',
  'contact-deleted',
  'contact-blocked',
  'contact-unblocked',
  'contact-merged',
  'contact-new-dialog',
  'contact-conversation-open',
  'contact-labels-changed',
  'contact-note-added',
  'contact-note-deleted',
  'contact-block-request',
  'contact-merge-request',
  'contact-delete-request',
];

interface DemoSettings {
  screen: Screen;
  data: DataMode;
  api: string;
  count: number;
  latency: number;
  lang: string;
  dir: 'ltr' | 'rtl';
  scheme: Scheme;
  wiring: Wiring;
}

function readSettings(): DemoSettings {
  const params = new URLSearchParams(location.search);
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isFinite(value) && value >= 0 ? value : fallback;
  };
  const oneOf = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const value = params.get(name);
    return options.includes(value as T) ? (value as T) : fallback;
  };
  return {
    screen: oneOf('screen', SCREENS, 'contacts'),
    data: oneOf('data', DATA, 'memory'),
    api: params.get('api') ?? DEFAULT_API,
    count: number('count', 1000),
    latency: number('latency', 0),
    lang: params.get('lang') ?? 'en',
    dir: oneOf('dir', ['ltr', 'rtl'] as const, 'ltr'),
    scheme: oneOf('scheme', SCHEMES, 'system'),
    wiring: oneOf('wiring', WIRINGS, 'provider'),
  };
}

/** The URL with one setting changed, everything else kept (the filter's query too). */
function urlWith(name: keyof DemoSettings, value: string | number): string {
  const url = new URL(location.href);
  url.searchParams.set(name, String(value));
  return url.href;
}

interface LoggedEvent {
  readonly id: number;
  readonly type: string;
  readonly summary: string;
}

/** A line about an event's detail, for the log: names are customer data, shown as text. */
function summarize(event: Event): string {
  const detail = (event as CustomEvent<Record<string, unknown>>).detail ?? {};
  const contact = detail['contact'] as Contact | undefined;
  const parts: string[] = [];
  if (contact) parts.push(contact.name || contact.id);
  if ('query' in detail) parts.push(JSON.stringify(detail['query']));
  if ('columns' in detail) parts.push(String(detail['columns']));
  if ('removedId' in detail) parts.push(`removed ${String(detail['removedId'])}`);
  if ('inbox' in detail) parts.push(`via ${(detail['inbox'] as { name: string }).name}`);
  if ('action' in detail) parts.push(String(detail['action']));
  if (event.defaultPrevented) parts.push('(handled by the host)');
  return parts.join(' · ');
}

@customElement('demo-app')
export class DemoApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      block-size: 100dvh;
      --line: light-dark(#dde1e7, #353a43);
      --muted: light-dark(#5a6270, #a3abb8);
      --panel: light-dark(#ffffff, #1b1d21);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.5rem 1rem;
      border-block-end: 1px solid var(--line);
      background: var(--panel);
    }
    h1 {
      margin: 0;
      font-size: 1.125rem;
    }
    nav {
      display: flex;
      gap: 0.25rem;
      margin-inline-end: auto;
    }
    nav a {
      padding: 0.25rem 0.75rem;
      border-radius: 999px;
      color: inherit;
      text-decoration: none;
    }
    nav a[aria-current='page'] {
      background: light-dark(#e6efff, #1e3357);
      font-weight: 600;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      font-size: 0.875rem;
    }
    .summary {
      font-size: 0.875rem;
      color: var(--muted);
    }
    contact-source-provider {
      min-block-size: 0;
    }
    .contacts {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(18rem, 22rem);
      grid-template-rows: auto minmax(0, 1fr);
      gap: 0.75rem;
      padding: 0.75rem;
      block-size: 100%;
      box-sizing: border-box;
    }
    .contacts contact-filter {
      grid-column: 1 / -1;
    }
    .contacts contact-list,
    .contacts contact-card {
      min-block-size: 0;
    }
    /* The list fills its grid row (its own default is 32rem high). */
    .contacts contact-list {
      block-size: auto;
    }
    .contacts contact-card,
    .conversation contact-card {
      overflow: auto;
    }
    .conversation {
      display: grid;
      grid-template-columns: 16rem minmax(0, 1fr) 300px;
      block-size: 100%;
    }
    .inbox,
    .thread {
      display: flex;
      flex-direction: column;
      min-block-size: 0;
      border-inline-end: 1px solid var(--line);
    }
    .inbox ul {
      margin: 0;
      padding: 0;
      list-style: none;
      overflow: auto;
    }
    .inbox button {
      display: block;
      inline-size: 100%;
      padding: 0.625rem 0.75rem;
      border: 0;
      border-block-end: 1px solid var(--line);
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .inbox button[aria-current='true'] {
      background: light-dark(#e6efff, #1e3357);
    }
    .inbox .preview,
    .message .meta {
      display: block;
      overflow: hidden;
      color: var(--muted);
      font-size: 0.8125rem;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    h2 {
      margin: 0;
      padding: 0.75rem;
      border-block-end: 1px solid var(--line);
      font-size: 1rem;
    }
    .messages {
      display: flex;
      flex: 1;
      flex-direction: column;
      gap: 0.5rem;
      padding: 1rem;
      overflow: auto;
    }
    .message {
      max-inline-size: 70%;
      padding: 0.5rem 0.75rem;
      border-radius: 0.75rem;
      background: var(--panel);
    }
    .message .text {
      white-space: pre-wrap;
    }
    .message.agent {
      align-self: flex-end;
      background: light-dark(#dbe8ff, #23406e);
    }
    .composer {
      display: flex;
      gap: 0.5rem;
      padding: 0.75rem;
      border-block-start: 1px solid var(--line);
    }
    .composer input {
      flex: 1;
    }
    .toast {
      position: fixed;
      inset-block-end: 1rem;
      inset-inline-start: 50%;
      translate: -50% 0;
      padding: 0.5rem 1rem;
      border-radius: 0.5rem;
      background: light-dark(#1b1d21, #eceef2);
      color: light-dark(#ffffff, #1b1d21);
    }
    details.log {
      position: fixed;
      inset-block-end: 0.5rem;
      inset-inline-end: 0.5rem;
      max-inline-size: min(32rem, 90vw);
      padding: 0.25rem 0.75rem;
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      background: var(--panel);
      font-size: 0.8125rem;
    }
    details.log ol {
      max-block-size: 14rem;
      margin: 0;
      padding-inline-start: 1.25rem;
      overflow: auto;
    }
    details.log code {
      font-weight: 600;
    }
    @media (max-width: 56rem) {
      .contacts,
      .conversation {
        grid-template-columns: 1fr;
        grid-template-rows: auto;
        block-size: auto;
      }
    }
  `;

  readonly #settings = readSettings();
  @state() private source: ContactSource | undefined;
  @state() private sourceInfo = '';
  @state() private events: readonly LoggedEvent[] = [];
  @state() private toast = '';
  /** Conversation screen: the open conversations on the left, and the one being shown. */
  @state() private inbox: readonly Contact[] = [];
  @state() private current: Contact | undefined;
  @state() private thread: readonly ConversationSummary[] = [];

  @query('contact-card') private card!: ContactCard;
  @query('contact-list') private list!: ContactList;

  #eventCount = 0;
  #toastTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    for (const type of LOGGED_EVENTS) this.addEventListener(type, this.#log);
    // The host's side of the elements' requests: open the create form, answer "New dialog".
    this.addEventListener('contact-create-request', (event) => {
      this.card.draft = event.detail.draft;
      this.card.mode = 'create';
    });
    this.addEventListener('contact-new-dialog', (event) => {
      event.preventDefault();
      this.#showToast(`A real app opens its composer now: ${event.detail.inbox.name} → ${event.detail.contact.name}`);
    });
    this.addEventListener('contact-conversation-open', (event) => {
      this.#showToast(`A real app opens conversation ${event.detail.conversation.id} now`);
    });
    void this.#connect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = document.documentElement;
    root.dir = this.#settings.dir;
    root.lang = this.#settings.lang;
    root.style.colorScheme = this.#settings.scheme === 'system' ? 'light dark' : this.#settings.scheme;
    void setContactLocale(this.#settings.lang);
  }

  override render() {
    const s = this.#settings;
    return html`
      <header>
        <h1>contact-elements</h1>
        <nav aria-label="Screens">
          ${SCREENS.map(
            (screen) =>
              html`<a href=${urlWith('screen', screen)} aria-current=${screen === s.screen ? 'page' : 'false'}
                >${screen === 'contacts' ? 'Contacts' : 'Conversation'}</a
              >`,
          )}
        </nav>
        <span class="summary" role="status">${this.sourceInfo}</span>
        ${this.#select('data', 'Data', DATA, s.data)}
        ${s.data === 'memory'
          ? html`${this.#select('count', 'Contacts', COUNTS, s.count)}
            ${this.#select('latency', 'Latency', [0, 300, 1500], s.latency, (v) => `${v} ms`)}`
          : nothing}
        ${this.#select('lang', 'Language', allLocales, s.lang)} ${this.#select('dir', 'Direction', ['ltr', 'rtl'], s.dir)}
        ${this.#select('scheme', 'Theme', SCHEMES, s.scheme)}
        ${s.screen === 'contacts' ? this.#select('wiring', 'Wiring', WIRINGS, s.wiring) : nothing}
      </header>
      ${s.screen === 'contacts' && s.wiring === 'events'
        ? this.#renderContactsWiredByHand()
        : html`<contact-source-provider .source=${this.source}>
            ${s.screen === 'contacts' ? this.#renderContacts() : this.#renderConversation()}
          </contact-source-provider>`}
      ${this.toast ? html`<div class="toast" role="status">${this.toast}</div>` : nothing} ${this.#renderLog()}
    `;
  }

  /** No wiring code: the provider hands the filter's query to the list, the list's selection to the card. */
  #renderContacts() {
    return html`<main class="contacts">
      <contact-filter sync-url></contact-filter>
      <contact-list></contact-list>
      <contact-card
        @contact-created=${() => (this.card.mode = 'view')}
        @contact-create-cancel=${() => (this.card.mode = 'view')}
      ></contact-card>
    </main>`;
  }

  /**
   * The same page for a host that keeps the query and the selection itself: each element gets
   * the source, and three listeners connect them.
   */
  #renderContactsWiredByHand() {
    return html`<main class="contacts">
      <contact-filter
        sync-url
        .source=${this.source}
        @contact-query-change=${(event: HTMLElementEventMap['contact-query-change']) => (this.list.query = event.detail.query)}
      ></contact-filter>
      <contact-list
        .source=${this.source}
        @contact-select=${(event: HTMLElementEventMap['contact-select']) => (this.card.contact = event.detail.contact)}
      ></contact-list>
      <contact-card
        .source=${this.source}
        @contact-created=${() => (this.card.mode = 'view')}
        @contact-create-cancel=${() => (this.card.mode = 'view')}
      ></contact-card>
    </main>`;
  }

  #renderConversation() {
    const contact = this.current;
    const latest = this.thread[0];
    return html`<main class="conversation">
      <section class="inbox" aria-labelledby="inbox-title">
        <h2 id="inbox-title">Open conversations</h2>
        <ul>
          ${this.inbox.map(
            (item) =>
              html`<li>
                <button aria-current=${item.id === contact?.id ? 'true' : 'false'} @click=${() => this.#open(item)}>
                  ${item.name}<span class="preview">${item.email ?? item.phone ?? ''}</span>
                </button>
              </li>`,
          )}
        </ul>
      </section>
      <section class="thread" aria-labelledby="thread-title">
        <h2 id="thread-title">${contact ? contact.name : 'No conversation open'}</h2>
        <div class="messages">
          ${latest
            ? html`<p class="message customer"
                  ><span class="text">${latest.preview ?? '…'}</span
                  ><span class="meta">${latest.inboxName} · ${latest.channel}</span></p
                >
                <p class="message agent"><span class="text">Thanks for writing! Let me check that for you.</span></p>`
            : nothing}
        </div>
        <form class="composer" @submit=${(event: Event) => event.preventDefault()}>
          <input aria-label="Reply (a mock composer)" placeholder="Reply…" />
          <button>Send</button>
        </form>
      </section>
      <contact-card contact-id=${contact?.id ?? ''}></contact-card>
    </main>`;
  }

  #renderLog() {
    return html`<details class="log">
      <summary>Events the host received (${this.#eventCount})</summary>
      <ol reversed>
        ${this.events.map((event) => html`<li><code>${event.type}</code> ${event.summary}</li>`)}
      </ol>
    </details>`;
  }

  #select<T extends string | number>(
    name: keyof DemoSettings,
    label: string,
    options: readonly T[],
    current: T,
    text: (value: T) => string = String,
  ) {
    return html`<label
      >${label}
      <select @change=${(event: Event) => location.assign(urlWith(name, (event.target as HTMLSelectElement).value))}>
        ${options.map((option) => html`<option value=${option} ?selected=${option === current}>${text(option)}</option>`)}
      </select></label
    >`;
  }

  async #connect(): Promise<void> {
    const { data, api, count, latency } = this.#settings;
    if (data === 'memory') {
      const source = createDemoSource({ count, ...(latency ? { latency: { min: latency / 2, max: latency } } : {}) });
      this.source = source;
      this.sourceInfo = `${source.size.toLocaleString()} contacts, in memory`;
    } else {
      try {
        this.source = await RestContactSource.connect({ baseUrl: api });
        this.sourceInfo = `REST API at ${api}`;
      } catch {
        this.sourceInfo = `No reference server at ${api}: start it with "npm run server".`;
        return;
      }
    }
    if (this.#settings.screen === 'conversation') await this.#loadInbox();
  }

  /** The conversation screen's mock inbox: recent contacts with an open conversation. */
  async #loadInbox(): Promise<void> {
    const page = await this.source!.listContacts(
      { conditions: [{ field: 'conversationStatus', operator: 'any-of', value: ['open'] }] },
      { size: 15 },
    );
    this.inbox = page.items;
    if (page.items[0]) await this.#open(page.items[0]);
  }

  async #open(contact: Contact): Promise<void> {
    this.current = contact;
    this.thread = await this.source!.listConversations(contact.id);
  }

  #log = (event: Event): void => {
    this.#eventCount += 1;
    // Logged after the event finished, so "handled by the host" shows what the host did.
    queueMicrotask(() => {
      this.events = [{ id: this.#eventCount, type: event.type, summary: summarize(event) }, ...this.events].slice(0, 30);
    });
  };

  #showToast(text: string): void {
    this.toast = text;
    clearTimeout(this.#toastTimer);
    this.#toastTimer = setTimeout(() => (this.toast = ''), 4000);
  }
}
