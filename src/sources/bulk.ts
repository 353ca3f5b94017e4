/**
 * Bulk actions over many contacts, through any `ContactSource`: add or remove a label, block,
 * unblock, delete. No DOM: `<contact-bulk-actions>` drives this and shows its progress.
 *
 * ```ts
 * const target: BulkTarget = { query, except: ['c-7'] };   // "all 10,432 matching" but one
 * const result = await runBulkAction(source, target, { type: 'block', until: null }, {
 *   signal: controller.signal,
 *   onProgress: ({ done, total, failed }) => render(done, total, failed),
 *   onChanged: ({ contact }) => fire('contact-blocked', { contact }),
 * });
 * result.failed; // [{ id, name, error }]: which contacts failed and why
 * ```
 *
 * - A query target is first turned into ids (`collectIds`), page by page, and only then acted
 *   on: deleting or relabelling while paging would move the cursors and skip contacts.
 * - Up to `concurrency` writes run at once. Cancelling (the signal) stops starting new ones;
 *   writes already sent are allowed to finish (an aborted write may still have happened on
 *   the server), and the result says `cancelled`.
 * - A failure is recorded per contact and the run goes on. Writes are never retried, except
 *   after `rate-limited` (the server said it did not do it, and when to come back).
 * - Capabilities are checked before anything is done: an action the source cannot do rejects
 *   with `forbidden` (a timed block without `timedBlock`, or a reason without `blockReason`,
 *   with `invalid`), as the source itself would.
 */
import type { Contact } from '../model/contact.js';
import type { ContactQuery } from '../model/query.js';
import { isAbort, SourceError, throwIfAborted, toSourceError } from './errors.js';
// An abortable pause (the memory source's simulated latency uses it too), for rate-limit back-off.
import { wait as sleep } from './memory/simulation.js';
import type { Capabilities, ContactSource } from './source.js';

/** What a bulk action applies to: chosen ids, or every contact matching a query but `except`. */
export type BulkTarget =
  | { readonly ids: readonly string[] }
  | { readonly query: ContactQuery; readonly except?: readonly string[] };

export const BULK_ACTION_TYPES = ['add-label', 'remove-label', 'block', 'unblock', 'delete'] as const;
export type BulkActionType = (typeof BULK_ACTION_TYPES)[number];

export type BulkAction =
  | { readonly type: 'add-label'; readonly label: string }
  | { readonly type: 'remove-label'; readonly label: string }
  | { readonly type: 'block'; readonly until: Date | null; readonly reason?: string }
  | { readonly type: 'unblock' }
  | { readonly type: 'delete' };

export interface BulkProgress {
  /** `collecting`: finding the contacts of a query target; `applying`: acting on them. */
  readonly phase: 'collecting' | 'applying';
  /** Contacts handled (succeeded, unchanged or failed); while collecting, ids found so far. */
  readonly done: number;
  /** Contacts to handle; while collecting, the query's total when the source knows it. */
  readonly total: number | undefined;
  readonly failed: number;
}

/** One contact the action could not be applied to, and why. */
export interface BulkFailure {
  readonly id: string;
  /** The contact's name when known (from the query's pages or a read), else empty. */
  readonly name: string;
  readonly error: SourceError;
}

/**
 * A contact the source confirmed a change of. `contact` is the record as the source returned it;
 * for `delete`, as it was before. For labels, what was added and removed.
 */
