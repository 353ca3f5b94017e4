/**
 * CSV export of contacts through any `ContactSource`, page by page.
 *
 * ```ts
 * const blob = await exportContactsCsv(source, { query }, [
 *   { header: 'Name', value: (c) => c.name },
 *   { header: 'Email', value: (c) => c.email ?? '' },
 * ], { signal, onProgress: ({ done, total }) => … });
 * downloadBlob(blob, 'contacts.csv');
 * ```
 *
 * - Streamed: each page is turned into CSV text as it arrives and kept as a Blob part; no
 *   page's records are held after it is written. A query target pages through `listContacts`;
 *   an ids target reads the contacts in batches (ids no longer found are skipped).
 * - UTF-8 with a byte-order mark, so spreadsheets (Excel) read non-Latin names correctly;
 *   CRLF line ends (RFC 4180); quotes, commas and line breaks quoted by papaparse.
 * - Formula injection: a cell (header or value) starting with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return gets a leading `'` and quotes, so a spreadsheet shows it as text instead
 *   of running it (OWASP "CSV injection"). papaparse's own `escapeFormulae: true` pattern is
 *   `/^[=+\-@\t\r].*$/`, which misses a cell that starts so but has a line break further on
 *   (`.` stops at the break, `$` then fails): we pass the anchored prefix `/^[=+\-@\t\r]/`.
 *   A phone number `+380…` is therefore written as `'+380…`.
 * - papaparse is loaded on first use (`import('papaparse')`), so it stays out of the bundle of
 *   a list that never exports.
 */
import type { Contact } from '../model/contact.js';
import type { BulkTarget } from './bulk.js';
import { SourceError, throwIfAborted, toSourceError } from './errors.js';
import type { ContactSource } from './source.js';

export interface CsvColumn {
  /** The header cell. */
  readonly header: string;
  /** The cell for a contact, as text (dates as ISO 8601 are read by every spreadsheet). */
  readonly value: (contact: Contact) => string;
}

export interface CsvExportProgress {
  /** Contacts written so far. */
  readonly done: number;
  /** Contacts to write, when known. */
  readonly total: number | undefined;
}

export interface CsvExportOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CsvExportProgress) => void;
  /** Contacts asked of the source per page. */
  readonly pageSize?: number;
}

/** The cells a spreadsheet may take for a formula. */
export const CSV_FORMULA_PREFIX = /^[=+\-@\t\r]/;
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

const BOM = '\uFEFF';
const NEWLINE = '\r\n';
const DEFAULT_PAGE_SIZE = 250;
/** Contacts read at once for an ids target. */
const ID_READS_AT_ONCE = 4;

type Unparse = (data: readonly (readonly string[])[], config: object) => string;

let unparseLoading: Promise<Unparse> | undefined;

/** papaparse's `unparse`, loaded once. It is CommonJS: the namespace or its default export. */
function loadUnparse(): Promise<Unparse> {
  unparseLoading ??= import('papaparse').then((module) => {
    const papa = (module as unknown as { default?: { unparse: unknown } }).default ?? module;
    return papa.unparse as Unparse;
  });
  return unparseLoading;
}

/**
 * The CSV file of `target`'s contacts with `columns`, as a Blob (see the module header).
 * Rejects with the source's error, or `aborted` when the signal fires.
 */
export async function exportContactsCsv(
  source: ContactSource,
  target: BulkTarget,
  columns: readonly CsvColumn[],
  options: CsvExportOptions = {},
): Promise<Blob> {
  const { signal, onProgress } = options;
  if (columns.length === 0) throw new SourceError('invalid', { message: 'No columns to export' });
  throwIfAborted(signal);
  const unparse = await loadUnparse().catch((error: unknown) => {
    unparseLoading = undefined;
    throw toSourceError(error);
  });
  throwIfAborted(signal);
  const config = { escapeFormulae: CSV_FORMULA_PREFIX, newline: NEWLINE, header: false };
  const toCsv = (rows: readonly (readonly string[])[]) => unparse(rows, config) + NEWLINE;

  const parts: BlobPart[] = [BOM + toCsv([columns.map((column) => column.header)])];
  let done = 0;
  const write = (contacts: readonly Contact[], total: number | undefined) => {
    if (contacts.length > 0) {
      parts.push(new Blob([toCsv(contacts.map((contact) => columns.map((column) => String(column.value(contact) ?? ''))))]));
    }
    done += contacts.length;
    onProgress?.({ done, total });
  };

  const size = Math.max(1, options.pageSize ?? DEFAULT_PAGE_SIZE);
  if ('ids' in target) {
    const ids = [...new Set(target.ids)];
    onProgress?.({ done: 0, total: ids.length });
    for (let start = 0; start < ids.length; start += size) {
      write(await readContacts(source, ids.slice(start, start + size), signal), ids.length);
    }
  } else {
    const except = new Set(target.except ?? []);
    let cursor: string | undefined;
    do {
      const page = await source.listContacts(target.query, cursor === undefined ? { size } : { cursor, size }, { signal });
      throwIfAborted(signal);
      const total = page.total === undefined ? undefined : Math.max(0, page.total - except.size);
      write(
        page.items.filter((contact) => !except.has(contact.id)),
        total,
      );
      cursor = page.nextCursor !== cursor && page.items.length > 0 ? page.nextCursor : undefined;
    } while (cursor !== undefined);
  }
  return new Blob(parts, { type: CSV_MIME_TYPE });
}

/** The contacts of `ids`, in order, a few reads at a time; ids not found are left out. */
async function readContacts(source: ContactSource, ids: readonly string[], signal: AbortSignal | undefined): Promise<Contact[]> {
  const found: (Contact | undefined)[] = new Array<Contact | undefined>(ids.length);
  let next = 0;
  const reader = async () => {
    while (next < ids.length) {
      const index = next++;
      try {
        found[index] = await source.getContact(ids[index]!, { signal });
      } catch (error) {
        const sourceError = toSourceError(error);
        if (sourceError.kind !== 'not-found') throw sourceError;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(ID_READS_AT_ONCE, ids.length) }, reader));
  throwIfAborted(signal);
  return found.filter((contact): contact is Contact => contact !== undefined);
}
