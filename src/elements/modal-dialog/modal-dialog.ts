/**
 * The modal dialog every dialog of this library is built on: a native `<dialog>` opened with
 * `showModal()`, so the browser makes the page behind it inert (Tab stays inside, screen
 * readers see only the dialog) and puts it in the top layer.
 *
 * What it adds to the native element:
 * - `open` reflects; `show()` and `close()` return promises, and setting `open` calls them;
 * - one cancelable request to close, `contact-dialog-request-close`, with where it came from
 *   (Escape, the backdrop, the close or cancel button), so a host can keep the dialog open;
 * - `contact-dialog-closed` when it closed for any reason but the host's own `close()`;
 * - focus moves in on opening (to the element marked `autofocus`) and back on closing to the
 *   element that had it, found through shadow roots (the button inside a list row).
 *
 * Subclasses fill `renderHeadline()`, `renderBody()` and `renderActions()`, and close with
 * `closeAfterAction(value)` when a person's action in the dialog has done its work.
 * `<contact-dialog>` is the general-purpose subclass with slots.
 */
import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing, type CSSResultGroup } from 'lit';
import { property, query } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/base.js';
import { controls } from '../../styles/controls.js';
import { icon, iconStyles } from '../shared/icons.js';
import { deepActiveElement, tabbableElements } from './focus.js';
import { modalDialogStyles } from './modal-dialog.styles.js';

/** What asked a dialog to close. */
export const DIALOG_CLOSE_SOURCES = ['escape', 'backdrop', 'close-button', 'cancel-button'] as const;
export type DialogCloseSource = (typeof DIALOG_CLOSE_SOURCES)[number];

export interface DialogRequestCloseDetail {
  readonly source: DialogCloseSource;
}

export interface DialogClosedDetail {
  /** What the dialog closed with: an action's value (`blocked`), or `''` when dismissed. */
  readonly returnValue: string;
  /** Set when the person dismissed the dialog. */
  readonly source?: DialogCloseSource;
}

export type DialogRequestCloseEvent = CustomEvent<DialogRequestCloseDetail>;
export type DialogClosedEvent = CustomEvent<DialogClosedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'contact-dialog-request-close': DialogRequestCloseEvent;
    'contact-dialog-closed': DialogClosedEvent;
  }
}

/**
 * @summary Base class: a modal native `<dialog>` with a promise API, a vetoable request to
 * close, and focus that returns to where it was.
 *
 * @fires contact-dialog-request-close - A person asked to close the dialog (`detail.source`:
 * `escape`, `backdrop`, `close-button`, `cancel-button`). Cancelable: `preventDefault()` keeps
 * it open. Not cancelable only when the browser insists (Escape pressed again right after a
 * refusal closes a dialog whatever the page says).
 * @fires contact-dialog-closed - The dialog closed, for any reason except the host calling
 * `close()` or setting `open` (`detail.returnValue`, `detail.source`).
 *
 * @csspart dialog - The native `<dialog>` element (its `::backdrop` too).
 * @csspart header - The row with the headline and the close button.
 * @csspart headline - The heading that names the dialog.
 * @csspart close-button - The × button.
 * @csspart body - The scrolling content.
 * @csspart actions - The row of buttons at the bottom.
 *
 * @cssprop [--contact-surface-raised] - The dialog's background.
 * @cssprop [--contact-shadow] - Its shadow.
 */
// @localized() re-renders on a locale change; subclasses inherit it.
@localized()
export class ModalDialog extends LitElement {
  static override styles: CSSResultGroup = [sharedStyles, controls, iconStyles, modalDialogStyles];

