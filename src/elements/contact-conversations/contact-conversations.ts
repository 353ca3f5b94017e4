import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { ContactSubjectController } from '../../controllers/contact-subject.js';
import { SourceController } from '../../controllers/source-controller.js';
import { CONVERSATION_STATUSES, type ConversationStatus } from '../../model/channels.js';
import type { Contact, ConversationSummary } from '../../model/contact.js';
import { formatNumber } from '../../i18n/format.js';
import { conversationStatusName } from '../../i18n/messages.js';
import { toSourceError } from '../../sources/errors.js';
import type { ContactChange, ContactSource } from '../../sources/source.js';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { fireContactEvent } from '../events.js';
import { channelIcon, channelIconStyles } from '../shared/channel-icon.js';
import { iconStyles } from '../shared/icons.js';
import { sourceErrorBlock, sourceErrorStyles } from '../shared/source-error.js';
import { relativeTime, timeStyles } from '../shared/time.js';
import { styles } from './contact-conversations.styles.js';

/** Below this many conversations a status filter would only add noise. */
const FILTER_FROM = 4;

/**
 * A contact's conversations across every channel, latest activity first: the channel and
 * inbox, the status in words (never colour alone), when it last moved, the last message as
 * plain text (two lines at most), and how many messages are unread. Each conversation is a
 * button: a click, Enter or Space fires `contact-conversation-open` and the host opens it.
 *
 * With four or more conversations in more than one status, a row of toggle chips filters them
 * by status ("Open 2", "Resolved 5"). Without `capabilities.conversations`, only a short note
 * says conversations are not available here.
 *
 * ```html
 * <contact-conversations contact-id="c42"></contact-conversations>
 * <script>
 *   list.addEventListener('contact-conversation-open', (e) => openConversation(e.detail.conversation.id));
 * </script>
 * ```
 *
 * @tagname contact-conversations
 * @summary A contact's conversations on every channel, each opening with click, Enter or Space.
 *
 * @fires {ContactEvent<'contact-conversation-open'>} contact-conversation-open - A conversation
 * was activated: `{contact, conversation}`.
 *
 * @csspart filter - The status filter's group of chips.
 * @csspart conversations - The list.
 * @csspart conversation - One conversation's button.
 * @csspart status - A conversation's status.
 * @csspart preview - The last message.
 * @csspart unread - The unread count.
 * @csspart channel-icon - The channel's icon.
 * @csspart time - When the conversation last moved.
 * @csspart error - Why loading failed.
 *
 * @cssprop --contact-accent - Open conversations and unread counts.
 * @cssprop --contact-warning - Pending conversations.
 * @cssprop --contact-success - Resolved conversations.
 */
@localized()
export class ContactConversations extends LitElement {
  static override styles = [sharedStyles, controls, iconStyles, channelIconStyles, timeStyles, sourceErrorStyles, styles];

  /** The contact whose conversations to show. Wins over `contact-id`. */
  @property({ attribute: false })
  contact: Contact | undefined;

  /** The id of the contact to load from the source when `contact` is not set. */
  @property({ attribute: 'contact-id' })
  contactId: string | undefined;

