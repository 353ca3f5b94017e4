/**
 * The columns `<contact-list>` can show: each with a stable id (what the `columns` property
 * and the chooser use), a localised header, a cell template, a plain-text value (CSV export,
 * the compact row) and, for three of them, the field the source sorts by.
 *
 * Custom attributes are columns too (`attribute:<key>`), one per definition the source lists.
 * Values are customer data: always text (Lit escapes it), links never made clickable here.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatNumber, formatPhone } from '../../i18n/format.js';
import { channelName } from '../../i18n/messages.js';
import type { AttributeDefinition, AttributeValue, Contact, Label } from '../../model/contact.js';
import type { SortField } from '../../model/query.js';
import { avatar } from '../shared/avatar.js';
import { channelLabel } from '../shared/channel-icon.js';
import { labelChips, withLabelColors } from '../shared/label-chip.js';
import { statusBadge, statusText } from '../shared/status-badge.js';
import { relativeTime } from '../shared/time.js';

/**
 * What a cell needs beyond its contact: one instant for every row, the label colours, and how
 * many label chips the labels column has room for (see `labelChipsFor`).
 */
export interface CellContext {
  readonly now: Date;
  readonly labels: ReadonlyMap<string, Label>;
  readonly maxLabelChips: number;
}

export interface ColumnDefinition {
  readonly id: string;
  readonly header: () => string;
  readonly cell: (contact: Contact, context: CellContext) => TemplateResult | string | typeof nothing;
  /** The value as plain text: CSV export, and what the compact row shows. */
  readonly value: (contact: Contact) => string;
  /** Set for sortable columns: the query's `sort.field`. */
  readonly sort?: SortField;
  /** Narrowest width in the table layout, in rem; wider containers share the rest by `grow`. */
  readonly min: number;
  readonly grow: number;
}

/** Columns a CSV export needs: the bulk actions' `.columns`. */
export interface ExportColumn {
  readonly header: string;
  readonly value: (contact: Contact) => string;
}

export const STANDARD_COLUMN_IDS = [
  'name',
  'phone',
  'email',
  'channel',
  'lastActivity',
  'status',
  'labels',
  'createdAt',
] as const;
export type StandardColumnId = (typeof STANDARD_COLUMN_IDS)[number];

/** What a list shows when the host chooses nothing. */
export const DEFAULT_COLUMNS: readonly string[] = ['name', 'phone', 'email', 'channel', 'lastActivity', 'status', 'labels'];

const ATTRIBUTE_PREFIX = 'attribute:';
/** Label chips a labels column shows before "+N": two, or one when it is narrower than this. */
export const MAX_LABEL_CHIPS = 2;
const TWO_LABEL_CHIPS_REM = 11;

const STANDARD_COLUMNS: Readonly<Record<StandardColumnId, ColumnDefinition>> = {
  name: {
    id: 'name',
    header: () => msg('Name', { id: 'contact-list.column.name' }),
    cell: (contact) =>
      html`<span class="name-cell">${avatar(contact, { size: 's', decorative: true })}<span class="name" dir="auto"
          >${contact.name}</span
        ></span>`,
    value: (contact) => contact.name,
    sort: 'name',
    min: 10,
    grow: 2,
  },
  phone: {
    id: 'phone',
    header: () => msg('Phone', { id: 'contact-list.column.phone' }),
    cell: (contact) => (contact.phone ? html`<span dir="ltr" class="truncate">${formatPhone(contact.phone)}</span>` : nothing),
    value: (contact) => contact.phone ?? '',
    min: 10,
    grow: 1,
  },
  email: {
    id: 'email',
    header: () => msg('Email', { id: 'contact-list.column.email' }),
    cell: (contact) => (contact.email ? html`<span dir="ltr" class="truncate">${contact.email}</span>` : nothing),
    value: (contact) => contact.email ?? '',
    min: 8.5,
    grow: 1.5,
  },
  channel: {
    id: 'channel',
    header: () => msg('Source channel', { id: 'contact-list.column.channel' }),
    cell: (contact) => (contact.sourceChannel ? channelLabel(contact.sourceChannel) : nothing),
    value: (contact) => (contact.sourceChannel ? channelName(contact.sourceChannel) : ''),
    min: 7,
    grow: 1,
  },
  lastActivity: {
    id: 'lastActivity',
    header: () => msg('Last activity', { id: 'contact-list.column.last-activity' }),
    // Not focusable itself: the grid cell takes focus, and its focus shows the exact time.
    cell: (contact, { now }) => (contact.lastActivityAt ? relativeTime(contact.lastActivityAt, { now, focusable: false }) : nothing),
    value: (contact) => (contact.lastActivityAt ? contact.lastActivityAt.toISOString() : ''),
    sort: 'lastActivityAt',
    min: 6,
    grow: 1,
  },
  status: {
    id: 'status',
    header: () => msg('Status', { id: 'contact-list.column.status' }),
    cell: (contact, { now }) => statusBadge(contact, { now, stacked: true }),
    value: (contact) => statusText(contact),
    min: 6.5,
    grow: 1,
  },
  labels: {
    id: 'labels',
    header: () => msg('Labels', { id: 'contact-list.column.labels' }),
    cell: (contact, { labels, maxLabelChips }) => labelChips(withLabelColors(contact.labels, labels), { max: maxLabelChips }),
    value: (contact) => contact.labels.join(', '),
    min: 6.5,
    grow: 1.5,
  },
  createdAt: {
    id: 'createdAt',
    header: () => msg('Created', { id: 'contact-list.column.created' }),
    cell: (contact) => html`<time datetime=${contact.createdAt.toISOString()}>${formatDate(contact.createdAt)}</time>`,
    value: (contact) => contact.createdAt.toISOString(),
    sort: 'createdAt',
    min: 7,
    grow: 1,
  },
};

