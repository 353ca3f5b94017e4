/**
 * A panel's shared state: the query its filter chose and the contact last selected in it.
 *
 * `<contact-source-provider>` keeps it from the events its descendants fire
 * (`contact-query-change`, `contact-select`), so a filter, a list and a card inside one provider
 * are wired with no code: the filter's query reaches the list, the list's selection reaches
 * the card. Elements follow it through `PanelController`.
 */
import { createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import type { ContactQuery } from '../model/query.js';
import { ContextFollower } from './context-follower.js';

export interface ContactPanelState {
  readonly query: ContactQuery;
  readonly selectedId: string | undefined;
}

/** `Symbol.for`, like the source context, so two copies of the library share panels. */
export const contactPanelContext = createContext<ContactPanelState | undefined>(Symbol.for('contact-elements/panel'));
export type ContactPanelContext = typeof contactPanelContext;

export interface PanelControllerOptions {
  /** The panel's query changed (its filter, a sort header, the host setting it): show it. */
  readonly onQuery?: (query: ContactQuery) => void;
  /** The panel's selected contact changed (undefined: none). */
  readonly onSelection?: (id: string | undefined) => void;
}

/**
 * Lets an element follow the panel it sits in. The callbacks run when the panel's state
 * changes, and once when the element joins a panel whose state is already set; the element
 * applies the value as if set from code (so it fires no event back).
 */
export class PanelController {
  readonly #follower: ContextFollower<ContactPanelContext>;
  #last: ContactPanelState | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PanelControllerOptions) {
    this.#follower = new ContextFollower(host, contactPanelContext, (state) => {
      const previous = this.#last;
      this.#last = state;
      if (!state) return;
      if (state.query !== previous?.query) options.onQuery?.(state.query);
      if (state.selectedId !== previous?.selectedId) options.onSelection?.(state.selectedId);
    });
  }

  /** The panel's state, undefined outside a panel. */
  get state(): ContactPanelState | undefined {
    return this.#follower.value;
  }
}
