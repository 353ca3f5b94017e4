import { localized, msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ContactSubjectController } from '../../controllers/contact-subject.js';
import { MutationController } from '../../controllers/mutation-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import type { Contact, Label } from '../../model/contact.js';
import { formatNumber } from '../../i18n/format.js';
import { toSourceError, type SourceError } from '../../sources/errors.js';
import type { ContactChange, ContactSource } from '../../sources/source.js';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { fireContactEvent } from '../events.js';
import { icon, iconStyles } from '../shared/icons.js';
import { labelChip, labelChipStyles, safeLabelColor, withLabelColors } from '../shared/label-chip.js';
import { sourceErrorBlock, sourceErrorStyles } from '../shared/source-error.js';
import { styles } from './contact-labels.styles.js';
import { namesAdded, sameNames, suggestLabels } from './label-suggestions.js';

/** One entry of the listbox: an existing label, or "Create label …". */
type LabelOption = { readonly kind: 'label'; readonly label: Label } | { readonly kind: 'create'; readonly name: string };

/** A message under the combobox; `quiet` ones are for screen readers only. */
interface Notice {
  readonly text: string;
  readonly quiet: boolean;
}

const INPUT_ID = 'label-input';
const LISTBOX_ID = 'label-listbox';

/**
 * A contact's labels as chips, and a combobox to add labels (WAI-ARIA "editable combobox with
 * list autocomplete"): typing filters the labels the contact does not have yet, case- and
 * accent-insensitively; Enter on a name that does not exist creates the label where the source
 * allows it (`capabilities.createLabels`) and says that it cannot otherwise.
 *
 * Changes are shown at once and saved with `setContactLabels` (the whole list); if the source
 * refuses, the labels roll back and an error says why. Changes made quickly one after another
 * are saved together. Read-only when the source cannot edit labels, or with `readonly`.
 *
 * Keyboard (combobox): Down/Up open the list and move through it (wrapping); Alt+Down opens it
 * without moving; Home/End/Left/Right return to the text; Enter adds the highlighted label, or
 * the typed one; Escape closes the list, then clears the text; Tab leaves. Backspace in the
 * empty combobox moves focus to the last label's remove button (it does not remove it at
 * once, so one key too many never loses a label); there Backspace or Delete removes the label
 * and focus moves to the previous label, then back to the combobox.
 *
 * ```html
 * <contact-labels contact-id="c42"></contact-labels>
 * <contact-labels .contact=${contact} .source=${source}></contact-labels>
 * ```
 *
 * @tagname contact-labels
 * @summary A contact's labels: chips with remove, and a combobox with typeahead to add or create one.
 *
 * @fires {ContactEvent<'contact-labels-changed'>} contact-labels-changed - After the source saved
 * a change: `{contact, added, removed}` (label names).
 *
 * @csspart labels - The list of chips.
 * @csspart label-chip - One label.
 * @csspart label-remove - A label's remove button.
 * @csspart combobox - The text input of the combobox.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart notice - A message under the combobox ("Labels can't be created here").
 * @csspart error - Why loading or saving failed.
 *
 * @cssprop --contact-accent - The highlighted suggestion's marker and focus colours.
 * @cssprop --contact-surface-raised - The suggestion list's background.
 */
@localized()
export class ContactLabels extends LitElement {
  static override styles = [sharedStyles, controls, iconStyles, labelChipStyles, sourceErrorStyles, styles];

  /** The contact whose labels to show. Wins over `contact-id`. */
  @property({ attribute: false })
  contact: Contact | undefined;

  /** The id of the contact to load from the source when `contact` is not set. */
  @property({ attribute: 'contact-id' })
  contactId: string | undefined;

  /** The data source; without it, the nearest `<contact-source-provider>`'s. */
  @property({ attribute: false })
  source: ContactSource | undefined;

