/** Entry point `contact-elements/contact-conversations.js`: registers `<contact-conversations>`. */
import { ContactConversations } from './elements/contact-conversations/contact-conversations.js';
import { defineElement } from './elements/define.js';

defineElement('contact-conversations', ContactConversations);

export { ContactConversations };
