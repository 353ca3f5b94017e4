import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { html, nothing, type CSSResultGroup } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MutationController } from '../../controllers/mutation-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import { formatDate, formatList, formatNumber, formatPhone } from '../../i18n/format.js';
import { getContactFormatLocale } from '../../i18n/localization.js';
import { channelName, contactFieldName } from '../../i18n/messages.js';
import type { AttributeDefinition, AttributeValue, Contact } from '../../model/contact.js';
import type { EditableField } from '../../model/fields.js';
import {
  mergeConflicts,
  mergeContactRecords,
  type MergeChoices,
  type MergeField,
  type MergeSide,
} from '../../model/merge.js';
import { toSourceError } from '../../sources/errors.js';
import {
  FULL_CAPABILITIES,
  type Capabilities,
  type ContactSource,
  type DuplicateCandidate,
  type DuplicateReason,
} from '../../sources/source.js';
import { fireContactEvent } from '../events.js';
import { contactName, nameInSentence } from '../modal-dialog/contact-name.js';
import { ModalDialog } from '../modal-dialog/modal-dialog.js';
import { avatar, avatarStyles } from '../shared/avatar.js';
import { channelIcon, channelIconStyles } from '../shared/channel-icon.js';
import { icon } from '../shared/icons.js';
import { labelChips, labelChipStyles, withLabelColors } from '../shared/label-chip.js';
import { sourceErrorBlock, sourceErrorStyles } from '../shared/source-error.js';
import { ContactSearch, contactDetail, contactSearchStyles } from './contact-search.js';
import { mergeDialogStyles } from './merge-dialog.styles.js';

/**
 * The contact's own fields and their place in the preview. A record, so that a field added to
 * the model fails to compile here until the preview shows it.
 */
const PREVIEW_ORDER: Readonly<Record<EditableField, number>> = {
  name: 0,
  firstName: 1,
  lastName: 2,
  email: 3,
  phone: 4,
  language: 5,
  country: 6,
  avatarUrl: 7,
};
const PREVIEW_FIELDS = (Object.keys(PREVIEW_ORDER) as EditableField[]).sort((a, b) => PREVIEW_ORDER[a] - PREVIEW_ORDER[b]);

interface MoveCounts {
  readonly conversations: number | undefined;
  readonly notes: number | undefined;
}

/**
 * Merges two records of one customer (the same person on WhatsApp and by email) into one: the
 * record kept takes the other's history (conversations, notes), labels and channels, and the
 * other record is deleted. It cannot be undone, so the dialog shows exactly what will happen
 * before the agent confirms.
 *
 * - Opened with one contact, the agent first chooses the other: likely duplicates from the
 *   source (`findDuplicates`: same phone, same email, similar name) first, then a search over
 *   all contacts. Opened with two (a selection in the list), it goes straight to the preview.
 * - The contact given first (the one being viewed) is kept by default; a swap control keeps
 *   the other instead.
 * - The preview lists every field with a value (name, email, phone, language, country, each
 *   custom attribute). Where both records have different values the agent picks the one that
 *   survives (the kept record's by default), unless the source cannot honour such picks; then
 *   a note says the kept record's values win. Labels and channels are combined, and the counts
 *   of conversations and notes that move are shown.
 * - Confirm names the consequence ("Merge and delete Olena K."). While the source works the
 *   button is busy; a failure keeps the dialog and the picks and says what went wrong; success
 *   fires `contact-merged` with the surviving contact and the removed id, then closes.
 *
 * ```js
 * const dialog = document.createElement('merge-dialog');
 * dialog.source = source;
 * dialog.contact = viewed;          // kept by default
 * dialog.otherContact = duplicate;  // optional: the agent chooses when absent
 * document.body.append(dialog);
 * await dialog.show();
 * ```
 *
 * @tagname merge-dialog
 * @summary Merge two records of one customer: choose the other record and which one is kept,
 * resolve conflicting fields, see what moves, confirm.
 *
 * @fires contact-merged - The source merged the contacts (`detail.contact`: the survivor as
 * returned; `detail.removedId`: the id of the deleted record).
 * @fires contact-dialog-request-close - A person asked to close (`detail.source`); cancelable.
 * @fires contact-dialog-closed - The dialog closed, except by the host's own `close()`
 * (`detail.returnValue`: `merged`, or `''` when dismissed).
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The row with the headline and the close button.
 * @csspart headline - The heading.
 * @csspart close-button - The × button.
 * @csspart body - The scrolling content.
 * @csspart actions - The row of buttons.
 * @csspart avatar - The contacts' avatars.
 * @csspart error - A failure in words.
 * @csspart confirm-button - The button that merges.
 *
 * @cssprop [--contact-surface-raised] - The dialog's background.
 * @cssprop [--contact-danger] - The colour of the merge button and of errors.
 */
