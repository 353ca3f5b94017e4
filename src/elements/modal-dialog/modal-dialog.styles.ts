import { css } from 'lit';

export const modalDialogStyles = css`
  :host {
    display: contents;
  }

  dialog {
    /* The box is the surface edge to edge: a click on the <dialog> itself is on the backdrop. */
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    inline-size: min(36rem, calc(100vw - 2 * var(--_space-l)));
    max-block-size: calc(100dvh - 2 * var(--_space-l));
    background: var(--_surface-raised);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: hidden;
  }

  dialog[open] {
    animation: dialog-in 150ms ease-out;
  }

  dialog::backdrop {
    background: rgb(15 18 24 / 0.5);
  }

  .surface {
    display: flex;
    flex-direction: column;
    max-block-size: inherit;
    container-type: inline-size;
  }

  .surface.refused {
    animation: refused 250ms ease-in-out;
  }

  .header {
    display: flex;
    align-items: start;
    gap: var(--_space-s);
    padding: var(--_space-l) var(--_space-l) var(--_space-s);
  }

  h2 {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-l);
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .close-button {
    margin-block-start: -0.25rem;
    margin-inline-end: -0.25rem;
  }

  .body {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    padding: var(--_space-xs) var(--_space-l) var(--_space-l);
    overscroll-behavior: contain;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-s);
    padding: var(--_space-m) var(--_space-l);
    border-block-start: 1px solid var(--_border);
  }

  /*
   * Movement only, no fading: the content is readable (and its contrast measurable) from the
   * first frame, also in a background tab where animations do not advance.
   */
  @keyframes dialog-in {
    from {
      transform: translateY(0.5rem) scale(0.98);
    }
  }

  @keyframes refused {
    0%,
    100% {
      transform: scale(1);
    }
    50% {
      transform: scale(1.015);
    }
  }
`;
