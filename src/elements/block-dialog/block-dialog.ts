import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MutationController } from '../../controllers/mutation-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import { formatMoment, formatNumber } from '../../i18n/format.js';
import { getContactFormatLocale } from '../../i18n/localization.js';
import {
  BLOCK_DURATIONS,
  blockEnd,
  customBlockEnd,
  firstDayOfWeek,
  type BlockClock,
  type BlockDuration,
  type CustomEndResult,
} from '../../model/block-duration.js';
import type { Contact } from '../../model/contact.js';
import { isBlocked } from '../../model/status.js';
import { addDays, formatWallTime, isValidTimeZone, systemTimeZone, wallTimeAt, type Weekday } from '../../model/time-zone.js';
import { toSourceError } from '../../sources/errors.js';
import { FULL_CAPABILITIES, type Capabilities, type ContactSource } from '../../sources/source.js';
import { nameInSentence } from '../modal-dialog/contact-name.js';
import { fireContactEvent } from '../events.js';
import { ModalDialog } from '../modal-dialog/modal-dialog.js';
import { blockDurationName, permanentOnlyNote } from '../shared/block-duration.js';
import { fieldError, fieldErrorStyles } from '../shared/field-error.js';
import { sourceErrorBlock, sourceErrorStyles } from '../shared/source-error.js';
import { blockDialogStyles } from './block-dialog.styles.js';

/** Longest reason a block may carry, in characters. */
export const BLOCK_REASON_MAX_LENGTH = 500;

/** Below this many characters left, the reason's counter is read out as it changes. */
const REASON_ANNOUNCE_BELOW = 50;

/**
 * Blocks a contact for a while or for good, or lifts a block.
 *
 * A blocked customer's messages no longer reach the agents; the agent can still write to them.
 * The agent picks how long (an hour; until tomorrow, next week or next month, each starting at
 * midnight in their time zone; forever; or a date and time they choose, which must be in the
 * future) and may give a reason, and sees the exact end before confirming. For a contact who is
 * already blocked it shows the block (until when, why, since when) and offers to unblock or to
 * set a new duration. What the source cannot do is not offered: a source without timed blocks
 * gets only "forever", with a note saying why; one without reasons gets no reason field.
 *
 * While the source works, the confirm button is busy and cannot be pressed twice. A failure
 * keeps the dialog open with the agent's choices and says what went wrong; success fires
 * `contact-blocked` (or `contact-unblocked`) with the contact as the source returned it, then
 * the dialog closes and focus returns to what opened it.
 *
 * ```js
 * const dialog = document.createElement('block-dialog');
 * dialog.source = source;          // or inside a <contact-source-provider>
 * dialog.contact = contact;        // or dialog.contactId = 'c-42'
 * document.body.append(dialog);
 * dialog.addEventListener('contact-dialog-closed', () => dialog.remove());
 * await dialog.show();
 * ```
 *
 * @tagname block-dialog
 * @summary Block a contact for an hour, a day, a week, a month, forever or until a chosen
 * time, with a reason; or unblock.
 *
 * @fires contact-blocked - The source blocked the contact (`detail.contact`, as returned).
 * @fires contact-unblocked - The source lifted the block (`detail.contact`).
 * @fires contact-dialog-request-close - A person asked to close (`detail.source`); cancelable.
 * @fires contact-dialog-closed - The dialog closed, except by the host's own `close()`
 * (`detail.returnValue`: `blocked`, `unblocked`, or `''` when dismissed).
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The row with the headline and the close button.
 * @csspart headline - The heading.
 * @csspart close-button - The × button.
 * @csspart body - The scrolling content.
 * @csspart actions - The row of buttons.
 * @csspart durations - The group of duration choices.
 * @csspart summary - The sentence saying when the block will end.
 * @csspart confirm-button - The button that blocks (or unblocks).
 *
 * @cssprop [--contact-surface-raised] - The dialog's background.
 * @cssprop [--contact-danger] - The colour of the block button and of errors.
 */
export class BlockDialog extends ModalDialog {
  static override styles: CSSResultGroup = [ModalDialog.styles, sourceErrorStyles, fieldErrorStyles, blockDialogStyles];

  /** The contact to block. Wins over `contactId`. */
  @property({ attribute: false }) contact: Contact | undefined;

  /** The id of the contact to block, loaded from the source when `contact` is not set. */
  @property({ attribute: 'contact-id' }) contactId: string | undefined;

