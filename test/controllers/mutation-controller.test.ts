// MutationController against a real MemoryContactSource: busy state, no double submit, errors kept.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MutationController } from '../../src/controllers/mutation-controller.js';
import { MemoryContactSource } from '../../src/sources/memory.js';
import { makeContact } from '../model/contact-fixture.js';

class SaveButton extends LitElement {
  readonly save = new MutationController(this);
  override render() {
    return html`<button ?disabled=${this.save.pending}>Save</button><output>${this.save.error?.kind ?? ''}</output>`;
  }
}
customElements.define('save-button', SaveButton);

declare global {
  interface HTMLElementTagNameMap {
    'save-button': SaveButton;
  }
}

const source = () =>
  new MemoryContactSource({ contacts: [makeContact({ id: 'c1', name: 'Olena', email: 'o@example.com' })], latency: 20 });

describe('MutationController', () => {
  it('is pending while a write runs, refuses a second one, and returns the value', async () => {
    const data = source();
    const el = await fixture<SaveButton>(html`<save-button></save-button>`);
    const first = el.save.run(() => data.blockContact('c1', { until: null }));
    const second = await el.save.run(() => data.unblockContact('c1'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    expect(second).to.equal(undefined);

    const result = await first;
    await el.updateComplete;
    expect(result?.ok && result.value.block?.until).to.equal(null);
    expect((await data.getContact('c1')).block, 'the refused unblock never ran').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.equal(false);
  });

  it('keeps the failure as a SourceError until the next write', async () => {
    const data = source();
    data.failNext('updateContact', 'conflict');
    const el = await fixture<SaveButton>(html`<save-button></save-button>`);
    const failed = await el.save.run(() => data.updateContact('c1', { name: 'X' }));
    await el.updateComplete;
    expect(failed?.ok).to.equal(false);
    expect(el.shadowRoot!.querySelector('output')!.textContent).to.equal('conflict');

    const retried = await el.save.run(() => data.updateContact('c1', { name: 'X' }));
    await el.updateComplete;
    expect(retried?.ok).to.equal(true);
    expect(el.save.error).to.equal(undefined);
    expect((await data.getContact('c1')).name).to.equal('X');
  });

  it('does not keep an abort as an error', async () => {
    const data = source();
    const el = await fixture<SaveButton>(html`<save-button></save-button>`);
    const controller = new AbortController();
    const running = el.save.run(() => data.updateContact('c1', { name: 'X' }, { signal: controller.signal }));
    controller.abort();
    const result = await running;
    expect(result?.ok === false && result.error.kind).to.equal('aborted');
    expect(el.save.error).to.equal(undefined);
  });
});
