import { expect } from '@open-wc/testing';
import type { Contact } from '../../src/model/contact.js';
import { collectIds, runBulkAction, type BulkChange, type BulkProgress } from '../../src/sources/bulk.js';
import { SourceError } from '../../src/sources/errors.js';
import type { BlockRequest, RequestOptions } from '../../src/sources/source.js';
import { allContacts, memorySource, NOW, PartlyFailingSource, people } from './bulk-helpers.js';

describe('collectIds', () => {
  it('returns the ids of a selection as given, without duplicates', async () => {
    const source = memorySource(people(5));
    expect(await collectIds(source, { ids: ['c-002', 'c-001', 'c-002'] })).to.deep.equal(['c-002', 'c-001']);
  });

  it('pages through every contact matching a query, minus the exceptions', async () => {
    const source = memorySource(people(40));
    const progress: BulkProgress[] = [];
    const ids = await collectIds(
      source,
      { query: { labels: ['lead'] }, except: ['c-004', 'c-010'] },
      { pageSize: 3, onProgress: (p) => progress.push(p) },
    );
    // Every third contact has `lead`: c-001, c-004, … c-040 (14), less two.
    expect(ids).to.have.length(12);
    expect(ids).to.not.include('c-004');
    expect(ids[0]).to.equal('c-001');
    expect(progress.length).to.be.greaterThan(3);
    expect(progress.at(-1)).to.deep.equal({ phase: 'collecting', done: 12, total: 12, failed: 0 });
  });

  it('rejects with aborted when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await collectIds(memorySource(people(3)), { query: {} }, { signal: controller.signal }).catch((e: unknown) => e);
    expect((error as SourceError).kind).to.equal('aborted');
  });
});

