/**
 * The memory source's index precomputes what queries read (search tokens, character masks,
 * columns, sort orders). These tests hold it to the model: every query answers exactly what
 * `matchesQuery` and `compareContacts` say over the same contacts, before and after every kind
 * of change, and a search right after a change finds the new values, never the old.
 */
import { expect } from '@open-wc/testing';
import { CHANNELS, CONVERSATION_STATUSES } from '../../src/model/channels.js';
import type { AttributeDefinition, Contact } from '../../src/model/contact.js';
import { compareContacts, compileQuery } from '../../src/model/query-eval.js';
import { DEFAULT_SORT, type Condition, type ContactQuery } from '../../src/model/query.js';
import { foldText, searchKeysOf, type SearchKeys } from '../../src/model/search.js';
import { createRandom, generateDataset, type FakeDataset } from '../../src/sources/fake-data.js';
import { pick, randomInt, type Random } from '../../src/sources/fake-data/random.js';
import { ValueSetColumn } from '../../src/sources/memory/columns.js';
import { MemoryContactSource } from '../../src/sources/memory/memory-source.js';
import { TokenDictionary } from '../../src/sources/memory/token-dictionary.js';

const NOW = new Date('2026-11-20T12:00:00Z');

const keysCache = new WeakMap<Contact, SearchKeys>();
function keysOf(contact: Contact): SearchKeys {
  let keys = keysCache.get(contact);
  if (!keys) keysCache.set(contact, (keys = searchKeysOf(contact)));
  return keys;
}

/** What the model says a query returns over these contacts. */
function expectedIds(contacts: Iterable<Contact>, query: ContactQuery, definitions: readonly AttributeDefinition[]): string[] {
  const predicate = compileQuery(query, { now: NOW, definitions });
  return [...contacts]
    .filter((contact) => predicate(contact, keysOf(contact)))
    .sort(compareContacts(query.sort ?? DEFAULT_SORT))
    .map((contact) => contact.id);
}

/** Every id a query returns, following the cursors. */
async function listedIds(source: MemoryContactSource, query: ContactQuery): Promise<{ ids: string[]; total: number | undefined }> {
  const ids: string[] = [];
  let page = await source.listContacts(query, { size: 1000 });
  const total = page.total;
  ids.push(...page.items.map((c) => c.id));
  while (page.nextCursor) {
    page = await source.listContacts(query, { size: 1000, cursor: page.nextCursor });
    ids.push(...page.items.map((c) => c.id));
  }
  return { ids, total };
}

/** A piece of `text` as someone would type it: a substring, sometimes upper-cased. */
function fragment(random: Random, text: string): string {
  const start = randomInt(random, text.length);
  const piece = text.slice(start, start + 1 + randomInt(random, 8));
  return random() < 0.3 ? piece.toUpperCase() : piece;
}

