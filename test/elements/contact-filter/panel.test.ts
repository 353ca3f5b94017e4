// Inside a <contact-source-provider>: the filter's query reaches the panel, and it follows the panel.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import '../../../src/contact-source-provider.js';
import { PanelController } from '../../../src/controllers/panel-context.js';
import type { ContactFilter } from '../../../src/elements/contact-filter/contact-filter.js';
import type { ContactSourceProvider } from '../../../src/elements/contact-source-provider/contact-source-provider.js';
import { fireContactEvent } from '../../../src/elements/events.js';
import type { ContactQuery } from '../../../src/model/query.js';
import { $, $$, afterTypingPause, loaded, seededSource } from './helpers.js';

/** Stands in for `<contact-list>`: shows the panel's query and changes its sort as a header would. */
class FilterPanelList extends LitElement {
  @property({ attribute: false }) query: ContactQuery = {};
  readonly panel = new PanelController(this, { onQuery: (query) => (this.query = query) });
  sortBy(field: 'name' | 'createdAt'): void {
    fireContactEvent(this, 'contact-query-change', { query: { ...this.query, sort: { field, direction: 'asc' } } });
  }
  override render() {
    return html`${JSON.stringify(this.query)}`;
  }
}
customElements.define('filter-panel-list', FilterPanelList);

async function panel() {
  const source = seededSource();
  const provider = await fixture<ContactSourceProvider>(html`
    <contact-source-provider .source=${source}>
      <contact-filter></contact-filter>
      <filter-panel-list></filter-panel-list>
    </contact-source-provider>
  `);
  const filter = provider.querySelector<ContactFilter>('contact-filter')!;
  const list = provider.querySelector<FilterPanelList>('filter-panel-list')!;
  const heard: ContactQuery[] = [];
  provider.parentElement!.addEventListener('contact-query-change', (event) => heard.push((event as CustomEvent).detail.query));
  await loaded(filter);
  return { provider, filter, list, heard, source };
}

describe('<contact-filter> in a panel', () => {
  it('uses the panel’s source, and its query reaches the panel’s list', async () => {
    const { filter, list, heard } = await panel();
    $(filter, '.label-toggle[data-label="vip"]').click();
    await waitUntil(() => list.query.labels?.[0] === 'vip', 'the list follows');
    expect(heard).to.deep.equal([{ labels: ['vip'] }]);
  });

  it('follows a sort chosen in the list and keeps it in its next change', async () => {
    const { filter, list, heard } = await panel();
    const input = $(filter, '#search') as HTMLInputElement;
    input.value = 'ali';
    input.dispatchEvent(new Event('input'));
    list.sortBy('name');
    await waitUntil(() => filter.query.sort !== undefined, 'the filter follows the sort');
    await filter.updateComplete;
    expect(filter.query.sort).to.deep.equal({ field: 'name', direction: 'asc' });
    expect(($(filter, '#search') as HTMLInputElement).value, 'the text being typed stays').to.equal('ali');
    await waitUntil(() => heard.length === 2);
    expect(heard[1]).to.deep.equal({ search: 'ali', sort: { field: 'name', direction: 'asc' } });
  });

  it('shows a query the host gives the panel, without an event', async () => {
    const { provider, filter, heard } = await panel();
    provider.query = { search: 'bob', conditions: [{ field: 'blocked', operator: 'is-true' }] };
    await provider.updateComplete;
    await filter.updateComplete;
    expect(($(filter, '#search') as HTMLInputElement).value).to.equal('bob');
    expect($$(filter, '.condition-chip')).to.have.length(1);
    await afterTypingPause();
    expect(heard).to.deep.equal([]);
  });

  it('its own query coming back through the panel leaves rows being built alone', async () => {
    const { filter, heard } = await panel();
    $(filter, '.filters-button').click();
    await filter.updateComplete;
    const first = $$(filter, '.condition')[0]!.dataset['key'];
    const blocked = $(filter, `#condition-${first}-field`) as HTMLSelectElement;
    blocked.value = 'blocked';
    blocked.dispatchEvent(new Event('change'));
    await filter.updateComplete;
    $(filter, '#add-condition').click();
    await filter.updateComplete;
    const second = $$(filter, '.condition')[1]!.dataset['key'];
    const value = $(filter, `#condition-${second}-value`) as HTMLInputElement;
    value.value = 'half-typed';
    value.dispatchEvent(new Event('input'));
    await afterTypingPause();
    expect(heard.at(-1)).to.deep.equal({ conditions: [{ field: 'blocked', operator: 'is-true' }, { field: 'name', operator: 'contains', value: 'half-typed' }] });
    $(filter, `.condition[data-key="${first}"] .condition-remove`).click();
    await filter.updateComplete;
    await filter.updateComplete;
    expect($$(filter, '.condition')).to.have.length(1);
    expect(($(filter, `#condition-${second}-value`) as HTMLInputElement).value).to.equal('half-typed');
  });
});
