/**
 * One row of the card's details or attributes: the value with its copy, edit (pencil) and
 * clear buttons, or, while edited, its editor with ✓ and ✗ and the error under it.
 *
 * The pencil shows on hover and on keyboard focus of the row (always on touch screens). In the
 * editor, Enter or ✓ saves and Escape or ✗ cancels; the error region is a live region, so a
 * refusal is read out while focus stays in the input.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { icon } from '../shared/icons.js';

export interface FieldRowView {
  readonly field: string;
  /** DOM id base (`field-email`): `-label`, `-input`, `-edit`, `-error` hang off it. */
  readonly id: string;
  readonly label: string;
  /** The value shown; `undefined` shows "Not set". */
  readonly display: TemplateResult | undefined;
  /** Text the copy button puts on the clipboard; no button without it. */
  readonly copyText?: string | undefined;
  readonly copied?: boolean;
  readonly editable: boolean;
  readonly clearable?: boolean;
  readonly saving?: boolean;
  /** Present while the row is edited. */
  readonly editor?: TemplateResult | undefined;
  /** Under the editor (a `field-error` with id `<id>-input-error`). */
  readonly error?: TemplateResult | typeof nothing;
}

export interface FieldRowHandlers {
  readonly onEdit: (field: string) => void;
  readonly onSave: () => void;
  readonly onCancel: () => void;
  readonly onCopy?: (field: string, text: string) => void;
  readonly onClear?: (field: string) => void;
}

export function fieldRow(view: FieldRowView, handlers: FieldRowHandlers): TemplateResult {
  const { field, id, label } = view;
  return html`<div class="field-row" part="field" data-field=${field} ?data-editing=${view.editor !== undefined}>
    <dt class="field-name" id=${`${id}-label`}>${label}</dt>
    <dd class="field-value">
      ${view.editor !== undefined ? editorForm(view, handlers) : valueLine(view, handlers)}
    </dd>
  </div>`;
}

function valueLine(view: FieldRowView, handlers: FieldRowHandlers): TemplateResult {
  const { field, id, label } = view;
  return html`<div class="value-line">
    <span class="value" dir="auto" aria-busy=${view.saving ? 'true' : 'false'}
      >${view.display ?? html`<span class="value-empty">${msg('Not set', { id: 'card.value.not-set' })}</span>`}</span
    >
    ${view.saving
      ? html`<span class="spinner" aria-hidden="true"></span
          ><span class="visually-hidden">${msg('Saving…', { id: 'card.saving' })}</span>`
      : nothing}
    <span class="row-actions">
      ${view.copyText && handlers.onCopy
        ? html`<button
            type="button"
            class="icon-button row-action"
            data-action="copy"
            aria-label=${msg(str`Copy ${label}`, { id: 'card.copy', desc: 'Button; the placeholder is a field name like "Email".' })}
            @click=${() => handlers.onCopy?.(field, view.copyText!)}
          >
            ${icon(view.copied ? 'check' : 'copy')}
          </button>`
        : nothing}
      ${view.editable
        ? html`<button
            type="button"
            id=${`${id}-edit`}
            class="icon-button row-action row-edit"
            data-action="edit"
            ?data-empty=${view.display === undefined}
            aria-label=${msg(str`Edit ${label}`, { id: 'card.edit-field', desc: 'Button; the placeholder is a field name.' })}
            @click=${() => handlers.onEdit(field)}
          >
            ${icon('pencil')}
          </button>`
        : nothing}
      ${view.clearable && handlers.onClear
        ? html`<button
            type="button"
            class="icon-button row-action"
            data-action="clear"
            aria-label=${msg(str`Clear ${label}`, { id: 'card.clear-field', desc: 'Button: remove the value of a custom attribute.' })}
            @click=${() => handlers.onClear?.(field)}
          >
            ${icon('trash')}
          </button>`
        : nothing}
    </span>
  </div>`;
}

function editorForm(view: FieldRowView, handlers: FieldRowHandlers): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // The editor's own Escape: a dialog or panel around the card must not close as well.
      event.preventDefault();
      event.stopPropagation();
      handlers.onCancel();
    } else if (event.key === 'Enter' && (event.target as HTMLElement).localName === 'select') {
      // A select does not submit its form on Enter by itself.
      event.preventDefault();
      handlers.onSave();
    }
  };
  return html`<form
    class="field-editor"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      handlers.onSave();
    }}
    @keydown=${onKeydown}
  >
    <div class="editor-line">
      ${view.editor}
      <button
        type="submit"
        class="icon-button editor-save"
        aria-label=${msg(str`Save ${view.label}`, { id: 'card.save-field', desc: 'Button; the placeholder is a field name.' })}
      >
        ${icon('check')}
      </button>
      <button
        type="button"
        class="icon-button editor-cancel"
        aria-label=${msg('Cancel editing', { id: 'card.cancel-edit' })}
        @click=${handlers.onCancel}
      >
        ${icon('close')}
      </button>
    </div>
    <div class="editor-error" role="alert">${view.error ?? nothing}</div>
  </form>`;
}

/** Needs `controls`, `iconStyles` and `fieldErrorStyles`. */
export const fieldRowStyles = css`
  .field-list {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
  }

  .field-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 var(--_space-m);
    align-items: start;
    min-block-size: 2rem;
  }

  .field-name {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }

  .field-value {
    min-inline-size: 0;
    margin: 0;
  }

  .value-line {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    min-inline-size: 0;
  }

  .value {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .value-empty {
    color: var(--_text-muted);
    font-style: italic;
  }

  .row-actions {
    display: inline-flex;
    flex: none;
    margin-inline-start: auto;
  }

  /* The pencil and friends show on hover and on focus; an empty field keeps its pencil. */
  .row-action {
    opacity: 0;
  }

  .field-row:hover .row-action,
  .field-row:focus-within .row-action,
  .row-edit[data-empty] {
    opacity: 1;
  }

  @media (hover: none) {
    .row-action {
      opacity: 1;
    }
  }

  .field-editor {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
  }

  .editor-line {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  .editor-line > .input {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .editor-error:empty {
    display: none;
  }

  @container contact-card (min-width: 30rem) {
    .field-row {
      grid-template-columns: minmax(7rem, 2fr) minmax(0, 5fr);
    }

    .field-name {
      padding-block-start: 0.45rem;
    }
  }

  @media (forced-colors: active) {
    .row-action {
      opacity: 1;
    }
  }
`;