/** Searches and filters of every kind, built from the contacts so that many of them match. */
function randomQuery(random: Random, contacts: readonly Contact[], labels: readonly string[]): ContactQuery {
  const contact = pick(random, contacts);
  const attributeText = Object.values(contact.attributes).filter((v) => typeof v !== 'boolean').map(String);
  const searches = [
    () => fragment(random, contact.name),
    () => contact.name.split(' ')[0]!,
    () => contact.name.toLowerCase(),
    () => `${fragment(random, contact.name)} ${fragment(random, contact.name)}`,
    () => (contact.email ? fragment(random, contact.email) : 'gmail'),
    () => (contact.phone ? contact.phone.slice(0, 4 + randomInt(random, 6)).replace(/(\d{3})/, '$1 ') : '+44'),
    () => (contact.phone ? `(${contact.phone.slice(3, 6)}) ${contact.phone.slice(6, 9)}` : '067'),
    () => pick(random, [...'aeiouxz019@.-+']),
    () => `${pick(random, [...'aeo'])} ${pick(random, [...'nrl'])}`,
    () => (attributeText.length ? fragment(random, pick(random, attributeText)) : 'acme'),
    () => pick(random, ['Zoë', 'ZOE', 'олена', 'ОЛЕНА', 'محمد', '李', 'https', 'example.com', 'nobody-has-this']),
  ];
  const conditions: Condition[] = [
    { field: 'name', operator: pick(random, ['contains', 'starts-with', 'not-contains'] as const), value: fragment(random, contact.name).trim() || 'a' },
    { field: 'email', operator: pick(random, ['is-empty', 'is-not-empty'] as const) },
    { field: 'phone', operator: 'contains', value: contact.phone?.slice(2, 6) ?? '44' },
    { field: 'lastActivityAt', operator: pick(random, ['in-last-days', 'more-than-days-ago'] as const), value: randomInt(random, 90) },
    { field: 'createdAt', operator: 'before', value: `202${4 + randomInt(random, 3)}-0${1 + randomInt(random, 9)}-15` },
    { field: 'labels', operator: pick(random, ['has-any', 'has-all', 'has-none'] as const), value: [pick(random, labels), pick(random, labels)] },
    { field: 'labels', operator: 'has-no-labels' },
    { field: 'blocked', operator: pick(random, ['is-true', 'is-false'] as const) },
    { field: 'sourceChannel', operator: pick(random, ['any-of', 'none-of'] as const), value: [pick(random, CHANNELS)] },
    { field: 'conversationStatus', operator: 'any-of', value: [pick(random, CONVERSATION_STATUSES)] },
    { field: 'attributes.orders_count', operator: pick(random, ['gt', 'lt', 'eq', 'neq'] as const), value: randomInt(random, 10) },
    { field: 'attributes.lifetime_value', operator: 'between', value: [100, 100 + randomInt(random, 2000)] },
    { field: 'attributes.birthday', operator: pick(random, ['is-empty', 'is-not-empty'] as const) },
    { field: 'attributes.renewal_date', operator: 'in-last-days', value: randomInt(random, 30) },
    { field: 'attributes.plan', operator: pick(random, ['any-of', 'none-of'] as const), value: ['pro', 'enterprise'] },
    { field: 'attributes.newsletter_opt_in', operator: pick(random, ['is-true', 'is-false'] as const) },
    { field: 'attributes.company', operator: 'is', value: String(contact.attributes['company'] ?? 'Acme') },
  ];
  const query: { -readonly [K in keyof ContactQuery]: ContactQuery[K] } = {};
  if (random() < 0.7) query.search = pick(random, searches)();
  if (random() < 0.25) query.labels = [pick(random, labels)];
  if (random() < 0.15) query.labelMatch = 'all';
  if (random() < 0.4) {
    query.conditions = Array.from({ length: 1 + randomInt(random, 2) }, () => pick(random, conditions));
    if (random() < 0.4) query.match = 'any';
  }
  if (random() < 0.5) {
    query.sort = { field: pick(random, ['name', 'createdAt', 'lastActivityAt'] as const), direction: random() < 0.5 ? 'asc' : 'desc' };
  }
  return query;
}

