/**
 * Entry point `contact-elements/contact-card.js`: registers `<contact-card>` and the elements
 * it is made of (`<contact-labels>`, `<contact-notes>`, `<contact-conversations>`, and
 * `<contact-dialog>` for its delete confirmation). `<block-dialog>` and `<merge-dialog>` are
 * opened when the page defines them: import `contact-elements/block-dialog.js` and
 * `merge-dialog.js` too, or handle `contact-block-request` / `contact-merge-request` yourself.
 */
import './contact-dialog.js';
import './contact-labels.js';
import './contact-notes.js';
import './contact-conversations.js';
import { ContactCard } from './elements/contact-card/contact-card.js';
import { defineElement } from './elements/define.js';

defineElement('contact-card', ContactCard);

export { ContactCard };
export { CARD_MODES, type CardMode } from './elements/contact-card/contact-card.js';
