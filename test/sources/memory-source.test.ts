import { expect } from '@open-wc/testing';
import { SOURCE_ERROR_KINDS, isSourceError } from '../../src/sources/errors.js';
import { MemoryContactSource } from '../../src/sources/memory/memory-source.js';
import type { Capabilities } from '../../src/sources/source.js';
import { expectSourceError, runContactSourceContract, type ContractFactory, type ContractSeed } from './contract/contract.js';
import { createContractSeed } from './contract/seed.js';

function memoryFactory(capabilities?: Partial<Capabilities>): ContractFactory {
  return async (seed) => {
    let now = seed.now;
    const source = new MemoryContactSource({
      contacts: seed.contacts,
      labels: seed.labels,
      attributeDefinitions: seed.attributeDefinitions,
      inboxes: seed.inboxes,
      conversations: seed.conversations,
      notes: seed.notes,
      now: () => now,
      ...(capabilities ? { capabilities } : {}),
    });
    return {
      source,
      setNow: (date) => {
        now = date;
      },
    };
  };
}

runContactSourceContract('MemoryContactSource', memoryFactory());

// The same suite against a source that claims less: exercises the capability-aware branches
// (tests that need a missing capability skip; the refusal tests run instead).
runContactSourceContract(
  'MemoryContactSource with limited capabilities',
  memoryFactory({
    timedBlock: false,
    createLabels: false,
    mergeFieldChoices: false,
    deleteContact: false,
    deleteNotes: false,
    duplicates: false,
    segments: false,
    live: false,
    total: false,
    sortFields: ['name', 'lastActivityAt'],
  }),
);