  /** Shows the labels without editing controls, even where the source could change them. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * With more labels than this, the rest fold behind a "Show all" button (0: never fold).
   * Adding or removing a label unfolds them.
   */
  @property({ type: Number, attribute: 'collapse-after' })
  collapseAfter = 12;

  /** @internal */
  readonly #sources = new SourceController(this, { onChange: (change) => this.#onChange(change) });
  /** @internal */
  readonly #subject = new ContactSubjectController(this, this.#sources);
  /** @internal */
  readonly #catalog = new Task(this, {
    task: async ([source], { signal }) => (source ? source.listLabels({ signal }) : []),
    args: () => [this.#sources.source] as const,
  });
  /** @internal */
  readonly #saving = new MutationController(this);

  /** Labels shown before the source confirmed them; undefined when none are pending. */
  #desired: readonly string[] | undefined;
  /** The last refused change, for its message and Retry. */
  #failure: { readonly error: SourceError; readonly labels: readonly string[] } | undefined;
  #text = '';
  #open = false;
  /** Index of the highlighted option (`aria-activedescendant`), -1 for none. */
  #active = -1;
  #notice: Notice | undefined;
  #expanded = false;
  /** The contact the pending state belongs to: another contact starts afresh. */
  #stateFor: string | undefined;

  /** @internal */
  @query(`#${INPUT_ID}`)
  private readonly input!: HTMLInputElement | null;

  /** Gives focus to the combobox (or, when read-only, to nothing). */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') || changed.has('contactId')) {
      const id = this.contact?.id ?? this.contactId;
      if (id !== this.#stateFor) {
        this.#stateFor = id;
        this.#desired = undefined;
        this.#failure = undefined;
        this.#text = '';
        this.#open = false;
        this.#active = -1;
        this.#notice = undefined;
        this.#expanded = false;
      }
    }
  }

  protected override updated(): void {
    // Keep the highlighted option in view in a scrolled list.
    this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const subject = this.#subject;
    if (subject.error) {
      return sourceErrorBlock(subject.error, {
        context: msg('The contact could not be loaded', { id: 'labels.contact-error' }),
        onRetry: () => subject.reload(),
      });
    }
    const contact = subject.contact;
    if (!contact) {
      if (subject.loading) return this.#renderSkeleton();
      if (!this.#sources.source && subject.id !== undefined) {
        return html`<p class="empty">${msg('No contact source is connected', { id: 'labels.no-source' })}</p>`;
      }
      return nothing;
    }
    const names = this.#shownNames(contact);
    return html`
      ${this.#renderChips(names)} ${this.#editable ? this.#renderCombobox(names) : nothing}
      ${this.#failure
        ? sourceErrorBlock(this.#failure.error, {
            context: msg('The labels could not be changed, so the change was undone', { id: 'labels.save-error' }),
            onRetry: () => this.#retry(),
          })
        : nothing}
    `;
  }

  #renderSkeleton(): TemplateResult {
    return html`<div class="skeleton-chips" aria-busy="true">
      <span class="visually-hidden" role="status">${msg('Loading labels…', { id: 'labels.loading' })}</span>
      ${[4, 6, 5].map((width) => html`<span class="skeleton" style=${styleMap({ inlineSize: `${width}em` })}></span>`)}
    </div>`;
  }

  #renderChips(names: readonly string[]): TemplateResult {
    if (names.length === 0) {
      return html`<p class="empty" part="labels">${msg('No labels', { id: 'labels.empty' })}</p>`;
    }
    const labels = withLabelColors(names, this.#catalogLabels);
    const folds = this.collapseAfter > 0 && names.length > this.collapseAfter + 1;
    const shown = folds && !this.#expanded ? labels.slice(0, this.collapseAfter) : labels;
    const onRemove = this.#editable ? (name: string) => this.#remove(name, 'next') : undefined;
    return html`<ul class="label-list" part="labels" role="list" aria-label=${msg('Labels', { id: 'labels.list' })} @keydown=${this.#onChipKeydown}>
        ${shown.map((label) => html`<li>${labelChip(label, onRemove ? { onRemove } : {})}</li>`)}
      </ul>
      ${folds
        ? html`<button type="button" class="button button--quiet fold" aria-expanded=${this.#expanded ? 'true' : 'false'} @click=${this.#toggleFold}>
            ${this.#expanded
              ? msg('Show fewer', { id: 'labels.show-fewer' })
              : msg(str`Show all (${formatNumber(names.length)})`, { id: 'labels.show-all', desc: 'The number is how many labels there are.' })}
          </button>`
        : nothing}`;
  }

  #renderCombobox(names: readonly string[]): TemplateResult {
    const options = this.#options(names);
    const expanded = this.#open && options.length > 0;
    const active = expanded && this.#active >= 0 ? this.#active : -1;
    const catalogError = this.#catalog.status === TaskStatus.ERROR ? toSourceError(this.#catalog.error) : undefined;
    return html`<div class="combobox">
        <label class="visually-hidden" for=${INPUT_ID} id="label-input-label">${msg('Add a label', { id: 'labels.add' })}</label>
        <span class="combobox-field">
          ${icon('plus')}
          <input
            id=${INPUT_ID}
            class="input"
            part="combobox"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${LISTBOX_ID}
            aria-activedescendant=${active >= 0 ? optionId(active) : ''}
            aria-describedby="label-hint"
            placeholder=${msg('Add a label…', { id: 'labels.placeholder' })}
            .value=${live(this.#text)}
            @input=${this.#onInput}
            @keydown=${this.#onKeydown}
            @click=${this.#onInputClick}
            @blur=${this.#close}
          />
        </span>
        <ul
          id=${LISTBOX_ID}
          class="popover listbox"
          part="listbox"
          role="listbox"
          aria-labelledby="label-input-label"
          ?hidden=${!expanded}
          @pointerdown=${keepFocus}
        >
          ${expanded ? options.map((option, index) => this.#renderOption(option, index, index === active)) : nothing}
        </ul>
        <span id="label-hint" class="visually-hidden">${this.#hint}</span>
      </div>
      <p class=${this.#notice?.quiet ? 'visually-hidden' : 'notice'} part="notice" role="status">${this.#notice?.text ?? ''}</p>
      ${sourceErrorBlock(catalogError, {
        context: msg('The list of labels could not be loaded', { id: 'labels.catalog-error' }),
        onRetry: () => void this.#catalog.run(),
      })}`;
  }

  #renderOption(option: LabelOption, index: number, active: boolean): TemplateResult {
    if (option.kind === 'create') {
      return html`<li id=${optionId(index)} class="menu-item option option--create" part="option" role="option" aria-selected=${active ? 'true' : 'false'} @click=${() => this.#choose(option)}>
        ${icon('plus')}<span class="option-name">${msg(str`Create label “${option.name}”`, { id: 'labels.create' })}</span>
      </li>`;
    }
    const color = safeLabelColor(option.label.color);
    return html`<li
      id=${optionId(index)}
      class="menu-item option"
      part="option"
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      style=${styleMap({ '--chip-color': color })}
      @click=${() => this.#choose(option)}
    >
      <span class="label-dot" aria-hidden="true"></span>
      <span class="option-text">
        <span class="option-name" dir="auto">${option.label.name}</span>
        ${option.label.description ? html`<span class="option-description" dir="auto">${option.label.description}</span>` : nothing}
      </span>
    </li>`;
  }

  // Private --------------------------------------------------------------------------------

  get #editable(): boolean {
    const source = this.#sources.source;
    return !this.readonly && Boolean(source?.capabilities.editLabels);
  }

  get #canCreate(): boolean {
    return Boolean(this.#sources.source?.capabilities.createLabels);
  }

  get #catalogLabels(): readonly Label[] {
    return this.#catalog.value ?? [];
  }

  get #hint(): string {
    return this.#canCreate
      ? msg('Type to find a label. Enter adds it, or creates a new one.', { id: 'labels.hint-create' })
      : msg('Type to find a label. Enter adds it.', { id: 'labels.hint' });
  }

  /** The labels to show: pending ones while a change is being saved, else the contact's. */
  #shownNames(contact: Contact): readonly string[] {
    return this.#desired ?? contact.labels;
  }

  #options(names: readonly string[]): LabelOption[] {
    const suggestions = suggestLabels(this.#catalogLabels, names, this.#text);
    const options: LabelOption[] = suggestions.matches.map((label) => ({ kind: 'label', label }));
    if (suggestions.newName && this.#canCreate) options.push({ kind: 'create', name: suggestions.newName });
    return options;
  }

  #currentOptions(): LabelOption[] {
    const contact = this.#subject.contact;
    return contact ? this.#options(this.#shownNames(contact)) : [];
  }

  #onChange(change: ContactChange): void {
    if (change.type === 'labels-changed') void this.#catalog.run();
    else this.#subject.follow(change);
  }

  #onInput(event: InputEvent): void {
    this.#text = (event.target as HTMLInputElement).value;
    this.#open = true;
    this.#active = -1;
    this.#notice = undefined;
    this.requestUpdate();
  }

  #onInputClick(): void {
    if (this.#open) return;
    this.#open = true;
    this.requestUpdate();
  }

  #close(): void {
    if (!this.#open && this.#active < 0) return;
    this.#open = false;
    this.#active = -1;
    this.requestUpdate();
  }

  #onKeydown(event: KeyboardEvent): void {
    const options = this.#currentOptions();
    const count = options.length;
    const shown = this.#open && count > 0;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (event.altKey) {
          this.#open = true;
        } else if (!shown) {
          this.#open = true;
          this.#active = 0;
        } else {
          this.#active = (this.#active + 1) % count;
        }
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (event.altKey) {
          if (shown) this.#close();
          return;
        }
        if (!shown) {
          this.#open = true;
          this.#active = count - 1;
        } else {
          this.#active = this.#active <= 0 ? count - 1 : this.#active - 1;
        }
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The editing keys belong to the text: visual focus returns to it.
        this.#active = -1;
        break;
      case 'Enter': {
        if (event.isComposing) return;
        event.preventDefault();
        const option = shown && this.#active >= 0 ? options[this.#active] : undefined;
        if (option) this.#choose(option);
        else this.#commitText();
        return;
      }
      case 'Escape':
        if (shown) {
          event.preventDefault();
          event.stopPropagation();
          this.#close();
        } else if (this.#text) {
          event.preventDefault();
          event.stopPropagation();
          this.#text = '';
          this.#notice = undefined;
        }
        break;
      case 'Tab':
        this.#open = false;
        this.#active = -1;
        break;
      case 'Backspace': {
        const input = event.target as HTMLInputElement;
        if (input.value !== '' || input.selectionStart !== 0) return;
        event.preventDefault();
        void this.#focusLastChip();
        return;
      }
      default:
        return;
    }
    this.requestUpdate();
  }

  /** Enter with no highlighted option: the typed name, if it is one to add. */
  #commitText(): void {
    const contact = this.#subject.contact;
    if (!contact) return;
    const names = this.#shownNames(contact);
    const suggestions = suggestLabels(this.#catalogLabels, names, this.#text);
    this.#open = false;
    this.#active = -1;
    if (suggestions.taken) {
      const name = suggestions.taken;
      this.#notice = { text: msg(str`The contact already has the label “${name}”`, { id: 'labels.already' }), quiet: false };
    } else if (suggestions.exact) {
      this.#add(suggestions.exact.name);
    } else if (suggestions.newName) {
      if (this.#canCreate) this.#add(suggestions.newName);
      else {
        const name = suggestions.newName;
        this.#notice = {
          text: msg(str`There is no label “${name}”, and new labels cannot be created here. Choose one from the list.`, {
            id: 'labels.cannot-create',
          }),
          quiet: false,
        };
      }
    }
    this.requestUpdate();
  }

  #choose(option: LabelOption): void {
    this.#add(option.kind === 'create' ? option.name : option.label.name);
    this.input?.focus();
  }

  #add(name: string): void {
    const contact = this.#subject.contact;
    if (!contact) return;
    this.#text = '';
    this.#open = false;
    this.#active = -1;
    this.#expanded = true;
    this.#notice = { text: msg(str`Label “${name}” added`, { id: 'labels.added' }), quiet: true };
    this.#change([...this.#shownNames(contact), name]);
  }

  /** Removes a label; focus goes to the `next` or `previous` label's remove button, else the combobox. */
  async #remove(name: string, then: 'next' | 'previous'): Promise<void> {
    const contact = this.#subject.contact;
    if (!contact) return;
    const names = this.#shownNames(contact);
    const index = names.indexOf(name);
    if (index < 0) return;
    this.#expanded = true;
    this.#notice = { text: msg(str`Label “${name}” removed`, { id: 'labels.removed' }), quiet: true };
    this.#change(names.filter((other) => other !== name));
    await this.updateComplete;
    const buttons = this.#removeButtons();
    const target = then === 'next' ? (buttons[index] ?? buttons[index - 1]) : (buttons[index - 1] ?? buttons[0]);
    (target ?? this.input)?.focus();
  }

  #change(labels: readonly string[]): void {
    this.#desired = labels;
    this.#failure = undefined;
    this.requestUpdate();
    void this.#flush();
  }

  /** Saves the pending labels, one write at a time; changes made meanwhile go in the next one. */
  async #flush(): Promise<void> {
    const source = this.#sources.source;
    const id = this.#subject.id;
    if (!source || id === undefined || this.#saving.pending) return;
    while (this.#desired && this.#stateFor === id) {
      const before = this.#subject.contact?.labels ?? [];
      const target = this.#desired;
      if (sameNames(target, before)) {
        this.#desired = undefined;
        break;
      }
      const result = await this.#saving.run(() => source.setContactLabels(id, target));
      if (!result) return;
      if (this.#stateFor !== id) return;
      if (!result.ok) {
        this.#desired = undefined;
        this.#failure = { error: result.error, labels: target };
        this.#notice = undefined;
        break;
      }
      const contact = result.value;
      this.#subject.accept(contact);
      if (this.#desired === target) this.#desired = undefined;
      fireContactEvent(this, 'contact-labels-changed', {
        contact,
        added: namesAdded(before, contact.labels),
        removed: namesAdded(contact.labels, before),
      });
    }
    this.requestUpdate();
  }

  #retry(): void {
    const labels = this.#failure?.labels;
    if (labels) this.#change(labels);
  }

  #removeButtons(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.label-remove')];
  }

  async #focusLastChip(): Promise<void> {
    if (!this.#expanded) {
      this.#expanded = true;
      this.requestUpdate();
      await this.updateComplete;
    }
    this.#removeButtons().at(-1)?.focus();
  }

  #onChipKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Backspace' && event.key !== 'Delete') return;
    const button = (event.target as Element).closest('.label-remove');
    const name = button?.closest('.label-chip')?.querySelector('.chip-text')?.textContent;
    if (!button || !name) return;
    event.preventDefault();
    void this.#remove(name, event.key === 'Backspace' ? 'previous' : 'next');
  }

  #toggleFold(): void {
    this.#expanded = !this.#expanded;
    this.requestUpdate();
  }
}

function optionId(index: number): string {
  return `label-option-${index}`;
}

/** A press on the list must not take focus from the combobox (it would close the list). */
function keepFocus(event: PointerEvent): void {
  event.preventDefault();
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-labels': ContactLabels;
  }
}
