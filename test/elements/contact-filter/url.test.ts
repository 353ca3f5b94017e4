// `sync-url`: the query in the page's search params; reload and Back/Forward restore it.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ContactQuery } from '../../../src/model/query.js';
import { $, afterTypingPause, setup } from './helpers.js';

const params = () => new URLSearchParams(location.search);

describe('<contact-filter sync-url>', () => {
  let saved: string;

  beforeEach(() => {
    saved = location.href;
    history.replaceState(null, '', `${location.pathname}?page=contacts#top`);
  });

  afterEach(() => {
    history.replaceState(null, '', saved);
  });

  it('starts from the query in the URL, and reports it', async () => {
    history.replaceState(null, '', `${location.pathname}?page=contacts&q=alice&label=vip&labels=all&sort=name&c=blocked~is-false#top`);
    const heard: ContactQuery[] = [];
    const listener = (event: Event) => heard.push((event as CustomEvent).detail.query);
    document.addEventListener('contact-query-change', listener);
    try {
      const { el } = await setup({ syncUrl: true, query: { search: 'ignored' } });
      const expected: ContactQuery = {
        search: 'alice',
        labels: ['vip'],
        labelMatch: 'all',
        sort: { field: 'name', direction: 'asc' },
        conditions: [{ field: 'blocked', operator: 'is-false' }],
      };
      expect(el.query).to.deep.equal(expected);
      expect(heard).to.deep.equal([expected]);
      expect(($(el, '#search') as HTMLInputElement).value).to.equal('alice');
      expect($(el, '.label-toggle[data-label="vip"]').getAttribute('aria-pressed')).to.equal('true');
    } finally {
      document.removeEventListener('contact-query-change', listener);
    }
  });

  it('a URL without a query gets the query set from code, in place', async () => {
    // An entry's key survives replaceState and changes with pushState (Navigation API).
    const entryKey = () => (window as unknown as { navigation: { currentEntry: { key: string } } }).navigation.currentEntry.key;
    const before = entryKey();
    await setup({ syncUrl: true, query: { labels: ['lead'] } });
    expect(params().getAll('label')).to.deep.equal(['lead']);
    expect(entryKey(), 'the same history entry, replaced').to.equal(before);
  });

  // Entries are checked by going Back, not by `history.length`: Chromium keeps at most 50
  // entries, so the length stops growing once earlier tests have filled the history.
  it('a discrete change adds a history entry; the page’s own params and hash stay', async () => {
    const { el } = await setup({ syncUrl: true });
    const before = location.href;
    $(el, '.label-toggle[data-label="vip"]').click();
    await el.updateComplete;
    expect(params().get('page')).to.equal('contacts');
    expect(params().getAll('label')).to.deep.equal(['vip']);
    expect(location.hash).to.equal('#top');
    history.back();
    await oneEvent(window, 'popstate');
    expect(location.href, 'one step back is the page before the change').to.equal(before);
  });

  it('typing adds one entry, then replaces it', async () => {
    const { el } = await setup({ syncUrl: true });
    const before = location.href;
    $(el, '#search').focus();
    await sendKeys({ type: 'al' });
    await waitUntil(() => params().get('q') === 'al');
    await sendKeys({ type: 'ice' });
    await waitUntil(() => params().get('q') === 'alice');
    await sendKeys({ press: 'Enter' });
    history.back();
    await oneEvent(window, 'popstate');
    expect(location.href, 'one step back skips "al": it was replaced').to.equal(before);
  });

  it('Back and Forward restore the query, and report it', async () => {
    const { el, events } = await setup({ syncUrl: true });
    $(el, '.label-toggle[data-label="vip"]').click();
    $(el, '.label-toggle[data-label="lead"]').click();
    await el.updateComplete;
    expect(events).to.have.length(2);

    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(el.query).to.deep.equal({ labels: ['vip'] });
    expect(events.at(-1)).to.deep.equal({ labels: ['vip'] });
    expect($(el, '.label-toggle[data-label="lead"]').getAttribute('aria-pressed')).to.equal('false');

    history.back();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal({});

    history.forward();
    await oneEvent(window, 'popstate');
    history.forward();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(el.query).to.deep.equal({ labels: ['vip', 'lead'] });
    expect(events).to.have.length(6);
  });

  it('a reload restores the query, conditions included', async () => {
    const first = await setup({ syncUrl: true });
    first.el.query = {
      conditions: [
        { field: 'attributes.seats', operator: 'between', value: [5, 250] },
        { field: 'labels', operator: 'has-any', value: ['a,b', 'c%d'] },
      ],
      match: 'any',
    };
    await first.el.updateComplete;
    const url = location.href;
    first.wrapper.remove();
    history.replaceState(null, '', url);
    const second = await setup({ syncUrl: true });
    expect(second.el.query).to.deep.equal(first.el.query);
  });

  it('namespaces its params with url-prefix', async () => {
    const { el } = await setup({ syncUrl: true, urlPrefix: 'contacts-' });
    $(el, '.label-toggle[data-label="vip"]').click();
    await el.updateComplete;
    expect(params().getAll('contacts-label')).to.deep.equal(['vip']);
    expect(params().has('label')).to.equal(false);
  });

  it('without sync-url, the URL is left alone', async () => {
    const { el } = await setup();
    $(el, '.label-toggle[data-label="vip"]').click();
    $(el, '#search').focus();
    await sendKeys({ type: 'x' });
    await afterTypingPause();
    expect(location.search).to.equal('?page=contacts');
    history.pushState(null, '', `${location.pathname}?label=lead`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(el.query.labels).to.deep.equal(['vip']);
  });
});
