/**
 * "New dialog": the inboxes through which the agent may write first to this contact
 * (`listOutboundInboxes`), as a menu. Disabled, with the reason beside it, when there are none;
 * for a blocked contact, a warning that the customer's replies will not arrive.
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Contact, Inbox } from '../../model/contact.js';
import { isBlocked, isMissingContactInfo } from '../../model/status.js';
import type { SourceError } from '../../sources/errors.js';
import { channelName, sourceErrorMessage } from '../../i18n/messages.js';
import { channelIcon } from '../shared/channel-icon.js';
import { icon } from '../shared/icons.js';
import type { MenuButtonController } from '../shared/menu-button.js';

export interface NewDialogView {
  readonly contact: Contact;
  /** Undefined while loading. */
  readonly inboxes: readonly Inbox[] | undefined;
  readonly error: SourceError | undefined;
  readonly now: Date;
}

/** Why New dialog is disabled, or undefined when it is not. */
export function newDialogBlocker(view: NewDialogView): string | undefined {
  if (view.error) return sourceErrorMessage(view.error);
  if (view.inboxes === undefined) return msg('Looking for inboxes…', { id: 'card.new-dialog.loading' });
  if (view.inboxes.length > 0) return undefined;
  if (isMissingContactInfo(view.contact)) {
    return msg('Add an email or a phone number to write to this contact first.', { id: 'card.new-dialog.no-contact-info' });
  }
  return msg('No inbox may write first to this contact.', { id: 'card.new-dialog.no-inbox' });
}

export function newDialog(view: NewDialogView, menu: MenuButtonController): TemplateResult {
  const blocker = newDialogBlocker(view);
  const blocked = isBlocked(view.contact, view.now);
  const describedBy = [blocker ? 'new-dialog-reason' : '', blocked ? 'new-dialog-warning' : ''].filter(Boolean).join(' ');
  const items = (view.inboxes ?? []).map((inbox) => ({
    id: inbox.id,
    label: inbox.name,
    hint: channelName(inbox.channel),
    icon: channelIcon(inbox.channel, { decorative: true }),
  }));
  return html`<div class="new-dialog" part="new-dialog">
    <div class="menu-anchor" data-align="start">
      ${menu.renderButton(html`${icon('plus')}<span>${msg('New dialog', { id: 'card.new-dialog' })}</span>`, {
        className: 'button button--primary',
        disabled: blocker !== undefined,
        describedBy: describedBy || undefined,
        part: 'new-dialog-button',
      })}
      ${menu.renderMenu(items, { label: msg('Write first through', { id: 'card.new-dialog.menu' }) })}
    </div>
    ${blocker ? html`<p class="hint" id="new-dialog-reason">${blocker}</p>` : nothing}
    ${blocked
      ? html`<p class="warning" id="new-dialog-warning">
          ${icon('alert')}<span
            >${msg('This contact is blocked: you can write to them, but their replies will not arrive.', {
              id: 'card.new-dialog.blocked',
            })}</span
          >
        </p>`
      : nothing}
  </div>`;
}

export const newDialogStyles = css`
  .new-dialog {
    display: grid;
    justify-items: start;
    gap: var(--_space-xs);
  }

  .hint {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .warning {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-xs);
    margin: 0;
    color: var(--_warning);
    font-size: var(--_font-size-s);
  }
`;
