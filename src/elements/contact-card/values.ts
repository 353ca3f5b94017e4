/**
 * How the card shows a value and which editor fits it: custom attributes by type (text,
 * number, date, list, boolean, link), countries and languages by their names in the agent's
 * language. Customer data is text only; a link becomes an `href` only through `safeLinkUrl`.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { AttributeDefinition, AttributeValue } from '../../model/contact.js';
import { flagEmoji } from '../../model/phone.js';
import { safeLinkUrl } from '../../model/url.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { getContactFormatLocale } from '../../i18n/localization.js';

const displayNames = new Map<string, Intl.DisplayNames>();

function namesOf(type: 'region' | 'language'): Intl.DisplayNames {
  const locale = getContactFormatLocale();
  const key = `${type}|${locale}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames(locale, { type, fallback: 'code' });
    displayNames.set(key, names);
  }
  return names;
}

/** "Ukraine" for `UA`, in the agent's language; the code itself when unknown. */
export function regionName(code: string): string {
  try {
    return namesOf('region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "Ukrainian" for `uk`; the tag itself when unknown or malformed. */
export function languageName(tag: string): string {
  try {
    return namesOf('language').of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A country's flag, named for screen readers ("Ukraine"); nothing for an unknown code. */
export function flag(region: string | undefined): TemplateResult | typeof nothing {
  const emoji = region ? flagEmoji(region.toUpperCase()) : '';
  if (!region || !emoji) return nothing;
  const name = regionName(region);
  return html`<span class="flag" part="flag" role="img" aria-label=${name} title=${name}>${emoji}</span>`;
}

export function yesNo(value: boolean): string {
  return value
    ? msg('Yes', { id: 'card.value.yes', desc: 'A yes/no attribute that is set.' })
    : msg('No', { id: 'card.value.no', desc: 'A yes/no attribute that is not set.' });
}

/** A custom attribute's value as an agent reads it. */
export function attributeValue(definition: AttributeDefinition | undefined, value: AttributeValue): TemplateResult {
  switch (definition?.type) {
    case 'number':
      return html`${typeof value === 'number' ? formatNumber(value) : String(value)}`;
    case 'date':
      return html`${formatDate(String(value))}`;
    case 'boolean':
      return html`${typeof value === 'boolean' ? yesNo(value) : String(value)}`;
    case 'link': {
      const href = safeLinkUrl(String(value));
      return href
        ? html`<a class="link" href=${href} target="_blank" rel="noopener noreferrer nofollow" dir="ltr">${String(value)}</a>`
        : html`<span dir="auto">${String(value)}</span>`;
    }
    default:
      return html`<span dir="auto">${String(value)}</span>`;
  }
}

export interface EditorOptions {
  readonly id: string;
  readonly value: string;
  readonly labelledBy?: string | undefined;
  readonly invalid: 'true' | 'false';
  readonly describedBy?: string | undefined;
  readonly placeholder?: string | undefined;
  readonly autocomplete?: string | undefined;
  readonly required?: boolean;
  readonly onInput: (value: string) => void;
}

type InputKind = 'text' | 'email' | 'tel' | 'number' | 'date' | 'url';

/** A text-like input. */
export function inputEditor(kind: InputKind, options: EditorOptions): TemplateResult {
  return html`<input
    id=${options.id}
    class="input"
    type=${kind}
    dir=${kind === 'email' || kind === 'tel' || kind === 'url' ? 'ltr' : 'auto'}
    .value=${live(options.value)}
    aria-labelledby=${ifDefined(options.labelledBy)}
    aria-invalid=${options.invalid}
    aria-describedby=${ifDefined(options.describedBy)}
    placeholder=${ifDefined(options.placeholder)}
    autocomplete=${options.autocomplete ?? 'off'}
    ?required=${options.required ?? false}
    step=${kind === 'number' ? 'any' : nothing}
    @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
  />`;
}

/** A select of `choices` ([value, label]), with an empty "Choose…" first when nothing is chosen. */
export function selectEditor(choices: readonly (readonly [string, string])[], options: EditorOptions): TemplateResult {
  const known = choices.some(([value]) => value === options.value);
  return html`<select
    id=${options.id}
    class="input"
    aria-labelledby=${ifDefined(options.labelledBy)}
    aria-invalid=${options.invalid}
    aria-describedby=${ifDefined(options.describedBy)}
    @change=${(event: Event) => options.onInput((event.target as HTMLSelectElement).value)}
  >
    ${known ? nothing : html`<option value="" ?selected=${!known}>${msg('Choose…', { id: 'card.editor.choose' })}</option>`}
    ${choices.map(([value, label]) => html`<option value=${value} ?selected=${value === options.value}>${label}</option>`)}
  </select>`;
}

/** The editor that fits a custom attribute's type. */
export function attributeEditor(definition: AttributeDefinition, options: EditorOptions): TemplateResult {
  switch (definition.type) {
    case 'number':
      return inputEditor('number', options);
    case 'date':
      return inputEditor('date', options);
    case 'link':
      return inputEditor('url', { ...options, placeholder: options.placeholder ?? 'https://' });
    case 'list':
      return selectEditor(
        (definition.options ?? []).map((option) => [option, option] as const),
        options,
      );
    case 'boolean':
      return selectEditor(
        [
          ['true', yesNo(true)],
          ['false', yesNo(false)],
        ],
        options,
      );
    case 'text':
    default:
      return inputEditor('text', options);
  }
}
