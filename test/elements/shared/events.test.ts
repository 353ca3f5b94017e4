import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  CANCELABLE_CONTACT_EVENTS,
  fireContactEvent,
  type ContactEvent,
  type ContactEventName,
} from '../../../src/elements/events.js';
import { makeContact } from '../../model/contact-fixture.js';

// Compile-time: every event of the vocabulary is in the global event map with its detail type
// (a missing or mistyped entry fails `tsc`).
type Assert<T extends true> = T;
export type EveryEventIsGloballyTyped = Assert<
  { [K in ContactEventName]: GlobalEventHandlersEventMap[K] extends ContactEvent<K> ? true : false }[ContactEventName]
>;

class EventProbe extends LitElement {
  override render() {
    return html`<button>Inside</button>`;
  }
}
customElements.define('event-probe', EventProbe);

describe('fireContactEvent', () => {
  it('reaches listeners outside the shadow root, typed, with the detail', async () => {
    // fixtureSync: fixture() waits for an animation frame, which a background tab never gets.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div><event-probe></event-probe></div>`);
    const probe = wrapper.querySelector<EventProbe>('event-probe')!;
    await probe.updateComplete;
    const contact = makeContact();
    const seen: string[] = [];
    wrapper.addEventListener('contact-select', (event) => seen.push(event.detail.contact.name));
    const button = probe.shadowRoot!.querySelector('button')!;
    expect(fireContactEvent(button, 'contact-select', { contact })).to.equal(true);
    expect(seen).to.deep.equal([contact.name]);
  });

  it('is cancelable only for requests a host may take over, and reports preventDefault', () => {
    const el = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const contact = makeContact();
    el.addEventListener('contact-block-request', (event) => {
      expect(event.detail.action).to.equal('block');
      event.preventDefault();
    });
    expect(fireContactEvent(el, 'contact-block-request', { contact, action: 'block' })).to.equal(false);

    el.addEventListener('contact-blocked', (event) => event.preventDefault());
    let event: Event | undefined;
    document.addEventListener('contact-blocked', (e) => (event = e), { once: true });
    expect(fireContactEvent(el, 'contact-blocked', { contact })).to.equal(true);
    expect(event?.cancelable).to.equal(false);
    expect(event?.composed).to.equal(true);
  });

  it('names exactly the request events and New dialog as cancelable', () => {
    expect([...CANCELABLE_CONTACT_EVENTS].sort()).to.deep.equal([
      'contact-block-request',
      'contact-delete-request',
      'contact-merge-request',
      'contact-new-dialog',
    ]);
  });
});
