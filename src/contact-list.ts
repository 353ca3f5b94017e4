/** Entry point `contact-elements/contact-list.js`: registers `<contact-list>`. */
import { defineBulkActions } from './elements/contact-list/bulk-actions.js';
import { ContactList } from './elements/contact-list/contact-list.js';
import { defineElement } from './elements/define.js';

defineElement('contact-list', ContactList);
// The list's bulk actions (a private part) and the dialogs they open.
defineBulkActions();

export { ContactList };
export type { ContactListSelection } from './elements/contact-list/contact-list.js';
export { DEFAULT_COLUMNS, STANDARD_COLUMN_IDS, attributeColumnId, type ExportColumn } from './elements/contact-list/columns.js';
export { ContactPages, type ContactPagesOptions, type PagesStatus } from './controllers/contact-pages.js';
