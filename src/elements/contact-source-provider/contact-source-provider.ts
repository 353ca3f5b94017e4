import { ContextProvider, provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { contactPanelContext } from '../../controllers/panel-context.js';
import { contactSourceContext } from '../../controllers/source-context.js';
import { EMPTY_QUERY, type ContactQuery } from '../../model/query.js';
import type { ContactSource } from '../../sources/source.js';
// The typed `contact-*` events this element listens to.
import type {} from '../events.js';

/**
 * Elements inside that have their own `source` property set keep using theirs. Providers can
 * be nested: the nearest one wins. It takes no space: it renders as `display: contents`.
 *
 * It also makes the elements inside one panel: it keeps the query the panel's
 * `<contact-filter>` chose (from `contact-query-change`) and the contact last chosen in it (from
 * `contact-select`), and hands both down, so a list follows the filter and a card shows the
 * list's selection without a line of code. A selected contact that is deleted is deselected; one
 * merged into another selects the survivor.
 *
 * ```html
 * <contact-source-provider id="panel">
 *   <contact-filter></contact-filter>
 *   <contact-list></contact-list>
 *   <contact-card></contact-card>
 * </contact-source-provider>
 * <script type="module">
 *   document.querySelector('#panel').source = new MemoryContactSource();
 * </script>
 * ```
 *
 * @tagname contact-source-provider
 * @summary Hands one data source, and the panel's query and selection, to every contact element
 * inside it, so a whole panel is wired with a single property.
 *
 * @slot - The elements that use the source: any depth, through shadow roots too.
 */
export class ContactSourceProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The data source every element inside uses unless it has its own. */
  @provide({ context: contactSourceContext })
  @property({ attribute: false })
  source: ContactSource | undefined;

  /**
   * The panel's query: lists inside show it, filters inside edit it. Follows the filter; set it
   * to open the panel on a view (a deep link, a saved view).
   */
  @property({ attribute: false })
  query: ContactQuery = EMPTY_QUERY;

  /** The id of the contact chosen in the panel; cards inside without a `contact-id` show it. */
  @property({ attribute: 'selected-id' })
  selectedId: string | undefined;

  readonly #panel = new ContextProvider(this, {
    context: contactPanelContext,
    initialValue: { query: EMPTY_QUERY, selectedId: undefined },
  });

  constructor() {
    super();
    // Descendants' events pass here on their way to the host; they keep bubbling.
    this.addEventListener('contact-query-change', (event) => (this.query = event.detail.query));
    this.addEventListener('contact-select', (event) => (this.selectedId = event.detail.contact.id));
    this.addEventListener('contact-deleted', (event) => {
      if (event.detail.contact.id === this.selectedId) this.selectedId = undefined;
    });
    this.addEventListener('contact-merged', ({ detail }) => {
      if (detail.removedId === this.selectedId) this.selectedId = detail.contact.id;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('selectedId')) {
      this.#panel.setValue({ query: this.query, selectedId: this.selectedId });
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-source-provider': ContactSourceProvider;
  }
}
