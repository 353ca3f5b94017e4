/** Entry point `contact-elements/contact-notes.js`: registers `<contact-notes>`. */
import { ContactNotes } from './elements/contact-notes/contact-notes.js';
import { defineElement } from './elements/define.js';

defineElement('contact-notes', ContactNotes);

export { ContactNotes };
