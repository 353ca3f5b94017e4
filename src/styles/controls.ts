/**
 * Shared control styles: buttons, inputs, checkboxes, chips, menus and popovers, skeletons,
 * spinners, form fields. Classes, never bare element selectors, so an element opts in per
 * control and its own styles stay in charge:
 *
 * ```ts
 * static override styles = [sharedStyles, controls, styles];
 * html`<button class="button button--primary">Save</button>
 *      <button class="icon-button" aria-label=${msg('Copy')}>${icon('copy')}</button>
 *      <label class="field"><span class="field-label">Email</span><input class="input"></label>
 *      <span class="skeleton" style="inline-size: 8em"></span>`
 * ```
 *
 * | class | what |
 * |---|---|
 * | `button` + `button--primary` / `--secondary` / `--danger` / `--quiet` | actions; `aria-busy="true"` shows a pending state |
 * | `icon-button` | an icon-only button (name it with `aria-label`): 32px target, quiet |
 * | `input` | text inputs, selects and textareas; `aria-invalid="true"` marks an error |
 * | `checkbox` | a native checkbox in the accent colour (wrap it in a label for a 24px target) |
 * | `field`, `field-label`, `field-hint`, `field-error` | a labelled input with its hint and error |
 * | `chip` (+ `chip-text`), `button.chip[aria-pressed]` | compact tags and toggles |
 * | `popover`, `menu`, `menu-item` (+ `--danger`), `menu-separator` | floating panels and menus |
 * | `skeleton` | a loading placeholder; shimmers unless the user prefers reduced motion |
 * | `spinner` | a small busy indicator (`aria-hidden`; say "Saving…" in text) |
 * | `visually-hidden` | read by screen readers, not shown (same as `sr-only`) |
 *
 * Logical properties only (RTL); colours only from the tokens (both schemes); forced-colors
 * mode keeps every control's outline and the focus ring visible.
 */
import { css } from 'lit';

export const controls = css`
  /* Buttons ------------------------------------------------------------------------------ */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-xs);
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding-block: 0;
    padding-inline: var(--_space-m);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    white-space: nowrap;
    cursor: pointer;
    transition: background-color 120ms ease, border-color 120ms ease;
  }

  .button--primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .button--primary:hover:not(:disabled, [aria-disabled='true']) {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
  }

  .button--secondary {
    background: var(--_surface);
    color: var(--_text);
    border-color: var(--_border-strong);
  }

  .button--danger {
    background: var(--_danger);
    color: var(--_danger-text);
  }

  .button--danger:hover:not(:disabled, [aria-disabled='true']) {
    background: color-mix(in srgb, var(--_danger) 85%, var(--_text));
  }

  .button--quiet {
    background: transparent;
    color: var(--_accent);
  }

  .button--secondary:hover:not(:disabled, [aria-disabled='true']),
  .button--quiet:hover:not(:disabled, [aria-disabled='true']),
  .icon-button:hover:not(:disabled, [aria-disabled='true']) {
    background: var(--_surface-hover);
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-muted);
    cursor: pointer;
  }

  .icon-button:hover:not(:disabled, [aria-disabled='true']) {
    color: var(--_text);
  }

  .button:disabled,
  .button[aria-disabled='true'],
  .icon-button:disabled,
  .icon-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .button[aria-busy='true'] {
    cursor: progress;
  }

  /* Inputs ------------------------------------------------------------------------------- */
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2rem;
    margin: 0;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    line-height: 1.4;
  }

  .input::placeholder {
    color: var(--_text-muted);
    opacity: 1;
  }

  .input:focus-visible {
    outline: 2px solid var(--_focus-ring);
    outline-offset: -1px;
    border-color: var(--_focus-ring);
  }

  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .input:disabled {
    background: var(--_surface-hover);
    cursor: not-allowed;
  }

  textarea.input {
    min-block-size: 5rem;
    padding-block: var(--_space-s);
    resize: vertical;
  }

  .checkbox {
    inline-size: 1rem;
    block-size: 1rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .field-label {
    font-size: var(--_font-size-s);
    font-weight: 600;
  }

  .field-hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .field-error {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-xs);
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-s);
  }

  /* Chips -------------------------------------------------------------------------------- */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    max-inline-size: 100%;
    min-block-size: 1.5rem;
    padding-block: 0;
    padding-inline: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: var(--_font-size-s);
    line-height: 1.2;
    white-space: nowrap;
  }

  .chip-text {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  button.chip:hover {
    background: var(--_surface-hover);
  }

  button.chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_surface-selected);
  }

  /* Popovers and menus ------------------------------------------------------------------- */
  .popover {
    min-inline-size: 10rem;
    max-inline-size: min(24rem, 100vw);
    margin: 0;
    padding: var(--_space-xs);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }

  .menu {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .menu-item {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 2rem;
    padding-block: var(--_space-xs);
    padding-inline: var(--_space-s);
    border-radius: var(--_radius);
    color: var(--_text);
    text-align: start;
    cursor: pointer;
  }

  .menu-item:hover,
  .menu-item:focus-visible,
  .menu-item[aria-selected='true'] {
    background: var(--_surface-hover);
  }

  .menu-item:focus-visible {
    outline-offset: -2px;
  }

  .menu-item--danger {
    color: var(--_danger);
  }

  .menu-item[aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: not-allowed;
  }

  .menu-separator {
    block-size: 1px;
    margin-block: var(--_space-xs);
    border: none;
    background: var(--_border);
  }

  /* Loading ------------------------------------------------------------------------------ */
  .skeleton {
    display: block;
    block-size: 0.875em;
    border-radius: var(--_radius);
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, var(--_surface) 60%, transparent) 50%,
        transparent 100%
      )
      var(--_surface-hover);
    background-size: 200% 100%;
    background-repeat: no-repeat;
    animation: skeleton-shimmer 1.5s ease-in-out infinite;
  }

  @keyframes skeleton-shimmer {
    from {
      background-position: 150% 0;
    }
    to {
      background-position: -50% 0;
    }
  }

  .spinner {
    display: inline-block;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spinner-turn 0.8s linear infinite;
  }

  @keyframes spinner-turn {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }

    .spinner {
      animation-duration: 2.4s !important;
    }
  }

  /* Read by screen readers, not shown (same as base's .sr-only). */
  .visually-hidden {
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

  /* Forced colors: the system draws the colours; keep every outline and state visible. */
  @media (forced-colors: active) {
    .button,
    .icon-button,
    .chip,
    .input {
      border-color: ButtonText;
    }

    .button:disabled,
    .icon-button:disabled,
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }

    button.chip[aria-pressed='true'],
    .menu-item:hover,
    .menu-item[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .popover {
      border-color: CanvasText;
    }

    .skeleton {
      forced-color-adjust: none;
      background: GrayText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