describe('MemoryContactSource (memory-specific)', function () {
  let seed: ContractSeed;

  function sourceWith(options: ConstructorParameters<typeof MemoryContactSource>[0] = {}) {
    return new MemoryContactSource({
      contacts: seed.contacts,
      labels: seed.labels,
      attributeDefinitions: seed.attributeDefinitions,
      inboxes: seed.inboxes,
      conversations: seed.conversations,
      notes: seed.notes,
      now: () => seed.now,
      ...options,
    });
  }

  beforeEach(function () {
    seed = createContractSeed();
  });

  describe('latency simulation', function () {
    it('a fixed latency delays every call', async function () {
      const source = sourceWith({ latency: 80 });
      const start = performance.now();
      await source.getContact('c01');
      expect(performance.now() - start).to.be.at.least(70);
      const again = performance.now();
      await source.updateContact('c01', { name: 'Alice Slow' });
      expect(performance.now() - again, 'writes too').to.be.at.least(70);
    });

    it('a latency range delays at least its minimum', async function () {
      const source = sourceWith({ latency: { min: 40, max: 60 } });
      const start = performance.now();
      await source.listContacts({}, { size: 5 });
      expect(performance.now() - start).to.be.at.least(35);
    });

    it('aborting during the simulated latency rejects at once with aborted', async function () {
      const source = sourceWith({ latency: 5000 });
      const controller = new AbortController();
      const start = performance.now();
      const promise = source.listContacts({ search: 'alice' }, { size: 5 }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expectSourceError(promise, 'aborted');
      expect(performance.now() - start, 'did not wait out the latency').to.be.below(4000);
    });

    it('an aborted write is not applied', async function () {
      const source = sourceWith({ latency: 5000 });
      const controller = new AbortController();
      const promise = source.updateContact('c02', { name: 'Never Applied' }, { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expectSourceError(promise, 'aborted');
      source.setLatency(undefined);
      expect((await source.getContact('c02')).name).to.equal('Bob Brown');
    });
  });

  describe('failure injection', function () {
    for (const kind of SOURCE_ERROR_KINDS) {
      it(`failNext(method, '${kind}') fails the next call of that method only, then recovers`, async function () {
        const source = sourceWith();
        source.failNext('getContact', kind);
        expect((await source.listLabels()).length, 'other methods unaffected').to.equal(seed.labels.length);
        await expectSourceError(source.getContact('c01'), kind);
        expect((await source.getContact('c01')).id).to.equal('c01');
      });
    }

    it("failNext('*') fails the next call of any method", async function () {
      const source = sourceWith();
      source.failNext('*', 'server');
      const error = await expectSourceError(source.listAttributeDefinitions(), 'server');
      expect(error.retryable).to.equal(true);
      expect((await source.listAttributeDefinitions()).length).to.equal(seed.attributeDefinitions.length);
    });

    it('failNext queues: two planned failures fail two calls', async function () {
      const source = sourceWith();
      source.failNext('listContacts', 'timeout');
      source.failNext('listContacts', 'rate-limited');
      await expectSourceError(source.listContacts({}, { size: 1 }), 'timeout');
      const limited = await expectSourceError(source.listContacts({}, { size: 1 }), 'rate-limited');
      expect(limited.retryable).to.equal(true);
      expect((await source.listContacts({}, { size: 1 })).items.length).to.equal(1);
    });

    it('setFailure fails every call until cleared', async function () {
      const source = sourceWith();
      source.setFailure('listContacts', 'network');
      for (let i = 0; i < 3; i++) await expectSourceError(source.listContacts({}, { size: 5 }), 'network');
      expect((await source.getContact('c01')).id, 'other methods unaffected').to.equal('c01');
      source.setFailure('listContacts', undefined);
      expect((await source.listContacts({}, { size: 5 })).items.length).to.equal(5);
    });

    it("setFailure('*') fails every method until cleared", async function () {
      const source = sourceWith();
      source.setFailure('*', 'unauthorized');
      await expectSourceError(source.getContact('c01'), 'unauthorized');
      await expectSourceError(source.listLabels(), 'unauthorized');
      await expectSourceError(source.deleteContact('c02'), 'unauthorized');
      source.setFailure('*', undefined);
      expect((await source.getContact('c02')).id, 'the failed delete did nothing').to.equal('c02');
    });

    it('a failed write changes nothing', async function () {
      const source = sourceWith();
      source.failNext('updateContact', 'server');
      await expectSourceError(source.updateContact('c02', { name: 'Robert Brown' }), 'server');
      expect((await source.getContact('c02')).name).to.equal('Bob Brown');
      source.failNext('mergeContacts', 'conflict');
      await expectSourceError(source.mergeContacts('c06', 'c07'), 'conflict');
      expect((await source.getContact('c07')).id).to.equal('c07');
    });
  });

  it('never mutates the seed it was given', async function () {
    const snapshot = structuredClone(seed);
    let now = seed.now;
    const source = sourceWith({ now: () => now });
    await source.updateContact('c01', { name: 'Alice Changed', country: null, attributes: { seats: 99, company: null } });
    await source.blockContact('c02', { until: new Date('2026-12-24T12:00:00Z'), reason: 'Test' });
    await source.unblockContact('c10');
    await source.setContactLabels('c03', ['vip', 'brand-new']);
    await source.mergeContacts('c06', 'c07', { name: 'secondary' });
    await source.addNote('c01', 'A new note');
    await source.deleteNote('c01', 'n-102');
    await source.deleteContact('c12');
    await source.createContact({ name: 'Fresh Person', email: 'fresh@example.com' });
    await source.saveSegment({ name: 'S', query: { labels: ['vip'] } });
    now = new Date('2027-01-01T12:00:00Z');
    await source.listContacts({ conditions: [{ field: 'blocked', operator: 'is-true' }] }, { size: 50 });
    expect(seed).to.deep.equal(snapshot);
  });

  it('accepts conversations and notes as functions, asked lazily', async function () {
    const asked: string[] = [];
    const source = sourceWith({
      conversations: (id) => {
        asked.push(id);
        return seed.conversations[id] ?? [];
      },
      notes: (id) => seed.notes[id] ?? [],
    });
    expect(asked).to.deep.equal([]);
    expect((await source.listConversations('c01')).map((c) => c.id)).to.deep.equal(['v-101', 'v-102']);
    expect((await source.listNotes('c07')).map((n) => n.id)).to.deep.equal(['n-701', 'n-702']);
    expect(asked).to.deep.equal(['c01']);
  });

  it('the author of an added note is the configured agent', async function () {
    const source = sourceWith({ agent: { id: 'agent-42', name: 'Olha' } });
    const note = await source.addNote('c01', 'Hello');
    expect(note.author).to.deep.equal({ id: 'agent-42', name: 'Olha' });
  });

  it('every thrown error is a SourceError', async function () {
    const source = sourceWith();
    const attempts = [
      source.getContact('nope'),
      source.listContacts({}, { size: 5, cursor: 'nope' }),
      source.mergeContacts('c01', 'c01'),
      source.createContact({ name: '' }),
    ];
    for (const attempt of attempts) {
      const error = await attempt.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isSourceError(error), String(error)).to.equal(true);
    }
  });
});
