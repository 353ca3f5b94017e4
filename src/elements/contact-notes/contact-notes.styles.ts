import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
    container-type: inline-size;
    min-inline-size: 0;
  }

  .unavailable,
  .empty {
    margin: 0;
    color: var(--_text-muted);
  }

  /* Adding ------------------------------------------------------------------------------- */
  .composer {
    display: grid;
    gap: var(--_space-xs);
  }

  .composer textarea {
    min-block-size: 4.5rem;
  }

  .composer textarea[readonly] {
    color: var(--_text-muted);
  }

  .composer-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .composer-actions .button {
    margin-inline-start: auto;
  }

  /* The list ----------------------------------------------------------------------------- */
  .notes {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .note {
    display: grid;
    gap: var(--_space-xs);
    min-inline-size: 0;
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_surface-hover) 50%, var(--_surface));
  }

  .note-head {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    min-inline-size: 0;
  }

  .note-meta {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    min-inline-size: 0;
    margin: 0;
    padding-block-start: var(--_space-xs);
    font-size: var(--_font-size-s);
  }

  .note-author {
    min-inline-size: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .note-author--unknown {
    color: var(--_text-muted);
    font-weight: 400;
  }

  .note-time {
    color: var(--_text-muted);
  }

  .note-delete {
    margin-block: calc(-1 * var(--_space-xs));
    margin-inline-end: calc(-1 * var(--_space-s));
  }

  /* The text as written: line breaks kept, long words broken, never markup. */
  .note-text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .note-text[data-folded] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 6;
    line-clamp: 6;
    overflow: hidden;
  }

  /* "Show more" only where the text does not fit (measured), and "Show less" once opened. */
  .note-more {
    display: none;
    justify-self: start;
    min-block-size: 1.75rem;
    padding-inline: var(--_space-xs);
    font-size: var(--_font-size-s);
  }

  .note[data-overflows] .note-more,
  .note[data-expanded] .note-more {
    display: inline-flex;
  }

  .note-confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }

  .note-question {
    flex: 1 1 8rem;
    margin: 0;
    font-weight: 600;
  }

  .note-confirm-actions {
    display: flex;
    gap: var(--_space-s);
  }

  .note-confirm .error-block {
    flex-basis: 100%;
  }

  /* Loading ------------------------------------------------------------------------------ */
  .skeleton-notes {
    display: grid;
    gap: var(--_space-s);
  }

  .skeleton-note {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  /* A wide container: the shortcut hint and button share a row with room to spare, and notes
     get more air. */
  @container (min-width: 36rem) {
    .note {
      padding: var(--_space-m) var(--_space-l);
    }

    .composer textarea {
      min-block-size: 5.5rem;
    }
  }

  @media (forced-colors: active) {
    .note {
      border-color: CanvasText;
    }
  }
`;
