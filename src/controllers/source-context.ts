/**
 * The context through which an ancestor hands a data source to every element inside it.
 * The key comes from `Symbol.for`, so two copies of this library on one page (a host bundle
 * and a widget bundle) still find each other's providers.
 */
import { createContext } from '@lit/context';
import type { ContactSource } from '../sources/source.js';

export const contactSourceContext = createContext<ContactSource | undefined>(
  Symbol.for('contact-elements/source'),
);
export type ContactSourceContext = typeof contactSourceContext;
