import { css, type CSSResultGroup } from 'lit';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { menuButtonStyles } from '../shared/menu-button.js';
import { iconStyles } from '../shared/icons.js';
import { labelChipStyles } from '../shared/label-chip.js';
import { sourceErrorStyles } from '../shared/source-error.js';

const styles = css`
  :host {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    color: var(--_text);
    container: bulk-actions / inline-size;
  }

  /* Empty, they take no row (and no gap): the live region stays in the tree, ready to speak. */
  .report-region:not(:has(*)),
  .dialogs:not(:has(*)) {
    position: absolute;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-selected);
  }

  .count {
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    min-inline-size: 0;
  }

  .danger-text {
    color: var(--_danger);
  }

  .menu-item .label-dot {
    margin-inline-end: var(--_space-xs);
  }

  .block-form,
  .progress,
  .report {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .durations {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    border: 0;
  }

  .duration {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    min-block-size: 1.5rem;
  }

  .duration-end,
  .note {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .note,
  .progress-title,
  .progress-text,
  .report p {
    margin: 0;
  }

  .form-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
  }

  .progress-title,
  .report-title {
    font-weight: 600;
  }

  .progress-track {
    position: relative;
    block-size: 0.5rem;
    overflow: hidden;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_text) 12%, var(--_surface));
  }

  .progress-bar {
    block-size: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: inline-size 150ms linear;
  }

  .progress-bar[data-indeterminate] {
    inline-size: 30%;
    animation: sweep 1.2s ease-in-out infinite;
  }

  @keyframes sweep {
    from {
      margin-inline-start: -30%;
    }
    to {
      margin-inline-start: 100%;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .progress-bar,
    .progress-bar[data-indeterminate] {
      transition: none;
      animation: none;
    }
  }

  .progress-text {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-m);
    color: var(--_text-muted);
  }

  .progress > button {
    justify-self: start;
  }

  .failed-count,
  .failed-title {
    color: var(--_danger);
  }

  .failed-title {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    font-weight: 600;
  }

  .report[data-outcome='partial'] {
    border-inline-start: 4px solid var(--_danger);
  }

  .failures {
    margin: 0;
    padding-inline-start: var(--_space-l);
    max-block-size: 12rem;
    overflow-y: auto;
  }

  .failure-name {
    font-weight: 600;
  }

  .dismiss {
    justify-self: start;
  }

  .confirm-count {
    margin-block-start: 0;
    font-weight: 600;
  }

  @container bulk-actions (inline-size < 30rem) {
    .bar {
      padding: var(--_space-s);
    }

    /* Narrow: buttons with an icon show only it; their names stay for screen readers. */
    .actions .button:has(.icon) {
      position: relative;
      padding-inline: var(--_space-s);
    }

    .actions .button:has(.icon) > span {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  @media (forced-colors: active) {
    .progress-bar {
      background: Highlight;
    }

    .progress-track {
      border: 1px solid CanvasText;
    }
  }
`;

export const bulkActionsStyles: CSSResultGroup = [
  sharedStyles,
  controls,
  iconStyles,
  labelChipStyles,
  menuButtonStyles,
  sourceErrorStyles,
  styles,
];
