/**
 * The card's banners: the pending action (a contact nobody can write to first: no email, no
 * phone) and merge suggestions ("Same phone as Olena Koval": Merge or Dismiss). A dismissed
 * suggestion stays dismissed for that pair of contacts for the rest of the browser session.
 */
import { msg, str } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { DuplicateCandidate } from '../../sources/source.js';
import { formatList, formatNumber } from '../../i18n/format.js';
import { icon } from '../shared/icons.js';
import { displayName } from './card-header.js';

export function pendingActionBanner(onAdd: (field: 'email' | 'phone') => void, canEdit: boolean): TemplateResult {
  return html`<section class="banner banner--warning" part="pending-action" aria-labelledby="pending-title">
    ${icon('alert')}
    <div class="banner-text">
      <p class="banner-title" id="pending-title">
        ${msg('No email or phone number', { id: 'card.pending.title' })}
      </p>
      <p>${msg('Add one so that agents can write to this contact first.', { id: 'card.pending.body' })}</p>
      ${canEdit
        ? html`<div class="banner-actions">
            <button type="button" class="button button--secondary" data-action="add-email" @click=${() => onAdd('email')}>
              ${msg('Add email', { id: 'card.pending.add-email' })}
            </button>
            <button type="button" class="button button--secondary" data-action="add-phone" @click=${() => onAdd('phone')}>
              ${msg('Add phone', { id: 'card.pending.add-phone' })}
            </button>
          </div>`
        : nothing}
    </div>
  </section>`;
}

function reasonText(candidate: DuplicateCandidate): string {
  const name = displayName(candidate.contact);
  const reasons = candidate.reasons;
  if (reasons.includes('phone') && reasons.includes('email')) {
    return msg(str`Same phone and email as ${name}`, { id: 'card.duplicate.phone-email' });
  }
  if (reasons.includes('phone')) return msg(str`Same phone as ${name}`, { id: 'card.duplicate.phone' });
  if (reasons.includes('email')) return msg(str`Same email as ${name}`, { id: 'card.duplicate.email' });
  return msg(str`Same name as ${name}`, { id: 'card.duplicate.name' });
}

export interface MergeSuggestionHandlers {
  readonly onMerge: (candidate: DuplicateCandidate) => void;
  readonly onDismiss: (candidate: DuplicateCandidate) => void;
}

/** The first suggestion not dismissed, and how many more there are. */
export function mergeSuggestionBanner(
  candidates: readonly DuplicateCandidate[],
  handlers: MergeSuggestionHandlers,
  canMerge: boolean,
): TemplateResult {
  const [first, ...rest] = candidates;
  if (!first) return html``;
  const others = namesWithCounts(rest.map((candidate) => displayName(candidate.contact)));
  return html`<section class="banner banner--info" part="merge-suggestion" aria-labelledby="duplicate-title">
    ${icon('merge')}
    <div class="banner-text">
      <p class="banner-title" id="duplicate-title"><bdi>${reasonText(first)}</bdi></p>
      <p>${msg('This may be the same person.', { id: 'card.duplicate.body' })}</p>
      ${others.length
        ? html`<p class="banner-more">
            ${msg(str`Also similar: ${formatList(others)}`, { id: 'card.duplicate.more' })}
          </p>`
        : nothing}
      <div class="banner-actions">
        ${canMerge
          ? html`<button type="button" class="button button--primary" data-action="merge" @click=${() => handlers.onMerge(first)}>
              ${msg('Merge', { id: 'card.duplicate.merge' })}
            </button>`
          : nothing}
        <button type="button" class="button button--secondary" data-action="dismiss" @click=${() => handlers.onDismiss(first)}>
          ${msg('Dismiss', { id: 'card.duplicate.dismiss' })}
        </button>
      </div>
    </div>
  </section>`;
}

/** "Murat Koç ×10" rather than the same name ten times (common names at 100,000 contacts). */
function namesWithCounts(names: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => (count > 1 ? `${name} ×${formatNumber(count)}` : name));
}

// Dismissed pairs -------------------------------------------------------------------------------

const STORAGE_KEY = 'contact-elements:dismissed-duplicates';
let dismissed: Set<string> | undefined;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function store(): Set<string> {
  if (dismissed) return dismissed;
  dismissed = new Set();
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    if (Array.isArray(saved)) for (const key of saved) if (typeof key === 'string') dismissed.add(key);
  } catch {
    // No storage (a sandboxed frame) or something unreadable in it: remember in memory only.
  }
  return dismissed;
}

export function isDismissed(contactId: string, otherId: string): boolean {
  return store().has(pairKey(contactId, otherId));
}

export function dismissPair(contactId: string, otherId: string): void {
  const keys = store();
  keys.add(pairKey(contactId, otherId));
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...keys]));
  } catch {
    // Kept in memory for this page.
  }
}

/** For tests: forget every dismissal. */
export function clearDismissedPairs(): void {
  store().clear();
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}

export const bannerStyles = css`
  .banner {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--banner-color);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--banner-color) 7%, var(--_surface));
  }

  .banner > .icon {
    color: var(--banner-color);
  }

  .banner--warning {
    --banner-color: var(--_warning);
  }

  .banner--info {
    --banner-color: var(--_accent);
  }

  .banner-text {
    display: grid;
    gap: var(--_space-xs);
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .banner-text p {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .banner-title {
    font-weight: 600;
  }

  .banner-more {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .banner-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-block-start: var(--_space-xs);
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
  }
`;
