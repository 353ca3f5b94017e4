/**
 * Status badge: active, inactive or blocked ("Blocked until Nov 24, 2026, 12:00 AM" / "Blocked
 * forever"), from `contactStatus`, so an expired block reads as not blocked.
 *
 * ```ts
 * static override styles = [sharedStyles, iconStyles, statusBadgeStyles, styles];
 * html`${statusBadge(contact)}`                      // list: reason for screen readers only
 * html`${statusBadge(contact, { showReason: true })}` // card header: the reason shown too
 * html`${statusBadge(contact, { brief: true })}`      // beside a name in a sidebar row: "Blocked" only
 * ```
 *
 * Never colour alone: each status has its own icon and its words. Pass `now` where the
 * element keeps a clock (tests, a list rendering many rows at one instant).
 *
 * Part: `status-badge`.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../model/contact.js';
import { contactStatus, type ContactStatus } from '../../model/status.js';
import { formatDateTime } from '../../i18n/format.js';
import { contactStatusName } from '../../i18n/messages.js';
import { icon, type IconName } from './icons.js';

export interface StatusBadgeOptions {
  /** The moment the status is judged at; now by default. */
  now?: Date;
  /** Show the block's reason beside the status (otherwise only screen readers get it). */
  showReason?: boolean;
  /**
   * A block on two lines of their own: "Blocked", then "until 24 Dec, 09:00" or "forever", each
   * on one line. For table cells: a narrow column shows the whole status, and every row keeps one
   * height (text free to wrap made row heights vary, and a virtualized list re-measure them).
   */
  stacked?: boolean;
  /**
   * A block shown as "Blocked" alone, its end ("until …", "forever") for screen readers and in
   * the title: beside a name in a narrow row (a sidebar), where the whole status would squeeze
   * the name.
   */
  brief?: boolean;
}

const STATUS_ICONS: Readonly<Record<ContactStatus, IconName>> = {
  active: 'check',
  inactive: 'clock',
  blocked: 'block',
};

/** The badge's words: "Active", "Inactive", "Blocked forever", "Blocked until …". */
export function statusText(contact: Pick<Contact, 'block' | 'lastActivityAt'>, now: Date = new Date()): string {
  const status = contactStatus(contact, now);
  if (status !== 'blocked') return contactStatusName(status);
  const until = contact.block?.until;
  if (!until) return msg('Blocked forever', { id: 'status.blocked-forever' });
  const time = formatDateTime(until);
  return msg(str`Blocked until ${time}`, { id: 'status.blocked-until', desc: 'The placeholder is a date and time.' });
}

/** "until …" or "forever": how long a block lasts, said after "Blocked". */
function blockEnd(until: Date | null): string {
  const time = until ? formatDateTime(until, 'short') : '';
  return until
    ? msg(str`until ${time}`, { id: 'status.until-short', desc: 'Under "Blocked"; the placeholder is a date and time.' })
    : msg('forever', { id: 'status.forever-short', desc: 'Under "Blocked".' });
}

/** "Blocked" over "until …" or "forever" (see `stacked`). */
function stackedBlockText(until: Date | null): TemplateResult {
  const when = blockEnd(until);
  return html`<span class="status-text status-lines">
    <span class="status-line">${contactStatusName('blocked')}</span>
    <span class="status-line status-when">${when}</span>
  </span>`;
}

/** The contact's status as a badge (see the module header). */
export function statusBadge(
  contact: Pick<Contact, 'block' | 'lastActivityAt'>,
  options: StatusBadgeOptions = {},
): TemplateResult {
  const now = options.now ?? new Date();
  const status = contactStatus(contact, now);
  const reason = status === 'blocked' ? contact.block?.reason?.trim() : undefined;
  const reasonText = reason ? msg(str`Reason: ${reason}`, { id: 'status.block-reason' }) : undefined;
  const stacked = options.stacked && status === 'blocked';
  const brief = !stacked && options.brief && status === 'blocked';
  const until = contact.block?.until ?? null;
  return html`<span class="status-badge" part="status-badge" data-status=${status} ?data-stacked=${stacked} title=${stacked || brief ? statusText(contact, now) : nothing}>
    ${icon(STATUS_ICONS[status])}
    ${stacked
      ? stackedBlockText(until)
      : brief
        ? html`<span class="status-text">${contactStatusName('blocked')}<span class="visually-hidden"> ${blockEnd(until)}</span></span>`
        : html`<span class="status-text">${statusText(contact, now)}</span>`}
    ${reasonText
      ? html`<span class=${options.showReason ? 'status-reason' : 'visually-hidden'}>${reasonText}</span>`
      : nothing}
  </span>`;
}

export const statusBadgeStyles = css`
  .status-badge {
    --status-color: var(--_text-muted);
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-xs);
    max-inline-size: 100%;
    padding-block: 0.125rem;
    padding-inline: var(--_space-s);
    border: 1px solid color-mix(in srgb, var(--status-color) 40%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--status-color) 8%, var(--_surface));
    color: var(--status-color);
    font-size: var(--_font-size-s);
    font-weight: 600;
    line-height: 1.3;
  }

  .status-badge[data-status='active'] {
    --status-color: var(--_success);
  }

  .status-badge[data-status='blocked'] {
    --status-color: var(--_danger);
  }

  .status-badge .icon {
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.125em;
  }

  .status-badge[data-stacked] {
    flex-wrap: nowrap;
    min-inline-size: 0;
    border-radius: var(--_radius);
    line-height: 1.2;
  }

  .status-lines {
    display: grid;
    min-inline-size: 0;
  }

  .status-line {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .status-when {
    font-weight: 400;
  }

  .status-reason {
    color: var(--_text);
    font-weight: 400;
    overflow-wrap: anywhere;
  }

  @media (forced-colors: active) {
    .status-badge {
      border-color: CanvasText;
    }
  }
`;
