/**
 * The `ContactSource` contract as one reusable mocha suite (after Lion's `runOverlayMixinSuite`):
 * every implementation (memory now, REST and Chatwoot later) runs the same tests.
 *
 * ```ts
 * runContactSourceContract('MySource', async (seed) => {
 *   const server = await startServerWith(seed);
 *   return { source: new MySource(server.url), setNow: (d) => server.setNow(d), dispose: () => server.stop() };
 * });
 * ```
 *
 * Every test gets a fresh subject built from a fresh seed (`seed.ts`) and disposes it after.
 * Tests that need something a source says it cannot do (`capabilities.x === false`, an optional
 * method absent) are skipped, and separate tests check that such a source says so consistently.
 * Expected results come from the model (`matchesQuery`, `compareContacts`) applied to the same
 * seed at the same clock, plus a few hard-coded ids so a bug shared by the model and a source
 * cannot hide behind the oracle.
 */
import { expect } from '@open-wc/testing';
import type {
  AttributeDefinition,
  Contact,
  ContactDraft,
  ConversationSummary,
  Inbox,
  Label,
  Note,
} from '../../../src/model/contact.js';
import { compareContacts, matchesQuery } from '../../../src/model/query-eval.js';
import {
  DEFAULT_SORT,
  OPERATORS_BY_TYPE,
  SORT_FIELDS,
  fieldTypeOf,
  type Condition,
  type ConditionField,
  type ConditionValue,
  type ContactQuery,
  type FieldType,
  type Operator,
  type SortField,
} from '../../../src/model/query.js';
import { isBlocked } from '../../../src/model/status.js';
import { isSourceError, type SourceError, type SourceErrorKind } from '../../../src/sources/errors.js';
import type {
  Capabilities,
  ContactChange,
  ContactPage,
  ContactSource,
  RequestOptions,
} from '../../../src/sources/source.js';
import { createContractSeed } from './seed.js';

export interface ContractSeed {
  now: Date;
  contacts: Contact[];
  labels: Label[];
  attributeDefinitions: AttributeDefinition[];
  inboxes: Inbox[];
  /** Per contact id, newest first. */
  conversations: Record<string, ConversationSummary[]>;
  /** Per contact id, newest first. */
  notes: Record<string, Note[]>;
}

export interface ContractSubject {
  source: ContactSource;
  /** Moves the source's clock (block expiry, "in the last N days", creation times). */
  setNow(date: Date): void | Promise<void>;
  dispose?(): void | Promise<void>;
}

/** Builds a source holding exactly the seed, with its clock at `seed.now`. */
export type ContractFactory = (seed: ContractSeed) => Promise<ContractSubject>;

type BooleanCapability = Exclude<keyof Capabilities, 'sortFields'>;
type OptionalMethod = 'findDuplicates' | 'listSegments' | 'saveSegment' | 'deleteSegment' | 'subscribe';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const ids = (items: readonly { readonly id: string }[]): string[] => items.map((item) => item.id);
const sortedIds = (items: readonly { readonly id: string }[]): string[] => ids(items).sort();
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

/** Awaits a rejection and checks it is a `SourceError` of this kind. */
export async function expectSourceError(promise: Promise<unknown>, kind: SourceErrorKind): Promise<SourceError> {
  let resolved = false;
  let error: unknown;
  try {
    await promise;
    resolved = true;
  } catch (caught) {
    error = caught;
  }
  if (resolved) expect.fail(`expected a rejection with a SourceError of kind "${kind}", but it resolved`);
  if (!isSourceError(error)) {
    expect.fail(`expected a SourceError of kind "${kind}", got ${String(error)}`);
  }
  expect(error.kind, `SourceError kind (message: ${error.message})`).to.equal(kind);
  return error;
}

