import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    container-type: inline-size;
    min-inline-size: 0;
  }

  .empty {
    margin: 0;
    color: var(--_text-muted);
  }

  .fold {
    align-self: flex-start;
    min-block-size: 1.75rem;
    padding-inline: var(--_space-s);
    font-size: var(--_font-size-s);
  }

  .skeleton-chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }

  .skeleton-chips .skeleton {
    block-size: 1.5rem;
    border-radius: 999px;
  }

  /* The combobox ------------------------------------------------------------------------ */
  .combobox {
    position: relative;
    inline-size: 100%;
  }

  .combobox-field {
    position: relative;
    display: block;
  }

  .combobox-field > .icon {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: var(--_space-s);
    inline-size: 1rem;
    block-size: 1rem;
    color: var(--_text-muted);
    transform: translateY(-50%);
    pointer-events: none;
  }

  .combobox-field > .input {
    padding-inline-start: calc(var(--_space-s) * 2 + 1rem);
  }

  .listbox {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + var(--_space-xs));
    inset-inline: 0;
    max-inline-size: none;
    max-block-size: 16rem;
    margin: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    list-style: none;
  }

  .option {
    border-inline-start: 3px solid transparent;
  }

  .option[aria-selected='true'] {
    border-inline-start-color: var(--_accent);
  }

  .option .label-dot {
    align-self: flex-start;
    margin-block-start: 0.45em;
  }

  .option-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }

  .option-name {
    overflow-wrap: anywhere;
  }

  .option-description {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .option--create {
    color: var(--_accent);
    font-weight: 600;
  }

  .option--create .icon {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .notice {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .notice:empty {
    display: none;
  }

  /* A wide container: the combobox need not stretch across the page. */
  @container (min-width: 32rem) {
    .combobox,
    .notice {
      max-inline-size: 22rem;
    }
  }

  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }
`;
