/**
 * A search combobox over the source's contacts (WAI-ARIA combobox with a listbox popup, list
 * autocomplete, manual selection): type to search, ArrowDown/ArrowUp to move through the
 * results, Enter to choose, Escape to close the results (a second Escape clears the text).
 *
 * A reactive controller rendering into its host's shadow root, so the input and its options
 * share one tree (`aria-activedescendant` only works within one). Each keystroke supersedes
 * the search before it: the previous request is aborted, and requests start only after a
 * short pause in typing, so a fast typist sends one request, not ten.
 */
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber, formatPhone } from '../../i18n/format.js';
import { channelName } from '../../i18n/messages.js';
import type { Contact } from '../../model/contact.js';
import { toSourceError } from '../../sources/errors.js';
import type { ContactSource } from '../../sources/source.js';
import { contactName } from '../modal-dialog/contact-name.js';
import { avatar } from '../shared/avatar.js';
import { sourceErrorBlock } from '../shared/source-error.js';

/** Results shown at most; the search box is for finding one record, not browsing. */
export const SEARCH_RESULTS_MAX = 8;
/** Typing pause before a search is sent, in ms. */
export const SEARCH_DELAY_MS = 200;

export interface ContactSearchOptions {
  readonly source: () => ContactSource | undefined;
  /** The contact that must not be offered (the one being merged). */
  readonly excludeId: () => string | undefined;
  readonly onChoose: (contact: Contact) => void;
  /** Prefix of the ids rendered, unique within the host's shadow root. */
  readonly idPrefix?: string;
}

type SearchArgs = readonly [ContactSource | undefined, string, string | undefined];

