/**
 * Styles every element starts from: `static override styles = [sharedStyles, styles]`.
 *
 * Only logical properties (`inline-size`, `margin-inline`, `inset-inline-start`), so layouts
 * mirror in right-to-left pages. `:host` sets no `display`: each element chooses its own.
 */
import { css, type CSSResultGroup } from 'lit';
import { tokens } from './tokens.js';

export const base = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size-m);
    line-height: 1.4;
    color: var(--_text);
    -webkit-tap-highlight-color: transparent;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Read by screen readers, not shown. */
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Keyboard focus is always visible; outlines also survive forced-colors mode. */
  :focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  button {
    margin: 0;
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: inherit;
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
  }

  button:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;

/** The tokens and the base styles, in the order elements need them. */
export const sharedStyles: CSSResultGroup = [tokens, base];
