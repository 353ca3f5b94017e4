import { css } from 'lit';

export const mergeDialogStyles = css`
  .body {
    display: grid;
    gap: var(--_space-l);
    align-content: start;
  }

  p {
    margin: 0;
  }

  .intro,
  .note,
  .muted {
    color: var(--_text-muted);
  }

  .section-heading,
  .moves-heading {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-size-m);
    font-weight: 600;
  }

  /* Suggestions ------------------------------------------------------------------------ */
  .suggestions,
  .channels,
  .moves ul {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .suggestion {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: center;
    inline-size: 100%;
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: start;
  }

  .suggestion:hover {
    background: var(--_surface-hover);
  }

  .suggestion > [part='avatar'] {
    grid-row: span 3;
  }

  .suggestion-name,
  .side-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .suggestion-detail,
  .suggestion-reasons,
  .side-detail,
  .side-role,
  .row-source,
  .pick-source {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    overflow-wrap: anywhere;
  }

  .combobox {
    display: grid;
    gap: var(--_space-xs);
  }

  /* Preview ---------------------------------------------------------------------------- */
  .sides {
    display: grid;
    grid-template-columns: 1fr 1fr;
    align-items: stretch;
    gap: var(--_space-s);
  }

  .sides .swap {
    grid-column: 1 / -1;
    grid-row: 2;
    justify-self: center;
  }

  .side {
    display: grid;
    gap: var(--_space-xs);
    padding: var(--_space-s);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  .side--kept {
    border-color: var(--_success);
  }

  .side--removed {
    border-style: dashed;
  }

  .side-contact {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    min-inline-size: 0;
  }

  .side-text {
    display: grid;
    min-inline-size: 0;
  }

  .swap {
    white-space: normal;
  }

  /* A narrow dialog: the two records one above the other, the swap between them. */
  @container (inline-size < 30rem) {
    .sides {
      grid-template-columns: 1fr;
    }
  }

  .change-other {
    justify-self: start;
  }

  .fields {
    display: grid;
    border-block-start: 1px solid var(--_border);
  }

  .row {
    display: grid;
    grid-template-columns: minmax(6rem, 1fr) 2fr;
    gap: var(--_space-s);
    margin: 0;
    padding: var(--_space-s) 0;
    border: none;
    border-block-end: 1px solid var(--_border);
    min-inline-size: 0;
  }

  /* A fieldset's legend does not take part in grid layout: float it into the first column. */
  .row--pick > legend {
    float: inline-start;
    inline-size: 33%;
    padding: 0;
  }

  .row-label {
    color: var(--_text-muted);
  }

  .row-value {
    display: grid;
    gap: var(--_space-xs);
    overflow-wrap: anywhere;
  }

  .picks {
    display: grid;
    gap: var(--_space-xs);
  }

  .row--pick {
    display: block;
  }

  .row--pick .picks {
    margin-inline-start: 33%;
  }

  .pick {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space-s);
    align-items: baseline;
    padding: var(--_space-xs) var(--_space-s);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .pick:has(input:checked) {
    background: var(--_surface-selected);
  }

  .pick input {
    margin: 0;
    accent-color: var(--_accent);
  }

  .pick-value {
    overflow-wrap: anywhere;
  }

  .pick-source {
    grid-column: 2;
  }

  @container (inline-size < 30rem) {
    .row {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .row--pick > legend {
      float: none;
      inline-size: auto;
    }
    .row--pick .picks {
      margin-inline-start: 0;
    }
  }

  .channels li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  .moves {
    margin-block-start: var(--_space-m);
  }

  .warning {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
    padding: var(--_space-s) var(--_space-m);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_warning) 10%, var(--_surface-raised));
    font-weight: 600;
  }

  .warning .icon {
    color: var(--_warning);
  }
`;
