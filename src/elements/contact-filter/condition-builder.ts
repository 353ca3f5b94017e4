/**
 * The advanced filter builder: a list of conditions, each a field, an operator and a value
 * whose input fits the operator (`OPERATORS[op]`): text, a number, two numbers, a date, two
 * dates, a number of days, or a choice of several (labels, list options, channels, statuses);
 * and whether contacts must match all conditions or any one.
 *
 * Every control is native (`select`, `input`, checkboxes in a fieldset), so keyboards, screen
 * readers and phones all work as they do everywhere. Each condition is a labelled group
 * ("Condition 2"); a condition that is not complete or not valid says why under its value
 * (`fieldError`), once the person has left the value (`touched`), and is not applied.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber } from '../../i18n/format.js';
import { CHANNELS, CONVERSATION_STATUSES, isChannel } from '../../model/channels.js';
import { draftErrors, withField, withOperator } from '../../model/condition-draft.js';
import type { AttributeDefinition, Label } from '../../model/contact.js';
import {
  OPERATORS,
  OPERATORS_BY_TYPE,
  STANDARD_FIELDS,
  attributeField,
  attributeKeyOf,
  fieldTypeOf,
  type Condition,
  type ConditionField,
  type ConditionValue,
  type FieldType,
  type Operator,
} from '../../model/query.js';
import { channelIcon } from '../shared/channel-icon.js';
import { fieldError } from '../shared/field-error.js';
import { icon } from '../shared/icons.js';
import { safeLabelColor } from '../shared/label-chip.js';
import { attributeName, choiceName, conditionFieldName, operatorName, standardFieldName } from './condition-text.js';

/** One condition in the builder: `key` tells rows apart across edits. */
export interface ConditionDraft {
  readonly key: number;
  readonly condition: Condition;
  /** Whether the person has left the value once: only then are its errors shown. */
  readonly touched: boolean;
}

/** How an edit should reach the query: now (a choice), or after a pause in typing. */
export type EditKind = 'typing' | 'discrete';

export interface ConditionBuilderOptions {
  readonly drafts: readonly ConditionDraft[];
  /** Undefined while loading. */
  readonly definitions: readonly AttributeDefinition[] | undefined;
  readonly labels: readonly Label[];
  readonly match: 'all' | 'any';
  readonly onEdit: (key: number, condition: Condition, kind: EditKind) => void;
  readonly onTouch: (key: number) => void;
  readonly onRemove: (key: number) => void;
  readonly onAdd: () => void;
  readonly onMatch: (match: 'all' | 'any') => void;
}

/** The id prefix of a condition's controls. */
export const rowId = (key: number) => `condition-${key}`;

export function renderConditionBuilder(options: ConditionBuilderOptions): TemplateResult {
  const { drafts, match } = options;
  return html`
    ${drafts.length > 1
      ? html`<fieldset class="segmented" part="condition-match">
          <legend class="segmented-legend">${msg('Contacts must match', { id: 'contact-filter.match' })}</legend>
          <span class="segmented-options">
            ${matchOption('all', match, msg('all conditions', { id: 'contact-filter.match.all' }), options.onMatch)}
            ${matchOption('any', match, msg('any condition', { id: 'contact-filter.match.any' }), options.onMatch)}
          </span>
        </fieldset>`
      : nothing}
    ${drafts.length === 0
      ? html`<p class="builder-empty">
          ${msg('No conditions yet. Add one to narrow the list by any field.', { id: 'contact-filter.builder-empty' })}
        </p>`
      : html`<div class="conditions">${drafts.map((draft, index) => renderConditionRow(draft, index, options))}</div>`}
    <div class="builder-actions">
      <button type="button" class="button button--secondary" id="add-condition" part="add-condition" @click=${options.onAdd}>
        ${icon('plus')}${msg('Add condition', { id: 'contact-filter.add-condition' })}
      </button>
    </div>
  `;
}

