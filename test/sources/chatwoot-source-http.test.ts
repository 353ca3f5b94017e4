/**
 * ChatwootContactSource against the fake Chatwoot over real HTTP: what the contract cannot
 * see. Query mode `'chatwoot'` (the requests Chatwoot gets, what it cannot express refused
 * by name), paging 15 at a time, auth, records made in Chatwoot's own UI, and capabilities.
 */
import { expect } from '@open-wc/testing';
import type { Contact } from '../../src/model/contact.js';
import { ChatwootContactSource, type ChatwootSourceOptions } from '../../src/sources/chatwoot/chatwoot-source.js';
import type { ContactPage } from '../../src/sources/source.js';
import { startBackend, type TestBackend } from './backend.js';
import { CHATWOOT_ACCOUNT, CHATWOOT_TOKEN, seedChannelOf, toChatwootData } from './chatwoot-seed.js';
import { expectSourceError, type ContractSeed } from './contract/contract.js';
import { createContractSeed } from './contract/seed.js';

interface Logged {
  method: string;
  path: string;
  body: unknown;
}

describe('ChatwootContactSource over HTTP (Chatwoot specifics)', function () {
  this.timeout(20_000);
  let backend: TestBackend;
  let seed: ContractSeed;

  const source = (options: Partial<ChatwootSourceOptions> = {}) =>
    new ChatwootContactSource({
      baseUrl: backend.url,
      accountId: CHATWOOT_ACCOUNT,
      apiAccessToken: CHATWOOT_TOKEN,
      channelOf: seedChannelOf,
      now: () => seed.now,
      retry: 0,
      ...options,
    });
  const log = async (): Promise<Logged[]> => (await fetch(`${backend.url}/__log`)).json() as Promise<Logged[]>;
  const apiLog = async () => (await log()).filter((entry) => entry.path.startsWith('/api/'));
  const path = (entry: Logged) => entry.path.replace(`/api/v1/accounts/${CHATWOOT_ACCOUNT}`, '');

  async function start(data: unknown = toChatwootData(seed)) {
    backend = await startBackend('chatwoot', data);
  }

  async function walk(chatwoot: ChatwootContactSource, query: Parameters<ChatwootContactSource['listContacts']>[0], size: number) {
    const items: Contact[] = [];
    let page: ContactPage = await chatwoot.listContacts(query, { size });
    for (;;) {
      expect(page.items.length).to.be.at.most(size);
      items.push(...page.items);
      if (!page.nextCursor) return items;
      page = await chatwoot.listContacts(query, { size, cursor: page.nextCursor });
    }
  }

  beforeEach(async function () {
    seed = createContractSeed();
    await start();
  });

  afterEach(async function () {
    await backend.stop();
  });

  describe('auth', function () {
    it('sends the token as api_access_token, never in the URL', async function () {
      await source().listLabels();
      for (const entry of await log()) expect(entry.path).not.to.contain(CHATWOOT_TOKEN);
    });

    it('a wrong token is unauthorized, and the error does not repeat it', async function () {
      const error = await expectSourceError(source({ apiAccessToken: 'not-the-token' }).getContact('c01'), 'unauthorized');
      expect(`${error.message} ${JSON.stringify(error)}`).not.to.contain('not-the-token');
    });

    it('another account is unauthorized', async function () {
      await expectSourceError(source({ accountId: 999 }).listLabels(), 'unauthorized');
    });

    it('headers may come from a function instead (a proxy adds the token)', async function () {
      let calls = 0;
      const viaHeaders = source({ apiAccessToken: undefined, headers: () => ({ api_access_token: (calls++, CHATWOOT_TOKEN) }) });
      expect((await viaHeaders.listLabels()).length).to.equal(6);
      expect(calls).to.equal(1);
    });
  });

  describe("query mode 'chatwoot': Chatwoot answers", function () {
    it('lists 15 per Chatwoot page, sorted by Chatwoot, pages of any size walk everything once', async function () {
      const chatwoot = source();
      for (const size of [7, 15, 50]) {
        const items = await walk(chatwoot, { sort: { field: 'createdAt', direction: 'asc' } }, size);
        const ids = items.map((c) => c.id);
        expect(new Set(ids).size, `size ${size}: no repeats`).to.equal(ids.length);
        expect(ids.length, `size ${size}: everyone`).to.equal(seed.contacts.length);
      }
      const lists = (await apiLog()).filter((e) => e.method === 'GET' && path(e).startsWith('/contacts?'));
      expect(lists.map(path)).to.include('/contacts?page=3&sort=created_at');
      expect(lists.every((e) => !/per_page|limit/.test(e.path)), 'Chatwoot pages are fixed at 15').to.equal(true);
    });

    it('a search is Chatwoot’s search (substring of name, email, phone)', async function () {
      const page = await source().listContacts({ search: 'alice' }, { size: 20 });
      expect(page.items.map((c) => c.id)).to.deep.equal(['c01']);
      expect(page.total, 'no total in this mode').to.equal(undefined);
      expect((await apiLog()).map(path)).to.include('/contacts/search?page=1&sort=-last_activity_at&q=alice');
    });

    it('conditions become one filter payload, joined with and', async function () {
      const page = await source().listContacts(
        {
          conditions: [
            { field: 'labels', operator: 'has-any', value: ['customer'] },
            { field: 'phone', operator: 'starts-with', value: '+380' },
          ],
        },
        { size: 20 },
      );
      expect(page.items.map((c) => c.id).sort()).to.deep.equal(['c06', 'c14']);
      const filter = (await apiLog()).find((e) => e.method === 'POST' && path(e).startsWith('/contacts/filter'));
      expect(filter?.body).to.deep.equal({
        payload: [
          { attribute_key: 'labels', filter_operator: 'equal_to', values: ['customer'], query_operator: 'and' },
          { attribute_key: 'phone_number', filter_operator: 'starts_with', values: ['380'] },
        ],
      });
    });

    it('match any joins with or; custom attributes say so', async function () {
      const page = await source().listContacts(
        {
          match: 'any',
          conditions: [
            { field: 'attributes.plan', operator: 'any-of', value: ['enterprise'] },
            { field: 'blocked', operator: 'is-true' },
          ],
        },
        { size: 20 },
      );
      expect(page.items.map((c) => c.id).sort()).to.include.members(['c03', 'c10']);
      const filter = (await apiLog()).find((e) => path(e).startsWith('/contacts/filter'));
      expect(filter?.body).to.deep.equal({
        payload: [
          { attribute_key: 'plan', filter_operator: 'equal_to', values: ['enterprise'], custom_attribute_type: 'contact_attribute', query_operator: 'or' },
          { attribute_key: 'blocked', filter_operator: 'equal_to', values: [true] },
        ],
      });
    });

    it('quick labels alone use the list’s labels[] parameter', async function () {
      const items = await walk(source(), { labels: ['vip'] }, 50);
      expect(items.map((c) => c.id).sort()).to.deep.equal(seed.contacts.filter((c) => c.labels.includes('vip')).map((c) => c.id).sort());
      expect((await apiLog()).map(path)).to.include('/contacts?page=1&sort=-last_activity_at&labels%5B%5D=vip');
    });

    const refused: [string, Parameters<ChatwootContactSource['listContacts']>[0], string][] = [
      ['a condition Chatwoot has no filter for (source channel)', { conditions: [{ field: 'sourceChannel', operator: 'any-of', value: ['email'] }] }, 'conditions.0'],
      ['conversation status', { conditions: [{ field: 'name', operator: 'contains', value: 'a' }, { field: 'conversationStatus', operator: 'any-of', value: ['open'] }] }, 'conditions.1'],
      ['"on a day" (Chatwoot’s strict operators cannot bound a day)', { conditions: [{ field: 'createdAt', operator: 'on', value: '2026-05-05' }] }, 'conditions.0'],
      ['an operator Chatwoot lacks for the field (name starts-with)', { conditions: [{ field: 'name', operator: 'starts-with', value: 'gr' }] }, 'conditions.0'],
      ['search together with a filter', { search: 'alice', labels: ['vip'] }, 'search'],
      ['has-all under match any', { match: 'any', conditions: [{ field: 'labels', operator: 'has-all', value: ['vip', 'customer'] }] }, 'conditions.0'],
    ];
    for (const [title, query, field] of refused) {
      it(`refuses, naming it, never drops: ${title}`, async function () {
        const error = await expectSourceError(source().listContacts(query, { size: 20 }), 'invalid');
        expect(error.fieldErrors[0]?.field).to.equal(field);
        expect((await apiLog()).some((e) => path(e).startsWith('/contacts/filter') || path(e).startsWith('/contacts/search')), 'nothing asked').to.equal(false);
      });
    }

    it('a malformed cursor is invalid', async function () {
      await expectSourceError(source().listContacts({}, { size: 7, cursor: btoa('["x","c01"]') }), 'invalid');
    });
  });

  describe("query mode 'exact'", function () {
    it('fetches the account page by page once, then pages from what it has', async function () {
      const exact = source({ query: 'exact' });
      const items = await walk(exact, { search: 'example' }, 5);
      expect(items.length).to.be.above(5);
      const lists = (await apiLog()).filter((e) => e.method === 'GET' && /^\/contacts\?/.test(path(e)));
      expect(lists.length, 'three Chatwoot pages of 15 for 32 contacts, fetched once').to.equal(3);
    });

    it('a write through the source drops what it had (the next list sees the change)', async function () {
      const exact = source({ query: 'exact' });
      expect((await exact.listContacts({ search: 'robert' }, { size: 5 })).items).to.deep.equal([]);
      await exact.updateContact('c02', { name: 'Robert Brown' });
      expect((await exact.listContacts({ search: 'robert' }, { size: 5 })).items.map((c) => c.id)).to.deep.equal(['c02']);
    });
  });

  describe('records made in Chatwoot’s own UI', function () {
    it('without this library’s extra attributes: source channel from the first inbox; an unknown block time is the creation time', async function () {
      const data = toChatwootData(seed) as { contacts: { id: string; additional_attributes: Record<string, unknown>; blocked: boolean; updated_at?: number }[] };
      const c01 = data.contacts.find((c) => c.id === 'c01')!;
      c01.additional_attributes = {};
      const c02 = data.contacts.find((c) => c.id === 'c02')!;
      c02.blocked = true;
      await backend.stop();
      await start(data);
      const alice = await source().getContact('c01');
      expect(alice.sourceChannel).to.equal('whatsapp');
      expect(alice.country).to.equal(undefined);
      const bob = await source().getContact('c02');
      // Chatwoot keeps no block time (its contact JSON has no updated_at either).
      expect(bob.block).to.deep.equal({ until: null, blockedAt: bob.createdAt });
    });
  });

  describe('what Chatwoot cannot do is declared and refused', function () {
    it('capabilities', function () {
      const capabilities = source().capabilities;
      expect(capabilities).to.include({ timedBlock: false, mergeFieldChoices: false, createLabels: false, duplicates: false, live: false, total: false });
      expect(source({ query: 'exact' }).capabilities.total).to.equal(true);
    });

    it('a timed block is invalid and sends nothing', async function () {
      await expectSourceError(source().blockContact('c02', { until: new Date('2026-12-24T00:00:00Z') }), 'invalid');
      expect((await apiLog()).some((e) => e.method === 'PATCH')).to.equal(false);
    });

    it('blocking forever keeps the reason and the time beside Chatwoot’s flag', async function () {
      const blocked = await source().blockContact('c02', { until: null, reason: 'Spam' });
      expect(blocked.block).to.deep.equal({ until: null, reason: 'Spam', blockedAt: seed.now });
      const patch = (await apiLog()).find((e) => e.method === 'PATCH');
      expect(patch?.body).to.deep.include({ blocked: true });
    });

    it('merge sends base and mergee, ignores field choices, keeps both label sets', async function () {
      const merged = await source().mergeContacts('c06', 'c07', { name: 'secondary' });
      expect(merged.name, 'Chatwoot keeps the base’s values').to.equal('Emma Evans');
      const merge = (await apiLog()).find((e) => path(e) === '/actions/contact_merge');
      expect(merge?.body).to.deep.equal({ base_contact_id: 'c06', mergee_contact_id: 'c07' });
      expect(merged.labels).to.have.members(['customer', 'vip', 'support']);
    });

    it('saving a segment stores Chatwoot’s payload (for its UI) and the whole query', async function () {
      const query = { conditions: [{ field: 'labels' as const, operator: 'has-any' as const, value: ['vip'] }] };
      const saved = await source().saveSegment({ name: 'VIPs', query });
      const post = (await apiLog()).find((e) => path(e) === '/custom_filters' && e.method === 'POST');
      expect(post?.body).to.deep.equal({
        custom_filter: {
          name: 'VIPs',
          type: 'contact',
          query: { payload: [{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'] }], contact_elements: query },
        },
      });
      expect((await source().listSegments()).map((s) => s.id)).to.deep.equal([saved.id]);
    });
  });
});
