/**
 * The card's header: avatar, name, the flag of the phone's country, the channels the contact
 * is reachable on, and the status (blocked until … / forever, with the reason).
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Channel } from '../../model/channels.js';
import type { Contact } from '../../model/contact.js';
import { regionOfPhone } from '../../model/phone.js';
import { avatar } from '../shared/avatar.js';
import { channelIcon } from '../shared/channel-icon.js';
import { statusBadge } from '../shared/status-badge.js';
import { flag } from './values.js';

/** The contact's country for the flag: from the phone's calling code, else the stored country. */
export function contactRegion(contact: Pick<Contact, 'phone' | 'country'>): string | undefined {
  return (contact.phone ? regionOfPhone(contact.phone) : undefined) ?? contact.country;
}

export function displayName(contact: Pick<Contact, 'name'>): string {
  return contact.name.trim() || msg('Unnamed contact', { id: 'card.unnamed' });
}

function reachableChannels(contact: Contact): Channel[] {
  return [...new Set(contact.channels.map((channel) => channel.channel))];
}

export function cardHeader(contact: Contact, options: { now: Date; actions: TemplateResult | typeof nothing }): TemplateResult {
  const channels = reachableChannels(contact);
  return html`<header class="header" part="header">
    ${avatar(contact, { size: 'l', decorative: true })}
    <div class="identity">
      <h2 class="name" part="name" id="contact-name">
        <bdi>${displayName(contact)}</bdi>${flag(contactRegion(contact))}
      </h2>
      <div class="header-meta">
        ${statusBadge(contact, { now: options.now, showReason: true })}
        ${channels.length
          ? html`<ul class="channels" part="channels" aria-label=${msg('Reachable on', { id: 'card.reachable-on' })}>
              ${channels.map((channel) => html`<li>${channelIcon(channel)}</li>`)}
            </ul>`
          : nothing}
      </div>
    </div>
    ${options.actions}
  </header>`;
}

export const cardHeaderStyles = css`
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-m);
    min-inline-size: 0;
  }

  .identity {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .name {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-xs);
    margin: 0;
    font-size: var(--_font-size-l);
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .name bdi {
    min-inline-size: 0;
  }

  .flag {
    font-size: 1em;
    line-height: 1;
  }

  .header-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }

  /* A badge carrying a reason wraps in a narrow card: a pill would turn into an oval. */
  .header-meta .status-badge {
    border-radius: var(--_radius);
  }

  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