function matchOption(
  value: 'all' | 'any',
  current: 'all' | 'any',
  text: string,
  onMatch: (match: 'all' | 'any') => void,
): TemplateResult {
  return html`<label class="segmented-option">
    <input type="radio" name="condition-match" value=${value} .checked=${current === value} @change=${() => onMatch(value)} />
    <span>${text}</span>
  </label>`;
}

function renderConditionRow(draft: ConditionDraft, index: number, options: ConditionBuilderOptions): TemplateResult {
  const { condition, key } = draft;
  const definitions = options.definitions;
  const type = fieldTypeOf(condition.field, definitions ?? []);
  const id = rowId(key);
  const number = formatNumber(index + 1);
  const errors = draft.touched ? draftErrors(condition, definitions) : [];
  const fieldProblem = errors.find((error) => error.field === 'field');
  const valueProblem = errors.find((error) => error.field === 'value');
  const fieldWiring = fieldError(`${id}-field`, fieldProblem);
  const edit = (next: Condition, kind: EditKind) => options.onEdit(key, next, kind);
  return html`<div class="condition" part="condition" role="group" aria-label=${msg(str`Condition ${number}`, { id: 'contact-filter.condition-n' })} data-key=${key}>
    <div class="condition-field">
      <select
        id="${id}-field"
        class="input"
        aria-label=${msg('Field', { id: 'contact-filter.field' })}
        aria-invalid=${fieldWiring.invalid}
        aria-describedby=${ifDefined(fieldWiring.describedBy)}
        @change=${(event: Event) => edit(withField(condition, (event.target as HTMLSelectElement).value as ConditionField, definitions ?? []), 'discrete')}
      >
        ${fieldOptions(condition.field, definitions)}
      </select>
      ${fieldWiring.message}
    </div>
    <select
      id="${id}-operator"
      class="input condition-operator"
      aria-label=${msg('Operator', { id: 'contact-filter.operator' })}
      ?disabled=${!type}
      @change=${(event: Event) => edit(withOperator(condition, (event.target as HTMLSelectElement).value as Operator), 'discrete')}
    >
      ${(type ? OPERATORS_BY_TYPE[type] : [condition.operator]).map(
        (operator) => html`<option value=${operator} ?selected=${operator === condition.operator}>${operatorName(operator, type)}</option>`,
      )}
    </select>
    <div class="condition-value">
      ${renderValueInput(draft, type, options.labels, definitions, valueProblem ? fieldError(`${id}-value`, valueProblem) : undefined, edit, () => options.onTouch(key))}
    </div>
    <button
      type="button"
      class="icon-button condition-remove"
      aria-label=${msg(str`Remove condition ${number}`, { id: 'contact-filter.remove-condition' })}
      @click=${() => options.onRemove(key)}
    >
      ${icon('trash')}
    </button>
  </div>`;
}

function fieldOptions(current: ConditionField, definitions: readonly AttributeDefinition[] | undefined): TemplateResult {
  const attributes = [...(definitions ?? [])].sort((a, b) => a.displayName.localeCompare(b.displayName));
  const currentKey = attributeKeyOf(current);
  // A condition on an attribute not (yet) defined keeps its own option, so the select shows it.
  const orphan = currentKey !== undefined && !attributes.some((definition) => definition.key === currentKey);
  return html`<optgroup label=${msg('Contact', { id: 'contact-filter.fields.standard', desc: 'Group of the built-in fields in the field chooser.' })}>
      ${STANDARD_FIELDS.map((field) => html`<option value=${field} ?selected=${field === current}>${standardFieldName(field)}</option>`)}
    </optgroup>
    ${attributes.length || orphan
      ? html`<optgroup label=${msg('Custom attributes', { id: 'contact-filter.fields.custom' })}>
          ${attributes.map(
            (definition) => html`<option value=${attributeField(definition.key)} ?selected=${attributeField(definition.key) === current}>
              ${attributeName(definition.key, attributes)}
            </option>`,
          )}
          ${orphan ? html`<option value=${current} selected>${conditionFieldName(current, attributes)}</option>` : nothing}
        </optgroup>`
      : nothing}`;
}

type Edit = (next: Condition, kind: EditKind) => void;
type Wiring = ReturnType<typeof fieldError>;