export class ContactSearch implements ReactiveController {
  /** The text typed. */
  query = '';

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ContactSearchOptions;
  readonly #task: Task<SearchArgs, readonly Contact[]>;
  /** Whether the results may show (closed by Escape, a choice, leaving the field). */
  #open = false;
  #active = -1;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ContactSearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task<SearchArgs, readonly Contact[]>(host, {
      task: async ([source, query, excludeId], { signal }) => {
        const text = query.trim();
        if (!source || !text) return [];
        await pause(SEARCH_DELAY_MS, signal);
        const page = await source.listContacts({ search: text }, { size: SEARCH_RESULTS_MAX + 1 }, { signal });
        return page.items.filter((contact) => contact.id !== excludeId).slice(0, SEARCH_RESULTS_MAX);
      },
      args: () => [options.source(), this.query, options.excludeId()] as const,
    });
  }

  /** The results of the latest search (kept on screen while the next one runs). */
  get results(): readonly Contact[] {
    return this.query.trim() ? (this.#task.value ?? []) : [];
  }

  get #expanded(): boolean {
    return this.#open && this.results.length > 0;
  }

  /** Forgets the text and the results. */
  reset(): void {
    this.query = '';
    this.#open = false;
    this.#active = -1;
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  render(label: string) {
    const id = this.#options.idPrefix ?? 'search';
    const results = this.results;
    const expanded = this.#expanded;
    const active = expanded && this.#active >= 0 ? `${id}-option-${this.#active}` : undefined;
    const error = this.#task.error === undefined ? undefined : toSourceError(this.#task.error);
    return html`<div class="field combobox">
      <label class="field-label" for="${id}-input">${label}</label>
      <input
        id="${id}-input"
        class="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="${id}-listbox"
        aria-activedescendant=${active ?? nothing}
        aria-describedby="${id}-status"
        .value=${live(this.query)}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
        @blur=${this.#onBlur}
      />
      <ul id="${id}-listbox" class="results" role="listbox" aria-label=${label} ?hidden=${!expanded}>
        ${results.map(
          (contact, index) => html`<li
            id="${id}-option-${index}"
            class="result"
            role="option"
            aria-selected=${index === this.#active ? 'true' : 'false'}
            @pointerdown=${(event: Event) => event.preventDefault()}
            @click=${() => this.#choose(contact)}
          >
            ${avatar(contact, { size: 's', decorative: true })}
            <span class="result-name"><bdi>${contactName(contact)}</bdi></span>
            <span class="result-detail">${contactDetail(contact)}</span>
          </li>`,
        )}
      </ul>
      <p id="${id}-status" class="field-hint search-status" role="status">${this.#statusText()}</p>
      ${sourceErrorBlock(error, { onRetry: () => void this.#task.run() })}
    </div>`;
  }

  #statusText() {
    const text = this.query.trim();
    if (!text) return nothing;
    if (this.#task.status === TaskStatus.PENDING && !this.#task.value?.length) return msg('Searching…', { id: 'contact-search.searching' });
    if (this.#task.error !== undefined) return nothing;
    const count = this.results.length;
    if (count === 0) return msg(str`No contacts match “${text}”`, { id: 'contact-search.none' });
    return msg(str`Contacts found: ${formatNumber(count)}. Use the arrow keys to pick one.`, {
      id: 'contact-search.count',
    });
  }

  #choose(contact: Contact): void {
    this.#open = false;
    this.#active = -1;
    this.#options.onChoose(contact);
    this.#host.requestUpdate();
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.#open = true;
    this.#active = -1;
    this.#host.requestUpdate();
  };

  #onBlur = (): void => {
    // Also fires when a render removes the focused input: change nothing then.
    if (!this.#open && this.#active === -1) return;
    this.#open = false;
    this.#active = -1;
    this.#host.requestUpdate();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this.#expanded) this.#active = down ? 0 : count - 1;
        else this.#active = down ? (this.#active + 1) % count : this.#active <= 0 ? count - 1 : this.#active - 1;
        this.#open = true;
        void this.#host.updateComplete.then(() => this.#revealActive());
        break;
      }
      case 'Enter': {
        const contact = this.#expanded ? this.results[this.#active] : undefined;
        if (!contact) return;
        event.preventDefault();
        this.#choose(contact);
        return;
      }
      case 'Escape':
        // Handled here, so the dialog around does not also take it as "close".
        if (this.#expanded) {
          event.preventDefault();
          this.#open = false;
          this.#active = -1;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
        } else {
          return;
        }
        break;
      default:
        return;
    }
    this.#host.requestUpdate();
  };

  #revealActive(): void {
    const id = `${this.#options.idPrefix ?? 'search'}-option-${this.#active}`;
    const root = this.#host.shadowRoot;
    root?.getElementById(id)?.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * The email and phone that tell two records with one name apart; without either, the first
 * channel the contact is reachable on ("Telegram: @olenak"). Each in its own direction: a
 * phone number reads left to right in a right-to-left page too.
 */
export function contactDetail(contact: Pick<Contact, 'email' | 'phone' | 'channels'>) {
  const parts = [
    contact.email ? html`<bdi>${contact.email}</bdi>` : undefined,
    contact.phone ? html`<bdi class="phone" dir="ltr">${formatPhone(contact.phone)}</bdi>` : undefined,
  ].filter((part) => part !== undefined);
  if (parts.length) return parts.map((part, index) => (index ? html` · ${part}` : part));
  const channel = contact.channels[0];
  return channel ? html`${channelName(channel.channel)}: <bdi>${channel.identifier}</bdi>` : nothing;
}

/** Waits `ms`, or rejects as soon as `signal` aborts (a newer search superseded this one). */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export const contactSearchStyles = css`
  .results {
    display: grid;
    margin: 0;
    padding: var(--_space-xs);
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-block-size: 16rem;
    overflow: auto;
  }

  .result {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: center;
    padding: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .result:hover {
    background: var(--_surface-hover);
  }

  .result[aria-selected='true'] {
    background: var(--_surface-selected);
    outline: 2px solid var(--_focus-ring);
    outline-offset: -2px;
  }

  .result > [part='avatar'] {
    grid-row: span 2;
  }

  .result-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .phone {
    white-space: nowrap;
  }

  .result-detail {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }
`;