  /** The data source; without it, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false })
  source: ContactSource | undefined;

  /** @internal */
  readonly #sources = new SourceController(this, { onChange: (change) => this.#onChange(change) });
  /** @internal */
  readonly #subject = new ContactSubjectController(this, this.#sources);
  /** Keeps "3 minutes ago" true while the element stays on screen. @internal */
  readonly #clock = new ClockController(this);
  /** @internal The clock, replaceable so stories and tests show fixed times (the card passes its own). */
  @property({ attribute: false }) now: () => Date = () => this.#clock.now;
  /** @internal */
  readonly #conversations = new Task(this, {
    task: async ([source, id, available], { signal }) => {
      if (!source || id === undefined || !available) return [];
      return source.listConversations(id, { signal });
    },
    args: () => [this.#sources.source, this.#subject.id, this.#sources.source?.capabilities.conversations ?? false] as const,
  });

  /** The status the list is filtered by; undefined shows all. */
  #status: ConversationStatus | undefined;
  #stateFor: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') || changed.has('contactId')) {
      const id = this.contact?.id ?? this.contactId;
      if (id !== this.#stateFor) {
        this.#stateFor = id;
        this.#status = undefined;
      }
    }
  }

  override render() {
    const source = this.#sources.source;
    if (!source) {
      return html`<p class="unavailable">${msg('No contact source is connected', { id: 'conversations.no-source' })}</p>`;
    }
    if (!source.capabilities.conversations) {
      return html`<p class="unavailable">
        ${msg('Conversations are not available for these contacts', { id: 'conversations.unavailable' })}
      </p>`;
    }
    const subject = this.#subject;
    if (subject.error) {
      return sourceErrorBlock(subject.error, {
        context: msg('The contact could not be loaded', { id: 'conversations.contact-error' }),
        onRetry: () => subject.reload(),
      });
    }
    const task = this.#conversations;
    if (task.status === TaskStatus.ERROR) {
      return sourceErrorBlock(toSourceError(task.error), {
        context: msg('Conversations could not be loaded', { id: 'conversations.load-error' }),
        onRetry: () => void task.run(),
      });
    }
    const contact = subject.contact;
    if (!contact || task.value === undefined) return subject.id === undefined ? nothing : this.#renderSkeleton();
    const conversations = newestFirst(task.value);
    if (conversations.length === 0) {
      return html`<p class="empty">${msg('No conversations yet', { id: 'conversations.empty' })}</p>`;
    }
    const counts = countByStatus(conversations);
    const filterable = conversations.length >= FILTER_FROM && counts.size > 1;
    const status = filterable && this.#status && counts.has(this.#status) ? this.#status : undefined;
    const shown = status ? conversations.filter((conversation) => conversation.status === status) : conversations;
    const now = this.now();
    return html`${filterable ? this.#renderFilter(conversations.length, counts, status) : nothing}
      <ul class="conversations" part="conversations" aria-label=${msg('Conversations', { id: 'conversations.list' })}>
        ${repeat(
          shown,
          (conversation) => conversation.id,
          (conversation) => html`<li>${this.#renderConversation(contact, conversation, now)}</li>`,
        )}
      </ul>`;
  }

  #renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-list" aria-busy="true">
      <span class="visually-hidden" role="status">${msg('Loading conversations…', { id: 'conversations.loading' })}</span>
      ${[0, 1, 2].map(
        () => html`<div class="skeleton-item">
          <span class="skeleton" style="inline-size: 55%"></span><span class="skeleton" style="inline-size: 85%"></span>
        </div>`,
      )}
    </div>`;
  }

  #renderFilter(total: number, counts: ReadonlyMap<ConversationStatus, number>, selected: ConversationStatus | undefined): TemplateResult {
    const chip = (status: ConversationStatus | undefined, label: string, count: number) =>
      html`<button
        type="button"
        class="chip filter-chip"
        aria-pressed=${selected === status ? 'true' : 'false'}
        @click=${() => this.#filter(status)}
      >
        <span class="chip-text">${label}</span> <span class="filter-count">${formatNumber(count)}</span>
      </button>`;
    return html`<div class="filter" part="filter" role="group" aria-label=${msg('Show conversations by status', { id: 'conversations.filter' })}>
      ${chip(undefined, msg('All', { id: 'conversations.filter-all' }), total)}
      ${CONVERSATION_STATUSES.filter((status) => counts.has(status)).map((status) =>
        chip(status, conversationStatusName(status), counts.get(status)!),
      )}
    </div>`;
  }

  #renderConversation(contact: Contact, conversation: ConversationSummary, now: Date): TemplateResult {
    const unread = conversation.unreadCount ?? 0;
    const preview = conversation.preview?.trim();
    const unreadCount = formatNumber(unread);
    return html`<button
      type="button"
      class="conversation"
      part="conversation"
      data-status=${conversation.status}
      @click=${() => this.#open(contact, conversation)}
    >
      <span class="conversation-inbox">${channelIcon(conversation.channel)}<span class="inbox-name" dir="auto">${conversation.inboxName}</span></span>
      <span class="conversation-status" part="status" data-status=${conversation.status}
        ><span class="status-dot" aria-hidden="true"></span>${conversationStatusName(conversation.status)}</span
      >
      ${relativeTime(conversation.lastActivityAt, { now, focusable: false })}
      <span class=${preview ? 'preview' : 'preview preview--none'} part="preview" dir=${preview ? 'auto' : nothing}>${preview || msg('No messages', { id: 'conversations.no-preview' })}</span>
      ${unread > 0
        ? html`<span class="unread" part="unread"
            ><span aria-hidden="true">${unreadCount}</span
            ><span class="visually-hidden">${msg(str`Unread messages: ${unreadCount}`, { id: 'conversations.unread' })}</span></span
          >`
        : nothing}
    </button>`;
  }

  // Private --------------------------------------------------------------------------------

  #onChange(change: ContactChange): void {
    const before = this.#subject.contact;
    if (!this.#subject.follow(change)) return;
    const after = this.#subject.contact;
    // Conversations have no change event of their own: a merge brings another contact's, and
    // a contact whose activity or statuses moved has new ones or changed ones.
    if (
      change.type === 'merged' ||
      !before ||
      !after ||
      before.lastActivityAt?.getTime() !== after.lastActivityAt?.getTime() ||
      before.conversationStatuses.join() !== after.conversationStatuses.join()
    ) {
      void this.#conversations.run();
    }
  }

  #filter(status: ConversationStatus | undefined): void {
    this.#status = status;
    this.requestUpdate();
  }

  #open(contact: Contact, conversation: ConversationSummary): void {
    fireContactEvent(this, 'contact-conversation-open', { contact, conversation });
  }
}

function newestFirst(conversations: readonly ConversationSummary[]): ConversationSummary[] {
  return [...conversations].sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
}

function countByStatus(conversations: readonly ConversationSummary[]): Map<ConversationStatus, number> {
  const counts = new Map<ConversationStatus, number>();
  for (const { status } of conversations) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-conversations': ContactConversations;
  }
}
