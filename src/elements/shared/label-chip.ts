/**
 * Label chips: a label's name on a tint of its colour, with an optional remove button, and a
 * "+N" chip for labels that did not fit.
 *
 * ```ts
 * static override styles = [sharedStyles, controls, iconStyles, labelChipStyles, styles];
 * const labels = withLabelColors(contact.labels, this.labelCatalog); // names → { name, color }
 * html`${labelChips(labels, { max: 3 })}`                            // a list, "+N" at the end
 * html`${labelChip(label, { onRemove: (name) => this.#remove(name) })}`
 * ```
 *
 * - The colour is a dot and a light tint behind text in the normal text colour, so the name
 *   reads at 4.5:1 whatever colour the label has, in both schemes. Only hex colours
 *   (`#rgb`, `#rrggbb`, `#rrggbbaa`) are used; anything else shows a neutral chip.
 * - The remove button is named "Remove label VIP" and has a 24px target.
 * - The "+N" chip tells screen readers the hidden names ("More labels: A, B and C").
 *
 * Parts: `label-chip`, `label-remove`.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Label } from '../../model/contact.js';
import { formatList, formatNumber } from '../../i18n/format.js';
import { icon } from './icons.js';

/** A label as chips need it: the name, and its colour when known. */
export interface LabelLike {
  readonly name: string;
  readonly color?: string | undefined;
}

export interface LabelChipOptions {
  /** Called with the label's name when its remove button is pressed; no button without it. */
  onRemove?: (name: string) => void;
  /** Disables the remove button (say, while a change is being saved). */
  disabled?: boolean;
}

export interface LabelChipsOptions extends LabelChipOptions {
  /**
   * Show at most this many chips, then "+N"; but all of them when only one is left over (unless
   * `max` is 1). All of them when absent.
   */
  max?: number;
}

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** The colour when it is a plain hex colour, else undefined (label colours come from a backend). */
export function safeLabelColor(color: string | undefined): string | undefined {
  const value = color?.trim();
  return value && HEX_COLOR.test(value) ? value : undefined;
}

/**
 * A contact's label names with their colours from the source's labels (`listLabels`). Names
 * the catalog does not know keep no colour.
 */
export function withLabelColors(
  names: readonly string[],
  catalog: ReadonlyMap<string, Label> | readonly Label[],
): LabelLike[] {
  const byName = catalog instanceof Map ? catalog : new Map((catalog as readonly Label[]).map((label) => [label.name, label]));
  return names.map((name) => ({ name, color: byName.get(name)?.color }));
}

/** One chip. */
export function labelChip(label: LabelLike, options: LabelChipOptions = {}): TemplateResult {
  const color = safeLabelColor(label.color);
  const { onRemove, disabled = false } = options;
  return html`<span
    class="chip label-chip"
    part="label-chip"
    ?data-colored=${color !== undefined}
    style=${styleMap({ '--chip-color': color })}
    title=${label.name}
  >
    <span class="label-dot" aria-hidden="true"></span>
    <span class="chip-text">${label.name}</span>
    ${onRemove
      ? html`<button
          type="button"
          class="label-remove"
          part="label-remove"
          aria-label=${msg(str`Remove label ${label.name}`, { id: 'label.remove' })}
          ?disabled=${disabled}
          @click=${() => onRemove(label.name)}
        >
          ${icon('close')}
        </button>`
      : nothing}
  </span>`;
}

/** "+3", telling screen readers which labels it stands for. */
export function overflowChip(hiddenNames: readonly string[]): TemplateResult {
  const names = formatList(hiddenNames);
  return html`<span class="chip label-overflow" part="label-chip" title=${names}>
    <span aria-hidden="true">+${formatNumber(hiddenNames.length)}</span>
    <span class="visually-hidden">${msg(str`More labels: ${names}`, { id: 'label.more' })}</span>
  </span>`;
}

/** The chips as a list, the ones past `max` folded into a "+N" chip. Nothing for no labels. */
export function labelChips(labels: readonly LabelLike[], options: LabelChipsOptions = {}): TemplateResult | typeof nothing {
  if (labels.length === 0) return nothing;
  const { max = labels.length, ...chipOptions } = options;
  // "+1" would take about the room of the chip itself: show that one instead. Not when one chip
  // was asked for (a narrow column), where two chips would squeeze each other.
  const shown = labels.length - max === 1 && max > 1 ? labels : labels.slice(0, Math.max(0, max));
  const hidden = labels.slice(shown.length);
  return html`<ul class="label-list" role="list">
    ${shown.map((label) => html`<li>${labelChip(label, chipOptions)}</li>`)}
    ${hidden.length ? html`<li>${overflowChip(hidden.map((label) => label.name))}</li>` : nothing}
  </ul>`;
}

/** Needs `controls` (the `.chip` base) before it. */
export const labelChipStyles = css`
  .label-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .label-list > li {
    display: flex;
    min-inline-size: 0;
  }

  .label-chip[data-colored] {
    border-color: color-mix(in srgb, var(--chip-color) 45%, var(--_surface));
    background: color-mix(in srgb, var(--chip-color) 14%, var(--_surface));
  }

  .label-dot {
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--chip-color, var(--_text-muted));
    box-shadow: 0 0 0 1px color-mix(in srgb, var(--_text) 25%, transparent);
  }

  .label-remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin-block: -1px;
    margin-inline: calc(-1 * var(--_space-xs)) calc(-1 * var(--_space-s));
    border-radius: 50%;
    color: var(--_text-muted);
  }

  .label-remove:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_text) 12%, transparent);
    color: var(--_text);
  }

  .label-remove .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .label-overflow {
    color: var(--_text-muted);
  }

  @media (forced-colors: active) {
    .label-dot {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
`;