  /** Whether the dialog is open. Setting it opens or closes the dialog, as `show()` and `close()` do. */
  @property({ type: Boolean, reflect: true })
  get open(): boolean {
    return this.#open;
  }
  set open(value: boolean) {
    if (value === this.#open) return;
    if (value) void this.show();
    else void this.close();
  }

  /** The value the dialog last closed with: an action's (`blocked`, `merged`) or `''`. */
  returnValue = '';

  /** @internal */
  @query('dialog') protected readonly dialog!: HTMLDialogElement | null;

  #open = false;
  #showing: Promise<void> | undefined;
  #returnFocusTo: HTMLElement | null = null;
  #pointerDownOnBackdrop = false;
  #connected!: Promise<void>;
  #resolveConnected!: () => void;

  constructor() {
    super();
    this.#resetConnected();
    this.addController({
      hostConnected: () => this.#resolveConnected(),
      hostDisconnected: () => {
        // Leaving the document takes a dialog out of the top layer: it is closed, quietly.
        this.#setOpen(false);
        this.#returnFocusTo = null;
        this.#resetConnected();
      },
    });
  }

  /**
   * Opens the dialog (waiting, if need be, until it is in the document and rendered) and
   * moves focus into it. Resolves once it is open; at once if it already is.
   */
  show(): Promise<void> {
    if (this.#open && this.#showing) return this.#showing;
    if (this.#open && this.dialog?.open) return Promise.resolve();
    this.#setOpen(true);
    this.#showing = this.#showModal().finally(() => {
      this.#showing = undefined;
    });
    return this.#showing;
  }

  /**
   * Closes the dialog and returns focus to where it was before opening. Not vetoable and
   * fires no event: the host decided. Resolves once it is closed.
   */
  async close(returnValue = ''): Promise<void> {
    if (!this.#open) return;
    this.#finishClose(returnValue);
  }

  /**
   * Asks to close as a person would: fires the cancelable `contact-dialog-request-close` and
   * closes unless someone prevents it (or the dialog refuses while it is busy, see
   * `closeRefused`). Returns whether it closed.
   */
  requestClose(source: DialogCloseSource): boolean {
    if (!this.#open) return false;
    const allowed = !this.closeRefused(source) && this.#dispatchRequestClose(source, true);
    if (!allowed) {
      this.#signalRefusal();
      return false;
    }
    this.#finishClose('', source);
    return true;
  }

  protected override render() {
    const headline = this.renderHeadline();
    return html`
      <dialog
        part="dialog"
        aria-labelledby=${headline === nothing ? nothing : 'headline'}
        @keydown=${this.#onKeyDown}
        @cancel=${this.#onCancel}
        @close=${this.#onNativeClose}
        @pointerdown=${this.#onPointerDown}
        @click=${this.#onClick}
      >
        <div class="surface" @animationend=${this.#onAnimationEnd}>
          <div class="header" part="header">
            <h2 id="headline" part="headline">${headline}</h2>
            <button
              class="icon-button close-button"
              part="close-button"
              type="button"
              aria-label=${msg('Close', { id: 'dialog.close', desc: 'The × button of a dialog.' })}
              @click=${() => this.requestClose('close-button')}
            >
              ${icon('close')}
            </button>
          </div>
          <div class="body" part="body" aria-busy=${this.busy ? 'true' : 'false'} tabindex=${this.busy ? '0' : nothing}>
            ${this.renderBody()}
          </div>
          ${this.#renderActionsRow()}
        </div>
      </dialog>
    `;
  }

  /** The headline: the dialog is named after it. `nothing` leaves the dialog unnamed. */
  protected renderHeadline(): unknown {
    return nothing;
  }

  protected renderBody(): unknown {
    return nothing;
  }

  /** The buttons at the bottom; `nothing` leaves the row out. */
  protected renderActions(): unknown {
    return nothing;
  }

  /**
   * Moves focus in after opening: to the element marked `autofocus` in the dialog's own
   * content, else in its light DOM (slotted content), else to the first control the browser
   * picks. Put `autofocus` on the least destructive sensible control.
   */
  protected focusInitial(): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('[autofocus]') ?? this.querySelector<HTMLElement>('[autofocus]');
    target?.focus();
  }

  /**
   * @internal For subclasses: whether the dialog is waiting for its data source to carry out an action. While busy it
   * refuses requests to close (see `closeRefused`), and its body takes focus itself: its
   * controls are disabled then, and a keyboard user must still be able to scroll it.
   */
  protected get busy(): boolean {
    return false;
  }

  /**
   * Whether the dialog itself refuses a request to close: by default while `busy` (closing
   * would hide the outcome of an action already sent). Refused requests fire no event.
   */
  protected closeRefused(_source: DialogCloseSource): boolean {
    return this.busy;
  }

  /**
   * Closes because a person's action inside the dialog has done its work (a block was
   * saved): fires `contact-dialog-closed` with the value.
   */
  protected closeAfterAction(returnValue: string): void {
    if (!this.#open) return;
    this.#finishClose(returnValue, undefined, true);
  }

  #renderActionsRow() {
    const actions = this.renderActions();
    // Plain <div>s, not <header>/<footer>: those would be page landmarks (banner, contentinfo).
    return actions === nothing ? nothing : html`<div class="actions" part="actions">${actions}</div>`;
  }

  async #showModal(): Promise<void> {
    await this.#connected;
    await this.updateComplete;
    const dialog = this.dialog;
    // Closed again while waiting, or already showing.
    if (!this.#open || !dialog || dialog.open) return;
    this.#returnFocusTo = deepActiveElement();
    dialog.returnValue = '';
    dialog.showModal();
    this.focusInitial();
  }

  #finishClose(returnValue: string, source?: DialogCloseSource, notify = source !== undefined): void {
    this.returnValue = returnValue;
    this.#setOpen(false);
    const dialog = this.dialog;
    if (dialog?.open) dialog.close(returnValue);
    const target = this.#returnFocusTo;
    this.#returnFocusTo = null;
    if (target?.isConnected) target.focus();
    if (notify) {
      this.dispatchEvent(
        new CustomEvent<DialogClosedDetail>('contact-dialog-closed', {
          detail: source ? { returnValue, source } : { returnValue },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  #setOpen(value: boolean): void {
    if (value === this.#open) return;
    this.#open = value;
    this.requestUpdate('open', !value);
  }

  #dispatchRequestClose(source: DialogCloseSource, cancelable: boolean): boolean {
    return this.dispatchEvent(
      new CustomEvent<DialogRequestCloseDetail>('contact-dialog-request-close', {
        detail: { source },
        bubbles: true,
        composed: true,
        cancelable,
      }),
    );
  }

  #resetConnected(): void {
    this.#connected = new Promise((resolve) => {
      this.#resolveConnected = resolve;
    });
  }

  /** A short nudge of the surface: the dialog heard the request and stays. */
  #signalRefusal(): void {
    this.renderRoot.querySelector('.surface')?.classList.add('refused');
  }

  #onAnimationEnd = (event: AnimationEvent): void => {
    (event.currentTarget as HTMLElement).classList.remove('refused');
  };

