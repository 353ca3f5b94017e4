import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHANNELS, CONVERSATION_STATUSES } from '../../src/model/channels.js';
import { contactSchema, type Contact } from '../../src/model/contact.js';
import { EDITABLE_FIELDS } from '../../src/model/fields.js';
import { mergeConflicts, mergeContactRecords, type MergeChoices } from '../../src/model/merge.js';
import { makeContact } from './contact-fixture.js';

const blockedAt = new Date(2025, 11, 1);

function records(): { primary: Contact; secondary: Contact } {
  const primary = makeContact({
    id: 'p',
    name: 'Olena K',
    firstName: 'Olena',
    email: 'olena@work.example',
    country: 'UA',
    language: '',
    sourceChannel: 'email',
    labels: ['vip', 'lead'],
    channels: [
      { channel: 'whatsapp', identifier: '380671234567' },
      { channel: 'email', identifier: 'olena@work.example' },
    ],
    attributes: { company: 'ACME', seats: 5, plan: 'pro', newsletter: false },
    createdAt: new Date(2025, 2, 1),
    lastActivityAt: new Date(2026, 0, 10),
    block: { until: null, blockedAt, reason: 'spam' },
    conversationStatuses: ['open'],
  });
  const secondary = makeContact({
    id: 's',
    name: 'Olena Kovalenko',
    firstName: 'Olena',
    lastName: 'Kovalenko',
    email: 'olena@home.example',
    phone: '+380671234567',
    country: 'UA',
    language: 'uk',
    sourceChannel: 'telegram',
    labels: ['lead', 'churned'],
    channels: [
      { channel: 'whatsapp', identifier: '380671234567' },
      { channel: 'telegram', identifier: '@olena' },
    ],
    attributes: { company: 'ACME', seats: 7, renewal: '2026-02-01', newsletter: true, plan: '' },
    createdAt: new Date(2024, 5, 1),
    lastActivityAt: new Date(2026, 0, 12),
    block: null,
    conversationStatuses: ['open', 'resolved'],
  });
  return { primary, secondary };
}

describe('mergeConflicts', () => {
  it('lists fields where both are non-empty and different, attributes included', () => {
    const { primary, secondary } = records();
    expect(mergeConflicts(primary, secondary)).to.deep.equal([
      { field: 'name', primary: 'Olena K', secondary: 'Olena Kovalenko' },
      { field: 'email', primary: 'olena@work.example', secondary: 'olena@home.example' },
      { field: 'attributes.seats', primary: 5, secondary: 7 },
      { field: 'attributes.newsletter', primary: false, secondary: true },
    ]);
  });

  it('no conflict for equal values, for a value on one side only, or against an empty string', () => {
    const a = makeContact({ name: 'Same', email: 'a@example.com', phone: '', attributes: { x: 1, y: '' } });
    const b = makeContact({ name: 'Same', phone: '+380671234567', country: 'UA', attributes: { x: 1, y: 'set', z: 3 } });
    expect(mergeConflicts(a, b)).to.deep.equal([]);
    expect(mergeConflicts(b, a)).to.deep.equal([]);
  });

  it('0 and false are values, not emptiness', () => {
    const a = makeContact({ attributes: { n: 0, flag: false } });
    const b = makeContact({ attributes: { n: 1, flag: true } });
    expect(mergeConflicts(a, b)).to.deep.equal([
      { field: 'attributes.n', primary: 0, secondary: 1 },
      { field: 'attributes.flag', primary: false, secondary: true },
    ]);
  });

  it('a record has no conflicts with itself', () => {
    const { primary } = records();
    expect(mergeConflicts(primary, primary)).to.deep.equal([]);
  });
});

