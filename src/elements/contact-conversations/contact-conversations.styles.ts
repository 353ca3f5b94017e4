import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    container-type: inline-size;
    min-inline-size: 0;
  }

  .unavailable,
  .empty {
    margin: 0;
    color: var(--_text-muted);
  }

  .filter {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .filter-chip {
    min-block-size: 1.75rem;
    cursor: pointer;
  }

  .filter-count {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }

  .conversations {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .conversations > li + li {
    border-block-start: 1px solid var(--_border);
  }

  /* One conversation: narrow first (three rows), one row in a wide container. */
  .conversation {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'inbox time'
      'status unread'
      'preview preview';
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    inline-size: 100%;
    padding: var(--_space-s);
    border-radius: var(--_radius);
    text-align: start;
  }

  .conversation:hover {
    background: var(--_surface-hover);
  }

  .conversation:focus-visible {
    outline-offset: -2px;
  }

  .conversation-inbox {
    grid-area: inbox;
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    min-inline-size: 0;
    font-weight: 600;
  }

  .inbox-name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .conversation > .time {
    grid-area: time;
    justify-self: end;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .conversation-status {
    --status-color: var(--_text-muted);
    grid-area: status;
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    color: var(--_text);
    font-size: var(--_font-size-s);
  }

  .conversation-status[data-status='open'] {
    --status-color: var(--_accent);
  }

  .conversation-status[data-status='pending'] {
    --status-color: var(--_warning);
  }

  .conversation-status[data-status='resolved'] {
    --status-color: var(--_success);
  }

  /* The colour is a dot beside the words, never the only sign. Snoozed is a hollow dot. */
  .status-dot {
    flex: none;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border: 2px solid var(--status-color);
    border-radius: 50%;
    background: var(--status-color);
  }

  .conversation-status[data-status='snoozed'] .status-dot {
    background: transparent;
  }

  /* The last message: untrusted text, two lines at most. */
  .preview {
    grid-area: preview;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }

  .preview--none {
    font-style: italic;
  }

  .unread {
    grid-area: unread;
    justify-self: end;
    min-inline-size: 1.25rem;
    padding-inline: var(--_space-xs);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: var(--_font-size-s);
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }

  @container (min-width: 36rem) {
    .conversation {
      grid-template-columns: minmax(8rem, 13rem) 6.5rem minmax(0, 1fr) auto 2rem;
      grid-template-areas: 'inbox status preview time unread';
    }

    .preview {
      -webkit-line-clamp: 1;
      line-clamp: 1;
    }
  }

  .skeleton-list {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-s);
  }

  .skeleton-item {
    display: grid;
    gap: var(--_space-s);
  }

  @media (forced-colors: active) {
    .status-dot,
    .unread {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
