/**
 * The columns a CSV export has when the host gives none: the contact's own fields, headed in
 * the active locale. Dates are ISO 8601 (every spreadsheet reads them), labels one cell.
 */
import { msg } from '@lit/localize';
import { contactFieldName } from '../../i18n/messages.js';
import type { CsvColumn } from '../../sources/csv-export.js';

export function defaultCsvColumns(): CsvColumn[] {
  return [
    { header: msg('Contact ID', { id: 'bulk.csv.id' }), value: (contact) => contact.id },
    { header: contactFieldName('name'), value: (contact) => contact.name },
    { header: contactFieldName('email'), value: (contact) => contact.email ?? '' },
    { header: contactFieldName('phone'), value: (contact) => contact.phone ?? '' },
    { header: contactFieldName('labels'), value: (contact) => contact.labels.join(', ') },
    { header: msg('Created at', { id: 'bulk.csv.created-at' }), value: (contact) => contact.createdAt.toISOString() },
    {
      header: msg('Last activity', { id: 'bulk.csv.last-activity' }),
      value: (contact) => contact.lastActivityAt?.toISOString() ?? '',
    },
  ];
}