describe('memory source index: agrees with the model', function () {
  this.timeout(60_000);
  let dataset: FakeDataset;

  before(function () {
    dataset = generateDataset({ count: 1500, seed: 7, now: NOW });
  });

  function sourceOf(contacts: readonly Contact[]) {
    return new MemoryContactSource({
      contacts,
      labels: dataset.labels,
      attributeDefinitions: dataset.attributeDefinitions,
      now: () => NOW,
    });
  }

  async function expectAgreement(source: MemoryContactSource, contacts: Map<string, Contact>, query: ContactQuery) {
    const expected = expectedIds(contacts.values(), query, dataset.attributeDefinitions);
    const { ids, total } = await listedIds(source, query);
    expect(ids, JSON.stringify(query)).to.deep.equal(expected);
    expect(total, JSON.stringify(query)).to.equal(expected.length);
  }

  it('answers random searches and filters exactly as matchesQuery and compareContacts', async function () {
    const source = sourceOf(dataset.contacts);
    const contacts = new Map(dataset.contacts.map((c) => [c.id, c]));
    const random = createRandom(11);
    const labels = dataset.labels.map((l) => l.name);
    for (let i = 0; i < 150; i++) await expectAgreement(source, contacts, randomQuery(random, dataset.contacts, labels));
  });

  it('keeps agreeing through edits, blocks, labels (past 32 distinct), merges, deletes and creations', async function () {
    const source = sourceOf(dataset.contacts);
    const contacts = new Map(dataset.contacts.map((c) => [c.id, c]));
    const random = createRandom(23);
    const labels = dataset.labels.map((l) => l.name);
    let created = 0;
    const someId = () => pick(random, [...contacts.keys()]);
    const changes: (() => Promise<void>)[] = [
      async () => {
        const updated = await source.updateContact(someId(), {
          name: `${pick(random, ['Zoë', 'Олена', 'Ahmed', 'Li Wei', 'Ana'])} ${pick(random, ['Brontë', 'Коваленко', 'Smith'])} ${randomInt(random, 99)}`,
          attributes: { orders_count: randomInt(random, 20), company: random() < 0.5 ? null : 'Zylophone Ltd' },
        });
        contacts.set(updated.id, updated);
      },
      async () => {
        const id = someId();
        const contact = contacts.get(id)!;
        // Phone and email stay unique; keep at least one of them.
        const patch = contact.phone
          ? { phone: `+4420${String(7_000_000 + created++ * 7919).padStart(8, '0')}` }
          : { email: `edited-${created++}@zylophone.example` };
        const updated = await source.updateContact(id, patch);
        contacts.set(updated.id, updated);
      },
      async () => {
        // New labels: past 32 distinct values, label masks need a second word.
        const names = [pick(random, labels), `tag-${randomInt(random, 40)}`];
        const updated = await source.setContactLabels(someId(), names);
        contacts.set(updated.id, updated);
      },
      async () => {
        const id = someId();
        const updated =
          random() < 0.5
            ? await source.blockContact(id, { until: random() < 0.5 ? null : new Date(NOW.getTime() + 86_400_000) })
            : await source.unblockContact(id);
        contacts.set(updated.id, updated);
      },
      async () => {
        const [primary, secondary] = [someId(), someId()];
        if (primary === secondary) return;
        const merged = await source.mergeContacts(primary, secondary);
        contacts.delete(secondary);
        contacts.set(merged.id, merged);
      },
      async () => {
        const id = someId();
        await source.deleteContact(id);
        contacts.delete(id);
      },
      async () => {
        const contact = await source.createContact({
          name: `${pick(random, ['Olena', 'Zoë', 'Mohammed'])} New${created}`,
          email: `new-${created++}@zylophone.example`,
          labels: [pick(random, labels)],
          attributes: { orders_count: randomInt(random, 5) },
        });
        contacts.set(contact.id, contact);
      },
    ];
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 6; i++) await pick(random, changes)();
      const current = [...contacts.values()];
      for (let i = 0; i < 12; i++) {
        await expectAgreement(source, contacts, randomQuery(random, current, [...labels, 'tag-1', 'tag-33']));
      }
    }
  });

  it('a search right after a change finds the new values and not the old', async function () {
    const source = sourceOf(dataset.contacts);
    const [first, second, third] = dataset.contacts;
    const ids = async (search: string) => (await source.listContacts({ search }, { size: 1000 })).items.map((c) => c.id);

    expect(await ids('Quixotic')).to.deep.equal([]);
    await source.updateContact(first!.id, {
      name: 'Quixotic Zebra',
      firstName: null,
      lastName: null,
      attributes: { company: 'Xylograph Works' },
    });
    expect(await ids('quixotic')).to.deep.equal([first!.id]);
    expect(await ids('zebra quix')).to.deep.equal([first!.id]);
    expect(await ids('xylograph')).to.deep.equal([first!.id]);
    expect(await ids('q'), 'one-letter searches see the change too').to.include(first!.id);
    expect(await ids(first!.name), 'the old name is gone').to.not.include(first!.id);

    await source.updateContact(second!.id, { phone: '+44 20 7946 0999', email: 'quixotic.two@zylophone.example' });
    expect(await ids('020 7946 0999'.slice(1))).to.deep.equal([second!.id]);
    expect(await ids('+44 20 7946')).to.deep.equal([second!.id]);
    expect(await ids('zylophone')).to.deep.equal([second!.id]);
    if (second!.phone) expect(await ids(second!.phone), 'the old phone is gone').to.deep.equal([]);

    const merged = await source.mergeContacts(first!.id, third!.id, { name: 'secondary' });
    expect(merged.name).to.equal(third!.name);
    expect(await ids('quixotic zebra'), 'the primary took the secondary’s name').to.deep.equal([]);
    expect(await ids(third!.name)).to.include(first!.id);
    expect(await ids(third!.name)).to.not.include(third!.id);

    await source.deleteContact(second!.id);
    expect(await ids('zylophone')).to.deep.equal([]);
    expect(await ids('+44 20 7946')).to.deep.equal([]);

    const created = await source.createContact({ name: 'Quixotic Again', email: 'again@zylophone.example' });
    expect(await ids('quixotic')).to.deep.equal([created.id]);
    expect(await ids('zylophone')).to.deep.equal([created.id]);
  });
});

