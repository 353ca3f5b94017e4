/**
 * Machine-readable validation errors: a form shows each next to its input, in the user's
 * language (messages live once, in `src/i18n/`).
 */
export const FIELD_ERROR_CODES = [
  'required',
  'email-or-phone-required',
  'email-invalid',
  'phone-invalid',
  'phone-needs-country-code',
  'phone-unknown-country-code',
  'phone-too-short',
  'phone-too-long',
  'too-long',
  'url-invalid',
  'country-invalid',
  'language-invalid',
  'number-invalid',
  'date-invalid',
  'boolean-invalid',
  'option-invalid',
  'attribute-unknown',
  'taken',
  'range-reversed',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

export interface FieldError {
  /** `name`, `email`, `phone`, … or `attributes.<key>` for a custom attribute. */
  readonly field: string;
  readonly code: FieldErrorCode;
  /** Values the message needs, e.g. `{ max: 255 }` for `too-long`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };
