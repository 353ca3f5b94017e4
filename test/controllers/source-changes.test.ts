// SourceController's live-change subscription, against a real MemoryContactSource.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { SourceController } from '../../src/controllers/source-controller.js';
import '../../src/contact-source-provider.js';
import type { ContactSourceProvider } from '../../src/elements/contact-source-provider/contact-source-provider.js';
import { MemoryContactSource } from '../../src/sources/memory.js';
import type { ContactChange, ContactSource } from '../../src/sources/source.js';
import { makeContact } from '../model/contact-fixture.js';

class ChangeWatcher extends LitElement {
  @property({ attribute: false }) source: ContactSource | undefined;
  readonly changes: ContactChange[] = [];
  readonly sources = new SourceController(this, { onChange: (change) => this.changes.push(change) });
  override render() {
    return html`${this.changes.length} changes`;
  }
}
customElements.define('change-watcher', ChangeWatcher);

declare global {
  interface HTMLElementTagNameMap {
    'change-watcher': ChangeWatcher;
  }
}

function sourceWith(id: string): MemoryContactSource {
  return new MemoryContactSource({ contacts: [makeContact({ id, name: 'Olena', email: `${id}@example.com` })] });
}

const rename = (source: MemoryContactSource, id: string, name: string) => source.updateContact(id, { name });

describe('SourceController change subscription', () => {
  it('delivers changes made through the source', async () => {
    const source = sourceWith('c1');
    const el = await fixture<ChangeWatcher>(html`<change-watcher .source=${source}></change-watcher>`);
    await rename(source, 'c1', 'Olena K.');
    expect(el.changes).to.have.length(1);
    expect(el.changes[0]).to.include({ type: 'updated' });
    expect((el.changes[0] as { contact: { name: string } }).contact.name).to.equal('Olena K.');
  });

  it('follows a swapped source and leaves the old one', async () => {
    const [first, second] = [sourceWith('a'), sourceWith('b')];
    const el = await fixture<ChangeWatcher>(html`<change-watcher .source=${first}></change-watcher>`);
    el.source = second;
    await el.updateComplete;
    await rename(first, 'a', 'ignored');
    await rename(second, 'b', 'seen');
    expect(el.changes.map((c) => (c as { contact: { name: string } }).contact.name)).to.deep.equal(['seen']);
  });

  it('stops while disconnected and resumes when reconnected', async () => {
    const source = sourceWith('c1');
    const el = await fixture<ChangeWatcher>(html`<change-watcher .source=${source}></change-watcher>`);
    const parent = el.parentElement!;
    el.remove();
    await rename(source, 'c1', 'while away');
    expect(el.changes).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    await rename(source, 'c1', 'back');
    expect(el.changes).to.have.length(1);
  });

  it('subscribes to a source that came through a provider, once', async () => {
    const source = sourceWith('c1');
    const provider = await fixture<ContactSourceProvider>(
      html`<contact-source-provider .source=${source}><change-watcher></change-watcher></contact-source-provider>`,
    );
    const el = provider.querySelector('change-watcher')!;
    await el.updateComplete;
    await el.updateComplete;
    await source.deleteContact('c1');
    expect(el.changes).to.deep.equal([{ type: 'deleted', id: 'c1' }]);
  });
});
