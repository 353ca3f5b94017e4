/**
 * RestContactSource against the reference server over real HTTP: what the contract suite
 * cannot see. Every failure kind, retries (reads yes, writes no, Retry-After honoured),
 * stale answers after an abort, malformed responses, headers per request, credentials kept
 * out of URLs and errors, and the change stream.
 */
import { expect } from '@open-wc/testing';
import { isSourceError, type SourceErrorKind } from '../../src/sources/errors.js';
import { RestContactSource, type RestSourceOptions } from '../../src/sources/rest/rest-source.js';
import type { ContactChange } from '../../src/sources/source.js';
import { startBackend, type TestBackend } from './backend.js';
import { expectSourceError } from './contract/contract.js';
import { createContractSeed } from './contract/seed.js';

describe('RestContactSource over HTTP (failures, retries, streaming)', function () {
  this.timeout(20_000);
  let backend: TestBackend;

  const source = (options: Partial<RestSourceOptions> = {}) =>
    new RestContactSource({ baseUrl: `${backend.url}/api`, retry: 0, ...options });
  const requestsTo = async (method: string, path: string) =>
    (await backend.requests()).filter((r) => r.method === method && r.path.split('?')[0] === path);

  beforeEach(async function () {
    const seed = createContractSeed();
    backend = await startBackend('rest', seed, { now: seed.now });
  });

  afterEach(async function () {
    await backend.stop();
  });

  describe('each HTTP outcome is one SourceError kind', function () {
    const statuses: [number, SourceErrorKind][] = [
      [400, 'invalid'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [409, 'conflict'],
      [422, 'invalid'],
      [429, 'rate-limited'],
      [500, 'server'],
      [502, 'server'],
      [503, 'server'],
      [504, 'timeout'],
    ];
    for (const [status, kind] of statuses) {
      it(`${status} → ${kind}`, async function () {
        await backend.fail({ match: 'GET /contacts/c01', status, times: 1 });
        const error = await expectSourceError(source().getContact('c01'), kind);
        expect(error.status).to.equal(status);
        expect(error.retryable).to.equal(['rate-limited', 'server', 'timeout'].includes(kind));
      });
    }

    it('429 carries Retry-After as retryAfter (seconds)', async function () {
      await backend.fail({ match: 'GET /labels', status: 429, retryAfter: 7, times: 1 });
      const error = await expectSourceError(source().listLabels(), 'rate-limited');
      expect(error.retryAfter).to.equal(7);
    });

    it('a real 422 carries the field errors next to their fields', async function () {
      const error = await expectSourceError(source().createContact({ name: ' ', email: 'nope', phone: 'call me' }), 'invalid');
      expect(error.fieldErrors.map((e) => e.field)).to.include.members(['name', 'email', 'phone']);
      expect(error.fieldErrors.find((e) => e.field === 'email')?.code).to.equal('email-invalid');
    });

    it('a real 409 names the contact that holds the email', async function () {
      const error = await expectSourceError(source().createContact({ name: 'Alice Twin', email: 'alice@example.com' }), 'conflict');
      expect(error.conflicts).to.deep.equal([{ field: 'email', contactId: 'c01', contactName: 'Alice Anderson' }]);
    });

    it('a connection closed without an answer → network', async function () {
      await backend.fail({ match: 'GET /labels', drop: true, times: 1 });
      await expectSourceError(source().listLabels(), 'network');
    });

    it('nothing listening → network', async function () {
      const gone = new RestContactSource({ baseUrl: 'http://127.0.0.1:9/api', retry: 0 });
      await expectSourceError(gone.listLabels(), 'network');
    });

    it('no answer within the timeout → timeout', async function () {
      await backend.fail({ match: 'GET /labels', delay: 1500, times: 1 });
      await expectSourceError(source({ timeout: 300 }).listLabels(), 'timeout');
    });

    it('an error body that is not JSON still maps by status', async function () {
      await backend.fail({ match: 'GET /labels', status: 502, body: '<html>Bad gateway</html>', times: 1 });
      await expectSourceError(source().listLabels(), 'server');
    });

    it('aborting while the server is slow → aborted, quickly', async function () {
      await backend.fail({ match: 'GET /contacts/c01', delay: 2000, times: 1 });
      const controller = new AbortController();
      const promise = source().getContact('c01', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const started = performance.now();
      await expectSourceError(promise, 'aborted');
      expect(performance.now() - started).to.be.below(1500);
    });
  });

  describe('retries', function () {
    const retrying = () => source({ retry: { limit: 2, backoffLimit: 50 } });

    it('a read is retried after a 503 and succeeds', async function () {
      await backend.fail({ match: 'GET /contacts/c01', status: 503, times: 1 });
      expect((await retrying().getContact('c01')).name).to.equal('Alice Anderson');
      expect(await requestsTo('GET', '/contacts/c01')).to.have.length(2);
    });

    it('a read is retried after a 429, waiting for Retry-After', async function () {
      await backend.fail({ match: 'GET /labels', status: 429, retryAfter: 1, times: 1 });
      const started = performance.now();
      expect((await retrying().listLabels()).length).to.equal(6);
      expect(performance.now() - started, 'waited about Retry-After').to.be.at.least(900);
      expect(await requestsTo('GET', '/labels')).to.have.length(2);
    });

    it('a read is retried after a dropped connection', async function () {
      await backend.fail({ match: 'GET /labels', drop: true, times: 1 });
      expect((await retrying().listLabels()).length).to.equal(6);
    });

    it('a read gives up after the limit with the last kind', async function () {
      await backend.fail({ match: 'GET /labels', status: 500, times: 5 });
      await expectSourceError(retrying().listLabels(), 'server');
      expect(await requestsTo('GET', '/labels')).to.have.length(3);
    });

    it('a Retry-After longer than maxRetryAfter is not waited for: rate-limited at once', async function () {
      await backend.fail({ match: 'GET /labels', status: 429, retryAfter: 120, times: 1 });
      const error = await expectSourceError(source({ retry: { limit: 2, maxRetryAfter: 30 } }).listLabels(), 'rate-limited');
      expect(error.retryAfter).to.equal(120);
      expect(await requestsTo('GET', '/labels')).to.have.length(1);
    });

    it('a 4xx is not retried', async function () {
      await expectSourceError(retrying().getContact('no-such-id'), 'not-found');
      expect(await requestsTo('GET', '/contacts/no-such-id')).to.have.length(1);
    });

    for (const [title, write, path] of [
      ['create (POST)', (s: RestContactSource) => s.createContact({ name: 'Once Only', email: 'once@example.com' }), ['POST', '/contacts']],
      ['update (PATCH)', (s: RestContactSource) => s.updateContact('c02', { name: 'Once Only' }), ['PATCH', '/contacts/c02']],
      ['labels (PUT)', (s: RestContactSource) => s.setContactLabels('c02', ['vip']), ['PUT', '/contacts/c02/labels']],
      ['delete (DELETE)', (s: RestContactSource) => s.deleteContact('c02'), ['DELETE', '/contacts/c02']],
    ] as const) {
      it(`a write is never retried: ${title} after a 503`, async function () {
        await backend.fail({ match: `${path[0]} ${path[1]}`, status: 503, retryAfter: 0, times: 1 });
        await expectSourceError(write(retrying()), 'server');
        expect(await requestsTo(path[0], path[1])).to.have.length(1);
      });
    }

    it('a write is not retried after a dropped connection either', async function () {
      await backend.fail({ match: 'POST /contacts', drop: true, times: 1 });
      await expectSourceError(retrying().createContact({ name: 'Once Only', email: 'once@example.com' }), 'network');
      expect(await requestsTo('POST', '/contacts')).to.have.length(1);
    });

    it('aborting during the pause before a retry → aborted, no further request', async function () {
      await backend.fail({ match: 'GET /labels', status: 503, retryAfter: 5, times: 1 });
      const controller = new AbortController();
      const promise = retrying().listLabels({ signal: controller.signal });
      setTimeout(() => controller.abort(), 200);
      await expectSourceError(promise, 'aborted');
      expect(await requestsTo('GET', '/labels')).to.have.length(1);
    });
  });

  describe('out-of-order answers', function () {
    it('a slow, superseded page never resolves, even when its answer arrives later', async function () {
      const rest = source();
      await backend.fail({ match: 'GET /contacts$', delay: 400, times: 1 });
      const first = new AbortController();
      const slow = rest.listContacts({ search: 'alice' }, { size: 7 }, { signal: first.signal });
      let slowResult: unknown = 'pending';
      slow.then(
        (page) => (slowResult = page),
        (error: unknown) => (slowResult = error),
      );
      // The person typed on: the first request is superseded.
      first.abort();
      const fast = await rest.listContacts({ search: 'bob' }, { size: 7 });
      expect(fast.items.map((c) => c.id)).to.deep.equal(['c02']);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(isSourceError(slowResult) && slowResult.kind, 'the stale request rejected as aborted').to.equal('aborted');
    });

    it('an answer that lands after abort() is dropped (aborted, not the data)', async function () {
      const rest = source({
        // A fetch whose answer is held back, so the abort comes after the response exists.
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return response;
        },
      });
      const controller = new AbortController();
      const promise = rest.getContact('c01', { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      await expectSourceError(promise, 'aborted');
    });
  });

  describe('malformed responses', function () {
    it('a contact with a bad date is rejected, naming the field', async function () {
      const c01 = await source().getContact('c01');
      await backend.fail({ match: 'GET /contacts/c01', body: { ...JSON.parse(JSON.stringify(c01)), createdAt: 'yesterday' }, times: 1 });
      const error = await expectSourceError(source().getContact('c01'), 'server');
      expect(error.message).to.contain('createdAt');
    });

    it('one bad record in a page rejects the page, naming the item and field', async function () {
      const page = JSON.parse(JSON.stringify(await source().listContacts({}, { size: 3 }))) as { items: Record<string, unknown>[] };
      page.items[1]!['labels'] = 'vip';
      await backend.fail({ match: 'GET /contacts$', body: page, times: 1 });
      const error = await expectSourceError(source().listContacts({}, { size: 3 }), 'server');
      expect(error.message).to.contain('items[1].labels');
    });

    it('an unknown channel or status is rejected, not passed on', async function () {
      const notes = { items: [{ id: 'v1', inboxId: 'i', inboxName: 'I', channel: 'pigeon', status: 'open', lastActivityAt: '2026-01-01T00:00:00Z' }] };
      await backend.fail({ match: 'GET /contacts/c01/conversations', body: notes, times: 1 });
      const error = await expectSourceError(source().listConversations('c01'), 'server');
      expect(error.message).to.contain('items[0].channel');
    });

    it('a body that is not JSON is a server error', async function () {
      await backend.fail({ match: 'GET /labels', body: 'not json', times: 1 });
      // The fault sends the string as JSON ("not json"): a string where an object belongs.
      await expectSourceError(source().listLabels(), 'server');
    });
  });

  describe('headers and credentials', function () {
    it('a headers function is called for every request (and every retry), async allowed', async function () {
      let issued = 0;
      const rest = source({
        retry: { limit: 1, backoffLimit: 20 },
        headers: async () => ({ Authorization: `Bearer token-${++issued}` }),
      });
      await backend.fail({ match: 'GET /labels', status: 503, retryAfter: 0, times: 1 });
      await rest.listLabels();
      await rest.getContact('c01');
      const seen = (await backend.requests()).map((r) => r.authorization);
      expect(seen).to.deep.equal(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
    });

    it('a server that needs a token: without it unauthorized, with it fine', async function () {
      await backend.stop();
      const seed = createContractSeed();
      backend = await startBackend('rest', seed, { now: seed.now, token: 's3cret-token' });
      await expectSourceError(source().listLabels(), 'unauthorized');
      await expectSourceError(source({ headers: { Authorization: 'Bearer wrong' } }).listLabels(), 'unauthorized');
      expect((await source({ headers: { Authorization: 'Bearer s3cret-token' } }).listLabels()).length).to.equal(6);
    });

    it('credentials never appear in a URL or in an error', async function () {
      const token = 'Bearer very-secret-value';
      const rest = source({ headers: { Authorization: token } });
      await backend.fail({ match: 'GET /contacts/c01', status: 401, times: 1 });
      const error = await expectSourceError(rest.getContact('c01'), 'unauthorized');
      for (const text of [error.message, String(error), JSON.stringify(error), String(error.cause ?? ''), error.stack ?? '']) {
        expect(text).not.to.contain('very-secret-value');
      }
      for (const request of await backend.requests()) expect(request.path).not.to.contain('secret');
    });
  });

  describe('change stream (Server-Sent Events)', function () {
    async function streamOpen() {
      const end = performance.now() + 5000;
      while ((await backend.streams()) < 1) {
        if (performance.now() > end) throw new Error('the change stream did not open');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    it('reports changes made by another client, through the stream', async function () {
      const watcher = source();
      const changes: ContactChange[] = [];
      const unsubscribe = watcher.subscribe((change) => changes.push(change));
      try {
        await streamOpen();
        const other = source();
        await other.updateContact('c02', { name: 'Robert Brown' });
        await other.addNote('c01', 'Seen from another tab');
        await other.deleteContact('c03');
        const end = performance.now() + 3000;
        while (changes.length < 3 && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
        expect(changes.map((c) => c.type)).to.deep.equal(['updated', 'notes-changed', 'deleted']);
        const updated = changes[0] as Extract<ContactChange, { type: 'updated' }>;
        expect(updated.contact.name).to.equal('Robert Brown');
        expect(updated.contact.createdAt, 'revived through the wire schema').to.be.instanceOf(Date);
      } finally {
        unsubscribe();
      }
    });

    it("reports this client's own write once (not again through the stream)", async function () {
      const rest = source();
      const changes: ContactChange[] = [];
      const unsubscribe = rest.subscribe((change) => changes.push(change));
      try {
        await streamOpen();
        await rest.updateContact('c02', { name: 'Robert Brown' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(changes.map((c) => c.type)).to.deep.equal(['updated']);
      } finally {
        unsubscribe();
      }
    });

    it('closes the stream when the last listener leaves', async function () {
      const rest = source();
      const first = rest.subscribe(() => {});
      const second = rest.subscribe(() => {});
      await streamOpen();
      first();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await backend.streams()).to.equal(1);
      second();
      const end = performance.now() + 3000;
      while ((await backend.streams()) > 0 && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await backend.streams()).to.equal(0);
    });

    it('reconnects after the stream drops, and replays what it missed (Last-Event-ID)', async function () {
      const watcher = source();
      const changes: ContactChange[] = [];
      const unsubscribe = watcher.subscribe((change) => changes.push(change));
      try {
        await streamOpen();
        const other = source();
        await other.updateContact('c02', { name: 'First Change' });
        while (changes.length < 1) await new Promise((resolve) => setTimeout(resolve, 20));
        // The server goes away for a moment: every open stream is cut.
        await backend.control({ action: 'drop-streams' });
        await other.updateContact('c02', { name: 'Missed While Away' });
        const end = performance.now() + 8000;
        while (changes.length < 2 && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(changes.map((c) => c.type === 'updated' && c.contact.name)).to.deep.equal(['First Change', 'Missed While Away']);
      } finally {
        unsubscribe();
      }
    });
  });

  describe('capabilities', function () {
    it('connect() reads what the server supports', async function () {
      await backend.stop();
      const seed = createContractSeed();
      backend = await startBackend('rest', seed, { now: seed.now, capabilities: { timedBlock: false, segments: false, sortFields: ['name'] } });
      const rest = await RestContactSource.connect({ baseUrl: `${backend.url}/api` });
      expect(rest.capabilities.timedBlock).to.equal(false);
      expect(rest.capabilities.segments).to.equal(false);
      expect(rest.capabilities.sortFields).to.deep.equal(['name']);
      expect(rest.capabilities.merge).to.equal(true);
    });

    it('a write the client knows is unsupported is refused without a request', async function () {
      const rest = source({ capabilities: { deleteContact: false } });
      await expectSourceError(rest.deleteContact('c02'), 'forbidden');
      expect(await requestsTo('DELETE', '/contacts/c02')).to.have.length(0);
    });
  });

  describe('the API document', function () {
    /** `{ '/contacts/{contactId}': ['get', 'patch', 'delete'], … }` from the document's `paths`. */
    function documentedOperations(yaml: string): Map<string, Set<string>> {
      const operations = new Map<string, Set<string>>();
      let inPaths = false;
      let current: string | undefined;
      for (const line of yaml.split('\n')) {
        if (/^\S/.test(line)) inPaths = line.startsWith('paths:');
        if (!inPaths) continue;
        const path = /^ {2}(\/\S*):$/.exec(line);
        if (path) operations.set((current = path[1]!), new Set());
        const method = /^ {4}(get|post|put|patch|delete):$/.exec(line);
        if (method && current) operations.get(current)!.add(method[1]!);
      }
      return operations;
    }

    it('is served at /api/openapi.yaml and documents exactly the routes the server has', async function () {
      const response = await fetch(`${backend.url}/api/openapi.yaml`);
      expect(response.headers.get('content-type')).to.contain('yaml');
      const documented = documentedOperations(await response.text());
      const state = (await (await fetch(`${backend.url}/__control?routes`)).json()) as { routes: { method: string; path: string }[] };
      const served = new Map<string, Set<string>>();
      for (const route of state.routes) {
        served.set(route.path, (served.get(route.path) ?? new Set()).add(route.method.toLowerCase()));
      }
      const flat = (operations: Map<string, Set<string>>) => [...operations].flatMap(([path, methods]) => [...methods].map((m) => `${m.toUpperCase()} ${path}`)).sort();
      expect(flat(documented)).to.deep.equal(flat(served));
    });
  });
});