/** Resolves true as soon as `check` holds (changes may be delivered asynchronously). */
async function eventually(check: () => boolean, ms = 2000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

interface Walk {
  items: Contact[];
  pages: ContactPage[];
}

/** Follows `nextCursor` to the end, checking the page-level rules on the way. */
async function walk(source: ContactSource, query: ContactQuery, size: number, first?: ContactPage): Promise<Walk> {
  const pages: ContactPage[] = [];
  const items: Contact[] = [];
  const cursors = new Set<string>();
  let page = first ?? (await source.listContacts(query, { size }));
  for (;;) {
    expect(page.items.length, 'a page never holds more than the size asked for').to.be.at.most(size);
    pages.push(page);
    items.push(...page.items);
    const cursor = page.nextCursor;
    if (cursor === undefined) break;
    expect(cursors.has(cursor), `cursor ${cursor} handed out twice`).to.equal(false);
    cursors.add(cursor);
    if (pages.length > 2000) expect.fail('paging did not end after 2000 pages');
    page = await source.listContacts(query, { cursor, size });
    expect(page.items.length, 'a page after a nextCursor is not empty ("present when there are more items")').to.be.above(0);
  }
  return { items, pages };
}

function expectNoRepeats(items: readonly Contact[]): void {
  const seen = new Set<string>();
  const repeats = ids(items).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  expect(repeats, 'contacts returned more than once').to.deep.equal([]);
}

/** A value for every operator shape, per field, chosen so that each test selects some but not all. */
interface TextValues {
  readonly contains: string;
  readonly is: string;
  readonly startsWith: string;
}
const TEXT_VALUES: Readonly<Record<string, TextValues>> = {
  name: { contains: 'son', is: 'bob brown', startsWith: 'gr' },
  email: { contains: 'example.com', is: 'BOB@example.com', startsWith: 'daniel' },
  phone: { contains: '555 01', is: '+44 20 7946 0002', startsWith: '+380' },
  id: { contains: '1', is: 'c03', startsWith: 'c2' },
  'attributes.company': { contains: 'co', is: 'northwind logistics', startsWith: 'r' },
  'attributes.website': { contains: 'example', is: 'https://alice.example.com/', startsWith: 'https://s' },
};

interface DateValues {
  readonly before: string;
  readonly after: string;
  readonly on: string;
  readonly between: readonly [string, string];
  readonly lastDays: number;
  readonly agoDays: number;
}
const DATE_VALUES: Readonly<Record<string, DateValues>> = {
  createdAt: { before: '2025-06-01', after: '2026-09-01', on: '2026-05-05', between: ['2025-01-01', '2025-03-31'], lastDays: 30, agoDays: 365 },
  lastActivityAt: { before: '2026-09-01', after: '2026-11-15', on: '2026-10-15', between: ['2026-11-01', '2026-11-10'], lastDays: 7, agoDays: 120 },
  'attributes.renewal': { before: '2026-11-20', after: '2026-11-20', on: '2026-11-20', between: ['2026-11-01', '2026-12-31'], lastDays: 7, agoDays: 30 },
};

const STRINGS_VALUES: Readonly<Record<string, { any: readonly string[]; all: readonly string[] }>> = {
  labels: { any: ['vip', 'lead'], all: ['vip', 'customer'] },
  'attributes.plan': { any: ['pro', 'enterprise'], all: ['free'] },
  sourceChannel: { any: ['telegram', 'viber'], all: ['email'] },
  conversationStatus: { any: ['open'], all: ['resolved'] },
};

const NUMBER_VALUES = { eq: 12, lt: 5, gt: 10, between: [5, 250] as const };

/** Fields tested per type: every standard field and every attribute type. */
const FIELDS_BY_TYPE: Readonly<Record<FieldType, readonly ConditionField[]>> = {
  text: ['name', 'email', 'phone', 'id', 'attributes.company', 'attributes.website'],
  number: ['attributes.seats'],
  date: ['createdAt', 'lastActivityAt', 'attributes.renewal'],
  labels: ['labels'],
  boolean: ['blocked', 'attributes.verified'],
  list: ['attributes.plan'],
  channel: ['sourceChannel'],
  'conversation-status': ['conversationStatus'],
};

function valueFor(field: ConditionField, operator: Operator): ConditionValue | undefined {
  const text = TEXT_VALUES[field];
  const date = DATE_VALUES[field];
  const strings = STRINGS_VALUES[field];
  switch (operator) {
    case 'contains':
    case 'not-contains':
      return text!.contains;
    case 'is':
    case 'is-not':
      return text!.is;
    case 'starts-with':
      return text!.startsWith;
    case 'eq':
    case 'neq':
      return NUMBER_VALUES.eq;
    case 'lt':
      return NUMBER_VALUES.lt;
    case 'gt':
      return NUMBER_VALUES.gt;
    case 'between':
      return NUMBER_VALUES.between;
    case 'before':
      return date!.before;
    case 'after':
      return date!.after;
    case 'on':
      return date!.on;
    case 'date-between':
      return date!.between;
    case 'in-last-days':
      return date!.lastDays;
    case 'more-than-days-ago':
      return date!.agoDays;
    case 'has-any':
    case 'any-of':
      return strings!.any;
    case 'has-all':
    case 'has-none':
    case 'none-of':
      return operator === 'has-all' ? strings!.all : strings!.any;
    default:
      return undefined;
  }
}

/** Hand-checked results, so a bug shared by `matchesQuery` and a source cannot pass unnoticed. */
const CONCRETE_QUERIES: readonly { readonly title: string; readonly query: ContactQuery; readonly ids: readonly string[] }[] = [
  { title: 'name starts-with "gr" (case-insensitive)', query: { conditions: [{ field: 'name', operator: 'starts-with', value: 'gr' }] }, ids: ['c08', 'c09'] },
  { title: 'email is, in another case', query: { conditions: [{ field: 'email', operator: 'is', value: 'BOB@example.com' }] }, ids: ['c02'] },
  { title: 'phone is, typed with spaces', query: { conditions: [{ field: 'phone', operator: 'is', value: '+44 20 7946 0002' }] }, ids: ['c02'] },
  { title: 'phone starts-with a country code', query: { conditions: [{ field: 'phone', operator: 'starts-with', value: '+380' }] }, ids: ['c06', 'c07', 'c14'] },
  { title: 'phone contains digits typed with a space', query: { conditions: [{ field: 'phone', operator: 'contains', value: '555 01' }] }, ids: ['c01', 'c25'] },
  { title: 'number between (inclusive)', query: { conditions: [{ field: 'attributes.seats', operator: 'between', value: [5, 250] }] }, ids: ['c01', 'c03', 'c07', 'c24'] },
  { title: 'number lt counts a zero', query: { conditions: [{ field: 'attributes.seats', operator: 'lt', value: 5 }] }, ids: ['c02', 'c28'] },
  { title: 'calendar-date attribute on', query: { conditions: [{ field: 'attributes.renewal', operator: 'on', value: '2026-11-20' }] }, ids: ['c28'] },
  { title: 'calendar-date attribute before', query: { conditions: [{ field: 'attributes.renewal', operator: 'before', value: '2026-11-20' }] }, ids: ['c02', 'c24'] },
  { title: 'created in the last 30 days', query: { conditions: [{ field: 'createdAt', operator: 'in-last-days', value: 30 }] }, ids: ['c13', 'c31', 'c32'] },
  { title: 'created between two dates (inclusive)', query: { conditions: [{ field: 'createdAt', operator: 'date-between', value: ['2025-01-01', '2025-03-31'] }] }, ids: ['c01', 'c02', 'c03', 'c07'] },
  { title: 'last activity more than 120 days ago (no activity never matches)', query: { conditions: [{ field: 'lastActivityAt', operator: 'more-than-days-ago', value: 120 }] }, ids: ['c08', 'c09', 'c16'] },
  { title: 'last activity is empty', query: { conditions: [{ field: 'lastActivityAt', operator: 'is-empty' }] }, ids: ['c13', 'c23', 'c30'] },
  { title: 'labels has-all', query: { conditions: [{ field: 'labels', operator: 'has-all', value: ['vip', 'customer'] }] }, ids: ['c01', 'c24'] },
  {
    title: 'has no labels',
    query: { conditions: [{ field: 'labels', operator: 'has-no-labels' }] },
    ids: ['c05', 'c08', 'c13', 'c16', 'c19', 'c22', 'c25', 'c26', 'c27', 'c29', 'c30', 'c31'],
  },
  { title: 'blocked is-true (an expired block does not count)', query: { conditions: [{ field: 'blocked', operator: 'is-true' }] }, ids: ['c10', 'c11'] },
  { title: 'boolean attribute is-true', query: { conditions: [{ field: 'attributes.verified', operator: 'is-true' }] }, ids: ['c01', 'c21'] },
  { title: 'list attribute any-of', query: { conditions: [{ field: 'attributes.plan', operator: 'any-of', value: ['pro', 'enterprise'] }] }, ids: ['c01', 'c03', 'c06', 'c24'] },
  { title: 'source channel any-of', query: { conditions: [{ field: 'sourceChannel', operator: 'any-of', value: ['telegram', 'viber'] }] }, ids: ['c07', 'c14', 'c20', 'c22'] },
  { title: 'source channel is-empty', query: { conditions: [{ field: 'sourceChannel', operator: 'is-empty' }] }, ids: ['c32'] },
  { title: 'conversation status any-of', query: { conditions: [{ field: 'conversationStatus', operator: 'any-of', value: ['open'] }] }, ids: ['c01', 'c07', 'c13'] },
  {
    title: 'match any',
    query: {
      match: 'any',
      conditions: [
        { field: 'name', operator: 'starts-with', value: 'zo' },
        { field: 'email', operator: 'contains', value: 'zimmer' },
      ],
    },
    ids: ['c16', 'c32'],
  },
  {
    title: 'match all',
    query: {
      match: 'all',
      conditions: [
        { field: 'labels', operator: 'has-any', value: ['customer'] },
        { field: 'phone', operator: 'starts-with', value: '+380' },
      ],
    },
    ids: ['c06', 'c14'],
  },
  { title: 'quick labels, any (the default)', query: { labels: ['vip', 'lead'] }, ids: ['c01', 'c02', 'c04', 'c07', 'c09', 'c15', 'c18', 'c21', 'c24', 'c28'] },
  { title: 'quick labels, all', query: { labels: ['vip', 'customer'], labelMatch: 'all' }, ids: ['c01', 'c24'] },
  {
    title: 'search, quick labels and a condition together',
    query: { search: 'example', labels: ['lead'], conditions: [{ field: 'phone', operator: 'is-empty' }] },
    ids: ['c04', 'c09', 'c18', 'c28'],
  },
];

/** Searches with the contacts they must find (and nothing else). */
const SEARCHES: readonly { readonly title: string; readonly search: string; readonly ids: readonly string[] }[] = [
  { title: 'a first name, lower case', search: 'alice', ids: ['c01'] },
  { title: 'a last name, upper case', search: 'ANDERSON', ids: ['c01'] },
  { title: 'a name without its accents', search: 'zoe', ids: ['c16'] },
  { title: 'a name without accents, mixed case', search: 'Jose NUNEZ', ids: ['c17'] },
  { title: 'a name typed with its accents', search: 'Zoë', ids: ['c16'] },
  { title: 'a Cyrillic name in another case', search: 'олена', ids: ['c14'] },
  { title: 'an Arabic name', search: 'العلي', ids: ['c15'] },
  { title: 'a whole email', search: 'carla@example.org', ids: ['c03'] },
  { title: 'part of an email', search: 'fischer.example', ids: ['c07'] },
  { title: 'an email in another case', search: 'Carla@Example.ORG', ids: ['c03'] },
  { title: 'a phone in E.164', search: '+14155550101', ids: ['c01'] },
  { title: 'a phone without +', search: '14155550101', ids: ['c01'] },
  { title: 'a phone with spaces', search: '+1 415 555 0101', ids: ['c01'] },
  { title: 'a phone with dashes', search: '1-415-555-0101', ids: ['c01'] },
  { title: 'a phone with brackets, without country code', search: '(415) 555-0101', ids: ['c01'] },
  { title: 'a shared phone finds both', search: '+380 67 123 45 67', ids: ['c06', 'c07'] },
  { title: 'a custom text attribute', search: 'northwind', ids: ['c03'] },
  { title: 'a custom link attribute', search: 'smith.example/shop', ids: ['c25'] },
  { title: 'a channel identifier', search: '@paulpark', ids: ['c22'] },
  { title: 'two words in reverse order', search: 'Anderson Alice', ids: ['c01'] },
  { title: 'two words from different fields', search: 'emma evans.example', ids: ['c06'] },
  { title: 'two words, one of which matches nobody', search: 'alice zzzz', ids: [] },
  { title: 'surrounding spaces are ignored', search: '  rosa  ', ids: ['c24'] },
];

export function runContactSourceContract(name: string, factory: ContractFactory): void {
  describe(`${name}: ContactSource contract`, function () {
    /** The subject under test: a fresh source per test. */
    let subject: ContractSubject;
    /** A separate copy of the seed for expectations, out of the source's reach. */
    let seed: ContractSeed;
    /** The source's clock as the suite last set it. */
    let now: Date;

    const source = () => subject.source;
    const capable = (capability: BooleanCapability) => source().capabilities[capability] !== false;
    const hasMethod = (method: OptionalMethod) => typeof source()[method] === 'function';

    /** Skips the running test unless the source has every capability and method named. */
    function need(context: Mocha.Context, ...requirements: (BooleanCapability | OptionalMethod)[]): void {
      for (const requirement of requirements) {
        const present =
          requirement === 'findDuplicates' ||
          requirement === 'listSegments' ||
          requirement === 'saveSegment' ||
          requirement === 'deleteSegment' ||
          requirement === 'subscribe'
            ? hasMethod(requirement)
            : capable(requirement);
        if (!present) context.skip();
      }
    }

    function needSort(context: Mocha.Context, field: SortField): void {
      if (!source().capabilities.sortFields.includes(field)) context.skip();
    }

    async function setNow(date: Date): Promise<void> {
      now = date;
      await subject.setNow(date);
    }

    /** What the query must return over `contacts`, in order, by the model's own rules. */
    function expected(query: ContactQuery, contacts: readonly Contact[] = seed.contacts, at: Date = now): Contact[] {
      return contacts
        .filter((contact) => matchesQuery(contact, query, { now: at, definitions: seed.attributeDefinitions }))
        .sort(compareContacts(query.sort ?? DEFAULT_SORT));
    }

    function seedContact(id: string): Contact {
      const contact = seed.contacts.find((c) => c.id === id);
      if (!contact) throw new Error(`seed has no ${id}`);
      return contact;
    }

    async function allIds(query: ContactQuery = {}): Promise<string[]> {
      return sortedIds((await walk(source(), query, 50)).items);
    }

    beforeEach(async function () {
      seed = createContractSeed();
      now = seed.now;
      subject = await factory(createContractSeed());
    });

    afterEach(async function () {
      await subject?.dispose?.();
    });

    describe('capabilities', function () {
      it('are a complete, consistent description', function () {
        const capabilities = source().capabilities;
        expect(capabilities.sortFields.length, 'at least one sort field').to.be.above(0);
        for (const field of capabilities.sortFields) expect(SORT_FIELDS).to.include(field);
        if (capabilities.duplicates) expect(hasMethod('findDuplicates'), 'duplicates ⇒ findDuplicates()').to.equal(true);
        if (capabilities.segments) {
          expect(hasMethod('listSegments'), 'segments ⇒ listSegments()').to.equal(true);
          expect(hasMethod('saveSegment'), 'segments ⇒ saveSegment()').to.equal(true);
          expect(hasMethod('deleteSegment'), 'segments ⇒ deleteSegment()').to.equal(true);
        }
        if (capabilities.live) expect(hasMethod('subscribe'), 'live ⇒ subscribe()').to.equal(true);
      });

      it('without timedBlock, a block with an end time is refused (invalid) or made forever', async function () {
        if (capable('timedBlock') || !capable('block')) this.skip();
        let contact: Contact | undefined;
        try {
          contact = await source().blockContact('c02', { until: later(now, DAY) });
        } catch (error) {
          expect(isSourceError(error) && error.kind, 'kind of the refusal').to.equal('invalid');
        }
        if (contact) expect(contact.block?.until, '"false means a block is always forever"').to.equal(null);
      });

      it('without createLabels, naming an unknown label is invalid and creates nothing', async function () {
        if (capable('createLabels') || !capable('editLabels')) this.skip();
        await expectSourceError(source().setContactLabels('c02', ['vip', 'no-such-label']), 'invalid');
        expect((await source().listLabels()).map((l) => l.name)).not.to.include('no-such-label');
        expect((await source().getContact('c02')).labels).to.deep.equal(seedContact('c02').labels);
      });

      const refusals: readonly {
        capability: BooleanCapability;
        attempt: (s: ContactSource) => Promise<unknown>;
        unchanged: (s: ContactSource) => Promise<unknown>;
      }[] = [
        {
          capability: 'createContact',
          attempt: (s) => s.createContact({ name: 'Refused Person', email: 'refused@example.com' }),
          unchanged: async (s) => expect((await s.listContacts({ search: 'refused@example.com' }, { size: 5 })).items).to.deep.equal([]),
        },
        {
          capability: 'updateContact',
          attempt: (s) => s.updateContact('c02', { name: 'Refused Rename' }),
          unchanged: async (s) => expect((await s.getContact('c02')).name).to.equal('Bob Brown'),
        },
        {
          capability: 'deleteContact',
          attempt: (s) => s.deleteContact('c02'),
          unchanged: async (s) => expect((await s.getContact('c02')).id).to.equal('c02'),
        },
        {
          capability: 'block',
          attempt: (s) => s.blockContact('c02', { until: null }),
          unchanged: async (s) => expect((await s.getContact('c02')).block).to.equal(null),
        },
        {
          capability: 'merge',
          attempt: (s) => s.mergeContacts('c06', 'c07'),
          unchanged: async (s) => expect((await s.getContact('c07')).id).to.equal('c07'),
        },
        {
          capability: 'editLabels',
          attempt: (s) => s.setContactLabels('c02', ['vip']),
          unchanged: async (s) => expect((await s.getContact('c02')).labels).to.deep.equal(['lead']),
        },
        {
          capability: 'notes',
          attempt: (s) => s.addNote('c02', 'Refused note'),
          unchanged: async () => {},
        },
        {
          capability: 'deleteNotes',
          attempt: (s) => s.deleteNote('c01', 'n-101'),
          unchanged: async () => {},
        },
      ];
      for (const refusal of refusals) {
        it(`without ${refusal.capability}, the write is refused with a SourceError and changes nothing`, async function () {
          if (capable(refusal.capability)) this.skip();
          let error: unknown;
          try {
            await refusal.attempt(source());
          } catch (caught) {
            error = caught;
          }
          expect(isSourceError(error), `a SourceError, got ${String(error)}`).to.equal(true);
          await refusal.unchanged(source());
        });
      }
    });

    describe('paging', function () {
      for (const size of [7, 1, 1000]) {
        it(`walks every contact exactly once, in the default order, with pages of ${size}`, async function () {
          const { items, pages } = await walk(source(), {}, size);
          expectNoRepeats(items);
          expect(ids(items)).to.deep.equal(ids(expected({})));
          expect(pages.length).to.equal(Math.ceil(seed.contacts.length / size));
          if (capable('total')) {
            for (const page of pages) expect(page.total, 'total on every page').to.equal(seed.contacts.length);
          }
        });
      }

      it('a page larger than the result has everything and no nextCursor', async function () {
        const page = await source().listContacts({}, { size: seed.contacts.length + 10 });
        expect(page.items.length).to.equal(seed.contacts.length);
        expect(page.nextCursor).to.equal(undefined);
      });

      it('a result that fits exactly in one page has no nextCursor', async function () {
        const page = await source().listContacts({}, { size: seed.contacts.length });
        expect(page.items.length).to.equal(seed.contacts.length);
        expect(page.nextCursor).to.equal(undefined);
      });

      it('walks a filtered, sorted query with pages of 3', async function () {
        const query: ContactQuery = { labels: ['customer', 'lead'], sort: { field: 'name', direction: 'asc' } };
        needSort(this, 'name');
        const { items, pages } = await walk(source(), query, 3);
        expectNoRepeats(items);
        expect(ids(items)).to.deep.equal(ids(expected(query)));
        if (capable('total')) expect(pages[0]!.total).to.equal(expected(query).length);
      });

      it('an empty result is one empty page', async function () {
        const page = await source().listContacts({ search: 'no-such-contact-anywhere' }, { size: 7 });
        expect(page.items).to.deep.equal([]);
        expect(page.nextCursor).to.equal(undefined);
        if (capable('total')) expect(page.total).to.equal(0);
      });

      for (const cursor of ['garbage', '%%%not-base64%%%', btoa('{"x":1}'), btoa('[1,2,3]')]) {
        it(`rejects an unknown cursor (${JSON.stringify(cursor)}) as invalid`, async function () {
          await expectSourceError(source().listContacts({}, { cursor, size: 7 }), 'invalid');
        });
      }

      /**
       * Walks a name-sorted list in pages of 7, changing the data after the first page, and
       * checks keyset semantics: nothing returned twice, no untouched contact skipped, the order
       * kept, a contact created after the cursor position still listed.
       */
      async function walkWhileChanging(change: (firstPage: readonly string[], order: readonly string[]) => Promise<{ gone?: string[]; added?: string[]; addedBefore?: string[] }>) {
        const query: ContactQuery = { sort: { field: 'name', direction: 'asc' } };
        const order = ids(expected(query));
        const first = await source().listContacts(query, { size: 7 });
        expect(ids(first.items)).to.deep.equal(order.slice(0, 7));
        const { gone = [], added = [], addedBefore = [] } = await change(ids(first.items), order);

        const { items } = await walk(source(), query, 7, first);
        expectNoRepeats(items);
        const returned = ids(items);
        const unreturnedGone = gone.filter((id) => !order.slice(0, 7).includes(id));
        const untouched = order.filter((id) => !unreturnedGone.includes(id));
        expect(untouched.filter((id) => !returned.includes(id)), 'untouched contacts skipped').to.deep.equal([]);
        for (const id of unreturnedGone) expect(returned, 'a contact deleted before its page came').not.to.include(id);
        for (const id of added) expect(returned, 'a contact created after the cursor position').to.include(id);
        for (const id of addedBefore) expect(returned, 'a contact created before the cursor position').not.to.include(id);
        const compare = compareContacts(query.sort);
        for (let i = 1; i < items.length; i++) {
          expect(compare(items[i - 1]!, items[i]!), `order at ${items[i - 1]!.id} → ${items[i]!.id}`).to.be.below(0);
        }
      }

      it('keyset semantics: contacts created between pages cause no repeat and no skip', async function () {
        needSort(this, 'name');
        need(this, 'createContact');
        await walkWhileChanging(async () => {
          const before = await source().createContact({ name: 'Aaron Aardvark', email: 'aaron@aardvark.example' });
          const also = await source().createContact({ name: 'Abe Abbott', phone: '+380931112233' });
          const after = await source().createContact({ name: 'Nina Nash', email: 'nina@nash.example' });
          return { added: [after.id], addedBefore: [before.id, also.id] };
        });
      });

      it('keyset semantics: contacts deleted between pages (the cursor’s own included) cause no repeat and no skip', async function () {
        needSort(this, 'name');
        need(this, 'deleteContact');
        await walkWhileChanging(async (firstPage, order) => {
          // An earlier one, the one the cursor points after, and one not yet returned.
          const gone = [firstPage[2]!, firstPage[6]!, order[20]!];
          for (const id of gone) await source().deleteContact(id);
          return { gone };
        });
      });

      it('keyset semantics: creating and deleting between pages together', async function () {
        needSort(this, 'name');
        need(this, 'createContact', 'deleteContact');
        await walkWhileChanging(async (firstPage, order) => {
          const before = await source().createContact({ name: 'Aaron Aardvark', email: 'aaron@aardvark.example' });
          const also = await source().createContact({ name: 'Abe Abbott', phone: '+380931112233' });
          const after = await source().createContact({ name: 'Nina Nash', email: 'nina@nash.example' });
          const gone = [firstPage[6]!, order[20]!];
          for (const id of gone) await source().deleteContact(id);
          return { gone, added: [after.id], addedBefore: [before.id, also.id] };
        });
      });
    });

    describe('search', function () {
      for (const { title, search, ids: wanted } of SEARCHES) {
        it(`finds ${title}: ${JSON.stringify(search)}`, async function () {
          const found = await allIds({ search });
          expect(found).to.deep.equal([...wanted].sort());
          expect(found, 'same as the model').to.deep.equal(sortedIds(expected({ search })));
        });
      }

      it('an empty or blank search is no filter', async function () {
        expect(await allIds({ search: '   ' })).to.deep.equal(sortedIds(seed.contacts));
      });
    });

    describe('filters', function () {
      const cases: { title: string; condition: Condition }[] = [];
      for (const [type, operators] of Object.entries(OPERATORS_BY_TYPE) as [FieldType, readonly Operator[]][]) {
        for (const field of FIELDS_BY_TYPE[type]) {
          for (const operator of operators) {
            const value = valueFor(field, operator);
            const condition: Condition = value === undefined ? { field, operator } : { field, operator, value };
            cases.push({ title: `${field} ${operator} ${value === undefined ? '' : JSON.stringify(value)}`.trim(), condition });
          }
        }
      }

      it('the cases below use every operator of every field type', function () {
        for (const [type, operators] of Object.entries(OPERATORS_BY_TYPE) as [FieldType, readonly Operator[]][]) {
          for (const operator of operators) {
            const covered = cases.some(
              (c) => c.condition.operator === operator && fieldTypeOf(c.condition.field, seed.attributeDefinitions) === type,
            );
            expect(covered, `${type} × ${operator}`).to.equal(true);
          }
        }
      });

      for (const { title, condition } of cases) {
        it(`agrees with the model: ${title}`, async function () {
          const query: ContactQuery = { conditions: [condition] };
          const wanted = expected(query);
          // A condition that selects all or nothing tests little: the seed is built to avoid it
          // (except emptiness of the fields every contact has) in time zones from UTC−11 to
          // UTC+11; further out, seed times at 12:00 UTC fall on another local day.
          const zoneHours = Math.abs(now.getTimezoneOffset()) / 60;
          if (!['name', 'id', 'createdAt'].includes(condition.field) && zoneHours <= 11) {
            expect(wanted.length, 'seed selects some but not all').to.be.within(1, seed.contacts.length - 1);
          }
          expect(await allIds(query)).to.deep.equal(sortedIds(wanted));
        });
      }

      for (const { title, query, ids: wanted } of CONCRETE_QUERIES) {
        it(`returns exactly the expected contacts: ${title}`, async function () {
          const found = await allIds(query);
          expect(found).to.deep.equal([...wanted].sort());
          expect(found, 'same as the model').to.deep.equal(sortedIds(expected(query)));
        });
      }

      it('match any and match all of the same conditions agree with the model', async function () {
        const conditions: Condition[] = [
          { field: 'labels', operator: 'has-any', value: ['vip'] },
          { field: 'createdAt', operator: 'after', value: '2026-01-01' },
          { field: 'sourceChannel', operator: 'none-of', value: ['telegram'] },
        ];
        for (const match of ['all', 'any'] as const) {
          expect(await allIds({ conditions, match }), `match ${match}`).to.deep.equal(sortedIds(expected({ conditions, match })));
        }
        expect(await allIds({ conditions, match: 'all' })).to.deep.equal(['c21', 'c24']);
      });

      it('match defaults to all', async function () {
        const conditions: Condition[] = [
          { field: 'labels', operator: 'has-any', value: ['customer'] },
          { field: 'phone', operator: 'starts-with', value: '+380' },
        ];
        expect(await allIds({ conditions })).to.deep.equal(['c06', 'c14']);
      });

      it('a condition on an unknown attribute is reported (invalid), not silently dropped', async function () {
        await expectSourceError(
          source().listContacts({ conditions: [{ field: 'attributes.no_such_key', operator: 'is-not-empty' }] }, { size: 7 }),
          'invalid',
        );
      });
    });

    describe('sorting', function () {
      for (const field of SORT_FIELDS) {
        for (const direction of ['asc', 'desc'] as const) {
          it(`by ${field} ${direction}, nulls last, ties by id`, async function () {
            needSort(this, field);
            const query: ContactQuery = { sort: { field, direction } };
            const { items } = await walk(source(), query, 10);
            expect(ids(items)).to.deep.equal(ids(expected(query)));
            if (field === 'lastActivityAt') {
              expect(ids(items).slice(-3), 'contacts without activity come last').to.deep.equal(['c13', 'c23', 'c30']);
              const tie = ids(items).indexOf('c26');
              expect(ids(items)[tie + 1], 'equal activity: by id').to.equal('c27');
            }
            if (field === 'createdAt') {
              const tie = ids(items).indexOf('c25');
              expect(ids(items)[tie + 1], 'equal creation: by id').to.equal('c26');
            }
          });
        }
      }

      it('by name asc: alphabetical, case-insensitive, equal names by id', async function () {
        needSort(this, 'name');
        const { items } = await walk(source(), { sort: { field: 'name', direction: 'asc' } }, 10);
        expect(ids(items).slice(0, 10)).to.deep.equal(['c01', 'c02', 'c03', 'c04', 'c06', 'c05', 'c07', 'c08', 'c09', 'c10']);
      });

      it('by lastActivityAt desc: the most recent first', async function () {
        needSort(this, 'lastActivityAt');
        const page = await source().listContacts({ sort: { field: 'lastActivityAt', direction: 'desc' } }, { size: 4 });
        expect(ids(page.items)).to.deep.equal(['c31', 'c01', 'c29', 'c24']);
      });

      it('the default order is lastActivityAt desc', async function () {
        needSort(this, 'lastActivityAt');
        const byDefault = await walk(source(), {}, 10);
        const explicit = await walk(source(), { sort: { field: 'lastActivityAt', direction: 'desc' } }, 10);
        expect(ids(byDefault.items)).to.deep.equal(ids(explicit.items));
        expect(ids(byDefault.items).slice(0, 2)).to.deep.equal(['c31', 'c01']);
      });
    });

    describe('get, create, update, delete', function () {
      it('gets a contact with every field as seeded', async function () {
        expect(await source().getContact('c01')).to.deep.equal(seedContact('c01'));
        expect(await source().getContact('c10')).to.deep.equal(seedContact('c10'));
        expect(await source().getContact('c14')).to.deep.equal(seedContact('c14'));
      });

      it('an unknown id is not-found', async function () {
        await expectSourceError(source().getContact('no-such-id'), 'not-found');
      });

      it('creates a valid contact: new id, phone in E.164, createdAt, labels and attributes', async function () {
        need(this, 'createContact');
        const draft: ContactDraft = {
          name: 'New Person',
          email: 'new.person@example.com',
          phone: '+380 (67) 765-43-21',
          labels: ['lead'],
          attributes: { plan: 'pro', seats: 3 },
        };
        const created = await source().createContact(draft);
        expect(created.id).to.be.a('string').and.not.equal('');
        expect(ids(seed.contacts)).not.to.include(created.id);
        expect(created.name).to.equal('New Person');
        expect(created.email).to.equal('new.person@example.com');
        expect(created.phone).to.equal('+380677654321');
        expect(created.createdAt).to.be.instanceOf(Date);
        expect(created.createdAt.getTime(), 'createdAt is the source clock').to.equal(now.getTime());
        expect(created.labels).to.deep.equal(['lead']);
        expect(created.attributes).to.deep.equal({ plan: 'pro', seats: 3 });
        expect(created.block).to.equal(null);
        expect(await source().getContact(created.id)).to.deep.equal(created);
        expect(await allIds({ search: 'new.person@example.com' })).to.deep.equal([created.id]);
        if (capable('total')) {
          expect((await source().listContacts({}, { size: 1 })).total).to.equal(seed.contacts.length + 1);
        }
      });

      it('refuses an invalid draft (invalid) with field errors naming the fields', async function () {
        need(this, 'createContact');
        const error = await expectSourceError(source().createContact({ name: '  ', email: 'not-an-email', phone: 'call me' }), 'invalid');
        expect(error.fieldErrors.map((e) => e.field)).to.include.members(['name', 'email', 'phone']);
        const unknown = await expectSourceError(
          source().createContact({ name: 'Attr Person', email: 'attr@example.com', attributes: { seats: 'many' as unknown as number } }),
          'invalid',
        );
        expect(unknown.fieldErrors.map((e) => e.field)).to.include('attributes.seats');
        expect(await allIds({ search: 'attr@example.com' }), 'nothing created').to.deep.equal([]);
      });

      it('refuses a draft with neither email nor phone (invalid)', async function () {
        need(this, 'createContact');
        const error = await expectSourceError(source().createContact({ name: 'Nobody Reachable' }), 'invalid');
        const fields = error.fieldErrors.map((e) => e.field);
        expect(fields.includes('email') || fields.includes('phone'), `fields: ${fields.join(', ')}`).to.equal(true);
      });

      it('refuses an email already used by another contact in another case (conflict)', async function () {
        need(this, 'createContact');
        const error = await expectSourceError(source().createContact({ name: 'Alice Again', email: 'ALICE@example.com' }), 'conflict');
        expect(error.conflicts[0]).to.include({ field: 'email', contactId: 'c01' });
        expect(await allIds({ search: 'Alice Again' }), 'nothing created').to.deep.equal([]);
      });

      it('refuses a phone already used by another contact, typed differently (conflict)', async function () {
        need(this, 'createContact');
        const error = await expectSourceError(source().createContact({ name: 'Phone Twin', phone: '+1 (415) 555-0101' }), 'conflict');
        expect(error.conflicts[0]).to.include({ field: 'phone', contactId: 'c01' });
      });

      it('updates: patched fields change, null clears, attributes merge key by key', async function () {
        need(this, 'updateContact');
        const updated = await source().updateContact('c01', {
          name: 'Alice A. Anderson',
          phone: '+1 415-555-0199',
          country: null,
          attributes: { seats: 20, company: null },
        });
        expect(updated.id).to.equal('c01');
        expect(updated.name).to.equal('Alice A. Anderson');
        expect(updated.phone).to.equal('+14155550199');
        expect(updated.country).to.equal(undefined);
        expect(updated.email, 'absent fields stay').to.equal('alice@example.com');
        expect(updated.language).to.equal('en');
        expect(updated.labels).to.deep.equal(['vip', 'customer']);
        const { company: _removed, ...untouched } = seedContact('c01').attributes;
        expect(updated.attributes).to.deep.equal({ ...untouched, seats: 20 });
        expect(await source().getContact('c01')).to.deep.equal(updated);
      });

      it('an update may keep its own email in another case', async function () {
        need(this, 'updateContact');
        const updated = await source().updateContact('c01', { email: 'Alice@example.com' });
        expect(updated.email?.toLowerCase()).to.equal('alice@example.com');
      });

      it("refuses to take another contact's email or phone (conflict)", async function () {
        need(this, 'updateContact');
        const email = await expectSourceError(source().updateContact('c02', { email: 'Alice@Example.com' }), 'conflict');
        expect(email.conflicts[0]).to.include({ field: 'email', contactId: 'c01' });
        const phone = await expectSourceError(source().updateContact('c02', { phone: '1 415 555 0101' }), 'conflict');
        expect(phone.conflicts[0]).to.include({ field: 'phone', contactId: 'c01' });
        expect(await source().getContact('c02')).to.deep.equal(seedContact('c02'));
      });

      it('refuses an invalid patch (invalid) and changes nothing', async function () {
        need(this, 'updateContact');
        const error = await expectSourceError(
          source().updateContact('c02', { name: '', email: 'nope', attributes: { seats: 'many' as unknown as number } }),
          'invalid',
        );
        expect(error.fieldErrors.map((e) => e.field)).to.include.members(['name', 'email', 'attributes.seats']);
        expect(await source().getContact('c02')).to.deep.equal(seedContact('c02'));
      });

      it('a patch may not remove the last way to reach a contact (invalid)', async function () {
        need(this, 'updateContact');
        const error = await expectSourceError(source().updateContact('c23', { email: null }), 'invalid');
        expect(error.fieldErrors.map((e) => e.field)).to.satisfy((fields: string[]) => fields.includes('email') || fields.includes('phone'));
        expect((await source().getContact('c23')).email).to.equal('quinn@example.net');
        const phoneGone = await source().updateContact('c25', { phone: null });
        expect(phoneGone.phone, 'the email is left').to.equal(undefined);
      });

      it('a contact that came with neither email nor phone can still be renamed', async function () {
        need(this, 'updateContact');
        expect((await source().updateContact('c13', { name: 'Kate Kimura' })).name).to.equal('Kate Kimura');
      });

      it('lists, searches and sorting follow an update', async function () {
        need(this, 'updateContact');
        await source().updateContact('c02', { name: 'Zed Brown', email: 'zed@example.com', attributes: { company: 'Brownstone' } });
        // (`bob` is still found: firstName and the email channel identifier are other fields.)
        expect(await allIds({ search: 'zed' })).to.deep.equal(['c02']);
        expect(await allIds({ search: 'brownstone' })).to.deep.equal(['c02']);
        expect(await allIds({ conditions: [{ field: 'email', operator: 'is', value: 'bob@example.com' }] })).to.deep.equal([]);
        if (source().capabilities.sortFields.includes('name')) {
          const query: ContactQuery = { sort: { field: 'name', direction: 'asc' } };
          const updated = seed.contacts.map((c) =>
            c.id === 'c02' ? { ...c, name: 'Zed Brown', email: 'zed@example.com', attributes: { ...c.attributes, company: 'Brownstone' } } : c,
          );
          expect(ids((await walk(source(), query, 10)).items)).to.deep.equal(ids(expected(query, updated)));
        }
      });

      it('the email and phone of a deleted contact are free again', async function () {
        need(this, 'deleteContact', 'createContact');
        await source().deleteContact('c02');
        const again = await source().createContact({ name: 'Bob Again', email: 'bob@example.com', phone: '+44 20 7946 0002' });
        expect(again.email).to.equal('bob@example.com');
        expect(again.phone).to.equal('+442079460002');
      });

      it('updating an unknown id is not-found', async function () {
        need(this, 'updateContact');
        await expectSourceError(source().updateContact('no-such-id', { name: 'X' }), 'not-found');
      });

      it('a record handed out is never changed afterwards (a change makes a new object)', async function () {
        need(this, 'updateContact');
        const before = await source().getContact('c02');
        const copy = structuredClone(before);
        await source().updateContact('c02', { name: 'Robert Brown', attributes: { seats: 2 } });
        if (capable('block')) await source().blockContact('c02', { until: null });
        if (capable('editLabels')) await source().setContactLabels('c02', ['vip']);
        expect(before).to.deep.equal(copy);
      });

      it('deletes: then not-found, and gone from lists and searches', async function () {
        need(this, 'deleteContact');
        await source().deleteContact('c02');
        await expectSourceError(source().getContact('c02'), 'not-found');
        expect(await allIds()).not.to.include('c02');
        expect(await allIds({ search: 'bob' })).to.deep.equal([]);
        if (capable('total')) expect((await source().listContacts({}, { size: 1 })).total).to.equal(seed.contacts.length - 1);
        await expectSourceError(source().deleteContact('c02'), 'not-found');
      });
    });

    describe('block', function () {
      it('blocks until a time: until, reason and blockedAt are kept', async function () {
        need(this, 'block', 'timedBlock');
        const until = later(now, 7 * DAY);
        const blocked = await source().blockContact('c02', { until, reason: 'Spam calls' });
        expect(blocked.block).not.to.equal(null);
        expect(blocked.block!.until?.getTime()).to.equal(until.getTime());
        if (capable('blockReason')) expect(blocked.block!.reason).to.equal('Spam calls');
        expect(blocked.block!.blockedAt).to.be.instanceOf(Date);
        expect(blocked.block!.blockedAt.getTime(), 'blockedAt is the source clock').to.equal(now.getTime());
        expect(isBlocked(blocked, now)).to.equal(true);
        expect(await source().getContact('c02')).to.deep.equal(blocked);
        expect(await allIds({ conditions: [{ field: 'blocked', operator: 'is-true' }] })).to.deep.equal(['c02', 'c10', 'c11']);
      });

      it('blocks forever (until null)', async function () {
        need(this, 'block');
        const blocked = await source().blockContact('c03', { until: null, reason: 'Fraud' });
        expect(blocked.block?.until).to.equal(null);
        if (capable('blockReason')) expect(blocked.block?.reason).to.equal('Fraud');
        expect(isBlocked(blocked, later(now, 3650 * DAY))).to.equal(true);
        expect(await allIds({ conditions: [{ field: 'blocked', operator: 'is-true' }] })).to.deep.equal(['c03', 'c10', 'c11']);
      });

      it('a block ends by itself when its time has passed', async function () {
        need(this, 'block', 'timedBlock');
        await source().blockContact('c02', { until: later(now, HOUR) });
        await setNow(later(now, 2 * HOUR));
        const contact = await source().getContact('c02');
        expect(isBlocked(contact, now)).to.equal(false);
        const blockedIds = await allIds({ conditions: [{ field: 'blocked', operator: 'is-true' }] });
        expect(blockedIds).not.to.include('c02');
        expect(await allIds({ conditions: [{ field: 'blocked', operator: 'is-false' }] })).to.include('c02');
      });

      it("a seeded block ends when the clock passes its until; a forever block doesn't", async function () {
        await setNow(new Date('2026-12-02T12:00:00Z'));
        expect(await allIds({ conditions: [{ field: 'blocked', operator: 'is-true' }] })).to.deep.equal(['c10']);
        expect(isBlocked(await source().getContact('c11'), now)).to.equal(false);
        expect(isBlocked(await source().getContact('c10'), now)).to.equal(true);
      });

      it('unblocks', async function () {
        need(this, 'block');
        const unblocked = await source().unblockContact('c10');
        expect(unblocked.block).to.equal(null);
        expect((await source().getContact('c10')).block).to.equal(null);
        expect(await allIds({ conditions: [{ field: 'blocked', operator: 'is-true' }] })).to.deep.equal(['c11']);
      });

      it('blocking or unblocking an unknown id is not-found', async function () {
        need(this, 'block');
        await expectSourceError(source().blockContact('no-such-id', { until: null }), 'not-found');
        await expectSourceError(source().unblockContact('no-such-id'), 'not-found');
      });
    });

    describe('merge', function () {
      it('the primary survives with its id; the secondary is gone', async function () {
        need(this, 'merge');
        const merged = await source().mergeContacts('c06', 'c07');
        expect(merged.id).to.equal('c06');
        expect(merged.name, 'by default the primary’s value').to.equal('Emma Evans');
        expect(merged.email).to.equal('emma@evans.example');
        expect(merged.attributes['seats'], 'a field only the secondary has is kept').to.equal(40);
        await expectSourceError(source().getContact('c07'), 'not-found');
        expect(await allIds()).not.to.include('c07');
        expect(await source().getContact('c06')).to.deep.equal(merged);
      });

      it('honours field choices', async function () {
        need(this, 'merge', 'mergeFieldChoices');
        const merged = await source().mergeContacts('c06', 'c07', { name: 'secondary', 'attributes.company': 'secondary', email: 'primary' });
        expect(merged.name).to.equal('Frank Fischer');
        expect(merged.attributes['company']).to.equal('Fischer GmbH');
        expect(merged.email).to.equal('emma@evans.example');
        expect(merged.attributes['plan']).to.equal('pro');
      });

      it('combines labels and channels', async function () {
        need(this, 'merge');
        const merged = await source().mergeContacts('c06', 'c07');
        expect(merged.labels).to.have.members(['customer', 'vip', 'support']);
        expect(merged.channels).to.deep.include({ channel: 'whatsapp', identifier: '+380671234567' });
        expect(merged.channels).to.deep.include({ channel: 'telegram', identifier: '@frankfischer' });
        expect(await allIds({ labels: ['support'] })).to.include('c06');
      });

      it('moves the secondary’s conversations and notes to the primary, newest first', async function () {
        need(this, 'merge');
        await source().mergeContacts('c06', 'c07');
        const conversations = await source().listConversations('c06');
        expect(ids(conversations)).to.have.members(['v-601', 'v-602', 'v-701']);
        expect(ids(conversations)).to.deep.equal(['v-701', 'v-601', 'v-602']);
        const notes = await source().listNotes('c06');
        expect(ids(notes)).to.deep.equal(['n-701', 'n-601', 'n-702']);
        if (capable('conversations')) {
          expect(await allIds({ conditions: [{ field: 'conversationStatus', operator: 'any-of', value: ['open'] }] })).to.include('c06');
        }
      });

      it('merging a contact with itself is invalid', async function () {
        need(this, 'merge');
        await expectSourceError(source().mergeContacts('c06', 'c06'), 'invalid');
        expect((await source().getContact('c06')).id).to.equal('c06');
      });

      it('merging with an unknown id is not-found and changes nothing', async function () {
        need(this, 'merge');
        await expectSourceError(source().mergeContacts('c06', 'no-such-id'), 'not-found');
        await expectSourceError(source().mergeContacts('no-such-id', 'c06'), 'not-found');
        expect(await source().getContact('c06')).to.deep.equal(seedContact('c06'));
      });
    });

    describe('labels and attribute definitions', function () {
      it('lists the labels', async function () {
        const labels = await source().listLabels();
        expect(labels.map((l) => l.name)).to.have.members(seed.labels.map((l) => l.name));
        expect(labels.find((l) => l.name === 'vip')).to.include({ color: '#7c3aed' });
      });

      it('setContactLabels replaces the labels', async function () {
        need(this, 'editLabels');
        const updated = await source().setContactLabels('c02', ['vip', 'customer']);
        expect(updated.labels).to.have.members(['vip', 'customer']);
        expect((await source().getContact('c02')).labels).to.have.members(['vip', 'customer']);
        expect(await allIds({ labels: ['lead'] })).not.to.include('c02');
        expect(await allIds({ labels: ['vip'] })).to.include('c02');
        expect((await source().setContactLabels('c02', [])).labels).to.deep.equal([]);
      });

      it('a new label name creates the label', async function () {
        need(this, 'editLabels', 'createLabels');
        const updated = await source().setContactLabels('c02', ['lead', 'brand-new']);
        expect(updated.labels).to.have.members(['lead', 'brand-new']);
        expect((await source().listLabels()).map((l) => l.name)).to.include('brand-new');
        expect(await allIds({ labels: ['brand-new'] })).to.deep.equal(['c02']);
      });

      it('lists the attribute definitions', async function () {
        const definitions = await source().listAttributeDefinitions();
        expect(definitions.map((d) => [d.key, d.type])).to.have.deep.members(seed.attributeDefinitions.map((d) => [d.key, d.type]));
        expect(definitions.find((d) => d.key === 'plan')?.options).to.deep.equal(['free', 'pro', 'enterprise']);
      });
    });

    describe('notes and conversations', function () {
      it('lists notes newest first', async function () {
        const notes = await source().listNotes('c01');
        expect(ids(notes)).to.deep.equal(['n-101', 'n-102']);
        expect(notes[0]).to.deep.include({ text: 'Wants a quote for 50 seats.' });
        expect(await source().listNotes('c02')).to.deep.equal([]);
      });

      it('adds a note, listed first', async function () {
        need(this, 'notes');
        const text = 'Called back <b>not bold</b> & promised a discount';
        const note = await source().addNote('c01', text);
        expect(note.id).to.be.a('string').and.not.equal('');
        expect(note.text, 'text kept as typed').to.equal(text);
        expect(note.createdAt).to.be.instanceOf(Date);
        expect(note.createdAt.getTime()).to.equal(now.getTime());
        const notes = await source().listNotes('c01');
        expect(ids(notes)).to.deep.equal([note.id, 'n-101', 'n-102']);
        expect(notes[0]).to.deep.equal(note);
      });

      it('deletes a note', async function () {
        need(this, 'notes', 'deleteNotes');
        await source().deleteNote('c01', 'n-101');
        expect(ids(await source().listNotes('c01'))).to.deep.equal(['n-102']);
      });

      it('lists conversations newest first', async function () {
        need(this, 'conversations');
        const conversations = await source().listConversations('c01');
        expect(ids(conversations)).to.deep.equal(['v-101', 'v-102']);
        expect(conversations[0]).to.deep.equal(seed.conversations['c01']![0]);
        expect(ids(await source().listConversations('c03'))).to.deep.equal(['v-301', 'v-302']);
        expect(await source().listConversations('c02').then(ids)).to.deep.equal(['v-201']);
        expect(await source().listConversations('c05')).to.deep.equal([]);
      });
    });

    describe('outbound inboxes', function () {
      const PHONE_INBOXES = ['in-phone', 'in-whatsapp', 'in-sms', 'in-viber'];

      it('only inboxes that may write first, on a channel the contact is reachable on', async function () {
        need(this, 'outboundInboxes');
        const writers = new Set(seed.inboxes.filter((i) => i.canWriteFirst).map((i) => i.id));
        for (const contact of seed.contacts) {
          const inboxes = ids(await source().listOutboundInboxes(contact.id));
          const label = `${contact.id} (${contact.name})`;
          for (const id of inboxes) expect(writers.has(id), `${label}: ${id} cannot write first`).to.equal(true);
          expect(inboxes.includes('in-email'), `${label}: email inbox iff it has an email`).to.equal(Boolean(contact.email));
          for (const id of PHONE_INBOXES) {
            expect(inboxes.includes(id), `${label}: ${id} iff it has a phone`).to.equal(Boolean(contact.phone));
          }
        }
      });

      it('a contact known on Telegram can be written to there', async function () {
        need(this, 'outboundInboxes');
        expect(ids(await source().listOutboundInboxes('c22'))).to.include('in-telegram');
        expect(ids(await source().listOutboundInboxes('c14'))).to.include('in-telegram');
      });

      it('concrete cases: email only, phone only, both, neither', async function () {
        need(this, 'outboundInboxes');
        expect(ids(await source().listOutboundInboxes('c23'))).to.deep.equal(['in-email']);
        expect(ids(await source().listOutboundInboxes('c19'))).to.have.members(PHONE_INBOXES);
        expect(ids(await source().listOutboundInboxes('c25'))).to.have.members(['in-email', ...PHONE_INBOXES]);
        expect(await source().listOutboundInboxes('c13'), 'neither email nor phone: none').to.deep.equal([]);
      });
    });

    describe('duplicates', function () {
      async function candidates(id: string) {
        return source().findDuplicates!(id);
      }

      it('finds the same phone', async function () {
        need(this, 'duplicates', 'findDuplicates');
        const found = await candidates('c06');
        const twin = found.find((c) => c.contact.id === 'c07');
        expect(twin, 'c07 listed').not.to.equal(undefined);
        expect(twin!.reasons).to.deep.equal(['phone']);
      });

      it('finds the same email in another case', async function () {
        need(this, 'duplicates', 'findDuplicates');
        const twin = (await candidates('c05')).find((c) => c.contact.id === 'c04');
        expect(twin, 'c04 listed').not.to.equal(undefined);
        expect(twin!.reasons).to.deep.equal(['email']);
      });

      it('finds a near-identical name', async function () {
        need(this, 'duplicates', 'findDuplicates');
        const twin = (await candidates('c08')).find((c) => c.contact.id === 'c09');
        expect(twin, 'c09 listed').not.to.equal(undefined);
        expect(twin!.reasons).to.deep.equal(['name']);
      });

      it('never lists the contact itself, and nothing for a unique contact', async function () {
        need(this, 'duplicates', 'findDuplicates');
        for (const id of ['c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c21']) {
          expect(ids((await candidates(id)).map((c) => c.contact)), id).not.to.include(id);
        }
        expect(await candidates('c21')).to.deep.equal([]);
      });

      it('hands out the candidate as it is now', async function () {
        need(this, 'duplicates', 'findDuplicates', 'updateContact');
        await source().updateContact('c07', { name: 'Franz Fischer' });
        const twin = (await candidates('c06')).find((c) => c.contact.id === 'c07');
        expect(twin?.contact.name).to.equal('Franz Fischer');
      });
    });

    describe('segments', function () {
      it('saves a segment, lists it with its query, deletes it', async function () {
        need(this, 'segments', 'listSegments', 'saveSegment', 'deleteSegment');
        const query: ContactQuery = {
          search: 'example',
          labels: ['vip', 'customer'],
          labelMatch: 'all',
          conditions: [
            { field: 'phone', operator: 'starts-with', value: '+380' },
            { field: 'attributes.seats', operator: 'between', value: [5, 250] },
            { field: 'createdAt', operator: 'date-between', value: ['2025-01-01', '2025-12-31'] },
          ],
          match: 'any',
          sort: { field: 'name', direction: 'asc' },
        };
        const saved = await source().saveSegment!({ name: 'VIP customers', query });
        expect(saved.id).to.be.a('string').and.not.equal('');
        expect(saved.name).to.equal('VIP customers');
        const listed = (await source().listSegments!()).find((s) => s.id === saved.id);
        expect(listed, 'listed').not.to.equal(undefined);
        expect(listed!.name).to.equal('VIP customers');
        expect(listed!.query).to.deep.equal(query);
        await source().deleteSegment!(saved.id);
        expect(ids(await source().listSegments!())).not.to.include(saved.id);
      });

      it('lists segments in the order they were saved', async function () {
        need(this, 'segments', 'listSegments', 'saveSegment');
        const before = ids(await source().listSegments!());
        const first = await source().saveSegment!({ name: 'First', query: { labels: ['vip'] } });
        const second = await source().saveSegment!({ name: 'Second', query: { search: 'alice' } });
        expect(ids(await source().listSegments!())).to.deep.equal([...before, first.id, second.id]);
      });

      it('refuses a blank name (invalid, naming the field) and saves nothing', async function () {
        need(this, 'segments', 'listSegments', 'saveSegment');
        const before = await source().listSegments!();
        const error = await expectSourceError(source().saveSegment!({ name: '   ', query: { labels: ['vip'] } }), 'invalid');
        expect(error.fieldErrors.map((e) => e.field)).to.include('name');
        expect(await source().listSegments!()).to.deep.equal(before);
      });

      it('refuses a query with a condition on an unknown attribute (invalid) and saves nothing', async function () {
        need(this, 'segments', 'listSegments', 'saveSegment');
        const before = await source().listSegments!();
        const query: ContactQuery = { conditions: [{ field: 'attributes.no_such_thing', operator: 'contains', value: 'x' }] };
        await expectSourceError(source().saveSegment!({ name: 'Broken', query }), 'invalid');
        expect(await source().listSegments!()).to.deep.equal(before);
      });

      it('deleting an unknown segment is not-found', async function () {
        need(this, 'segments', 'deleteSegment');
        await expectSourceError(source().deleteSegment!('no-such-segment'), 'not-found');
      });

      it('without segments, saving is refused (or impossible) and lists nothing new', async function () {
        if (capable('segments')) this.skip();
        const save = source().saveSegment;
        if (save) {
          let error: unknown;
          try {
            await save.call(source(), { name: 'Refused', query: { labels: ['vip'] } });
          } catch (caught) {
            error = caught;
          }
          expect(isSourceError(error), `a SourceError, got ${String(error)}`).to.equal(true);
        }
        // Listing may be refused as well (a backend without segments has nothing to list).
        const listed = await source().listSegments?.().catch((error: unknown) => {
          expect(isSourceError(error), `a SourceError, got ${String(error)}`).to.equal(true);
          return [];
        });
        expect((listed ?? []).map((segment) => segment.name)).not.to.include('Refused');
      });
    });

    describe('subscribe', function () {
      let changes: ContactChange[];
      let unsubscribe: (() => void) | undefined;

      beforeEach(function () {
        changes = [];
        unsubscribe = source().subscribe?.((change) => changes.push(change));
      });

      afterEach(function () {
        unsubscribe?.();
      });

      const find = (predicate: (change: ContactChange) => boolean) => eventually(() => changes.some(predicate));

      it('reports a creation', async function () {
        need(this, 'subscribe', 'createContact');
        const created = await source().createContact({ name: 'Live Person', email: 'live@example.com' });
        expect(await find((c) => c.type === 'created' && c.contact.id === created.id), JSON.stringify(changes)).to.equal(true);
      });

      it('reports an update', async function () {
        need(this, 'subscribe', 'updateContact');
        await source().updateContact('c02', { name: 'Robert Brown' });
        expect(
          await find((c) => c.type === 'updated' && c.contact.id === 'c02' && c.contact.name === 'Robert Brown'),
          JSON.stringify(changes),
        ).to.equal(true);
      });

      it('reports a deletion', async function () {
        need(this, 'subscribe', 'deleteContact');
        await source().deleteContact('c02');
        expect(await find((c) => c.type === 'deleted' && c.id === 'c02'), JSON.stringify(changes)).to.equal(true);
      });

      it('reports a merge', async function () {
        need(this, 'subscribe', 'merge');
        await source().mergeContacts('c06', 'c07');
        expect(
          await find((c) => c.type === 'merged' && c.contact.id === 'c06' && c.removedId === 'c07'),
          JSON.stringify(changes),
        ).to.equal(true);
      });

      it('reports a block and an unblock as updates', async function () {
        need(this, 'subscribe', 'block');
        await source().blockContact('c02', { until: null });
        expect(await find((c) => c.type === 'updated' && c.contact.id === 'c02' && c.contact.block !== null)).to.equal(true);
        await source().unblockContact('c02');
        expect(await find((c) => c.type === 'updated' && c.contact.id === 'c02' && c.contact.block === null)).to.equal(true);
      });

      it('reports segments-changed when a segment is saved and when it is deleted', async function () {
        need(this, 'subscribe', 'segments', 'saveSegment', 'deleteSegment');
        const saved = await source().saveSegment!({ name: 'Live segment', query: { labels: ['lead'] } });
        expect(await find((c) => c.type === 'segments-changed'), JSON.stringify(changes)).to.equal(true);
        changes.length = 0;
        await source().deleteSegment!(saved.id);
        expect(await find((c) => c.type === 'segments-changed'), JSON.stringify(changes)).to.equal(true);
      });

      it('reports nothing after unsubscribing', async function () {
        need(this, 'subscribe', 'updateContact');
        unsubscribe?.();
        unsubscribe = undefined;
        await source().updateContact('c02', { name: 'Robert Brown' });
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(changes).to.deep.equal([]);
      });
    });

    describe('abort', function () {
      const reads: readonly [string, (s: ContactSource, options: RequestOptions) => Promise<unknown> | undefined][] = [
        ['listContacts', (s, o) => s.listContacts({}, { size: 7 }, o)],
        ['listContacts with a search', (s, o) => s.listContacts({ search: 'alice' }, { size: 7 }, o)],
        ['getContact', (s, o) => s.getContact('c01', o)],
        ['listLabels', (s, o) => s.listLabels(o)],
        ['listAttributeDefinitions', (s, o) => s.listAttributeDefinitions(o)],
        ['listConversations', (s, o) => s.listConversations('c01', o)],
        ['listNotes', (s, o) => s.listNotes('c01', o)],
        ['listOutboundInboxes', (s, o) => s.listOutboundInboxes('c01', o)],
        ['findDuplicates', (s, o) => s.findDuplicates?.('c06', o)],
        ['listSegments', (s, o) => s.listSegments?.(o)],
      ];

      for (const [method, read] of reads) {
        it(`${method} with an already-aborted signal rejects with aborted`, async function () {
          const promise = read(source(), { signal: AbortSignal.abort() });
          if (!promise) this.skip();
          await expectSourceError(promise, 'aborted');
        });
      }

      it('aborting during a read rejects with aborted', async function () {
        const first = new AbortController();
        const promise = source().listContacts({ search: 'example' }, { size: 7 }, { signal: first.signal });
        first.abort();
        await expectSourceError(promise, 'aborted');
        const second = new AbortController();
        const again = source().getContact('c01', { signal: second.signal });
        second.abort();
        await expectSourceError(again, 'aborted');
      });

      it('a write with an already-aborted signal rejects with aborted and changes nothing', async function () {
        need(this, 'updateContact');
        await expectSourceError(source().updateContact('c02', { name: 'Never Applied' }, { signal: AbortSignal.abort() }), 'aborted');
        expect((await source().getContact('c02')).name).to.equal('Bob Brown');
      });

      it('the source keeps working after an aborted read', async function () {
        await expectSourceError(source().listContacts({}, { size: 7 }, { signal: AbortSignal.abort() }), 'aborted');
        expect((await source().listContacts({}, { size: 7 })).items.length).to.equal(7);
      });
    });
  });
}
