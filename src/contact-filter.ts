/** Entry point `contact-elements/contact-filter.js`: registers `<contact-filter>`. */
import { ContactFilter } from './elements/contact-filter/contact-filter.js';
import { defineElement } from './elements/define.js';

defineElement('contact-filter', ContactFilter);

export { ContactFilter };
export { FILTER_TYPING_DELAY_MS } from './elements/contact-filter/contact-filter.js';
export { SEGMENT_NAME_MAX_LENGTH } from './elements/contact-filter/segments-menu.js';
