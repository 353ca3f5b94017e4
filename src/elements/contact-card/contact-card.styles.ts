import { css, type CSSResultGroup } from 'lit';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { avatarStyles } from '../shared/avatar.js';
import { channelIconStyles } from '../shared/channel-icon.js';
import { fieldErrorStyles } from '../shared/field-error.js';
import { iconStyles } from '../shared/icons.js';
import { labelChipStyles } from '../shared/label-chip.js';
import { sourceErrorStyles } from '../shared/source-error.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { timeStyles } from '../shared/time.js';
import { bannerStyles } from './banners.js';
import { cardHeaderStyles } from './card-header.js';
import { cardStateStyles } from './card-states.js';
import { createFormStyles } from './create-form.js';
import { deleteConfirmationStyles } from './delete-confirmation.js';
import { fieldRowStyles } from './inline-field.js';
import { menuButtonStyles } from '../shared/menu-button.js';
import { newDialogStyles } from './new-dialog.js';

/**
 * One column in a sidebar; from 44rem of its own width (not the viewport's: a card on a wide
 * page, or in a wide panel), a second column for labels, conversations and notes.
 */
const styles = css`
  :host {
    display: block;
    container: contact-card / inline-size;
    min-inline-size: 0;
    background: var(--_surface);
    color: var(--_text);
  }

  .card {
    padding: var(--_space-m);
  }

  .layout {
    display: grid;
    gap: var(--_space-l);
  }

  .column {
    display: grid;
    align-content: start;
    gap: var(--_space-l);
    min-inline-size: 0;
  }

  .actions {
    flex: none;
  }

  .section {
    display: grid;
    gap: var(--_space-s);
    min-inline-size: 0;
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }

  .section-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
  }

  .section-title {
    margin: 0;
    font-size: var(--_font-size-m);
    font-weight: 600;
  }

  .link,
  .link-button {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }

  .link-button {
    display: inline;
    padding: 0;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .code {
    color: var(--_text-muted);
  }

  .conflict {
    flex-wrap: wrap;
  }

  .conflict > span {
    flex: 1 1 10rem;
    min-inline-size: 0;
  }

  .conflict-merge {
    flex-basis: 100%;
    justify-self: start;
    inline-size: fit-content;
    margin-block-start: var(--_space-xs);
  }

  contact-labels,
  contact-conversations,
  contact-notes {
    display: block;
    min-inline-size: 0;
  }

  @container contact-card (min-width: 44rem) {
    .card {
      padding: var(--_space-l);
    }

    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      column-gap: var(--_space-xl);
    }

    .column--side > .section:first-child {
      border-block-start: none;
      padding-block-start: 0;
    }
  }
`;

export const contactCardStyles: CSSResultGroup = [
  sharedStyles,
  controls,
  iconStyles,
  avatarStyles,
  channelIconStyles,
  statusBadgeStyles,
  timeStyles,
  sourceErrorStyles,
  fieldErrorStyles,
  labelChipStyles,
  menuButtonStyles,
  cardHeaderStyles,
  cardStateStyles,
  bannerStyles,
  newDialogStyles,
  fieldRowStyles,
  deleteConfirmationStyles,
  createFormStyles,
  styles,
];