export class MergeDialog extends ModalDialog {
  static override styles: CSSResultGroup = [
    ModalDialog.styles,
    avatarStyles,
    channelIconStyles,
    labelChipStyles,
    sourceErrorStyles,
    contactSearchStyles,
    mergeDialogStyles,
  ];

  /** The contact being viewed: kept by default. Wins over `contactId`. */
  @property({ attribute: false }) contact: Contact | undefined;

  /** The id of the contact being viewed, loaded from the source when `contact` is not set. */
  @property({ attribute: 'contact-id' }) contactId: string | undefined;

  /** The other record, when already known (two contacts selected). Wins over `otherContactId`. */
  @property({ attribute: false }) otherContact: Contact | undefined;

  /** The id of the other record, loaded from the source when `otherContact` is not set. */
  @property({ attribute: 'other-contact-id' }) otherContactId: string | undefined;

  /** The data source; without one, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false }) source: ContactSource | undefined;

  /** @internal The other record as chosen in the dialog. */
  @state() private chosenOther: Contact | undefined;
  /** @internal Whether the other record is kept instead of `contact`. */
  @state() private swapped = false;
  /** @internal Per conflicting field, the id of the record whose value the agent picked. */
  @state() private picks: ReadonlyMap<MergeField, string> = new Map();