  /**
   * Escape is taken at keydown, before the browser turns it into a close request: a close
   * request can only be refused after a user activation (Chrome's close watchers), and a host
   * must be able to keep the dialog open even when it was opened from code. Content that uses
   * Escape itself (a combobox's popup) calls `preventDefault()` first and is left alone.
   *
   * Tab and Shift+Tab wrap around inside the dialog: the browser would otherwise take focus
   * out to its own toolbar after the last control (WAI-ARIA's modal dialog pattern wraps).
   */
  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.requestClose('escape');
    } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      this.#wrapTab(event);
    }
  };

  #wrapTab(event: KeyboardEvent): void {
    const stops = this.dialog ? tabbableElements(this.dialog) : [];
    const active = deepActiveElement();
    const index = active ? stops.indexOf(active) : -1;
    const next = event.shiftKey ? (index === 0 ? stops.at(-1) : undefined) : index === stops.length - 1 ? stops[0] : undefined;
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  /**
   * A close request that did not come through keydown (Escape with focus nowhere, a system
   * back gesture) arrives as the native dialog's `cancel`: we close (or not) ourselves.
   */
  #onCancel = (event: Event): void => {
    if (event.target !== event.currentTarget) return;
    if (event.cancelable) {
      event.preventDefault();
      this.requestClose('escape');
    } else {
      // The browser closes the dialog whatever we say (Escape again after a refusal): tell
      // the host, then #onNativeClose catches up.
      this.#dispatchRequestClose('escape', false);
    }
  };

  /** The dialog closed without us (see #onCancel, or a `<form method="dialog">` inside). */
  #onNativeClose = (event: Event): void => {
    if (event.target !== event.currentTarget || !this.#open) return;
    const { returnValue } = event.currentTarget as HTMLDialogElement;
    if (returnValue) this.#finishClose(returnValue, undefined, true);
    else this.#finishClose('', 'escape');
  };

  #onPointerDown = (event: PointerEvent): void => {
    this.#pointerDownOnBackdrop = event.target === event.currentTarget;
  };

  /**
   * The dialog box is the surface edge to edge, so a click whose target is the `<dialog>`
   * itself landed on the backdrop. A press that started inside (selecting text) and ended
   * outside is not one.
   */
  #onClick = (event: MouseEvent): void => {
    const onBackdrop = event.target === event.currentTarget && this.#pointerDownOnBackdrop;
    this.#pointerDownOnBackdrop = false;
    if (onBackdrop) this.requestClose('backdrop');
  };
}
