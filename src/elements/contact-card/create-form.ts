/**
 * The card's create mode (`<contact-card mode="create">`): name, email, phone, labels and custom
 * attributes for a new contact.
 *
 * Decision: a mode of the card rather than a `<contact-form>` element. After creating, the card
 * shows the new contact in place (the flow the issue asks for), hosts already answer
 * `contact-create-request` by switching a card to create mode, and one element means one
 * source, one panel and one set of events to wire. The form lives here, apart from the card's
 * view code, so it can become an element of its own if hosts ask for the form alone.
 *
 * - Email or phone is required (`validateContactDraft`); every error sits under its input and
 *   the first invalid input takes focus.
 * - The phone is accepted as people type it; the E.164 form it will be saved as shows under it.
 * - A conflict from the source ("this email belongs to …") names the existing contact, with a
 *   link that fires `contact-select` for it.
 * - What was typed survives any failure.
 */
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { AttributeDefinition, Contact, ContactDraft, Label } from '../../model/contact.js';
import type { FieldError } from '../../model/field-error.js';
import { normalizePhone } from '../../model/phone.js';
import { attributeField } from '../../model/query.js';
import { validateContactDraft } from '../../model/validation.js';
import { SourceError } from '../../sources/errors.js';
import type { ContactSource } from '../../sources/source.js';
import { MutationController } from '../../controllers/mutation-controller.js';
import { contactFieldName } from '../../i18n/messages.js';
import { fieldError, fieldErrorId } from '../shared/field-error.js';
import { icon } from '../shared/icons.js';
import { labelChip, withLabelColors } from '../shared/label-chip.js';
import { sourceErrorBlock } from '../shared/source-error.js';
import { attributeEditor, inputEditor } from './values.js';

export interface CreateFormHost {
  readonly source: ContactSource | undefined;
  readonly definitions: readonly AttributeDefinition[];
  /** Whether the form is shown (its label catalogue loads only then). */
  readonly active: boolean;
  readonly onCreated: (contact: Contact) => void;
  readonly onCancel: (draft: Partial<ContactDraft>) => void;
  /** The agent followed the link to the contact a conflict named. */
  readonly onOpenContact: (contactId: string) => void;
}

interface FormValues {
  name: string;
  email: string;
  phone: string;
  labels: string[];
  attributes: Record<string, string>;
}

const FIELD_ORDER = ['name', 'email', 'phone', 'labels'] as const;

function emptyValues(): FormValues {
  return { name: '', email: '', phone: '', labels: [], attributes: {} };
}

export class CreateFormController implements ReactiveController {
  readonly #host: LitElement;
  readonly #options: () => CreateFormHost;
  readonly #write: MutationController;
  readonly #labels: Task<readonly [ContactSource | undefined], readonly Label[]>;
  #values: FormValues = emptyValues();
  #labelInput = '';
  #errors: readonly FieldError[] = [];
  #failure: SourceError | undefined;

