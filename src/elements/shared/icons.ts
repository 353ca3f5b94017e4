/**
 * UI icons: small inline SVG templates of our own static markup (no customer data ever goes
 * in), drawn on a 24×24 grid with `currentColor`, so they take the text colour and survive
 * forced-colors mode.
 *
 * ```ts
 * html`<button class="icon-button" aria-label=${msg('Edit')}>${icon('pencil')}</button>`
 * html`${icon('alert', { label: msg('Error') })}` // the rare icon that carries meaning alone
 * ```
 *
 * Decorative by default (`aria-hidden`): the button or text beside it names the action. Give a
 * `label` only when the icon is the only thing saying what it means. Size: 1.25em by default
 * (follows the font size); set `inline-size`/`block-size` on `.icon` to change it. Icons with a
 * direction (`chevron-start`, `chevron-end`) mirror in right-to-left text (`iconStyles`).
 */
import { css, html, nothing, svg, type TemplateResult } from 'lit';

const STROKED = {
  pencil: svg`<path d="M4 20h4L18.5 9.5a2.12 2.12 0 0 0-4-4L4 16v4z"/><path d="M13.5 6.5l4 4"/>`,
  check: svg`<path d="M5 12.5l4.5 4.5L19 7"/>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"/>`,
  copy: svg`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15H4.5A1.5 1.5 0 0 1 3 13.5v-9A1.5 1.5 0 0 1 4.5 3h9A1.5 1.5 0 0 1 15 4.5V5"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  trash: svg`<path d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3"/>`,
  search: svg`<circle cx="11" cy="11" r="7"/><path d="M20 20l-4-4"/>`,
  filter: svg`<path d="M4 5h16l-6 7.5V19l-4-2v-4.5L4 5z"/>`,
  'chevron-down': svg`<path d="M6 9l6 6 6-6"/>`,
  'chevron-up': svg`<path d="M6 15l6-6 6 6"/>`,
  'chevron-start': svg`<path d="M15 6l-6 6 6 6"/>`,
  'chevron-end': svg`<path d="M9 6l6 6-6 6"/>`,
  block: svg`<circle cx="12" cy="12" r="9"/><path d="M5.6 5.6l12.8 12.8"/>`,
  merge: svg`<path d="M7 4v3a5 5 0 0 0 5 5 5 5 0 0 0 5-5V4M12 12v8M9 17l3 3 3-3"/>`,
  'external-link': svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`,
  'sort-asc': svg`<path d="M8 19V5M4 9l4-4 4 4M14 17h6M14 12h4M14 7h2"/>`,
  'sort-desc': svg`<path d="M8 5v14M4 15l4 4 4-4M14 7h6M14 12h4M14 17h2"/>`,
  columns: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><path d="M9 4v16M15 4v16"/>`,
  download: svg`<path d="M12 4v11M7 10l5 5 5-5M5 20h14"/>`,
  person: svg`<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`,
  alert: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5v.01"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
} as const;

const FILLED = {
  more: svg`<circle cx="12" cy="5" r="1.75"/><circle cx="12" cy="12" r="1.75"/><circle cx="12" cy="19" r="1.75"/>`,
} as const;

export type IconName = keyof typeof STROKED | keyof typeof FILLED;

/** Every icon, for stories and tests. */
export const ICON_NAMES = [...Object.keys(STROKED), ...Object.keys(FILLED)] as readonly IconName[];

const MIRRORED: ReadonlySet<IconName> = new Set<IconName>(['chevron-start', 'chevron-end']);

export interface IconOptions {
  /** Accessible name: only when the icon alone carries the meaning. Otherwise decorative. */
  label?: string;
}

/** An `<svg class="icon">` for `name`; decorative unless given a `label`. */
export function icon(name: IconName, options: IconOptions = {}): TemplateResult {
  const filled = name in FILLED;
  const shapes = filled ? FILLED[name as keyof typeof FILLED] : STROKED[name as keyof typeof STROKED];
  const label = options.label;
  // The <svg> element itself belongs in an html`` template; only its shapes are svg``.
  return html`<svg
    class=${MIRRORED.has(name) ? 'icon icon--mirror' : 'icon'}
    data-icon=${name}
    role=${label ? 'img' : nothing}
    aria-label=${label ?? nothing}
    aria-hidden=${label ? nothing : 'true'}
    focusable="false"
    viewBox="0 0 24 24"
    width="1.25em"
    height="1.25em"
    fill=${filled ? 'currentColor' : 'none'}
    stroke=${filled ? 'none' : 'currentColor'}
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${shapes}
  </svg>`;
}

/** Add to an element's styles when it uses `icon()`: alignment and right-to-left mirroring. */
export const iconStyles = css`
  .icon {
    flex: none;
    vertical-align: -0.25em;
  }

  .icon--mirror:dir(rtl) {
    transform: scaleX(-1);
  }
`;
