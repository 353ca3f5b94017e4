// The provider as a panel: the query and the selection travel between the elements inside it.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { PanelController } from '../../../src/controllers/panel-context.js';
import '../../../src/contact-source-provider.js';
import type { ContactSourceProvider } from '../../../src/elements/contact-source-provider/contact-source-provider.js';
import type { ContactQuery } from '../../../src/model/query.js';

/** Stands in for a list or a card: shows what the panel tells it. */
class PanelFollower extends LitElement {
  @property({ attribute: false }) query: ContactQuery = {};
  @property() contactId: string | undefined;
  readonly panel = new PanelController(this, {
    onQuery: (query) => (this.query = query),
    onSelection: (id) => (this.contactId = id),
  });
  override render() {
    return html`${this.query.search ?? ''}|${this.contactId ?? ''}`;
  }
}
customElements.define('panel-follower', PanelFollower);

/** Stands in for a filter and a list row: fires what a person's action would fire, from its shadow root. */
class PanelActor extends LitElement {
  override render() {
    return html`<button>act</button>`;
  }
  fire(type: string, detail: unknown) {
    this.shadowRoot!.querySelector('button')!.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true }),
    );
  }
}
customElements.define('panel-actor', PanelActor);

declare global {
  interface HTMLElementTagNameMap {
    'panel-follower': PanelFollower;
    'panel-actor': PanelActor;
  }
}

async function panel() {
  const provider = await fixture<ContactSourceProvider>(html`
    <contact-source-provider>
      <panel-actor></panel-actor>
      <div><panel-follower></panel-follower></div>
    </contact-source-provider>
  `);
  const actor = provider.querySelector('panel-actor')!;
  const follower = provider.querySelector('panel-follower')!;
  const shown = async () => {
    await provider.updateComplete;
    await follower.updateComplete;
    return follower.shadowRoot!.textContent;
  };
  return { provider, actor, follower, shown };
}

describe('<contact-source-provider> as a panel', () => {
  it('hands a query changed by one element to the others, and lets the event reach the host', async () => {
    const { provider, actor, shown } = await panel();
    const heard: unknown[] = [];
    provider.parentElement!.addEventListener('contact-query-change', (e) => heard.push((e as CustomEvent).detail));
    actor.fire('contact-query-change', { query: { search: 'olena' } });
    expect(await shown()).to.equal('olena|');
    expect(provider.query).to.deep.equal({ search: 'olena' });
    expect(heard).to.deep.equal([{ query: { search: 'olena' } }]);
  });

  it('hands the selected contact down; deselects it when deleted; follows a merge to the survivor', async () => {
    const { actor, shown } = await panel();
    actor.fire('contact-select', { contact: { id: 'c7' } });
    expect(await shown()).to.equal('|c7');

    actor.fire('contact-merged', { contact: { id: 'c9' }, removedId: 'c7' });
    expect(await shown()).to.equal('|c9');

    actor.fire('contact-deleted', { contact: { id: 'c1' } });
    expect(await shown(), 'another contact deleted: selection kept').to.equal('|c9');
    actor.fire('contact-deleted', { contact: { id: 'c9' } });
    expect(await shown()).to.equal('|');
  });

  it('opens on a query the host sets, and an element joining later gets the current state', async () => {
    const { provider, shown } = await panel();
    provider.query = { search: 'deep link' };
    provider.selectedId = 'c3';
    expect(await shown()).to.equal('deep link|c3');

    const late = document.createElement('panel-follower');
    provider.append(late);
    await late.updateComplete;
    expect(late.shadowRoot!.textContent).to.equal('deep link|c3');
  });

  it('leaves elements outside any panel alone', async () => {
    const el = await fixture<PanelFollower>(html`<panel-follower .query=${{ search: 'mine' }}></panel-follower>`);
    expect(el.panel.state).to.equal(undefined);
    expect(el.shadowRoot!.textContent).to.equal('mine|');
  });
});