  /** The data source; without one, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false }) source: ContactSource | undefined;

  /**
   * The agent's IANA time zone (`Europe/Kyiv`): "tomorrow" starts at midnight there, and times
   * are shown and typed in it. The browser's zone when absent or unknown.
   */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /**
   * The first day of the agent's week, 1 (Monday) to 7 (Sunday), for "until next week". From
   * the locale when absent (`en-US` Sunday, `uk` Monday).
   */
  @property({ attribute: 'week-start', type: Number }) weekStart: Weekday | undefined;

  /** @internal The clock, replaceable so stories and tests show fixed times. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** @internal */
  @state() private duration: BlockDuration = 'hour';
  /** @internal */
  @state() private customEnd = '';
  /** @internal Whether to say what is wrong with `customEnd` (after a change or a confirm). */
  @state() private customChecked = false;
  /** @internal */
  @state() private reason = '';
  /** @internal For a blocked contact: the agent chose a new duration instead of unblocking. */
  @state() private changing = false;
  /** @internal Bumped twice a minute while open, so the ends shown stay true. */
  @state() private minute = 0;

  /** @internal */
  @query('#custom-end') private readonly customInput!: HTMLInputElement | null;

  readonly #sources = new SourceController(this);
  readonly #write = new MutationController(this);
  readonly #loader = new Task(this, {
    task: async ([source, id], { signal }) => (source && id ? source.getContact(id, { signal }) : undefined),
    args: () => [this.#source, this.contact ? undefined : this.contactId] as const,
  });
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.addController({ hostDisconnected: () => this.#stopTicker() });
  }

  /** Opens the dialog with fresh choices (and a fresh copy of the contact, when loaded by id). */
  override show(): Promise<void> {
    if (!this.open) {
      this.#resetChoices();
      if (!this.contact && this.contactId && this.#loader.value) void this.#loader.run();
    }
    return super.show();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('open')) {
      if (this.open) this.#startTicker();
      else this.#stopTicker();
    }
  }

  protected override renderHeadline() {
    const contact = this.#contact;
    if (!contact) return msg('Block contact', { id: 'block-dialog.headline.generic' });
    const name = nameInSentence(contact);
    if (this.#showingCurrentBlock) return msg(str`${name} is blocked`, { id: 'block-dialog.headline.blocked' });
    if (this.#isBlocked) return msg(str`Change the block on ${name}`, { id: 'block-dialog.headline.change' });
    return msg(str`Block ${name}`, { id: 'block-dialog.headline' });
  }

  protected override renderBody() {
    const contact = this.#contact;
    if (!contact) return this.#renderLoading();
    if (!this.#capabilities.block) {
      return html`<p>
        ${msg('This system does not support blocking contacts.', { id: 'block-dialog.unsupported' })}
      </p>`;
    }
    return this.#showingCurrentBlock ? this.#renderCurrentBlock(contact) : this.#renderChoices();
  }

  protected override renderActions() {
    const contact = this.#contact;
    const pending = this.#write.pending;
    const cancel = html`<button
      type="button"
      class="button button--secondary"
      @click=${() => this.requestClose('cancel-button')}
    >
      ${msg('Cancel', { id: 'dialog.cancel' })}
    </button>`;
    if (!contact || !this.#capabilities.block) return cancel;
    if (this.#showingCurrentBlock) {
      return html`${cancel}
        <button type="button" class="button button--secondary" ?disabled=${pending} @click=${this.#onChangeBlock}>
          ${msg('Set a new duration', { id: 'block-dialog.change' })}
        </button>
        <button
          type="button"
          class="button button--primary"
          part="confirm-button"
          aria-disabled=${pending ? 'true' : 'false'}
          aria-busy=${pending ? 'true' : 'false'}
          @click=${this.#onUnblock}
        >
          ${pending
            ? html`<span class="spinner" aria-hidden="true"></span>${msg('Unblocking…', { id: 'block-dialog.unblocking' })}`
            : msg('Unblock', { id: 'block-dialog.unblock' })}
        </button>`;
    }
    return html`${cancel}
      <button
        type="submit"
        form="block-form"
        class="button button--danger"
        part="confirm-button"
        aria-disabled=${pending ? 'true' : 'false'}
        aria-busy=${pending ? 'true' : 'false'}
      >
        ${pending
          ? html`<span class="spinner" aria-hidden="true"></span>${msg('Blocking…', { id: 'block-dialog.blocking' })}`
          : msg('Block', { id: 'block-dialog.confirm' })}
      </button>`;
  }

  protected override focusInitial(): void {
    // The checked duration (or Unblock): the choice to look at first, and not destructive.
    const target =
      this.renderRoot.querySelector<HTMLElement>('input[name="duration"]:checked') ??
      this.renderRoot.querySelector<HTMLElement>('[part="confirm-button"]');
    if (target) target.focus();
    else super.focusInitial();
  }

  /** @internal */
  protected override get busy(): boolean {
    return this.#write.pending;
  }

  #renderLoading() {
    if (this.#loader.error !== undefined) {
      return sourceErrorBlock(toSourceError(this.#loader.error), {
        context: msg('The contact could not be loaded', { id: 'dialog.load-failed' }),
        onRetry: () => void this.#loader.run(),
      });
    }
    if (!this.contactId) {
      return html`<p>${msg('No contact was given to this dialog.', { id: 'block-dialog.no-contact' })}</p>`;
    }
    return html`<p class="loading" aria-busy="true">${msg('Loading the contact…', { id: 'dialog.loading-contact' })}</p>`;
  }

  #renderCurrentBlock(contact: Contact) {
    const block = contact.block!;
    const error = this.#write.error;
    return html`
      <dl class="current-block">
        <div>
          <dt>${msg('Blocked until', { id: 'block-dialog.current.until' })}</dt>
          <dd>
            ${block.until
              ? this.#moment(block.until)
              : msg('Until someone unblocks them', { id: 'block-dialog.forever-hint' })}
          </dd>
        </div>
        <div>
          <dt>${msg('Reason', { id: 'block-dialog.current.reason' })}</dt>
          <!-- The reason keeps its line breaks: no whitespace of ours inside <dd>. -->
          <dd class=${block.reason ? 'reason-text' : 'muted'} dir="auto">${block.reason ||
            msg('No reason given', { id: 'block-dialog.current.no-reason' })}</dd>
        </div>
        <div>
          <dt>${msg('Blocked since', { id: 'block-dialog.current.since' })}</dt>
          <dd>${this.#moment(block.blockedAt)}</dd>
        </div>
      </dl>
      ${sourceErrorBlock(error, { context: msg('The block could not be lifted', { id: 'block-dialog.unblock-failed' }) })}
    `;
  }

  #renderChoices() {
    const capabilities = this.#capabilities;
    const pending = this.#write.pending;
    const error = this.#write.error;
    const clock = this.#clock();
    return html`
      <form id="block-form" novalidate @submit=${this.#onSubmit}>
        <p class="intro">
          ${msg('Their messages will no longer reach your team. You can still write to them.', {
            id: 'block-dialog.intro',
          })}
        </p>
        <fieldset class="durations" part="durations">
          <legend class="field-label">${msg('How long', { id: 'block-dialog.durations' })}</legend>
          ${this.#offeredDurations.map((duration) => this.#renderDuration(duration, clock, pending))}
        </fieldset>
        ${capabilities.timedBlock ? nothing : permanentOnlyNote()}
        ${this.duration === 'custom' ? this.#renderCustomEnd(clock, pending) : nothing}
        ${capabilities.blockReason ? this.#renderReason(pending) : nothing}
        <p class="summary" part="summary" role="status">${this.#summary(clock)}</p>
        ${sourceErrorBlock(error, { context: msg('The contact could not be blocked', { id: 'block-dialog.block-failed' }) })}
      </form>
    `;
  }

  #renderDuration(duration: BlockDuration, clock: BlockClock, pending: boolean) {
    const end = duration === 'custom' ? undefined : blockEnd(duration, clock);
    return html`<label class="duration">
      <input
        type="radio"
        name="duration"
        .value=${duration}
        .checked=${live(this.duration === duration)}
        ?disabled=${pending}
        @change=${this.#onDurationChange}
      />
      <span class="duration-name">${blockDurationName(duration)}</span>
      ${end === undefined
        ? nothing
        : html`<span class="duration-end">
            ${end ? this.#moment(end, clock.now) : msg('Until someone unblocks them', { id: 'block-dialog.forever-hint' })}
          </span>`}
    </label>`;
  }

  #renderCustomEnd(clock: BlockClock, pending: boolean) {
    const result = this.customChecked ? this.#customResult(clock) : undefined;
    const zone = this.#zoneNote();
    const error = fieldError('custom-end', result && !result.ok ? customEndProblem(result.problem) : undefined, {
      ...(zone ? { describedBy: 'custom-end-zone' } : {}),
    });
    return html`<div class="field custom-end">
      <label class="field-label" for="custom-end">${msg('Ends on', { id: 'block-dialog.custom.label' })}</label>
      <input
        id="custom-end"
        class="input"
        type="datetime-local"
        .value=${this.customEnd}
        min=${formatWallTime(wallTimeAt(clock.now, clock.timeZone))}
        required
        ?readonly=${pending}
        aria-invalid=${error.invalid}
        aria-describedby=${error.describedBy ?? nothing}
        @input=${this.#onCustomInput}
        @change=${this.#onCustomChange}
      />
      ${zone ? html`<span class="field-hint" id="custom-end-zone">${zone}</span>` : nothing}
      ${error.message}
    </div>`;
  }

  #renderReason(pending: boolean) {
    const length = this.reason.length;
    const left = BLOCK_REASON_MAX_LENGTH - length;
    const count = formatNumber(length);
    const max = formatNumber(BLOCK_REASON_MAX_LENGTH);
    return html`<div class="field reason">
      <label class="field-label" for="reason">${msg('Reason (optional)', { id: 'block-dialog.reason' })}</label>
      <textarea
        id="reason"
        class="input"
        rows="3"
        maxlength=${BLOCK_REASON_MAX_LENGTH}
        .value=${this.reason}
        ?readonly=${pending}
        aria-describedby="reason-hint"
        @input=${this.#onReasonInput}
      ></textarea>
      <div class="reason-footer">
        <span class="field-hint" id="reason-hint">
          ${msg('Only your team sees the reason.', { id: 'block-dialog.reason-hint' })}
        </span>
        <span class="field-hint counter" aria-hidden="true">${msg(str`${count}/${max}`, { id: 'block-dialog.reason-count', desc: 'Characters typed / the most allowed.' })}</span>
      </div>
      <span class="sr-only" aria-live="polite">
        ${left <= REASON_ANNOUNCE_BELOW
          ? msg(str`Characters left: ${formatNumber(left)}`, { id: 'block-dialog.reason-left' })
          : nothing}
      </span>
    </div>`;
  }

  /** "Blocked until Tue, 24 Nov, 00:00", or why the agent cannot confirm yet. */
  #summary(clock: BlockClock) {
    if (this.duration === 'forever') {
      return msg('Blocked until someone unblocks them.', { id: 'block-dialog.summary.forever' });
    }
    const end = this.#end(clock);
    if (!end) return msg('Choose when the block ends.', { id: 'block-dialog.summary.choose' });
    const moment = this.#moment(end, clock.now);
    return html`${msg(str`Blocked until ${moment}`, { id: 'block-dialog.summary' })}`;
  }

  /** The end the current choices set; `undefined` while a custom end is not valid. */
  #end(clock: BlockClock): Date | null | undefined {
    if (this.duration !== 'custom') return blockEnd(this.duration, clock);
    const result = this.#customResult(clock);
    return result.ok ? result.until : undefined;
  }

  #customResult(clock: BlockClock): CustomEndResult {
    return customBlockEnd(this.customEnd, clock);
  }

  #moment(date: Date, now: Date = this.now()) {
    const timeZone = this.#timeZone;
    return formatMoment(date, { timeZone, now, showTimeZone: timeZone !== systemTimeZone() });
  }

  /** When the agent's zone is not the browser's, say which zone typed times are in. */
  #zoneNote(): string | undefined {
    const timeZone = this.#timeZone;
    if (timeZone === systemTimeZone()) return undefined;
    return msg(str`Time zone: ${timeZone}`, { id: 'block-dialog.time-zone' });
  }

  #clock(): BlockClock {
    void this.minute; // read so the ends follow the clock
    const weekStart = this.weekStart && this.weekStart >= 1 && this.weekStart <= 7 ? this.weekStart : localeWeekStart();
    return { now: this.now(), timeZone: this.#timeZone, firstDayOfWeek: weekStart };
  }

  get #source(): ContactSource | undefined {
    return this.#sources.source;
  }

  get #capabilities(): Capabilities {
    return this.#source?.capabilities ?? FULL_CAPABILITIES;
  }

  get #contact(): Contact | undefined {
    return this.contact ?? this.#loader.value;
  }

  get #timeZone(): string {
    return this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : systemTimeZone();
  }

  get #isBlocked(): boolean {
    const contact = this.#contact;
    return contact !== undefined && isBlocked(contact, this.now());
  }

  get #showingCurrentBlock(): boolean {
    return this.#isBlocked && !this.changing;
  }

  get #offeredDurations(): readonly BlockDuration[] {
    return this.#capabilities.timedBlock ? BLOCK_DURATIONS : ['forever'];
  }

  #resetChoices(): void {
    this.duration = this.#capabilities.timedBlock ? 'hour' : 'forever';
    this.customEnd = '';
    this.customChecked = false;
    this.reason = '';
    this.changing = false;
    this.#write.clearError();
  }

  #startTicker(): void {
    if (this.#ticker !== undefined) return;
    this.#ticker = setInterval(() => this.minute++, 30_000);
  }

  #stopTicker(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  #onDurationChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.duration = input.value as BlockDuration;
    if (this.duration === 'custom' && !this.customEnd) {
      // A day from now, on the hour: a sensible start the agent adjusts.
      const clock = this.#clock();
      const wall = wallTimeAt(new Date(clock.now.getTime() + 3_600_000), clock.timeZone);
      this.customEnd = formatWallTime({ ...wall, ...addDays(wall, 1), minute: 0, second: 0 });
    }
  };

  #onCustomInput = (event: Event): void => {
    this.customEnd = (event.target as HTMLInputElement).value;
  };

  #onCustomChange = (): void => {
    this.customChecked = true;
  };

  #onReasonInput = (event: Event): void => {
    this.reason = (event.target as HTMLTextAreaElement).value;
  };

  #onChangeBlock = (): void => {
    this.changing = true;
    this.#resetChoicesKeepingMode();
    void this.updateComplete.then(() => this.focusInitial());
  };

  #resetChoicesKeepingMode(): void {
    this.duration = this.#capabilities.timedBlock ? 'hour' : 'forever';
    this.#write.clearError();
  }

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const contact = this.#contact;
    const source = this.#source;
    if (!contact || !source || this.#write.pending) return;
    const clock = this.#clock();
    const until = this.#end(clock);
    if (until === undefined) {
      this.customChecked = true;
      await this.updateComplete;
      this.customInput?.focus();
      return;
    }
    const reason = this.#capabilities.blockReason ? this.reason.trim() : '';
    this.#keepFocusOnConfirm();
    const result = await this.#write.run(() =>
      source.blockContact(contact.id, { until, ...(reason ? { reason } : {}) }),
    );
    if (result?.ok) {
      fireContactEvent(this, 'contact-blocked', { contact: result.value });
      this.closeAfterAction('blocked');
    }
  };

  #onUnblock = async (): Promise<void> => {
    const contact = this.#contact;
    const source = this.#source;
    if (!contact || !source || this.#write.pending) return;
    const result = await this.#write.run(() => source.unblockContact(contact.id));
    if (result?.ok) {
      fireContactEvent(this, 'contact-unblocked', { contact: result.value });
      this.closeAfterAction('unblocked');
    }
  };

  /**
   * While the source works the durations are disabled (the text fields only read-only, so the
   * dialog keeps something to focus and scroll to). Focus on a duration would be lost, so it
   * moves to the busy, still focusable, confirm button first.
   */
  #keepFocusOnConfirm(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="confirm-button"]')?.focus();
  }
}

function customEndProblem(problem: 'missing' | 'invalid' | 'past'): string {
  switch (problem) {
    case 'missing':
      return msg('Choose the date and time the block ends.', { id: 'block-dialog.custom.missing' });
    case 'invalid':
      return msg('This is not a date and time that exists.', { id: 'block-dialog.custom.invalid' });
    case 'past':
      return msg('This time has passed: choose one in the future.', { id: 'block-dialog.custom.past' });
  }
}

/**
 * The first day of the agent's week: from the locale the elements format in; when that has no
 * region (`en`), from the browser's preferred tag in the same language (`en-GB`).
 */
function localeWeekStart(): Weekday {
  const locale = getContactFormatLocale();
  const language = locale.split('-')[0]!.toLowerCase();
  const regional =
    locale.includes('-') || typeof navigator === 'undefined'
      ? undefined
      : navigator.languages.find((tag) => tag.toLowerCase().startsWith(`${language}-`));
  return firstDayOfWeek(regional ?? locale);
}

declare global {
  interface HTMLElementTagNameMap {
    'block-dialog': BlockDialog;
  }
}
