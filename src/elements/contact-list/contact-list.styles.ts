import { css } from 'lit';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { avatarStyles } from '../shared/avatar.js';
import { channelIconStyles } from '../shared/channel-icon.js';
import { iconStyles } from '../shared/icons.js';
import { labelChipStyles } from '../shared/label-chip.js';
import { sourceErrorStyles } from '../shared/source-error.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { timeStyles } from '../shared/time.js';

/**
 * The list's own layout. A flex column filling the element's height (give the element one:
 * 32rem by default): toolbar, then the grid whose body scrolls. Every row is a CSS grid on the
 * same tracks (`--_columns`, set from the visible columns), so cells line up although each row
 * is positioned on its own by the virtualizer.
 *
 * Below 30rem of container width (a sidebar) the data cells give way to one compact cell: a
 * two-line row. The element renders only the cells of the layout its width needs (a
 * ResizeObserver, same 30rem); the container query styles it, so a narrow panel on a wide
 * screen gets it too.
 */
const layout = css`
  :host {
    display: flex;
    flex-direction: column;
    block-size: 32rem;
    min-inline-size: 0;
    background: var(--_surface);
    container: contact-list / inline-size;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-xs);
  }

  .count {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .bulk-actions {
    display: block;
  }

  .toolbar-end {
    position: relative;
    margin-inline-start: auto;
  }

  .columns-menu {
    position: absolute;
    z-index: 3;
    inset-block-start: calc(100% + var(--_space-xs));
    inset-inline-end: 0;
    max-block-size: 20rem;
    overflow: auto;
  }

  /* The one scroller, both ways: rows scroll under the sticky header. */
  .grid-frame {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    /* Cells scrolled into view from the keyboard stay clear of the sticky header (the element
       sets the header's measured height here). */
    scroll-padding-block-start: 2.75rem;
    border-block-start: 1px solid var(--_border);
  }

  /* The rows' box fills the frame even before it has rows: the virtualizer takes its viewport
     from that box, and a first page arriving into an empty one was laid out twice (one row for
     a viewport of 0 px, then the rest). */
  .grid {
    display: flex;
    flex-direction: column;
    min-block-size: 100%;
    min-inline-size: var(--_table-min);
  }

  .head {
    position: sticky;
    z-index: 3;
    inset-block-start: 0;
  }

  .body {
    flex: 1 0 auto;
    outline-offset: -2px;
  }

  /* The previous query's rows while the new one loads: inert, and a bar under the header moves
     if that takes a while (a fast source replaces them before it shows, so typing does not
     flicker). Not dimmed: the rows keep their contrast. */
  .refreshing .body {
    pointer-events: none;
  }

  .refreshing .head::after {
    content: '';
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    block-size: 2px;
    background: linear-gradient(90deg, transparent, var(--_accent), transparent) no-repeat;
    background-size: 40% 100%;
    opacity: 0;
    animation:
      refreshing-show 0s 0.2s forwards,
      refreshing-move 1.2s linear 0.2s infinite;
  }

  @keyframes refreshing-show {
    to {
      opacity: 1;
    }
  }

  @keyframes refreshing-move {
    from {
      background-position: -40% 0;
    }
    to {
      background-position: 140% 0;
    }
  }

  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    align-items: center;
    inline-size: 100%;
    min-block-size: var(--_row-height);
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }

  .header-row {
    min-block-size: 2.5rem;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    font-weight: 600;
  }

  .body .row:hover {
    background: var(--_surface-hover);
    cursor: pointer;
  }

  .row[aria-selected='true'] {
    background: var(--_surface-selected);
  }

  .row[aria-current='true'] {
    background: var(--_surface-selected);
    box-shadow: inset 3px 0 0 var(--_accent);
  }

  :host(:dir(rtl)) .row[aria-current='true'] {
    box-shadow: inset -3px 0 0 var(--_accent);
  }

  .cell {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    min-inline-size: 0;
    padding-inline: var(--_space-s);
    padding-block: var(--_space-xs);
    overflow: hidden;
    white-space: nowrap;
    outline-offset: -2px;
  }

  /* Room above the relative time for its exact-time tooltip (named rather than matched with :has(.time), which
     would cost a style check on every row the virtualizer adds). */
  .body .cell[data-column='lastActivity'],
  .body .compact-cell {
    overflow: visible;
  }

  /* Long headers (Ukrainian "Остання активність") wrap rather than run into the next column. */
  .header-row .cell {
    white-space: normal;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }

  .check-cell {
    justify-content: center;
  }

  /* The whole cell is the checkbox's target (WCAG 2.5.8: at least 24px). */
  .check-target {
    display: grid;
    place-items: center;
    min-inline-size: 2rem;
    min-block-size: 2rem;
    cursor: pointer;
  }

  .actions-cell {
    justify-content: flex-end;
    gap: 0;
  }

  .sort-button {
    display: inline-flex;
    align-items: center;
    min-inline-size: 0;
    text-align: start;
    gap: var(--_space-xs);
    padding: var(--_space-xs);
    margin-inline-start: calc(-1 * var(--_space-xs));
    font-weight: 600;
  }

  .sort-button .icon {
    color: var(--_accent);
  }

  .name-cell {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-inline-size: 0;
  }

  .name,
  .truncate {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .name {
    font-weight: 600;
  }

  .label-list {
    flex-wrap: nowrap;
    overflow: hidden;
  }

  .skeleton-row .skeleton {
    inline-size: 70%;
  }

  .compact {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-inline-size: 0;
    inline-size: 100%;
  }

  .compact-lines {
    display: grid;
    min-inline-size: 0;
    flex: 1;
  }

  .compact-line {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-inline-size: 0;
  }

  .compact-line .name {
    flex: 0 1 auto;
  }

  .compact-line .status-badge,
  .compact-line .time {
    flex: none;
    white-space: nowrap;
  }

  .compact-details {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .state {
    display: grid;
    justify-items: center;
    gap: var(--_space-s);
    padding: var(--_space-xl) var(--_space-l);
    text-align: center;
  }

  .state .error-block {
    inline-size: 100%;
    text-align: start;
  }

  .inline-error {
    padding-block-end: var(--_space-s);
  }

  .state p {
    margin: 0;
  }

  .state-title {
    font-size: var(--_font-size-l);
    font-weight: 600;
  }

  .state-hint {
    color: var(--_text-muted);
  }

  @container contact-list (max-width: 30rem) {
    .grid {
      min-inline-size: 0;
    }

    .row {
      grid-template-columns: 2.5rem minmax(0, 1fr) auto;
    }

    .body .row {
      min-block-size: 4rem;
    }

    .actions-cell {
      padding-inline: 0;
    }
  }

  @media (forced-colors: active) {
    .row[aria-current='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
`;

export const contactListStyles = [
  sharedStyles,
  controls,
  iconStyles,
  avatarStyles,
  channelIconStyles,
  labelChipStyles,
  statusBadgeStyles,
  timeStyles,
  sourceErrorStyles,
  layout,
];