/** The id of the column showing custom attribute `key`. */
export function attributeColumnId(key: string): string {
  return ATTRIBUTE_PREFIX + key;
}

/** A custom attribute's value as text, in the person's locale. */
export function attributeText(definition: AttributeDefinition, value: AttributeValue | undefined): string {
  if (value === undefined || value === '') return '';
  switch (definition.type) {
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'date':
      return formatDate(String(value));
    case 'boolean':
      return typeof value === 'boolean'
        ? value
          ? msg('Yes', { id: 'contact-list.value.yes', desc: 'A yes/no attribute that is set.' })
          : msg('No', { id: 'contact-list.value.no', desc: 'A yes/no attribute that is not set.' })
        : String(value);
    default:
      return String(value);
  }
}

function attributeColumn(definition: AttributeDefinition): ColumnDefinition {
  const text = (contact: Contact) => attributeText(definition, contact.attributes[definition.key]);
  return {
    id: attributeColumnId(definition.key),
    header: () => definition.displayName,
    cell: (contact) => html`<span dir="auto" class="truncate">${text(contact)}</span>`,
    // Export keeps machine-readable values (ISO dates, plain numbers) for spreadsheets.
    value: (contact) => {
      const value = contact.attributes[definition.key];
      return value === undefined ? '' : String(value);
    },
    min: 8,
    grow: 1,
  };
}

/** Every column available with these attribute definitions, standard ones first. */
export function availableColumns(definitions: readonly AttributeDefinition[] = []): ColumnDefinition[] {
  return [...STANDARD_COLUMN_IDS.map((id) => STANDARD_COLUMNS[id]), ...definitions.map(attributeColumn)];
}

/**
 * The columns to show, in the order of `ids`; unknown ids are skipped (an attribute the source
 * no longer defines, or not yet loaded), duplicates too.
 */
export function resolveColumns(ids: readonly string[], definitions: readonly AttributeDefinition[] = []): ColumnDefinition[] {
  const byId = new Map(availableColumns(definitions).map((column) => [column.id, column]));
  const seen = new Set<string>();
  const columns: ColumnDefinition[] = [];
  for (const id of ids) {
    const column = byId.get(id);
    if (column && !seen.has(id)) {
      seen.add(id);
      columns.push(column);
    }
  }
  return columns;
}

/** The visible columns as `{ header, value }` for a CSV export (plain text values). */
export function exportColumns(columns: readonly ColumnDefinition[]): ExportColumn[] {
  return columns.map((column) => ({ header: column.header(), value: column.value }));
}

/** The CSS grid track of a column in the table layout. */
export function columnTrack(column: ColumnDefinition): string {
  return `minmax(${column.min}rem, ${column.grow}fr)`;
}

/**
 * The width of each column, in rem, when the columns share `availableRem` (the row less its
 * fixed tracks) as their `columnTrack`s do: CSS grid's flexible lengths. A column whose share
 * would fall under its minimum keeps the minimum, and the others share what is left.
 */
export function columnWidths(columns: readonly ColumnDefinition[], availableRem: number): number[] {
  const atMinimum = new Set<ColumnDefinition>();
  for (;;) {
    const flexible = columns.filter((column) => !atMinimum.has(column));
    const space = availableRem - [...atMinimum].reduce((sum, column) => sum + column.min, 0);
    const grow = flexible.reduce((sum, column) => sum + column.grow, 0);
    const perGrow = grow > 0 ? Math.max(0, space) / grow : 0;
    const squeezed = flexible.filter((column) => column.grow * perGrow < column.min);
    if (!squeezed.length) return columns.map((column) => (atMinimum.has(column) ? column.min : column.grow * perGrow));
    for (const column of squeezed) atMinimum.add(column);
  }
}

/**
 * How many label chips fit the labels column among `columns` sharing `availableRem`: two, or
 * one (and "+N") when the column is narrow, where two were squeezed to their dots.
 */
export function labelChipsFor(columns: readonly ColumnDefinition[], availableRem: number): number {
  const index = columns.findIndex((column) => column.id === 'labels');
  if (index < 0) return MAX_LABEL_CHIPS;
  return columnWidths(columns, availableRem)[index]! < TWO_LABEL_CHIPS_REM ? 1 : MAX_LABEL_CHIPS;
}