function renderValueInput(
  draft: ConditionDraft,
  type: FieldType | undefined,
  labels: readonly Label[],
  definitions: readonly AttributeDefinition[] | undefined,
  wiring: Wiring | undefined,
  edit: Edit,
  touch: () => void,
): TemplateResult | typeof nothing {
  const { condition, key } = draft;
  const id = `${rowId(key)}-value`;
  const invalid = wiring?.invalid ?? 'false';
  const describedBy = wiring?.describedBy;
  const message = wiring?.message ?? nothing;
  const value = condition.value;
  const set = (next: ConditionValue, kind: EditKind) => edit({ ...condition, value: next }, kind);
  switch (OPERATORS[condition.operator]) {
    case 'none':
      return nothing;
    case 'text':
      return html`<input
          id=${id}
          class="input"
          type="text"
          autocomplete="off"
          aria-label=${msg('Value', { id: 'contact-filter.value' })}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${live(typeof value === 'string' ? value : '')}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value, 'typing')}
          @change=${touch}
        />${message}`;
    case 'number':
    case 'days': {
      const days = OPERATORS[condition.operator] === 'days';
      return html`<input
          id=${id}
          class="input"
          type="number"
          inputmode=${days ? 'numeric' : 'decimal'}
          min=${ifDefined(days ? '0' : undefined)}
          step=${days ? '1' : 'any'}
          aria-label=${days ? msg('Number of days', { id: 'contact-filter.value-days' }) : msg('Value', { id: 'contact-filter.value' })}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${live(numberText(value))}
          @input=${(event: Event) => set(readNumber(event.target as HTMLInputElement), 'typing')}
          @change=${touch}
        />${message}`;
    }
    case 'number-range':
    case 'date-range': {
      const dates = OPERATORS[condition.operator] === 'date-range';
      const pair = (Array.isArray(value) ? value : []) as readonly (string | number)[];
      const read = (input: HTMLInputElement) => (dates ? input.value : readNumber(input));
      const part = (end: 0 | 1) => html`<input
        id="${id}-${end === 0 ? 'start' : 'end'}"
        class="input"
        type=${dates ? 'date' : 'number'}
        step=${ifDefined(dates ? undefined : 'any')}
        aria-label=${end === 0 ? msg('From', { id: 'contact-filter.range-start' }) : msg('To', { id: 'contact-filter.range-end' })}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        .value=${live(dates ? String(pair[end] ?? '') : numberText(pair[end]))}
        @input=${(event: Event) => {
          const next = [...pair] as (string | number)[];
          next[end] = read(event.target as HTMLInputElement);
          set(next as unknown as ConditionValue, dates ? 'discrete' : 'typing');
        }}
        @change=${touch}
      />`;
      return html`<div class="range">
          ${part(0)}<span class="range-and">${msg('and', { id: 'contact-filter.range-and', desc: 'Between the two ends of a range: "5 and 250".' })}</span>${part(1)}
        </div>
        ${message}`;
    }
    case 'date':
      return html`<input
          id=${id}
          class="input"
          type="date"
          aria-label=${msg('Date', { id: 'contact-filter.value-date' })}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${live(typeof value === 'string' ? value : '')}
          @input=${(event: Event) => set((event.target as HTMLInputElement).value, 'discrete')}
          @change=${touch}
        />${message}`;
    case 'strings':
      return renderChoices(id, type, condition, choicesOf(condition.field, type, labels, definitions), wiring, edit, touch);
  }
}

/** The values a `strings` condition can choose from, with what each shows beside its name. */
interface Choice {
  readonly value: string;
  readonly color?: string | undefined;
}

function choicesOf(
  field: ConditionField,
  type: FieldType | undefined,
  labels: readonly Label[],
  definitions: readonly AttributeDefinition[] | undefined,
): Choice[] {
  switch (type) {
    case 'labels':
      return labels.map((label) => ({ value: label.name, color: label.color }));
    case 'channel':
      return CHANNELS.map((value) => ({ value }));
    case 'conversation-status':
      return CONVERSATION_STATUSES.map((value) => ({ value }));
    case 'list': {
      const key = attributeKeyOf(field);
      const options = definitions?.find((definition) => definition.key === key)?.options ?? [];
      return options.map((value) => ({ value }));
    }
    default:
      return [];
  }
}

