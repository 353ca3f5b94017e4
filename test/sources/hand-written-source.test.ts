/**
 * The README's hand-written source (`stories/examples/spreadsheet-source.ts`, under 50 lines)
 * really is a working ContactSource: it pages, searches, filters and sorts with the library's
 * own query evaluator, and refuses writes the way the contract says.
 */
import { expect } from '@open-wc/testing';
import { SpreadsheetContactSource } from '../../stories/examples/spreadsheet-source.js';
import { READ_ONLY_CAPABILITIES } from '../../src/sources/source.js';
import { expectSourceError } from './contract/contract.js';
import { createContractSeed } from './contract/seed.js';

describe('a hand-written ContactSource (README example)', () => {
  const seed = createContractSeed();
  const source = () => new SpreadsheetContactSource(async () => seed.contacts);

  it('pages through every contact with a total, in the asked order', async () => {
    const all = source();
    const first = await all.listContacts({ sort: { field: 'name', direction: 'asc' } }, { size: 5 });
    expect(first.total).to.equal(seed.contacts.length);
    expect(first.items).to.have.length(5);
    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await all.listContacts({ sort: { field: 'name', direction: 'asc' } }, { size: 5, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(new Set(seen.map((c) => c.id)).size).to.equal(seed.contacts.length);
    const names = seen.map((c) => c.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
  });

  it('searches and filters like every other source', async () => {
    const someone = seed.contacts.find((c) => c.email)!;
    const page = await source().listContacts({ search: someone.email! }, { size: 50 });
    expect(page.items.map((c) => c.id)).to.include(someone.id);
    const labelled = await source().listContacts({ labels: ['vip'] }, { size: 500 });
    expect(labelled.items.length).to.be.greaterThan(0);
    expect(labelled.items.every((c) => c.labels.includes('vip'))).to.equal(true);
  });

  it('reads one contact, says not-found for a missing one, and lists the labels in use', async () => {
    const someone = seed.contacts[0]!;
    expect((await source().getContact(someone.id)).name).to.equal(someone.name);
    await expectSourceError(source().getContact('nobody'), 'not-found');
    expect((await source().listLabels()).map((l) => l.name)).to.include('vip');
  });

  it('says it only reads, and refuses every write as forbidden', async () => {
    const readOnly = source();
    expect(readOnly.capabilities).to.equal(READ_ONLY_CAPABILITIES);
    expect(readOnly.capabilities.createContact).to.equal(false);
    expect(readOnly.capabilities.block).to.equal(false);
    expect(readOnly.capabilities.total).to.equal(true);
    await expectSourceError(readOnly.deleteContact(seed.contacts[0]!.id), 'forbidden');
    await expectSourceError(readOnly.blockContact(seed.contacts[0]!.id, { until: null }), 'forbidden');
  });

  it('rejects a malformed record instead of showing it half-parsed', async () => {
    const broken = new SpreadsheetContactSource(async () => [{ id: 'x', name: 'No dates' }]);
    const error = await expectSourceError(broken.listContacts({}, { size: 5 }), 'server');
    expect(error.message).to.contain('createdAt');
  });
});
