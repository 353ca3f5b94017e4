import { expect, fixture, html } from '@open-wc/testing';
import { ContactSourceProvider } from '../../../src/contact-source-provider.js';
import { defineElement } from '../../../src/elements/define.js';
import { MemoryContactSource } from '../../../src/sources/memory.js';

describe('<contact-source-provider>', () => {
  it('is registered and takes no space of its own', async () => {
    const el = await fixture<ContactSourceProvider>(
      html`<contact-source-provider><p>Inside</p></contact-source-provider>`,
    );
    expect(el).to.be.instanceOf(ContactSourceProvider);
    expect(getComputedStyle(el).display).to.equal('contents');
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('holds the source it is given', async () => {
    const source = new MemoryContactSource();
    const el = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${source}></contact-source-provider>`,
    );
    expect(el.source).to.equal(source);
  });
});

describe('defineElement', () => {
  it('leaves a tag that is already defined alone, without throwing', () => {
    class OtherCopy extends HTMLElement {}
    expect(() => defineElement('contact-source-provider', OtherCopy)).to.not.throw();
    expect(() => defineElement('contact-source-provider', ContactSourceProvider)).to.not.throw();
    expect(customElements.get('contact-source-provider')).to.equal(ContactSourceProvider);
  });

  it('defines a new tag', () => {
    class Fresh extends HTMLElement {}
    defineElement('define-element-fresh', Fresh);
    expect(customElements.get('define-element-fresh')).to.equal(Fresh);
  });

  it('never throws, even for a name the registry refuses', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => defineElement('NotAValidName', class extends HTMLElement {})).to.not.throw();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
  });
});