function renderChoices(
  id: string,
  type: FieldType | undefined,
  condition: Condition,
  offered: readonly Choice[],
  wiring: Wiring | undefined,
  edit: Edit,
  touch: () => void,
): TemplateResult {
  const chosen = Array.isArray(condition.value) ? (condition.value as readonly string[]) : [];
  // Values chosen elsewhere (a link, a label since deleted) stay visible so they can be removed.
  const choices = [...offered, ...chosen.filter((value) => !offered.some((choice) => choice.value === value)).map((value) => ({ value }))];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((item) => item !== value);
    touch();
    edit({ ...condition, value: next }, 'discrete');
  };
  return html`<fieldset
      id=${id}
      class="choices"
      ?data-invalid=${wiring?.invalid === 'true'}
      aria-describedby=${ifDefined(wiring?.describedBy)}
    >
      <legend class="visually-hidden">${msg('Values', { id: 'contact-filter.values' })}</legend>
      ${choices.length === 0
        ? html`<p class="choices-empty">${msg('No options', { id: 'contact-filter.no-choices' })}</p>`
        : choices.map(
            (choice) => html`<label class="choice">
              <input
                type="checkbox"
                class="checkbox"
                value=${choice.value}
                .checked=${live(chosen.includes(choice.value))}
                @change=${(event: Event) => toggle(choice.value, (event.target as HTMLInputElement).checked)}
              />
              ${choiceMark(type, choice)}
              <span class="choice-text">${choiceName(type, choice.value)}</span>
            </label>`,
          )}
    </fieldset>
    ${wiring?.message ?? nothing}`;
}

function choiceMark(type: FieldType | undefined, choice: Choice): TemplateResult | typeof nothing {
  if (type === 'channel' && isChannel(choice.value)) return channelIcon(choice.value, { decorative: true });
  if (type === 'labels') {
    const color = safeLabelColor(choice.color);
    return html`<span class="choice-dot" aria-hidden="true" style=${color ? `background:${color}` : ''}></span>`;
  }
  return nothing;
}

function numberText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The number typed; NaN when the box is empty or holds something that is not a number. */
function readNumber(input: HTMLInputElement): number {
  return input.value === '' ? Number.NaN : input.valueAsNumber;
}

export const conditionBuilderStyles = css`
  .conditions {
    display: grid;
    gap: var(--_space-s);
  }

  .condition {
    display: grid;
    grid-template-columns: minmax(9rem, 1fr) minmax(9rem, 1fr) minmax(12rem, 2fr) auto;
    align-items: start;
    gap: var(--_space-s);
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .condition-field,
  .condition-value {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .range {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  .range .input {
    flex: 1 1 0;
    min-inline-size: 0;
  }

  .range-and {
    flex: none;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    max-block-size: 10rem;
    margin: 0;
    padding: var(--_space-xs) var(--_space-s);
    overflow: auto;
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
  }

  .choices[data-invalid] {
    border-color: var(--_danger);
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 1.5rem;
    cursor: pointer;
  }

  .choice-dot {
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_text-muted);
  }

  .choices-empty,
  .builder-empty {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .condition-remove {
    align-self: start;
  }

  .builder-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }

  /* Narrow (a sidebar): field and operator side by side, the value under them. */
  @container contact-filter (width < 36rem) {
    .condition {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    }

    .condition-value {
      grid-column: 1 / -1;
      grid-row: 2;
    }

    .condition-remove {
      grid-column: 3;
      grid-row: 1;
    }
  }

  @container contact-filter (width < 20rem) {
    .condition {
      grid-template-columns: minmax(0, 1fr) auto;
    }

    .condition-field {
      grid-column: 1;
    }

    .condition-operator,
    .condition-value {
      grid-column: 1 / -1;
      grid-row: auto;
    }

    .condition-remove {
      grid-column: 2;
      grid-row: 1;
    }
  }
`;
