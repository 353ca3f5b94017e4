/**
 * "Delete Olena Koval?": the confirmation before the card deletes a contact, naming it and
 * saying that its conversations and notes go too. A `<contact-dialog>` (modal: focus kept
 * inside, Escape and × ask to close, focus returns to the actions button), whose content and
 * buttons live in the card's shadow root so the card's styles and handlers apply to them.
 * While the deletion runs, requests to close are refused: closing would hide its outcome.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../model/contact.js';
import type { SourceError } from '../../sources/errors.js';
import type { ContactDialog } from '../contact-dialog/contact-dialog.js';
import { sourceErrorBlock } from '../shared/source-error.js';
import { displayName } from './card-header.js';

export interface DeleteConfirmationView {
  /** The contact being confirmed; nothing is rendered without one. */
  readonly contact: Contact | undefined;
  readonly pending: boolean;
  readonly error: SourceError | undefined;
}

export interface DeleteConfirmationHandlers {
  readonly onConfirm: () => void;
  /** The dialog closed without deleting (Cancel, Escape, ×). */
  readonly onDismissed: () => void;
}

export function deleteConfirmation(view: DeleteConfirmationView, handlers: DeleteConfirmationHandlers): TemplateResult | typeof nothing {
  const contact = view.contact;
  if (!contact) return nothing;
  const name = displayName(contact);
  return html`<contact-dialog
    id="delete-dialog"
    part="delete-dialog"
    headline=${msg(str`Delete ${name}?`, { id: 'card.delete.title' })}
    @contact-dialog-request-close=${(event: Event) => {
      if (view.pending) event.preventDefault();
    }}
    @contact-dialog-closed=${handlers.onDismissed}
  >
    <p id="delete-body" class="confirm-body">
      ${msg('Their conversations and notes will be deleted too. This cannot be undone.', { id: 'card.delete.body' })}
    </p>
    ${sourceErrorBlock(view.error, { context: msg('The contact was not deleted', { id: 'card.delete.failed' }) })}
    <button
      slot="actions"
      type="button"
      class="button button--secondary"
      data-action="cancel"
      autofocus
      ?disabled=${view.pending}
      @click=${(event: Event) => ((event.target as HTMLElement).closest('contact-dialog') as ContactDialog | null)?.requestClose('cancel-button')}
    >
      ${msg('Cancel', { id: 'card.cancel' })}
    </button>
    <button
      slot="actions"
      type="button"
      class="button button--danger"
      data-action="confirm-delete"
      aria-busy=${view.pending ? 'true' : 'false'}
      @click=${() => (view.pending ? undefined : handlers.onConfirm())}
    >
      ${view.pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      ${msg('Delete contact', { id: 'card.delete.confirm' })}
    </button>
  </contact-dialog>`;
}

function dialogIn(root: ParentNode): ContactDialog | null {
  return root.querySelector<ContactDialog>('#delete-dialog');
}

/** Opens the rendered confirmation, if it is not open yet. */
export function showDeleteConfirmation(root: ParentNode): void {
  const dialog = dialogIn(root);
  if (dialog && !dialog.open) void dialog.show();
}

/** Closes it from code (after the deletion): fires nothing, focus goes back. */
export function closeDeleteConfirmation(root: ParentNode): Promise<void> {
  return dialogIn(root)?.close('deleted') ?? Promise.resolve();
}

export const deleteConfirmationStyles = css`
  .confirm-body {
    margin: 0 0 var(--_space-m);
  }
`;
