/** Entry point `contact-elements/contact-labels.js`: registers `<contact-labels>`. */
import { ContactLabels } from './elements/contact-labels/contact-labels.js';
import { defineElement } from './elements/define.js';

defineElement('contact-labels', ContactLabels);

export { ContactLabels };