export interface BulkChange {
  readonly action: BulkActionType;
  readonly contact: Contact;
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface BulkResult {
  readonly action: BulkActionType;
  /** Contacts the action was meant for. */
  readonly total: number;
  /** Contacts handled before the end or the cancellation (changed + unchanged + failed). */
  readonly done: number;
  /** Contacts the source changed. */
  readonly changed: number;
  /** Contacts that needed nothing (the label was already there, or already not). */
  readonly unchanged: number;
  readonly failed: readonly BulkFailure[];
  /** The run was cancelled: `total - done` contacts were left untouched. */
  readonly cancelled: boolean;
}

export interface CollectOptions {
  readonly signal?: AbortSignal;
  /** Page size asked of the source (it may return fewer). */
  readonly pageSize?: number;
  readonly onProgress?: (progress: BulkProgress) => void;
}

export interface BulkOptions extends CollectOptions {
  /**
   * Records already at hand for an ids target (the selected rows): their names go into the
   * failures, and `delete` reports them without reading each contact first.
   */
  readonly contacts?: readonly Contact[];
  /** Writes in flight at once; 4 unless given. */
  readonly concurrency?: number;
  readonly onChanged?: (change: BulkChange) => void;
}

const DEFAULT_PAGE_SIZE = 250;
const DEFAULT_CONCURRENCY = 4;
/** How often one contact's write is tried again after `rate-limited`. */
const RATE_LIMIT_RETRIES = 3;
/** Wait after `rate-limited` without a `retryAfter`, and the longest wait honoured, in seconds. */
const RATE_LIMIT_DEFAULT_WAIT_S = 2;
const RATE_LIMIT_MAX_WAIT_S = 60;

/** Whether the source can do `action` at all (the UI shows only what passes). */
export function canRunBulkAction(capabilities: Capabilities, type: BulkActionType): boolean {
  switch (type) {
    case 'add-label':
    case 'remove-label':
      return capabilities.editLabels;
    case 'block':
    case 'unblock':
      return capabilities.block;
    case 'delete':
      return capabilities.deleteContact;
  }
}

/**
 * The ids a target stands for, in order, without duplicates: the ids themselves, or every
 * contact matching the query, paged through to the end, minus `except`. Rejects with the
 * source's error, or `aborted` when the signal fires.
 */
export async function collectIds(
  source: ContactSource,
  target: BulkTarget,
  options: CollectOptions = {},
): Promise<string[]> {
  return [...(await snapshot(source, target, options)).keys()];
}

/** Ids with what is known of each contact (a query's pages give the records; ids give nothing). */
async function snapshot(
  source: ContactSource,
  target: BulkTarget,
  options: CollectOptions,
): Promise<Map<string, Contact | undefined>> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const found = new Map<string, Contact | undefined>();
  if ('ids' in target) {
    for (const id of target.ids) found.set(id, undefined);
    return found;
  }
  const except = new Set(target.except ?? []);
  const size = Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE);
  let cursor: string | undefined;
  let total: number | undefined;
  do {
    const page = await source.listContacts(target.query, cursor === undefined ? { size } : { cursor, size }, { signal });
    throwIfAborted(signal);
    if (page.total !== undefined) total = Math.max(0, page.total - except.size);
    for (const contact of page.items) {
      if (!except.has(contact.id)) found.set(contact.id, contact);
    }
    onProgress?.({ phase: 'collecting', done: found.size, total, failed: 0 });
    // A source that hands out the same cursor again would loop forever.
    cursor = page.nextCursor !== cursor && page.items.length > 0 ? page.nextCursor : undefined;
  } while (cursor !== undefined);
  return found;
}

/**
 * Applies `action` to every contact of `target` (see the module header). Rejects only when
 * nothing was done: the source lacks the capability, the query could not be read, or the
 * signal fired while collecting (`aborted`). Once acting, it resolves, with the failures and
 * whether it was cancelled.
 */
