import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { provide } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { contactSourceContext } from '../../src/controllers/source-context.js';
import { provideContactSource, SourceController } from '../../src/controllers/source-controller.js';
import '../../src/contact-source-provider.js';
import type { ContactSourceProvider } from '../../src/elements/contact-source-provider/contact-source-provider.js';
import type { ContactSource } from '../../src/sources/source.js';

/** Only identity matters here: the controller never calls the source. */
function fakeSource(name: string): ContactSource {
  return { name } as unknown as ContactSource;
}
const nameOf = (source: ContactSource | undefined) => (source as { name?: string } | undefined)?.name ?? 'none';

class SourceConsumer extends LitElement {
  @property({ attribute: false }) source: ContactSource | undefined;
  readonly sources = new SourceController(this);

  override render() {
    return nameOf(this.sources.source);
  }
}
customElements.define('source-consumer', SourceConsumer);

/** Puts a consumer inside its shadow root, to prove the context crosses shadow boundaries. */
class ShadowWrapper extends LitElement {
  override render() {
    return html`<source-consumer></source-consumer>`;
  }
  get consumer(): SourceConsumer {
    return this.shadowRoot!.querySelector('source-consumer')!;
  }
}
customElements.define('shadow-wrapper', ShadowWrapper);

declare global {
  interface HTMLElementTagNameMap {
    'source-consumer': SourceConsumer;
    'shadow-wrapper': ShadowWrapper;
  }
}

const rendered = (el: SourceConsumer) => el.shadowRoot!.textContent;

async function settled(el: SourceConsumer): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

describe('SourceController', () => {
  const a = fakeSource('a');
  const b = fakeSource('b');

  it('is undefined without a property or a provider', async () => {
    const el = await fixture<SourceConsumer>(html`<source-consumer></source-consumer>`);
    expect(el.sources.source).to.equal(undefined);
    expect(rendered(el)).to.equal('none');
  });

  it('uses the property', async () => {
    const el = await fixture<SourceConsumer>(html`<source-consumer .source=${a}></source-consumer>`);
    expect(el.sources.source).to.equal(a);
    expect(rendered(el)).to.equal('a');
  });

  it('uses the provided source, and the property wins over it', async () => {
    const provider = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${a}><source-consumer></source-consumer></contact-source-provider>`,
    );
    const el = provider.querySelector('source-consumer')!;
    await settled(el);
    expect(rendered(el)).to.equal('a');

    el.source = b;
    await settled(el);
    expect(el.sources.source).to.equal(b);
    expect(rendered(el)).to.equal('b');

    el.source = undefined;
    await settled(el);
    expect(rendered(el)).to.equal('a');
  });

  it('reaches through shadow roots', async () => {
    const provider = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${a}><shadow-wrapper></shadow-wrapper></contact-source-provider>`,
    );
    const wrapper = provider.querySelector<ShadowWrapper>('shadow-wrapper')!;
    await wrapper.updateComplete;
    await settled(wrapper.consumer);
    expect(wrapper.consumer.sources.source).to.equal(a);
    expect(rendered(wrapper.consumer)).to.equal('a');
  });

  it('updates when the provided source changes', async () => {
    const provider = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${a}><shadow-wrapper></shadow-wrapper></contact-source-provider>`,
    );
    const wrapper = provider.querySelector<ShadowWrapper>('shadow-wrapper')!;
    await wrapper.updateComplete;
    provider.source = b;
    await settled(wrapper.consumer);
    expect(rendered(wrapper.consumer)).to.equal('b');
    provider.source = undefined;
    await settled(wrapper.consumer);
    expect(rendered(wrapper.consumer)).to.equal('none');
  });

  it('takes the nearest of nested providers', async () => {
    const outer = await fixture<ContactSourceProvider>(html`
      <contact-source-provider .source=${a}>
        <source-consumer id="outside"></source-consumer>
        <contact-source-provider .source=${b}>
          <source-consumer id="inside"></source-consumer>
        </contact-source-provider>
      </contact-source-provider>
    `);
    const outside = outer.querySelector<SourceConsumer>('#outside')!;
    const inside = outer.querySelector<SourceConsumer>('#inside')!;
    await settled(inside);
    expect(rendered(outside)).to.equal('a');
    expect(rendered(inside)).to.equal('b');
  });

  it('moves to a provider inserted between it and the old one', async () => {
    const outer = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${a}><source-consumer></source-consumer></contact-source-provider>`,
    );
    const el = outer.querySelector('source-consumer')!;
    await settled(el);
    const inner = document.createElement('contact-source-provider');
    inner.source = b;
    outer.append(inner);
    inner.append(el);
    await settled(el);
    expect(rendered(el)).to.equal('b');
    outer.source = fakeSource('c');
    await settled(el);
    expect(rendered(el), 'no longer listens to the outer provider').to.equal('b');
  });

  it('forgets the provided source when moved out of its provider', async () => {
    const provider = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${a}><source-consumer></source-consumer></contact-source-provider>`,
    );
    const el = provider.querySelector('source-consumer')!;
    await settled(el);
    document.body.append(el);
    await settled(el);
    expect(el.sources.source).to.equal(undefined);
    expect(rendered(el)).to.equal('none');
    el.remove();
  });

  it('finds a provider whose element is defined after the consumer connected', async () => {
    // fixtureSync: a plain <div> root makes fixture() wait for an animation frame, which
    // Chromium withholds from background tabs when wtr runs test files concurrently.
    const container = fixtureSync<HTMLDivElement>(
      html`<div><late-provider><source-consumer></source-consumer></late-provider></div>`,
    );
    const el = container.querySelector('source-consumer')!;
    await settled(el);
    expect(rendered(el)).to.equal('none');

    class LateProvider extends LitElement {
      @provide({ context: contactSourceContext }) source: ContactSource | undefined = a;
    }
    customElements.define('late-provider', LateProvider);
    await settled(el);
    expect(rendered(el)).to.equal('a');
  });

  describe('provideContactSource', () => {
    it('provides from any element, for hosts without Lit', async () => {
      const panel = fixtureSync<HTMLDivElement>(html`<div><shadow-wrapper></shadow-wrapper></div>`);
      const wrapper = panel.querySelector<ShadowWrapper>('shadow-wrapper')!;
      await wrapper.updateComplete;
      expect(rendered(wrapper.consumer), 'connected before the provider existed').to.equal('none');

      const provider = provideContactSource(panel, a);
      await settled(wrapper.consumer);
      expect(rendered(wrapper.consumer)).to.equal('a');

      provider.setValue(b);
      await settled(wrapper.consumer);
      expect(rendered(wrapper.consumer)).to.equal('b');

      const later = document.createElement('source-consumer');
      panel.append(later);
      await settled(later);
      expect(rendered(later)).to.equal('b');
    });
  });
});
