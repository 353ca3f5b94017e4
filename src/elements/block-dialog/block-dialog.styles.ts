import { css } from 'lit';

export const blockDialogStyles = css`
  form {
    display: grid;
    gap: var(--_space-l);
  }

  p {
    margin: 0;
  }

  .intro,
  .note {
    color: var(--_text-muted);
  }

  .durations {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }

  .durations legend {
    padding: 0;
    margin-block-end: var(--_space-xs);
  }

  .duration {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    column-gap: var(--_space-s);
    min-block-size: 2.25rem;
    padding-inline: var(--_space-s);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .duration:hover {
    background: var(--_surface-hover);
  }

  .duration:has(input:checked) {
    background: var(--_surface-selected);
  }

  .duration input {
    margin: 0;
    inline-size: 1rem;
    block-size: 1rem;
    accent-color: var(--_accent);
  }

  .duration-end {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    text-align: end;
  }

  /* A narrow dialog: the end goes under the name. */
  @container (inline-size < 26rem) {
    .duration {
      grid-template-columns: auto 1fr;
      padding-block: var(--_space-xs);
    }
    .duration-end {
      grid-column: 2;
      text-align: start;
    }
  }

  .custom-end .input {
    max-inline-size: 16rem;
  }

  textarea.input {
    resize: vertical;
    min-block-size: 4.5rem;
  }

  .reason-footer {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .counter {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .summary {
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_surface-hover);
    font-weight: 600;
  }

  .current-block {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
  }

  .current-block dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .current-block dd {
    margin: 0;
  }

  .reason-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .muted {
    color: var(--_text-muted);
  }
`;
