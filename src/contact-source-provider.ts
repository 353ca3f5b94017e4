/** Entry point `contact-elements/contact-source-provider.js`: registers `<contact-source-provider>`. */
import { ContactSourceProvider } from './elements/contact-source-provider/contact-source-provider.js';
import { defineElement } from './elements/define.js';

defineElement('contact-source-provider', ContactSourceProvider);

export { ContactSourceProvider };
