import { msg } from '@lit/localize';
import type { Contact } from '../../model/contact.js';

/** What to call a contact in a sentence: the name, else the email or phone, never blank. */
export function contactName(contact: Pick<Contact, 'name' | 'email' | 'phone'>): string {
  return (
    contact.name.trim() ||
    contact.email ||
    contact.phone ||
    msg('Unnamed contact', { id: 'contact.unnamed', desc: 'A contact with no name, email or phone.' })
  );
}

/**
 * Text isolated from the sentence around it (Unicode FSI … PDI): a name in Arabic or Hebrew,
 * or one ending in punctuation, keeps its own direction inside an English or a Ukrainian
 * sentence and does not reorder the words next to it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A contact's name for a sentence: `contactName`, isolated. */
export function nameInSentence(contact: Pick<Contact, 'name' | 'email' | 'phone'>): string {
  return isolate(contactName(contact));
}
