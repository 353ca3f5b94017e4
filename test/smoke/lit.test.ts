import { fixture, html, expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('x-smoke')
class XSmoke extends LitElement {
  @property() name = 'world';
  override render() {
    return html`<p>Hello ${this.name}</p>`;
  }
}

it('renders with decorators', async () => {
  const el = await fixture<XSmoke>(html`<x-smoke name="you"></x-smoke>`);
  expect(el.shadowRoot!.textContent).to.contain('Hello you');
  await expect(el).to.be.accessible();
});
