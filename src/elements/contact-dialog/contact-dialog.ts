import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ModalDialog } from '../modal-dialog/modal-dialog.js';

/**
 * The general-purpose modal dialog, for confirmations and small forms that need no element
 * of their own (the card's "Delete contact?"). The content is the host's; the behaviour is
 * `ModalDialog`'s: native `showModal()`, `show()`/`close()` promises, a vetoable request to
 * close and focus returned to the trigger.
 *
 * ```html
 * <contact-dialog headline="Delete Olena Kovalenko?">
 *   <p>Her conversations and notes are deleted too.</p>
 *   <button slot="actions" data-cancel>Cancel</button>
 *   <button slot="actions" autofocus>Delete</button>
 * </contact-dialog>
 * ```
 * ```js
 * await dialog.show();
 * cancelButton.onclick = () => dialog.requestClose('cancel-button');
 * deleteButton.onclick = async () => { await remove(); await dialog.close('deleted'); };
 * ```
 * An element with `autofocus` inside receives focus on opening.
 *
 * @tagname contact-dialog
 * @summary A modal dialog with your content: focus kept inside, Escape and backdrop ask to
 * close, focus returns to the trigger.
 *
 * @slot - The content.
 * @slot headline - The headline, when it needs more than the `headline` text.
 * @slot actions - The buttons at the bottom, in reading order.
 *
 * @fires contact-dialog-request-close - A person asked to close (`detail.source`); cancelable.
 * @fires contact-dialog-closed - The dialog closed, except by the host's own `close()`.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart header - The row with the headline and the close button.
 * @csspart headline - The heading.
 * @csspart close-button - The × button.
 * @csspart body - The scrolling content.
 * @csspart actions - The row of buttons.
 *
 * @cssprop [--contact-surface-raised] - The dialog's background.
 * @cssprop [--contact-shadow] - Its shadow.
 */
export class ContactDialog extends ModalDialog {
  /** The headline, which also names the dialog for screen readers. */
  @property() headline = '';

  protected override renderHeadline() {
    return html`<slot name="headline">${this.headline || nothing}</slot>`;
  }

  protected override renderBody() {
    return html`<slot></slot>`;
  }

  protected override renderActions() {
    return html`<slot name="actions"></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-dialog': ContactDialog;
  }
}
