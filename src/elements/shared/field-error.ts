/**
 * Field errors: the message under an input, wired to it with `aria-describedby` and
 * `aria-invalid`, so screen readers read the error when the input gets focus.
 *
 * ```ts
 * static override styles = [sharedStyles, controls, iconStyles, styles];
 * const email = fieldError('email', this.errors.get('email'), { describedBy: 'email-hint' });
 * html`<label class="field">
 *   <span class="field-label">${contactFieldName('email')}</span>
 *   <input id="email" class="input" aria-invalid=${email.invalid}
 *          aria-describedby=${ifDefined(email.describedBy)}>
 *   <span class="field-hint" id="email-hint">…</span>
 *   ${email.message}
 * </label>`
 * ```
 *
 * The error is a `FieldError` (worded by `fieldErrorMessage`) or text the element worded
 * itself. Ids are unique within one shadow root: prefix them when a form repeats a field.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '../../model/field-error.js';
import { fieldErrorMessage } from '../../i18n/messages.js';
import { icon } from './icons.js';

export interface FieldErrorWiring {
  /** For `aria-invalid`. */
  readonly invalid: 'true' | 'false';
  /** For `aria-describedby` (with `ifDefined`): the hint ids given, then the error's id. */
  readonly describedBy: string | undefined;
  /** The message, to render under the input; `nothing` without an error. */
  readonly message: TemplateResult | typeof nothing;
}

export interface FieldErrorOptions {
  /** Other ids describing the input (a hint), kept before the error's. */
  describedBy?: string;
}

/** The id of the message for the input `inputId`. */
export function fieldErrorId(inputId: string): string {
  return `${inputId}-error`;
}

/** What to bind on the input and what to render under it (see the module header). */
export function fieldError(
  inputId: string,
  error: FieldError | string | undefined | null,
  options: FieldErrorOptions = {},
): FieldErrorWiring {
  const text = typeof error === 'string' ? error : error ? fieldErrorMessage(error) : '';
  const id = fieldErrorId(inputId);
  const describedBy = [options.describedBy, text ? id : undefined].filter(Boolean).join(' ') || undefined;
  return {
    invalid: text ? 'true' : 'false',
    describedBy,
    message: text ? html`<p class="field-error" id=${id}>${icon('alert')}<span>${text}</span></p>` : nothing,
  };
}

/** The icon inside a field error sits on the first line of text. */
export const fieldErrorStyles = css`
  .field-error .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-block-start: 0.05em;
  }
`;
