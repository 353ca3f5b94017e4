/**
 * The conditions in force, as readable chips ("Last activity: more than 30 days ago"), each
 * with a button that removes it, and "Clear all", which empties the whole filter (search,
 * labels and conditions; the sort stays).
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AttributeDefinition } from '../../model/contact.js';
import type { Condition } from '../../model/query.js';
import { icon } from '../shared/icons.js';
import { conditionText } from './condition-text.js';

export interface ConditionChipsOptions {
  /** The applied conditions, each with the key of the builder row it came from. */
  readonly conditions: readonly { readonly key: number; readonly condition: Condition }[];
  readonly definitions: readonly AttributeDefinition[] | undefined;
  /** Whether anything is filtered at all (search, labels or conditions): shows "Clear all". */
  readonly filtered: boolean;
  readonly onRemove: (key: number) => void;
  readonly onClearAll: () => void;
}

export function renderConditionChips(options: ConditionChipsOptions): TemplateResult | typeof nothing {
  const { conditions, filtered } = options;
  if (!conditions.length && !filtered) return nothing;
  return html`<div class="active" part="active-conditions">
    ${conditions.length
      ? html`<ul class="condition-chips" aria-label=${msg('Conditions in force', { id: 'contact-filter.chips' })}>
          ${conditions.map(({ key, condition }) => {
            const text = conditionText(condition, options.definitions);
            return html`<li>
              <span class="chip condition-chip" part="condition-chip" data-key=${key}>
                <span class="chip-text" title=${text}>${text}</span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label=${msg(str`Remove condition: ${text}`, { id: 'contact-filter.chip-remove' })}
                  @click=${() => options.onRemove(key)}
                >
                  ${icon('close')}
                </button>
              </span>
            </li>`;
          })}
        </ul>`
      : nothing}
    ${filtered
      ? html`<button type="button" class="button button--quiet clear-all" part="clear-all" @click=${options.onClearAll}>
          ${msg('Clear all', { id: 'contact-filter.clear-all', desc: 'Removes the search, the labels and every condition.' })}
        </button>`
      : nothing}
  </div>`;
}

export const conditionChipsStyles = css`
  .active {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    min-inline-size: 0;
  }

  .condition-chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .condition-chips > li {
    display: flex;
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  .condition-chip {
    min-block-size: 1.75rem;
    padding-inline-end: var(--_space-xs);
    background: var(--_surface-selected);
    border-color: color-mix(in srgb, var(--_accent) 40%, var(--_border));
  }

  .chip-remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    color: var(--_text-muted);
  }

  .chip-remove:hover {
    background: color-mix(in srgb, var(--_text) 12%, transparent);
    color: var(--_text);
  }

  .chip-remove .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .clear-all {
    min-block-size: 1.75rem;
    padding-inline: var(--_space-xs);
    font-size: var(--_font-size-s);
  }
`;