  constructor(host: LitElement, options: () => CreateFormHost) {
    this.#host = host;
    this.#options = options;
    this.#write = new MutationController(host);
    this.#labels = new Task(host, {
      task: async ([source], { signal }) => (source ? source.listLabels({ signal }) : []),
      args: () => [this.#options().active ? this.#options().source : undefined] as const,
    });
    host.addController(this);
  }

  /** Starts over, prefilled from `draft` (the list's "Create contact" passes the search text). */
  reset(draft: Partial<ContactDraft> = {}): void {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(draft.attributes ?? {})) attributes[key] = String(value);
    this.#values = {
      name: draft.name ?? '',
      email: draft.email ?? '',
      phone: draft.phone ?? '',
      labels: [...(draft.labels ?? [])],
      attributes,
    };
    this.#labelInput = '';
    this.#errors = [];
    this.#failure = undefined;
    this.#write.clearError();
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  render(): TemplateResult {
    const options = this.#options();
    const source = options.source;
    const pending = this.#write.pending;
    return html`<form class="create-form" part="create-form" novalidate aria-labelledby="create-title" @submit=${this.#submit}>
      <h2 id="create-title" class="create-title">${msg('New contact', { id: 'card.create.title' })}</h2>
      <p class="hint" id="create-rule">${msg('An email address or a phone number is required.', { id: 'card.create.rule' })}</p>
      ${this.#textField('name', 'text', { required: true, autocomplete: 'name' })}
      ${this.#textField('email', 'email', { autocomplete: 'email', describedBy: 'create-rule' })}
      ${this.#textField('phone', 'tel', { autocomplete: 'tel', describedBy: 'create-rule', hint: this.#phoneHint() })}
      ${this.#labelsField(source)}
      ${options.definitions.length
        ? html`<fieldset class="create-attributes">
            <legend class="field-label">${msg('Attributes', { id: 'card.attributes' })}</legend>
            ${options.definitions.map((definition) => this.#attributeField(definition))}
          </fieldset>`
        : nothing}
      ${this.#failure ? sourceErrorBlock(this.#failure, { context: msg('The contact was not created', { id: 'card.create.failed' }) }) : nothing}
      <div class="create-actions">
        <button type="button" class="button button--secondary" data-action="cancel-create" @click=${this.#cancel}>
          ${msg('Cancel', { id: 'card.cancel' })}
        </button>
        <button type="submit" class="button button--primary" data-action="create" aria-busy=${pending ? 'true' : 'false'} ?disabled=${!source}>
          ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${msg('Create contact', { id: 'card.create.submit' })}
        </button>
      </div>
    </form>`;
  }

  // Fields ------------------------------------------------------------------------------------

  #errorFor(field: string): FieldError | undefined {
    return this.#errors.find((error) => error.field === field);
  }

  /** The error under a field; a "taken" one links to the contact that has the value. */
  #errorTemplate(inputId: string, field: string): { invalid: 'true' | 'false'; describedBy: string | undefined; message: TemplateResult | typeof nothing } {
    const error = this.#errorFor(field);
    const contactId = error?.code === 'taken' ? error.params?.['contactId'] : undefined;
    if (error && contactId !== undefined && contactId !== '') {
      const name = String(error.params?.['contactName'] || contactId);
      return {
        invalid: 'true',
        describedBy: fieldErrorId(inputId),
        message: html`<p class="field-error conflict" id=${fieldErrorId(inputId)}>
          ${icon('alert')}
          <span
            >${field === 'phone'
              ? msg('This phone number belongs to', { id: 'card.conflict.phone-belongs' })
              : msg('This email address belongs to', { id: 'card.conflict.email-belongs' })}
            <button type="button" class="link-button" data-action="open-conflict" @click=${() => this.#options().onOpenContact(String(contactId))}>
              <bdi>${name}</bdi>
            </button></span
          >
        </p>`,
      };
    }
    return fieldError(inputId, error);
  }

  #textField(
    field: 'name' | 'email' | 'phone',
    kind: 'text' | 'email' | 'tel',
    options: { required?: boolean; autocomplete?: string; describedBy?: string; hint?: TemplateResult | typeof nothing },
  ): TemplateResult {
    const id = `create-${field}`;
    const wiring = this.#errorTemplate(id, field);
    const hintId = options.hint && options.hint !== nothing ? `${id}-hint` : undefined;
    const describedBy = [options.describedBy, hintId, wiring.describedBy].filter(Boolean).join(' ') || undefined;
    return html`<div class="field">
      <label class="field-label" for=${id}>
        ${contactFieldName(field)}${options.required ? html`<span aria-hidden="true"> *</span>` : nothing}
      </label>
      ${inputEditor(kind, {
        id,
        value: this.#values[field],
        invalid: wiring.invalid,
        describedBy,
        autocomplete: options.autocomplete,
        required: options.required ?? false,
        onInput: (value) => this.#set(field, value),
      })}
      ${hintId ? html`<span class="field-hint" id=${hintId} aria-live="polite">${options.hint}</span>` : nothing}
      ${wiring.message}
    </div>`;
  }

  #phoneHint(): TemplateResult | typeof nothing {
    const typed = this.#values.phone.trim();
    if (!typed) return nothing;
    const result = normalizePhone(typed);
    if (!result.ok) return nothing;
    const e164 = result.e164;
    return html`${msg(str`Saved as ${e164}`, { id: 'card.create.phone-saved-as', desc: 'The placeholder is a phone number in E.164, like +380671234567.' })}`;
  }

  #labelsField(source: ContactSource | undefined): TemplateResult {
    const catalog = this.#labels.value ?? [];
    const wiring = fieldError('create-labels', this.#errorFor('labels'));
    const chips = withLabelColors(this.#values.labels, catalog);
    const canCreate = source?.capabilities.createLabels ?? false;
    return html`<div class="field">
      <label class="field-label" for="create-labels">${contactFieldName('labels')}</label>
      ${chips.length
        ? html`<ul class="label-list" role="list" aria-label=${contactFieldName('labels')}>
            ${chips.map((label) => html`<li>${labelChip(label, { onRemove: (name) => this.#removeLabel(name) })}</li>`)}
          </ul>`
        : nothing}
      <div class="editor-line">
        <input
          id="create-labels"
          class="input"
          type="text"
          list="create-labels-options"
          autocomplete="off"
          .value=${live(this.#labelInput)}
          aria-invalid=${wiring.invalid}
          aria-describedby=${ifDefined(['create-labels-hint', wiring.describedBy].filter(Boolean).join(' '))}
          @input=${(event: Event) => {
            this.#labelInput = (event.target as HTMLInputElement).value;
            this.#host.requestUpdate();
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            this.#addLabel(catalog, canCreate);
          }}
        />
        <button type="button" class="button button--secondary" data-action="add-label" @click=${() => this.#addLabel(catalog, canCreate)}>
          ${msg('Add', { id: 'card.create.add-label' })}
        </button>
      </div>
      <datalist id="create-labels-options">
        ${catalog
          .filter((label) => !this.#values.labels.includes(label.name))
          .map((label) => html`<option value=${label.name}></option>`)}
      </datalist>
      <span class="field-hint" id="create-labels-hint">
        ${canCreate
          ? msg('Type a label and press Enter; a new name creates the label.', { id: 'card.create.labels-hint' })
          : msg('Type an existing label and press Enter.', { id: 'card.create.labels-hint-existing' })}
      </span>
      ${wiring.message}
    </div>`;
  }

  #attributeField(definition: AttributeDefinition): TemplateResult {
    const field = attributeField(definition.key);
    const id = `create-attr-${definition.key}`;
    const labelId = `${id}-label`;
    const wiring = fieldError(id, this.#errorFor(field));
    return html`<div class="field">
      <span class="field-label" id=${labelId}>${definition.displayName}</span>
      ${attributeEditor(definition, {
        id,
        value: this.#values.attributes[definition.key] ?? '',
        labelledBy: labelId,
        invalid: wiring.invalid,
        describedBy: wiring.describedBy,
        onInput: (value) => {
          this.#values = { ...this.#values, attributes: { ...this.#values.attributes, [definition.key]: value } };
          this.#clearError(field);
        },
      })}
      ${definition.description ? html`<span class="field-hint">${definition.description}</span>` : nothing}
      ${wiring.message}
    </div>`;
  }

  // Behaviour ---------------------------------------------------------------------------------

  #set(field: 'name' | 'email' | 'phone', value: string): void {
    this.#values = { ...this.#values, [field]: value };
    // Typing an email satisfies "email or phone" for the phone too, and vice versa.
    const cleared = field === 'email' || field === 'phone' ? ['email', 'phone'] : [field];
    this.#errors = this.#errors.filter((error) => !(cleared.includes(error.field) && (error.field === field || error.code === 'email-or-phone-required')));
    this.#host.requestUpdate();
  }

  #clearError(field: string): void {
    this.#errors = this.#errors.filter((error) => error.field !== field);
    this.#host.requestUpdate();
  }

  #addLabel(catalog: readonly Label[], canCreate: boolean): void {
    const name = this.#labelInput.trim();
    if (!name) return;
    if (!canCreate && !catalog.some((label) => label.name === name)) {
      this.#errors = [...this.#errors.filter((error) => error.field !== 'labels'), { field: 'labels', code: 'option-invalid', params: { value: name } }];
      this.#host.requestUpdate();
      return;
    }
    if (!this.#values.labels.includes(name)) this.#values = { ...this.#values, labels: [...this.#values.labels, name] };
    this.#labelInput = '';
    this.#clearError('labels');
  }

  #removeLabel(name: string): void {
    this.#values = { ...this.#values, labels: this.#values.labels.filter((label) => label !== name) };
    this.#host.requestUpdate();
    // The chip's button is gone: keep focus in the field.
    void this.#host.updateComplete.then(() => this.#input('create-labels')?.focus());
  }

  #draft(): ContactDraft {
    const attributes = Object.fromEntries(Object.entries(this.#values.attributes).filter(([, value]) => value.trim() !== ''));
    return {
      name: this.#values.name,
      ...(this.#values.email.trim() ? { email: this.#values.email } : {}),
      ...(this.#values.phone.trim() ? { phone: this.#values.phone } : {}),
      ...(this.#values.labels.length ? { labels: this.#values.labels } : {}),
      ...(Object.keys(attributes).length ? { attributes } : {}),
    };
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const options = this.#options();
    const source = options.source;
    if (!source || this.#write.pending) return;
    this.#failure = undefined;
    const checked = validateContactDraft(this.#draft(), options.definitions);
    if (!checked.ok) {
      this.#showErrors(checked.errors);
      return;
    }
    const result = await this.#write.run(() => source.createContact(checked.value));
    if (!result) return;
    if (result.ok) {
      this.reset();
      options.onCreated(result.value);
      return;
    }
    const error = result.error;
    if ((error.kind === 'invalid' || error.kind === 'conflict') && error.fieldErrors.length) {
      this.#showErrors(error.fieldErrors);
    } else if (error.kind === 'conflict' && error.conflicts.length) {
      this.#showErrors(
        error.conflicts.map((conflict) => ({
          field: conflict.field,
          code: 'taken' as const,
          params: { contactId: conflict.contactId, contactName: conflict.contactName ?? '' },
        })),
      );
    } else {
      this.#failure = error;
      this.#host.requestUpdate();
    }
  };

  #showErrors(errors: readonly FieldError[]): void {
    this.#errors = errors;
    this.#host.requestUpdate();
    const first = [...FIELD_ORDER, ...this.#options().definitions.map((d) => attributeField(d.key))].find((field) =>
      errors.some((error) => error.field === field),
    );
    if (!first) {
      // Errors for fields the form does not show: say them as a whole.
      this.#failure = new SourceError('invalid', { fieldErrors: errors });
      return;
    }
    const id = first.startsWith('attributes.') ? `create-attr-${first.slice('attributes.'.length)}` : `create-${first}`;
    void this.#host.updateComplete.then(() => this.#input(id)?.focus());
  }

  #cancel = (): void => {
    const draft = this.#draft();
    this.reset();
    this.#options().onCancel(draft);
  };

  #input(id: string): HTMLElement | null {
    return (this.#host.renderRoot as ShadowRoot).querySelector<HTMLElement>(`#${id}`);
  }
}

export const createFormStyles = css`
  .create-form {
    display: grid;
    gap: var(--_space-m);
  }

  .create-title {
    margin: 0;
    font-size: var(--_font-size-l);
  }

  .create-attributes {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .create-attributes legend {
    padding-inline: var(--_space-xs);
  }

  .create-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }

  @container contact-card (min-width: 40rem) {
    .create-attributes {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