  readonly #sources = new SourceController(this);
  readonly #write = new MutationController(this);
  readonly #search = new ContactSearch(this, {
    source: () => this.#source,
    excludeId: () => this.#contact?.id,
    onChoose: (contact) => this.#chooseOther(contact),
    idPrefix: 'other-search',
  });

  readonly #contactLoader = new Task(this, {
    task: async ([source, id], { signal }) => (source && id ? source.getContact(id, { signal }) : undefined),
    args: () => [this.#source, this.contact ? undefined : this.contactId] as const,
  });

  readonly #otherLoader = new Task(this, {
    task: async ([source, id], { signal }) => (source && id ? source.getContact(id, { signal }) : undefined),
    args: () => [this.#source, this.otherContact ? undefined : this.otherContactId] as const,
  });

  /** Likely duplicates, while the agent still has to choose the other record. */
  readonly #duplicates = new Task(this, {
    task: async ([source, id, choosing], { signal }): Promise<readonly DuplicateCandidate[]> => {
      if (!source || !id || !choosing || !source.capabilities.duplicates || !source.findDuplicates) return [];
      return source.findDuplicates(id, { signal });
    },
    args: () => [this.#source, this.#contact?.id, this.#other === undefined] as const,
  });

  /** What moves from the record deleted to the record kept. */
  readonly #counts = new Task(this, {
    task: async ([source, id], { signal }): Promise<MoveCounts | undefined> => {
      if (!source || !id) return undefined;
      const { conversations, notes } = source.capabilities;
      const [movedConversations, movedNotes] = await Promise.all([
        conversations ? source.listConversations(id, { signal }) : undefined,
        notes ? source.listNotes(id, { signal }) : undefined,
      ]);
      return { conversations: movedConversations?.length, notes: movedNotes?.length };
    },
    args: () => [this.#source, this.#sides?.secondary.id] as const,
  });

  /** Label colours and attribute names, for the preview. */
  readonly #catalog = new Task(this, {
    task: async ([source], { signal }) => {
      if (!source) return undefined;
      const [labels, definitions] = await Promise.all([
        source.listLabels({ signal }).catch(() => []),
        source.listAttributeDefinitions({ signal }).catch(() => [] as readonly AttributeDefinition[]),
      ]);
      return { labels, definitions };
    },
    args: () => [this.#source] as const,
  });

  /** Opens the dialog with a fresh start: the viewed contact kept, no picks, no search. */
  override show(): Promise<void> {
    if (!this.open) {
      this.chosenOther = undefined;
      this.swapped = false;
      this.picks = new Map();
      this.#search.reset();
      this.#write.clearError();
    }
    return super.show();
  }

  protected override renderHeadline() {
    const contact = this.#contact;
    if (!contact) return msg('Merge contacts', { id: 'merge-dialog.headline.generic' });
    if (!this.#other) {
      const name = nameInSentence(contact);
      return msg(str`Merge ${name} with…`, { id: 'merge-dialog.headline.choose' });
    }
    return msg('Merge contacts', { id: 'merge-dialog.headline.generic' });
  }

  protected override renderBody() {
    const contact = this.#contact;
    if (!contact) return this.#renderLoading(this.#contactLoader, this.contactId);
    if (!this.#capabilities.merge) {
      return html`<p>${msg('This system does not support merging contacts.', { id: 'merge-dialog.unsupported' })}</p>`;
    }
    if (this.otherContactId && !this.otherContact && !this.#otherLoader.value) {
      return this.#renderLoading(this.#otherLoader, this.otherContactId);
    }
    const sides = this.#sides;
    return sides ? this.#renderPreview(sides.primary, sides.secondary) : this.#renderChooser(contact);
  }

  protected override renderActions() {
    const sides = this.#sides;
    const pending = this.#write.pending;
    const cancel = html`<button type="button" class="button button--secondary" @click=${() => this.requestClose('cancel-button')}>
      ${msg('Cancel', { id: 'dialog.cancel' })}
    </button>`;
    if (!sides || !this.#capabilities.merge) return cancel;
    const name = nameInSentence(sides.secondary);
    return html`${cancel}
      <button
        type="button"
        class="button button--danger"
        part="confirm-button"
        aria-disabled=${pending ? 'true' : 'false'}
        aria-busy=${pending ? 'true' : 'false'}
        @click=${this.#onConfirm}
      >
        ${pending
          ? html`<span class="spinner" aria-hidden="true"></span>${msg('Merging…', { id: 'merge-dialog.merging' })}`
          : msg(str`Merge and delete ${name}`, { id: 'merge-dialog.confirm' })}
      </button>`;
  }

  protected override focusInitial(): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('[data-initial-focus]') ??
      this.renderRoot.querySelector<HTMLElement>('[role="combobox"]');
    if (target) target.focus();
    else super.focusInitial();
  }

  /** @internal */
  protected override get busy(): boolean {
    return this.#write.pending;
  }

  #renderLoading(loader: Task<readonly unknown[], Contact | undefined>, id: string | undefined) {
    if (loader.error !== undefined) {
      return sourceErrorBlock(toSourceError(loader.error), {
        context: msg('The contact could not be loaded', { id: 'dialog.load-failed' }),
        onRetry: () => void loader.run(),
      });
    }
    if (!id) return html`<p>${msg('No contact was given to this dialog.', { id: 'block-dialog.no-contact' })}</p>`;
    return html`<p class="loading" aria-busy="true">${msg('Loading the contact…', { id: 'dialog.loading-contact' })}</p>`;
  }

  #renderChooser(contact: Contact) {
    const name = nameInSentence(contact);
    return html`
      <p class="intro">
        ${msg(str`Choose the other record of the same customer. It will be merged into ${name} and deleted.`, {
          id: 'merge-dialog.choose.intro',
        })}
      </p>
      ${this.#renderSuggestions()}
      ${this.#search.render(msg('Search all contacts', { id: 'merge-dialog.search' }))}
    `;
  }

  #renderSuggestions() {
    const source = this.#source;
    if (!source?.findDuplicates || !this.#capabilities.duplicates) return nothing;
    const task = this.#duplicates;
    const heading = msg('Likely the same customer', { id: 'merge-dialog.suggestions' });
    let content: unknown;
    if (task.error !== undefined) {
      content = sourceErrorBlock(toSourceError(task.error), { onRetry: () => void task.run() });
    } else if (task.value === undefined) {
      content = html`<p class="muted" aria-busy="true">
        ${msg('Looking for likely duplicates…', { id: 'merge-dialog.suggestions.loading' })}
      </p>`;
    } else if (task.value.length === 0) {
      content = html`<p class="muted">${msg('No likely duplicates found.', { id: 'merge-dialog.suggestions.none' })}</p>`;
    } else {
      content = html`<ul class="suggestions" role="list">
        ${task.value.map(
          (candidate) => html`<li>
            <button type="button" class="suggestion" @click=${() => this.#chooseOther(candidate.contact)}>
              ${avatar(candidate.contact, { size: 'm', decorative: true })}
              <span class="suggestion-name"><bdi>${contactName(candidate.contact)}</bdi></span>
              <span class="suggestion-detail">${contactDetail(candidate.contact)}</span>
              <span class="suggestion-reasons">${capitalize(formatList(candidate.reasons.map(reasonText)))}</span>
            </button>
          </li>`,
        )}
      </ul>`;
    }
    return html`<section class="suggestions-section" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading" class="section-heading">${heading}</h3>
      ${content}
    </section>`;
  }

  #renderPreview(primary: Contact, secondary: Contact) {
    const capabilities = this.#capabilities;
    const canPick = capabilities.mergeFieldChoices;
    const choices = this.#choices(primary, secondary);
    const merged = mergeContactRecords(primary, secondary, canPick ? choices : {});
    const conflicts = new Set(mergeConflicts(primary, secondary).map((conflict) => conflict.field));
    const keptName = nameInSentence(primary);
    const removedName = nameInSentence(secondary);
    const chosenHere = this.#other === this.chosenOther && this.chosenOther !== undefined;
    return html`
      <div class="sides">
        ${this.#renderSide(primary, msg('Kept', { id: 'merge-dialog.kept' }), 'kept')}
        <button
          type="button"
          class="button button--secondary swap"
          ?data-initial-focus=${!chosenHere}
          ?disabled=${this.#write.pending}
          @click=${this.#onSwap}
        >
          ${msg(str`Keep ${removedName} instead`, { id: 'merge-dialog.swap' })}
        </button>
        ${this.#renderSide(secondary, msg('Merged in, then deleted', { id: 'merge-dialog.removed' }), 'removed')}
      </div>
      ${chosenHere
        ? html`<button
            type="button"
            class="button button--quiet change-other"
            data-initial-focus
            ?disabled=${this.#write.pending}
            @click=${this.#onChangeOther}
          >
            ${icon('chevron-start')} ${msg('Choose a different record', { id: 'merge-dialog.change-other' })}
          </button>`
        : nothing}
      <section class="preview" aria-labelledby="preview-heading">
        <h3 id="preview-heading" class="section-heading">
          ${msg(str`${keptName} after the merge`, { id: 'merge-dialog.preview' })}
        </h3>
        ${conflicts.size && !canPick
          ? html`<p class="note">
              ${msg("This system keeps the kept record's value wherever both records have one.", {
                id: 'merge-dialog.no-choices',
              })}
            </p>`
          : nothing}
        ${conflicts.size && canPick
          ? html`<p class="note">
              ${msg('Where the records differ, pick the value to keep.', { id: 'merge-dialog.pick-hint' })}
            </p>`
          : nothing}
        <div class="fields">
          ${this.#fieldsOf(primary, secondary).map((field) =>
            conflicts.has(field) && canPick
              ? this.#renderPick(field, primary, secondary, choices[field] ?? 'primary')
              : this.#renderValue(field, primary, secondary, merged),
          )}
          ${this.#renderLabels(merged)} ${this.#renderChannels(merged)}
        </div>
        ${this.#renderMoves(keptName)}
      </section>
      <p class="warning">
        ${icon('alert')}
        <span>
          ${msg(str`${removedName} will be deleted. This cannot be undone.`, { id: 'merge-dialog.warning' })}
        </span>
      </p>
      ${sourceErrorBlock(this.#write.error, {
        context: msg('The contacts could not be merged', { id: 'merge-dialog.failed' }),
      })}
    `;
  }

  #renderSide(contact: Contact, role: string, kind: 'kept' | 'removed') {
    return html`<div class="side side--${kind}">
      <span class="side-role">${role}</span>
      <span class="side-contact">
        ${avatar(contact, { size: 'm', decorative: true })}
        <span class="side-text">
          <span class="side-name"><bdi>${contactName(contact)}</bdi></span>
          <span class="side-detail">${contactDetail(contact)}</span>
        </span>
      </span>
    </div>`;
  }

  /** A field where the records differ: the agent picks the value that survives. */
  #renderPick(field: MergeField, primary: Contact, secondary: Contact, side: MergeSide) {
    const name = `pick-${field}`;
    const option = (contact: Contact, value: MergeSide) =>
      html`<label class="pick">
        <input
          type="radio"
          name=${name}
          .value=${contact.id}
          .checked=${live(side === value)}
          ?disabled=${this.#write.pending}
          @change=${() => this.#pick(field, contact.id)}
        />
        <span class="pick-value">${this.#renderFieldValue(field, valueOf(contact, field))}</span>
        ${field === 'name' ? nothing : html`<span class="pick-source"><bdi>${contactName(contact)}</bdi></span>`}
      </label>`;
    return html`<fieldset class="row row--pick" data-field=${field}>
      <legend class="row-label">${this.#fieldLabel(field)}</legend>
      <div class="picks">${option(primary, 'primary')} ${option(secondary, 'secondary')}</div>
    </fieldset>`;
  }

  #renderValue(field: MergeField, primary: Contact, secondary: Contact, merged: Contact) {
    const value = valueOf(merged, field);
    const fromSecondary = isEmpty(valueOf(primary, field)) && !isEmpty(valueOf(secondary, field));
    return html`<div class="row" data-field=${field}>
      <span class="row-label">${this.#fieldLabel(field)}</span>
      <span class="row-value">
        ${this.#renderFieldValue(field, value)}
        ${fromSecondary
          ? html`<span class="row-source">
              ${msg(str`from ${nameInSentence(secondary)}`, { id: 'merge-dialog.value-source', desc: 'Where a value comes from.' })}
            </span>`
          : nothing}
      </span>
    </div>`;
  }

  #renderLabels(merged: Contact) {
    if (!merged.labels.length) return nothing;
    const labels = withLabelColors(merged.labels, this.#catalog.value?.labels ?? []);
    return html`<div class="row" data-field="labels">
      <span class="row-label">${contactFieldName('labels')}</span>
      <span class="row-value">${labelChips(labels)}</span>
    </div>`;
  }

  #renderChannels(merged: Contact) {
    if (!merged.channels.length) return nothing;
    return html`<div class="row" data-field="channels">
      <span class="row-label">${msg('Channels', { id: 'merge-dialog.channels' })}</span>
      <ul class="row-value channels" role="list">
        ${merged.channels.map(
          (channel) => html`<li>
            ${channelIcon(channel.channel, { decorative: true })}
            <span>${channelName(channel.channel)}: <bdi>${channel.identifier}</bdi></span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderMoves(keptName: string) {
    const counts = this.#counts;
    if (counts.error !== undefined) {
      return sourceErrorBlock(toSourceError(counts.error), {
        context: msg('What moves could not be counted', { id: 'merge-dialog.moves-failed' }),
        onRetry: () => void counts.run(),
      });
    }
    const value = counts.value;
    const { conversations, notes } = this.#capabilities;
    if (!conversations && !notes) return nothing;
    const count = (n: number | undefined) => (value === undefined || n === undefined ? '…' : formatNumber(n));
    return html`<div class="moves" aria-busy=${value === undefined ? 'true' : 'false'}>
      <h4 class="moves-heading">${msg(str`Moves to ${keptName}`, { id: 'merge-dialog.moves' })}</h4>
      <ul role="list">
        ${conversations
          ? html`<li data-count="conversations">
              ${msg(str`Conversations: ${count(value?.conversations)}`, { id: 'merge-dialog.moves.conversations' })}
            </li>`
          : nothing}
        ${notes
          ? html`<li data-count="notes">${msg(str`Notes: ${count(value?.notes)}`, { id: 'merge-dialog.moves.notes' })}</li>`
          : nothing}
      </ul>
    </div>`;
  }

  /** Fields with a value in either record: the contact's own, then custom attributes. */
  #fieldsOf(primary: Contact, secondary: Contact): MergeField[] {
    const own = PREVIEW_FIELDS.filter((field) => !isEmpty(primary[field]) || !isEmpty(secondary[field]));
    const definitions = this.#catalog.value?.definitions ?? [];
    const order = new Map(definitions.map((definition, index) => [definition.key, index]));
    const keys = [...new Set([...Object.keys(primary.attributes), ...Object.keys(secondary.attributes)])]
      .filter((key) => !isEmpty(primary.attributes[key]) || !isEmpty(secondary.attributes[key]))
      .sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
    return [...own, ...keys.map((key): MergeField => `attributes.${key}`)];
  }

  #fieldLabel(field: MergeField): string {
    if (!field.startsWith('attributes.')) return contactFieldName(field as EditableField);
    const key = field.slice('attributes.'.length);
    return this.#definition(key)?.displayName || key;
  }

  #definition(key: string): AttributeDefinition | undefined {
    return this.#catalog.value?.definitions.find((definition) => definition.key === key);
  }

  /**
   * A value isolated in its own direction (phone numbers and links left to right, the rest as
   * written), inline, so it still lines up with the page's direction.
   */
  #renderFieldValue(field: MergeField, value: string | AttributeValue | undefined) {
    const text = this.#displayValue(field, value);
    const type = field.startsWith('attributes.') ? this.#definition(field.slice('attributes.'.length))?.type : undefined;
    const leftToRight = field === 'phone' || field === 'email' || field === 'avatarUrl' || type === 'link';
    return html`<span class="value"><bdi dir=${leftToRight ? 'ltr' : 'auto'}>${text}</bdi></span>`;
  }

  #displayValue(field: MergeField, value: string | AttributeValue | undefined): string {
    if (value === undefined || value === '') return '—';
    if (field === 'phone' && typeof value === 'string') return formatPhone(value);
    if (!field.startsWith('attributes.')) return String(value);
    const type = this.#definition(field.slice('attributes.'.length))?.type;
    if (typeof value === 'boolean') return value ? msg('Yes', { id: 'value.yes' }) : msg('No', { id: 'value.no' });
    if (typeof value === 'number') return formatNumber(value);
    if (type === 'date') return formatDate(value);
    return value;
  }

  /** The agent's picks as the model and the source take them: per field, which side. */
  #choices(primary: Contact, secondary: Contact): MergeChoices {
    const choices: Partial<Record<MergeField, MergeSide>> = {};
    for (const conflict of mergeConflicts(primary, secondary)) {
      const picked = this.picks.get(conflict.field);
      choices[conflict.field] = picked === secondary.id ? 'secondary' : 'primary';
    }
    return choices;
  }

  get #source(): ContactSource | undefined {
    return this.#sources.source;
  }

  get #capabilities(): Capabilities {
    return this.#source?.capabilities ?? FULL_CAPABILITIES;
  }

  get #contact(): Contact | undefined {
    return this.contact ?? this.#contactLoader.value;
  }

  get #other(): Contact | undefined {
    return this.otherContact ?? this.#otherLoader.value ?? this.chosenOther;
  }

  /** The record kept and the record merged into it and deleted, once both are known. */
  get #sides(): { primary: Contact; secondary: Contact } | undefined {
    const contact = this.#contact;
    const other = this.#other;
    if (!contact || !other || other.id === contact.id) return undefined;
    return this.swapped ? { primary: other, secondary: contact } : { primary: contact, secondary: other };
  }

  #chooseOther(contact: Contact): void {
    this.chosenOther = contact;
    this.picks = new Map();
    this.swapped = false;
    void this.updateComplete.then(() => this.focusInitial());
  }

  #pick(field: MergeField, contactId: string): void {
    this.picks = new Map([...this.picks, [field, contactId]]);
  }

  #onSwap = (): void => {
    // Picks stay with the values picked: a value chosen from a record survives the swap.
    this.swapped = !this.swapped;
  };

  #onChangeOther = (): void => {
    this.chosenOther = undefined;
    this.swapped = false;
    this.picks = new Map();
    this.#write.clearError();
    void this.updateComplete.then(() => this.focusInitial());
  };

  #onConfirm = async (): Promise<void> => {
    const sides = this.#sides;
    const source = this.#source;
    if (!sides || !source || this.#write.pending) return;
    const { primary, secondary } = sides;
    const choices = this.#capabilities.mergeFieldChoices ? this.#choices(primary, secondary) : undefined;
    const result = await this.#write.run(() => source.mergeContacts(primary.id, secondary.id, choices));
    if (result?.ok) {
      fireContactEvent(this, 'contact-merged', { contact: result.value, removedId: secondary.id });
      this.closeAfterAction('merged');
    }
  };
}

function valueOf(contact: Contact, field: MergeField): string | AttributeValue | undefined {
  return field.startsWith('attributes.')
    ? contact.attributes[field.slice('attributes.'.length)]
    : contact[field as EditableField];
}

function isEmpty(value: string | AttributeValue | undefined): boolean {
  return value === undefined || value === '';
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(getContactFormatLocale()) + text.slice(1);
}

function reasonText(reason: DuplicateReason): string {
  switch (reason) {
    case 'phone':
      return msg('same phone', { id: 'merge-dialog.reason.phone' });
    case 'email':
      return msg('same email', { id: 'merge-dialog.reason.email' });
    case 'name':
      return msg('similar name', { id: 'merge-dialog.reason.name' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'merge-dialog': MergeDialog;
  }
}