describe('runBulkAction', () => {
  it('adds a label to the chosen contacts, leaving those that have it alone', async () => {
    const source = memorySource(people(6));
    const changes: BulkChange[] = [];
    const result = await runBulkAction(
      source,
      { ids: ['c-001', 'c-002', 'c-003'] },
      { type: 'add-label', label: 'lead' },
      { onChanged: (change) => changes.push(change) },
    );
    expect(result).to.include({ action: 'add-label', total: 3, done: 3, changed: 2, unchanged: 1, cancelled: false });
    expect(result.failed).to.deep.equal([]);
    const stored = await allContacts(source);
    expect(stored.get('c-002')!.labels).to.deep.equal(['lead']);
    expect(stored.get('c-003')!.labels).to.deep.equal(['lead']);
    expect(stored.get('c-001')!.labels).to.deep.equal(['lead']);
    expect(stored.get('c-005')!.labels).to.deep.equal([]);
    expect(changes.map((c) => c.contact.id).sort()).to.deep.equal(['c-002', 'c-003']);
    expect(changes[0]!.added).to.deep.equal(['lead']);
    expect(changes[0]!.contact.labels).to.include('lead');
  });

  it('keeps the other labels when adding or removing one', async () => {
    const source = memorySource(people(2));
    await source.setContactLabels('c-001', ['vip', 'lead']);
    await runBulkAction(source, { ids: ['c-001', 'c-002'] }, { type: 'remove-label', label: 'lead' });
    const stored = await allContacts(source);
    expect(stored.get('c-001')!.labels).to.deep.equal(['vip']);
    expect(stored.get('c-002')!.labels).to.deep.equal([]);
  });

  it('blocks with an end and a reason, and unblocks', async () => {
    const source = memorySource(people(4));
    const until = new Date(NOW.getTime() + 86_400_000);
    const blocked = await runBulkAction(source, { ids: ['c-001', 'c-002'] }, { type: 'block', until, reason: ' Spam ' });
    expect(blocked.changed).to.equal(2);
    let stored = await allContacts(source);
    expect(stored.get('c-001')!.block).to.deep.include({ until, reason: 'Spam' });
    expect(stored.get('c-003')!.block).to.equal(null);

    await runBulkAction(source, { ids: ['c-001'] }, { type: 'unblock' });
    stored = await allContacts(source);
    expect(stored.get('c-001')!.block).to.equal(null);
    expect(stored.get('c-002')!.block).to.not.equal(null);
  });

  it('deletes every contact matching a query, however the pages shift, except the excluded', async () => {
    const source = memorySource(people(30));
    const deleted: Contact[] = [];
    const result = await runBulkAction(
      source,
      { query: { labels: ['lead'] }, except: ['c-007'] },
      { type: 'delete' },
      { pageSize: 2, concurrency: 2, onChanged: (change) => deleted.push(change.contact) },
    );
    expect(result).to.include({ total: 9, done: 9, changed: 9, cancelled: false });
    const stored = await allContacts(source);
    expect(stored.size).to.equal(21);
    expect(stored.has('c-007')).to.equal(true);
    expect([...stored.values()].filter((c) => c.labels.includes('lead')).map((c) => c.id)).to.deep.equal(['c-007']);
    // contact-deleted carries the contact as it was.
    expect(deleted.find((c) => c.id === 'c-001')?.name).to.equal('Person 001');
  });

  it('reads each contact before deleting it when the target gave only ids', async () => {
    const source = memorySource(people(3));
    const deleted: Contact[] = [];
    await runBulkAction(source, { ids: ['c-002'] }, { type: 'delete' }, { onChanged: (c) => deleted.push(c.contact) });
    expect(deleted.map((c) => c.name)).to.deep.equal(['Person 002']);
    expect((await allContacts(source)).has('c-002')).to.equal(false);
  });

  it('reports which contacts failed and why, and changes the others', async () => {
    const source = new PartlyFailingSource(people(6), { 'c-002': 'forbidden', 'c-005': 'conflict' });
    const progress: BulkProgress[] = [];
    const result = await runBulkAction(
      source,
      { query: {} },
      { type: 'block', until: null },
      { onProgress: (p) => progress.push(p) },
    );
    expect(result).to.include({ total: 6, done: 6, changed: 4, cancelled: false });
    const failed = [...result.failed].sort((a, b) => a.id.localeCompare(b.id));
    expect(failed.map((f) => [f.id, f.name, f.error.kind])).to.deep.equal([
      ['c-002', 'Person 002', 'forbidden'],
      ['c-005', 'Person 005', 'conflict'],
    ]);
    expect(failed[0]!.error).to.be.instanceOf(SourceError);
    const stored = await allContacts(source);
    expect(stored.get('c-002')!.block).to.equal(null);
    expect(stored.get('c-001')!.block).to.not.equal(null);
    expect(progress.at(-1)).to.deep.equal({ phase: 'applying', done: 6, total: 6, failed: 2 });
    // Not retried: one write per contact.
    expect(source.writes).to.equal(6);
  });

  it('names a failed contact of an ids target from the records given', async () => {
    const contacts = people(3);
    const source = new PartlyFailingSource(contacts, { 'c-003': 'server' });
    const result = await runBulkAction(source, { ids: ['c-003'] }, { type: 'unblock' }, { contacts });
    expect(result.failed.map((f) => f.name)).to.deep.equal(['Person 003']);
  });

  it('stops starting new work when cancelled and leaves the rest untouched', async () => {
    const source = memorySource(people(20), { latency: 20 });
    const controller = new AbortController();
    const result = await runBulkAction(
      source,
      { query: {} },
      { type: 'block', until: null },
      {
        signal: controller.signal,
        concurrency: 2,
        onProgress: (p) => {
          if (p.phase === 'applying' && p.done >= 4) controller.abort();
        },
      },
    );
    expect(result.cancelled).to.equal(true);
    expect(result.total).to.equal(20);
    expect(result.done).to.be.within(4, 6);
    await new Promise((resolve) => setTimeout(resolve, 100));
    source.setLatency(undefined);
    const blocked = [...(await allContacts(source)).values()].filter((c) => c.block !== null);
    // Writes already sent finish; nothing more starts.
    expect(blocked.length).to.equal(result.changed);
    expect(blocked.length).to.be.lessThan(20);
    expect(result.failed).to.deep.equal([]);
  });

  it('refuses an action the source cannot do, before doing anything', async () => {
    const source = memorySource(people(3), { capabilities: { deleteContact: false, timedBlock: false } });
    const refused = await runBulkAction(source, { ids: ['c-001'] }, { type: 'delete' }).catch((e: unknown) => e);
    expect((refused as SourceError).kind).to.equal('forbidden');
    const timed = await runBulkAction(source, { ids: ['c-001'] }, { type: 'block', until: new Date(NOW.getTime() + 3_600_000) }).catch(
      (e: unknown) => e,
    );
    expect((timed as SourceError).kind).to.equal('invalid');
    expect((await allContacts(source)).get('c-001')!.block).to.equal(null);
  });

  it('waits and tries again after rate-limited, and only then', async () => {
    class RateLimitedOnce extends PartlyFailingSource {
      limited = false;
      override async blockContact(id: string, block: BlockRequest, options?: RequestOptions): Promise<Contact> {
        if (id === 'c-002' && !this.limited) {
          this.limited = true;
          throw new SourceError('rate-limited', { retryAfter: 0.05 });
        }
        return super.blockContact(id, block, options);
      }
    }
    const source = new RateLimitedOnce(people(3), {});
    const result = await runBulkAction(source, { ids: ['c-001', 'c-002', 'c-003'] }, { type: 'block', until: null });
    expect(result.failed).to.deep.equal([]);
    expect(result.changed).to.equal(3);
  });

  it('keeps at most `concurrency` writes in flight', async () => {
    let inFlight = 0;
    let most = 0;
    class Counting extends PartlyFailingSource {
      override async unblockContact(id: string, options?: RequestOptions): Promise<Contact> {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return super.unblockContact(id, options);
      }
    }
    await runBulkAction(new Counting(people(12), {}), { query: {} }, { type: 'unblock' }, { concurrency: 3 });
    expect(most).to.equal(3);
  });
});