describe('mergeContactRecords', () => {
  it('without choices: the primary’s values, gaps filled from the secondary, lists combined', () => {
    const { primary, secondary } = records();
    const merged = mergeContactRecords(primary, secondary);
    expect(merged).to.deep.equal({
      id: 'p',
      name: 'Olena K',
      firstName: 'Olena',
      lastName: 'Kovalenko',
      email: 'olena@work.example',
      phone: '+380671234567',
      country: 'UA',
      language: 'uk',
      sourceChannel: 'telegram',
      labels: ['vip', 'lead', 'churned'],
      channels: [
        { channel: 'whatsapp', identifier: '380671234567' },
        { channel: 'email', identifier: 'olena@work.example' },
        { channel: 'telegram', identifier: '@olena' },
      ],
      attributes: { company: 'ACME', seats: 5, plan: 'pro', newsletter: false, renewal: '2026-02-01' },
      createdAt: new Date(2024, 5, 1),
      lastActivityAt: new Date(2026, 0, 12),
      block: { until: null, blockedAt, reason: 'spam' },
      conversationStatuses: ['open', 'resolved'],
    });
    expect('avatarUrl' in merged).to.equal(false);
    expect(contactSchema.safeParse(merged).success).to.equal(true);
  });

  it('honours the choices', () => {
    const { primary, secondary } = records();
    const choices: MergeChoices = {
      name: 'secondary',
      email: 'secondary',
      'attributes.seats': 'secondary',
      'attributes.newsletter': 'secondary',
    };
    const merged = mergeContactRecords(primary, secondary, choices);
    expect(merged.name).to.equal('Olena Kovalenko');
    expect(merged.email).to.equal('olena@home.example');
    expect(merged.attributes['seats']).to.equal(7);
    expect(merged.attributes['newsletter']).to.equal(true);
    expect(merged.id).to.equal('p');
  });

  it('an explicit primary choice is the default', () => {
    const { primary, secondary } = records();
    expect(mergeContactRecords(primary, secondary, { name: 'primary', 'attributes.seats': 'primary' })).to.deep.equal(
      mergeContactRecords(primary, secondary),
    );
  });

  it('a chosen side that is empty falls back to the other', () => {
    const { primary, secondary } = records();
    const merged = mergeContactRecords(primary, secondary, {
      'attributes.plan': 'secondary',
      lastName: 'primary',
      phone: 'primary',
      language: 'primary',
      'attributes.renewal': 'primary',
      avatarUrl: 'secondary',
    });
    expect(merged.attributes['plan']).to.equal('pro');
    expect(merged.lastName).to.equal('Kovalenko');
    expect(merged.phone).to.equal('+380671234567');
    expect(merged.language).to.equal('uk');
    expect(merged.attributes['renewal']).to.equal('2026-02-01');
    expect('avatarUrl' in merged).to.equal(false);
  });

  it('keeps the primary’s id and block, even when only the secondary is blocked', () => {
    const { primary, secondary } = records();
    const blocked = { ...secondary, block: { until: new Date(2030, 0, 1), blockedAt } };
    const merged = mergeContactRecords({ ...primary, block: null }, blocked);
    expect(merged.id).to.equal('p');
    expect(merged.block).to.equal(null);
    expect(mergeContactRecords(primary, secondary).block).to.deep.equal(primary.block);
  });

  it('takes the earliest creation with its source channel', () => {
    const { primary, secondary } = records();
    const older = mergeContactRecords({ ...primary, createdAt: new Date(2020, 0, 1) }, secondary);
    expect(older.createdAt).to.deep.equal(new Date(2020, 0, 1));
    expect(older.sourceChannel).to.equal('email');
    const tie = mergeContactRecords({ ...primary, createdAt: new Date(2024, 5, 1) }, secondary);
    expect(tie.sourceChannel).to.equal('email');
  });

  it('keeps the primary’s source channel when the older record has none', () => {
    const { primary, secondary } = records();
    const withoutSource: Contact = { ...secondary };
    delete withoutSource.sourceChannel;
    expect(mergeContactRecords(primary, withoutSource).sourceChannel).to.equal('email');
  });

  it('takes the latest activity; null only when neither has any', () => {
    const { primary, secondary } = records();
    expect(mergeContactRecords(primary, { ...secondary, lastActivityAt: null }).lastActivityAt).to.deep.equal(
      new Date(2026, 0, 10),
    );
    expect(mergeContactRecords({ ...primary, lastActivityAt: null }, secondary).lastActivityAt).to.deep.equal(
      new Date(2026, 0, 12),
    );
    expect(
      mergeContactRecords({ ...primary, lastActivityAt: new Date(2026, 0, 20) }, secondary).lastActivityAt,
    ).to.deep.equal(new Date(2026, 0, 20));
    expect(
      mergeContactRecords({ ...primary, lastActivityAt: null }, { ...secondary, lastActivityAt: null }).lastActivityAt,
    ).to.equal(null);
  });

  it('does not change its inputs', () => {
    const { primary, secondary } = records();
    const [p, s] = [structuredClone(primary), structuredClone(secondary)];
    mergeContactRecords(primary, secondary, { name: 'secondary' });
    expect(primary).to.deep.equal(p);
    expect(secondary).to.deep.equal(s);
  });

  describe('properties', () => {
    const optionalText = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    const contactArb = fc
      .record({
        id: fc.constantFrom('a', 'b'),
        name: fc.constantFrom('Olena', 'Olena K', ''),
        firstName: optionalText(['Olena', 'O', '']),
        lastName: optionalText(['Kovalenko', '']),
        email: optionalText(['a@example.com', 'b@example.com', '']),
        phone: optionalText(['+380671234567', '+15550109999']),
        avatarUrl: optionalText(['https://cdn.example/a.png']),
        country: optionalText(['UA', 'PL']),
        language: optionalText(['uk', 'pl']),
        sourceChannel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
        labels: fc.subarray(['vip', 'lead', 'churned', 'new']),
        channels: fc.subarray([
          { channel: 'whatsapp' as const, identifier: '380671234567' },
          { channel: 'telegram' as const, identifier: '@olena' },
          { channel: 'telegram' as const, identifier: '@other' },
        ]),
        attributes: fc.dictionary(
          fc.constantFrom('seats', 'plan', 'vip', 'note'),
          fc.oneof(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constantFrom('', 'x', 'y')),
          { maxKeys: 4 },
        ),
        createdAt: fc.integer({ min: 0, max: 5 }).map((d) => new Date(2025, 0, 1 + d)),
        lastActivityAt: fc.option(
          fc.integer({ min: 0, max: 5 }).map((d) => new Date(2026, 0, 1 + d)),
          { nil: null },
        ),
        block: fc.option(fc.constant({ until: null, blockedAt }), { nil: null }),
        conversationStatuses: fc.subarray([...CONVERSATION_STATUSES]),
      })
      .map((fields) => {
        const contact = makeContact();
        for (const [key, value] of Object.entries(fields)) {
          if (value !== undefined) (contact as Record<string, unknown>)[key] = value;
        }
        return contact;
      });
    const empty = (value: unknown) => value === undefined || value === '';

    it('fields: the choice, else the primary’s non-empty value, else the secondary’s', () => {
      fc.assert(
        fc.property(contactArb, contactArb, fc.constantFrom<'primary' | 'secondary' | undefined>('primary', 'secondary', undefined), (a, b, side) => {
          const choices: Record<string, 'primary' | 'secondary'> = {};
          if (side) {
            for (const field of EDITABLE_FIELDS) choices[field] = side;
            for (const key of [...Object.keys(a.attributes), ...Object.keys(b.attributes)]) choices[`attributes.${key}`] = side;
          }
          const merged = mergeContactRecords(a, b, choices);
          const expectPick = (x: unknown, y: unknown, actual: unknown, label: string) => {
            const chosen = side === 'secondary' ? y : x;
            expect(actual, label).to.equal(!empty(chosen) ? chosen : empty(x) ? y : x);
          };
          for (const field of EDITABLE_FIELDS) expectPick(a[field], b[field], merged[field], field);
          for (const key of new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)])) {
            expectPick(a.attributes[key], b.attributes[key], merged.attributes[key], key);
          }
          for (const conflict of mergeConflicts(a, b)) {
            const value = conflict.field.startsWith('attributes.')
              ? merged.attributes[conflict.field.slice('attributes.'.length)]
              : merged[conflict.field as (typeof EDITABLE_FIELDS)[number]];
            expect(value).to.equal(side === 'secondary' ? conflict.secondary : conflict.primary);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('lists combined without duplicates, earliest creation, latest activity, primary id and block', () => {
      fc.assert(
        fc.property(contactArb, contactArb, (a, b) => {
          const merged = mergeContactRecords(a, b);
          expect(merged.labels).to.deep.equal([...new Set([...a.labels, ...b.labels])]);
          expect(merged.conversationStatuses).to.deep.equal([...new Set([...a.conversationStatuses, ...b.conversationStatuses])]);
          const keys = merged.channels.map((c) => `${c.channel}:${c.identifier}`);
          expect(new Set(keys).size).to.equal(keys.length);
          expect(new Set(keys)).to.deep.equal(new Set([...a.channels, ...b.channels].map((c) => `${c.channel}:${c.identifier}`)));
          expect(merged.createdAt.getTime()).to.equal(Math.min(a.createdAt.getTime(), b.createdAt.getTime()));
          const activity = [a.lastActivityAt, b.lastActivityAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
          expect(merged.lastActivityAt?.getTime() ?? null).to.equal(activity.length ? Math.max(...activity) : null);
          expect(merged.id).to.equal(a.id);
          expect(merged.block).to.equal(a.block);
          const older = b.createdAt < a.createdAt ? b : a;
          expect(merged.sourceChannel).to.equal(older.sourceChannel ?? a.sourceChannel);
          expect(contactSchema.safeParse(merged).success).to.equal(true);
        }),
        { numRuns: 300 },
      );
    });

    it('merging a record with itself gives the same record', () => {
      fc.assert(
        fc.property(contactArb, (a) => {
          expect(mergeContactRecords(a, a)).to.deep.equal(a);
          expect(mergeConflicts(a, a)).to.deep.equal([]);
        }),
      );
    });
  });
});
