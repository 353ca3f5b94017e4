/**
 * ContactPages: pages on demand by cursor, a new query aborts what is in flight, and a late
 * answer for an old query is never shown (tested with a source that answers out of order).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContactPages } from '../../src/controllers/contact-pages.js';
import type { ContactQuery } from '../../src/model/query.js';
import { createDemoSource } from '../../src/sources/demo.js';
import type { ContactPage, ContactSource, PageRequest, RequestOptions } from '../../src/sources/source.js';

class PagesHost extends LitElement {
  static override properties = { source: { attribute: false }, query: { attribute: false } };
  source: ContactSource | undefined;
  query: ContactQuery = {};
  readonly pages = new ContactPages(this, { source: () => this.source, query: () => this.query, pageSize: 50 });
  override render() {
    return html`${this.pages.status}`;
  }
}
customElements.define('pages-host', PagesHost);

/** Wraps a source: every listContacts call waits until the test releases it, in any order. */
function gatedSource(inner: ContactSource) {
  const calls: { query: ContactQuery; page: PageRequest; signal: AbortSignal | undefined; release: () => void }[] = [];
  const source = Object.create(inner) as ContactSource;
  source.listContacts = (query: ContactQuery, page: PageRequest, options?: RequestOptions): Promise<ContactPage> =>
    new Promise((resolve, reject) => {
      // Deliberately ignores the AbortSignal when released: a backend that answers anyway.
      calls.push({ query, page, signal: options?.signal, release: () => inner.listContacts(query, page).then(resolve, reject) });
    });
  return { source, calls };
}

async function host(source: ContactSource, query: ContactQuery = {}) {
  const el = await fixture<PagesHost>(html`<pages-host .source=${source} .query=${query}></pages-host>`);
  return el;
}

describe('ContactPages', () => {
  it('loads the first page, then further pages as rows are wanted', async () => {
    const source = createDemoSource({ count: 500 });
    const el = await host(source);
    await waitUntil(() => el.pages.status === 'ready');
    expect(el.pages.total).to.equal(500);
    expect(el.pages.rows.length).to.equal(500);
    const firstLoaded = el.pages.loaded;
    expect(firstLoaded).to.be.within(50, 100);
    expect(el.pages.rows[firstLoaded]).to.equal(null);
    el.pages.ensure(300);
    await waitUntil(() => el.pages.loaded > 300);
    expect(el.pages.rows[300]?.id).to.be.a('string');
  });

  it('catches up with a far jump', async () => {
    const el = await host(createDemoSource({ count: 10_000 }));
    await el.pages.loadUntil(9_999);
    expect(el.pages.loaded).to.equal(10_000);
    expect(el.pages.hasMore).to.equal(false);
  });

  it('drops a late page of a superseded query and aborts it', async () => {
    const { source, calls } = gatedSource(createDemoSource({ count: 300 }));
    const el = await host(source, { search: 'zzzz-nothing' });
    await waitUntil(() => calls.length === 1);
    el.query = {};
    await el.updateComplete;
    await waitUntil(() => calls.length === 2);
    expect(calls[0]!.signal?.aborted).to.equal(true);
    // The new query answers first, the old one after it.
    calls[1]!.release();
    await waitUntil(() => el.pages.status === 'ready');
    expect(el.pages.total).to.equal(300);
    calls[0]!.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.pages.total).to.equal(300);
    expect(el.pages.rows[0]?.id).to.be.a('string');
  });

  it('a new source aborts the old one\'s request and drops its answer', async () => {
    const { source: slow, calls } = gatedSource(createDemoSource({ count: 300 }));
    const el = await host(slow);
    await waitUntil(() => calls.length === 1);
    el.source = createDemoSource({ count: 7 });
    await el.updateComplete;
    expect(calls[0]!.signal?.aborted).to.equal(true);
    await waitUntil(() => el.pages.status === 'ready');
    expect(el.pages.total).to.equal(7);
    calls[0]!.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.pages.total).to.equal(7);
    expect(el.pages.rows).to.have.length(7);
  });

  it('reports an error, and continues on retry', async () => {
    const source = createDemoSource({ count: 100 });
    source.failNext('listContacts', 'server');
    const el = await host(source);
    await waitUntil(() => el.pages.status === 'error');
    expect(el.pages.error?.kind).to.equal('server');
    el.pages.retry();
    await waitUntil(() => el.pages.status === 'ready');
    expect(el.pages.total).to.equal(100);
  });

  it('refresh keeps the rows until the new ones arrive', async () => {
    const source = createDemoSource({ count: 120 });
    const el = await host(source);
    await waitUntil(() => el.pages.status === 'ready');
    const first = el.pages.rows[0]!;
    await source.deleteContact(first.id);
    el.pages.refresh();
    expect(el.pages.rows[0]?.id).to.equal(first.id);
    await waitUntil(() => el.pages.total === 119);
    expect(el.pages.rows[0]?.id).not.to.equal(first.id);
  });
});
