/** Facts derived from a contact, never stored (so they can never go stale). */
import type { Contact } from './contact.js';

export const CONTACT_STATUSES = ['active', 'inactive', 'blocked'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** A contact with no activity for this many days counts as inactive. */
export const INACTIVE_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

/** Whether a block is in force at `now`: forever, or until a time still ahead. */
export function isBlocked(contact: Pick<Contact, 'block'>, now: Date = new Date()): boolean {
  const block = contact.block;
  if (!block) return false;
  return block.until === null || block.until.getTime() > now.getTime();
}

export function contactStatus(
  contact: Pick<Contact, 'block' | 'lastActivityAt'>,
  now: Date = new Date(),
  inactiveAfterDays: number = INACTIVE_AFTER_DAYS,
): ContactStatus {
  if (isBlocked(contact, now)) return 'blocked';
  const last = contact.lastActivityAt;
  if (!last || now.getTime() - last.getTime() > inactiveAfterDays * DAY_MS) return 'inactive';
  return 'active';
}

/** Neither email nor phone: nobody can write to this contact first ("pending action"). */
export function isMissingContactInfo(contact: Pick<Contact, 'email' | 'phone'>): boolean {
  return !contact.email && !contact.phone;
}