export async function runBulkAction(
  source: ContactSource,
  target: BulkTarget,
  action: BulkAction,
  options: BulkOptions = {},
): Promise<BulkResult> {
  checkCapabilities(source.capabilities, action);
  const { signal, onProgress, onChanged } = options;
  const known = await snapshot(source, target, options);
  for (const contact of options.contacts ?? []) {
    if (known.has(contact.id) && !known.get(contact.id)) known.set(contact.id, contact);
  }
  const ids = [...known.keys()];
  const total = ids.length;
  const failed: BulkFailure[] = [];
  let done = 0;
  let changed = 0;
  let unchanged = 0;
  let next = 0;
  /** Until when every worker holds off (after `rate-limited`), as a timestamp. */
  let pausedUntil = 0;

  const report = () => onProgress?.({ phase: 'applying', done, total, failed: failed.length });
  report();

  const applyOne = async (id: string): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      const wait = pausedUntil - Date.now();
      if (wait > 0) await sleep(wait, signal);
      try {
        const change = await apply(source, id, known.get(id), action, signal, (read) => known.set(id, read));
        if (change) {
          changed++;
          onChanged?.(change);
        } else {
          unchanged++;
        }
        return;
      } catch (thrown) {
        const error = toSourceError(thrown);
        if (error.kind === 'rate-limited' && attempt < RATE_LIMIT_RETRIES && !signal?.aborted) {
          const seconds = Math.min(RATE_LIMIT_MAX_WAIT_S, error.retryAfter ?? RATE_LIMIT_DEFAULT_WAIT_S);
          pausedUntil = Math.max(pausedUntil, Date.now() + seconds * 1000);
          continue;
        }
        throw error;
      }
    }
  };

  const worker = async (): Promise<void> => {
    while (!signal?.aborted && next < ids.length) {
      const id = ids[next++]!;
      try {
        await applyOne(id);
      } catch (thrown) {
        // Cancelled while reading or waiting: this contact was left as it was.
        if (isAbort(thrown) && signal?.aborted) return;
        failed.push({ id, name: known.get(id)?.name ?? '', error: toSourceError(thrown) });
      }
      done++;
      report();
    }
  };

  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, ids.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return {
    action: action.type,
    total,
    done,
    changed,
    unchanged,
    failed,
    cancelled: done < total,
  };
}

function checkCapabilities(capabilities: Capabilities, action: BulkAction): void {
  if (!canRunBulkAction(capabilities, action.type)) {
    throw new SourceError('forbidden', { message: `${action.type} is not supported by this source` });
  }
  if (action.type === 'block' && action.until !== null && !capabilities.timedBlock) {
    throw new SourceError('invalid', {
      message: 'This source only blocks forever',
      fieldErrors: [{ field: 'until', code: 'required' }],
    });
  }
  if (action.type === 'block' && action.reason?.trim() && !capabilities.blockReason) {
    throw new SourceError('invalid', {
      message: 'This source keeps no block reason',
      fieldErrors: [{ field: 'reason', code: 'too-long', params: { max: 0 } }],
    });
  }
  if ((action.type === 'add-label' || action.type === 'remove-label') && !action.label.trim()) {
    throw new SourceError('invalid', { message: 'No label given', fieldErrors: [{ field: 'label', code: 'required' }] });
  }
}

/**
 * One contact. Reads take the signal (cancelling may stop them); writes do not: a write sent
 * is let finish, so that what the result says is what happened. Returns the change, or
 * undefined when nothing needed changing.
 */
async function apply(
  source: ContactSource,
  id: string,
  known: Contact | undefined,
  action: BulkAction,
  signal: AbortSignal | undefined,
  onRead: (contact: Contact) => void,
): Promise<BulkChange | undefined> {
  switch (action.type) {
    case 'add-label':
    case 'remove-label': {
      // Read-modify-write on the contact as it is now: a page read minutes ago may be stale.
      const current = await source.getContact(id, { signal });
      onRead(current);
      throwIfAborted(signal);
      const has = current.labels.includes(action.label);
      if (action.type === 'add-label' ? has : !has) return undefined;
      const labels =
        action.type === 'add-label' ? [...current.labels, action.label] : current.labels.filter((name) => name !== action.label);
      const contact = await source.setContactLabels(id, labels);
      return {
        action: action.type,
        contact,
        added: action.type === 'add-label' ? [action.label] : [],
        removed: action.type === 'remove-label' ? [action.label] : [],
      };
    }
    case 'block': {
      const reason = action.reason?.trim();
      const contact = await source.blockContact(id, reason ? { until: action.until, reason } : { until: action.until });
      return { action: 'block', contact, added: [], removed: [] };
    }
    case 'unblock': {
      const contact = await source.unblockContact(id);
      return { action: 'unblock', contact, added: [], removed: [] };
    }
    case 'delete': {
      // `contact-deleted` carries the contact as it was: read it when the target gave only ids.
      const before = known ?? (await source.getContact(id, { signal }));
      onRead(before);
      throwIfAborted(signal);
      await source.deleteContact(id);
      return { action: 'delete', contact: before, added: [], removed: [] };
    }
  }
}
