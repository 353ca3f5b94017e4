/** Entry point `contact-elements/contact-list.js`: registers `<contact-list>`. */
import { ContactList } from './elements/contact-list/contact-list.js';
import { defineElement } from './elements/define.js';

// Its bulk actions (a private part, with the dialog they open) load the first time a contact is
// checked: see `loadBulkActions` in the element.
defineElement('contact-list', ContactList);

export { ContactList };
export type { ContactListSelection } from './elements/contact-list/contact-list.js';
export { DEFAULT_COLUMNS, STANDARD_COLUMN_IDS, attributeColumnId, type ExportColumn } from './elements/contact-list/columns.js';
export { ContactPages, type ContactPagesOptions, type PagesStatus } from './controllers/contact-pages.js';