describe('memory source index at 100,000 contacts', function () {
  it('pages and totals agree with the model on every search path (letters, scans, checks, digits)', async function () {
    this.timeout(120_000);
    const dataset = generateDataset({ count: 100_000, seed: 1, now: NOW });
    const source = new MemoryContactSource({
      contacts: dataset.contacts,
      labels: dataset.labels,
      attributeDefinitions: dataset.attributeDefinitions,
      now: () => NOW,
    });
    expect(source.size).to.equal(100_000);
    const sample = dataset.contacts[12_345]!;
    const queries: ContactQuery[] = [
      {},
      { search: 'o' }, // one letter: character masks
      { search: 'a e' }, // one-letter words together
      { search: sample.name }, // a rare word, then the others checked on its rows
      { search: 'an ma' }, // both words common: a second scan
      { search: 'gmail ol', sort: { field: 'name', direction: 'asc' } },
      { search: sample.phone ?? '+380 67' }, // the phone's digits, or the words
      { search: 'ar', labels: [dataset.labels[0]!.name], conditions: [{ field: 'blocked', operator: 'is-false' }] },
      { labels: [dataset.labels[1]!.name], sort: { field: 'createdAt', direction: 'asc' } },
    ];
    const keyed = dataset.contacts.map((contact) => ({ contact, keys: searchKeysOf(contact) }));
    for (const query of queries) {
      const predicate = compileQuery(query, { now: NOW, definitions: dataset.attributeDefinitions });
      const expected = keyed
        .filter(({ contact, keys }) => predicate(contact, keys))
        .map(({ contact }) => contact)
        .sort(compareContacts(query.sort ?? DEFAULT_SORT));
      const first = await source.listContacts(query, { size: 50 });
      expect(first.total, JSON.stringify(query)).to.equal(expected.length);
      expect(first.items.map((c) => c.id), JSON.stringify(query)).to.deep.equal(expected.slice(0, 50).map((c) => c.id));
      if (first.nextCursor) {
        const second = await source.listContacts(query, { size: 50, cursor: first.nextCursor });
        expect(second.items.map((c) => c.id)).to.deep.equal(expected.slice(50, 100).map((c) => c.id));
      }
    }
    const again = await source.listContacts({ search: `${sample.name} ` }, { size: 50 });
    expect(again.items.map((c) => c.id), 'a trailing space asks the same').to.include(sample.id);
  });
});

