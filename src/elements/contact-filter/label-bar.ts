/**
 * The quick filter by labels: one toggle button per label of the source (with its colour), and
 * the switch that says how the chosen labels combine: contacts with any of them, or with all.
 *
 * The buttons form a WAI-ARIA toolbar: one Tab stop, arrow keys (mirrored in right-to-left
 * pages), Home and End move between them, Space or Enter toggles one (`aria-pressed`). Past
 * `LABELS_SHOWN` labels, the rest fold behind "Show all" (chosen labels always show). A chosen
 * label the source no longer knows (deleted elsewhere, or from a link) still shows, without a
 * colour, so it can be turned off.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../../i18n/format.js';
import type { Label } from '../../model/contact.js';
import { labelChip, type LabelLike } from '../shared/label-chip.js';

/** Labels shown before "Show all". */
export const LABELS_SHOWN = 12;

export interface LabelBarOptions {
  readonly labels: readonly Label[];
  readonly selected: readonly string[];
  readonly match: 'any' | 'all';
  /** Whether every label shows (after "Show all"). */
  readonly expanded: boolean;
  /** The index of the toolbar's one Tab stop among the labels shown. */
  readonly focusIndex: number;
  readonly onToggle: (name: string) => void;
  readonly onMatch: (match: 'any' | 'all') => void;
  readonly onExpand: (expanded: boolean) => void;
  readonly onFocusIndex: (index: number) => void;
}

/**
 * The labels to offer: the catalog's and the chosen ones it lacks (`all`), and of those the ones
 * shown (`shown`: folded past `LABELS_SHOWN` unless expanded, chosen ones always).
 */
export function labelsToShow(
  labels: readonly Label[],
  selected: readonly string[],
  expanded: boolean,
): { all: LabelLike[]; shown: LabelLike[] } {
  const known = new Set(labels.map((label) => label.name));
  const unknown = selected.filter((name) => !known.has(name)).map((name) => ({ name }));
  const all: LabelLike[] = [...labels, ...unknown];
  if (expanded || all.length <= LABELS_SHOWN) return { all, shown: all };
  return { all, shown: all.filter((label, index) => index < LABELS_SHOWN || selected.includes(label.name)) };
}

export function renderLabelBar(options: LabelBarOptions): TemplateResult | typeof nothing {
  const { labels, selected, match, expanded } = options;
  const { all, shown } = labelsToShow(labels, selected, expanded);
  if (shown.length === 0) return nothing;
  const focusIndex = Math.min(Math.max(0, options.focusIndex), shown.length - 1);
  const folds = all.length > LABELS_SHOWN;
  return html`<div class="labels" part="labels" role="group" aria-labelledby="labels-title">
    <div class="labels-head">
      <span id="labels-title" class="labels-title">${msg('Labels', { id: 'contact-filter.labels' })}</span>
      <fieldset class="segmented" part="label-match">
        <legend class="visually-hidden">
          ${msg('Show contacts with', { id: 'contact-filter.label-match', desc: 'Legend of the any/all switch for labels.' })}
        </legend>
        <span class="segmented-options">
          ${matchOption('any', match, msg('any of these', { id: 'contact-filter.label-match.any', desc: 'Contacts with any of the chosen labels.' }), options.onMatch)}
          ${matchOption('all', match, msg('all of these', { id: 'contact-filter.label-match.all', desc: 'Contacts with all of the chosen labels.' }), options.onMatch)}
        </span>
      </fieldset>
    </div>
    <div
      class="label-toolbar"
      role="toolbar"
      aria-labelledby="labels-title"
      @keydown=${(event: KeyboardEvent) => onToolbarKeyDown(event, shown.length, focusIndex, options.onFocusIndex)}
    >
      ${shown.map(
        (label, index) => html`<button
          type="button"
          class="label-toggle"
          part="label-toggle"
          data-label=${label.name}
          aria-pressed=${selected.includes(label.name) ? 'true' : 'false'}
          tabindex=${index === focusIndex ? '0' : '-1'}
          @focus=${() => options.onFocusIndex(index)}
          @click=${() => options.onToggle(label.name)}
        >
          ${labelChip(label)}
        </button>`,
      )}
    </div>
    ${folds
      ? html`<button
          type="button"
          class="button button--quiet labels-more"
          aria-expanded=${expanded ? 'true' : 'false'}
          @click=${() => options.onExpand(!expanded)}
        >
          ${expanded
            ? msg('Show fewer labels', { id: 'contact-filter.labels-fewer' })
            : msg(str`Show all labels (${formatNumber(all.length)})`, { id: 'contact-filter.labels-all' })}
        </button>`
      : nothing}
  </div>`;
}

function matchOption(
  value: 'any' | 'all',
  current: 'any' | 'all',
  text: string,
  onMatch: (match: 'any' | 'all') => void,
): TemplateResult {
  return html`<label class="segmented-option">
    <input type="radio" name="label-match" value=${value} .checked=${current === value} @change=${() => onMatch(value)} />
    <span>${text}</span>
  </label>`;
}

/** Arrow keys (mirrored right to left), Home and End move the toolbar's focus. */
function onToolbarKeyDown(event: KeyboardEvent, count: number, current: number, onFocusIndex: (index: number) => void): void {
  const toolbar = event.currentTarget as HTMLElement;
  const rtl = getComputedStyle(toolbar).direction === 'rtl';
  let next: number;
  switch (event.key) {
    case 'ArrowRight':
      next = current + (rtl ? -1 : 1);
      break;
    case 'ArrowLeft':
      next = current + (rtl ? 1 : -1);
      break;
    case 'ArrowDown':
      next = current + 1;
      break;
    case 'ArrowUp':
      next = current - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  next = (next + count) % count;
  onFocusIndex(next);
  toolbar.querySelectorAll<HTMLElement>('.label-toggle')[next]?.focus();
}

export const labelBarStyles = css`
  .labels {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .labels-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }

  .labels-title {
    font-size: var(--_font-size-s);
    font-weight: 600;
  }

  .label-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .label-toggle {
    display: inline-flex;
    max-inline-size: 100%;
    border-radius: 999px;
  }

  .label-toggle .label-chip {
    min-block-size: 1.75rem;
    cursor: pointer;
  }

  .label-toggle:hover .label-chip {
    background: var(--_surface-hover);
  }

  .label-toggle[aria-pressed='true'] .label-chip {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-selected);
    font-weight: 600;
  }

  .label-toggle[aria-pressed='true'] .label-chip::before {
    content: '✓' / '';
    color: var(--_accent);
  }

  .labels-more {
    justify-self: start;
    min-block-size: 1.75rem;
    padding-inline: var(--_space-xs);
    font-size: var(--_font-size-s);
  }

  @media (forced-colors: active) {
    .label-toggle[aria-pressed='true'] .label-chip {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
