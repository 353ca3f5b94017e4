import { css } from 'lit';

/**
 * The filter's own layout. Wide (a Contacts page): the search box and the buttons share a row.
 * Narrow (a sidebar under 30rem): the search box takes the whole width, the buttons go under it.
 */
export const contactFilterStyles = css`
  :host {
    display: grid;
    gap: var(--_space-s);
    /* Its own surface, so its text reads in either scheme whatever the page behind it. */
    background: var(--_surface);
    container: contact-filter / inline-size;
    min-inline-size: 0;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }

  .search {
    position: relative;
    display: flex;
    align-items: center;
    flex: 1 1 16rem;
    min-inline-size: 0;
  }

  .search > .icon {
    position: absolute;
    inset-inline-start: var(--_space-s);
    color: var(--_text-muted);
    pointer-events: none;
  }

  .search-input {
    min-block-size: 2.25rem;
    padding-inline: calc(var(--_space-s) + 1.5rem) calc(var(--_space-xs) + 2rem);
  }

  /* Our own clear button replaces the browser's (one look everywhere, and a name). */
  .search-input::-webkit-search-cancel-button,
  .search-input::-webkit-search-decoration {
    appearance: none;
  }

  .search-clear {
    position: absolute;
    inset-inline-end: 2px;
  }

  .bar-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    min-inline-size: 0;
  }

  .filters-button {
    min-block-size: 2.25rem;
  }

  .segments-button {
    min-block-size: 2.25rem;
  }

  .count {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.25rem;
    block-size: 1.25rem;
    padding-inline: 0.25rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: var(--_font-size-s);
    line-height: 1;
  }

  .builder {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-hover);
  }

  .segmented {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }

  .segmented-legend {
    float: inline-start;
    margin-inline-end: var(--_space-xs);
    padding: 0;
    font-size: var(--_font-size-s);
    font-weight: 600;
  }

  /* Two choices joined in one pill: the chosen one filled. */
  .segmented-options {
    display: inline-flex;
    padding: 1px;
    border: 1px solid var(--_border-strong);
    border-radius: 999px;
    background: var(--_surface);
  }

  .segmented-option {
    position: relative;
    display: inline-flex;
  }

  .segmented-option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .segmented-option span {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
    padding-inline: var(--_space-s);
    border-radius: 999px;
    font-size: var(--_font-size-s);
  }

  .segmented-option input:checked + span {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  .segmented-option input:focus-visible + span {
    outline: 2px solid var(--_focus-ring);
    outline-offset: 2px;
  }

  @container contact-filter (width < 30rem) {
    .search {
      flex-basis: 100%;
    }

    .bar-buttons > * {
      flex: 1 1 auto;
    }
  }

  @media (forced-colors: active) {
    .segmented-option input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }

    .count {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