describe('TokenDictionary', () => {
  const rowsContaining = (dictionary: TokenDictionary, word: string) => {
    const rows: number[] = [];
    dictionary.markRows(word, new Uint8Array(16), rows);
    return rows.sort((a, b) => a - b);
  };
  const add = (dictionary: TokenDictionary, word: string, row: number) => dictionary.addRow(dictionary.intern(word), row);
  const remove = (dictionary: TokenDictionary, word: string, row: number) =>
    dictionary.removeRow(dictionary.intern(word), row);

  it('finds the rows of every token containing a word, each row once', () => {
    const dictionary = new TokenDictionary(foldText);
    add(dictionary, 'Olena', 0);
    add(dictionary, 'olena@example.com', 0);
    add(dictionary, 'OLENA', 1);
    add(dictionary, 'Oleksandr', 2);
    add(dictionary, '+380671234567', 3);
    add(dictionary, 'Олена', 4);
    expect(rowsContaining(dictionary, 'ole')).to.deep.equal([0, 1, 2]);
    expect(rowsContaining(dictionary, 'olena')).to.deep.equal([0, 1]);
    expect(rowsContaining(dictionary, 'a@e')).to.deep.equal([0]);
    expect(rowsContaining(dictionary, '+380')).to.deep.equal([3]);
    expect(rowsContaining(dictionary, '0671')).to.deep.equal([3]);
    expect(rowsContaining(dictionary, 'олен')).to.deep.equal([4]);
    expect(rowsContaining(dictionary, 'lena\nole'), 'never across two tokens').to.deep.equal([]);
  });

  it('interns a word where it lies in a text, as its folded token', () => {
    const dictionary = new TokenDictionary(foldText);
    const olena = dictionary.intern('olena');
    expect(dictionary.intern('Dear Olena Kovalenko', 5, 10)).to.equal(olena);
    expect(dictionary.intern('ÓLENA')).to.equal(olena);
    expect(dictionary.token(olena)).to.equal('olena');
    expect(dictionary.intern('x Kovalenko', 2)).to.not.equal(olena);
    expect(dictionary.token(dictionary.intern('Kovalenko'))).to.equal('kovalenko');
    expect(dictionary.intern('\u0301'), 'a word that folds to nothing').to.equal(-1);
    // Enough words to grow the tables several times.
    const ids = Array.from({ length: 100_000 }, (_, i) => dictionary.intern(`Word${i}`));
    expect(new Set(ids).size).to.equal(100_000);
    expect(dictionary.intern('word77777')).to.equal(ids[77_777]);
    expect(dictionary.intern('Dear Olena Kovalenko', 5, 10)).to.equal(olena);
  });

  it('forgets a row, keeps the others, and finds tokens added after a search', () => {
    const dictionary = new TokenDictionary();
    for (let row = 0; row < 5; row++) add(dictionary, 'maria', row);
    expect(rowsContaining(dictionary, 'mar')).to.deep.equal([0, 1, 2, 3, 4]);
    remove(dictionary, 'maria', 2);
    remove(dictionary, 'maria', 0);
    remove(dictionary, 'nobody', 1);
    expect(rowsContaining(dictionary, 'mar')).to.deep.equal([1, 3, 4]);
    add(dictionary, 'marta', 6);
    add(dictionary, 'maria', 0);
    expect(rowsContaining(dictionary, 'mar')).to.deep.equal([0, 1, 3, 4, 6]);
    expect(rowsContaining(dictionary, 'rta')).to.deep.equal([6]);
    for (const row of [0, 1, 3, 4]) remove(dictionary, 'maria', row);
    expect(rowsContaining(dictionary, 'maria')).to.deep.equal([]);
    expect(rowsContaining(dictionary, 'mar')).to.deep.equal([6]);
    expect(rowsContaining(dictionary, 'nobody')).to.deep.equal([]);
  });

  it('gives a word that looks unique (an address, a number) a token of its own, gone with its row', () => {
    const dictionary = new TokenDictionary(foldText);
    const first = dictionary.intern('Olena.K@Example.com');
    const second = dictionary.intern('olena.k@example.com');
    expect(second).to.not.equal(first);
    expect(dictionary.token(first)).to.equal('olena.k@example.com');
    dictionary.addRow(first, 1);
    dictionary.addRow(second, 2);
    expect(rowsContaining(dictionary, 'k@ex')).to.deep.equal([1, 2]);
    dictionary.removeRow(first, 1);
    expect(rowsContaining(dictionary, 'k@ex')).to.deep.equal([2]);
    // Enough removals to rebuild the joined texts (a megabyte of dead text).
    const ids = Array.from({ length: 60_000 }, (_, i) => dictionary.intern(`+${380_000_000_000 + i}@phone.example`));
    ids.forEach((id, row) => dictionary.addRow(id, row));
    ids.forEach((id, row) => {
      if (row !== 777) dictionary.removeRow(id, row);
    });
    const found = new Uint8Array(60_000);
    const rows: number[] = [];
    dictionary.markRows('+380', found, rows);
    expect(rows).to.deep.equal([777]);
    expect(rowsContaining(dictionary, 'k@ex')).to.deep.equal([2]);
  });

  it('only appends rows newly marked', () => {
    const dictionary = new TokenDictionary();
    add(dictionary, 'anna', 1);
    add(dictionary, 'hanna', 1);
    add(dictionary, 'anna', 2);
    const marked = new Uint8Array(4);
    marked[2] = 1;
    const rows: number[] = [];
    dictionary.markRows('ann', marked, rows);
    expect(rows).to.deep.equal([1]);
    expect([...marked]).to.deep.equal([0, 1, 1, 0]);
  });
});

describe('ValueSetColumn', () => {
  const contact = (id: string, labels: string[]) => ({ id, labels }) as unknown as Contact;

  it('tests any and all of many values (beyond one 32-bit word)', () => {
    const labels = Array.from({ length: 70 }, (_, i) => `l${i}`);
    const contacts = [contact('a', ['l0', 'l40']), contact('b', ['l69']), contact('c', []), contact('d', labels)];
    const column = new ValueSetColumn((c) => c.labels, contacts);
    const rows = (wanted: string[], every: boolean) => {
      const test = column.test(wanted, every);
      return contacts.filter((_, row) => test(row)).map((c) => c.id);
    };
    expect(rows(['l40'], false)).to.deep.equal(['a', 'd']);
    expect(rows(['l69', 'l0'], false)).to.deep.equal(['a', 'b', 'd']);
    expect(rows(['l0', 'l40'], true)).to.deep.equal(['a', 'd']);
    expect(rows(['l0', 'l69'], true)).to.deep.equal(['d']);
    expect(rows(['unknown'], false)).to.deep.equal([]);
    expect(rows(['l0', 'unknown'], true)).to.deep.equal([]);
    expect(rows([], true)).to.deep.equal(['a', 'b', 'c', 'd']);
    column.set(2, contact('c', ['l69', 'brand-new']));
    column.set(5, contact('f', ['brand-new']));
    const test = column.test(['brand-new'], false);
    expect([0, 1, 2, 3, 4, 5].filter(test)).to.deep.equal([2, 5]);
  });
});
