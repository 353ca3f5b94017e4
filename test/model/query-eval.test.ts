import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addCalendarDays, toCalendarDate } from '../../src/model/calendar.js';
import { CHANNELS, CONVERSATION_STATUSES } from '../../src/model/channels.js';
import type { Contact } from '../../src/model/contact.js';
import {
  OPERATORS,
  OPERATORS_BY_TYPE,
  DEFAULT_SORT,
  FIELD_TYPES,
  type Condition,
  type ConditionField,
  type ConditionValue,
  type ContactQuery,
  type FieldType,
  type Operator,
  type OperatorValueShape,
} from '../../src/model/query.js';
import {
  compareContacts,
  compileQuery,
  conditionErrors,
  matchesQuery,
  queryErrors,
  type EvaluationContext,
} from '../../src/model/query-eval.js';
import { searchKeysOf } from '../../src/model/search.js';
import { DAY_MS, DEFINITIONS, NOW, makeContact } from './contact-fixture.js';

const context: EvaluationContext = { now: NOW, definitions: DEFINITIONS };

function ids(contacts: readonly Contact[], query: ContactQuery, ctx: EvaluationContext = context): string[] {
  return contacts.filter((contact) => matchesQuery(contact, query, ctx)).map((contact) => contact.id);
}

/** Ids matching one condition, which must itself be valid (an invalid one would be ignored). */
function where(
  contacts: readonly Contact[],
  field: ConditionField,
  operator: Operator,
  value?: ConditionValue,
  ctx: EvaluationContext = context,
): string[] {
  const condition: Condition = value === undefined ? { field, operator } : { field, operator, value };
  expect(conditionErrors(condition, DEFINITIONS), JSON.stringify(condition)).to.deep.equal([]);
  return ids(contacts, { conditions: [condition] }, ctx);
}

const blockedAt = new Date(2026, 0, 1);

describe('matchesQuery', () => {
  it('an empty query matches everything', () => {
    expect(matchesQuery(makeContact(), {}, context)).to.equal(true);
    expect(matchesQuery(makeContact(), { search: '  ', labels: [], conditions: [] }, context)).to.equal(true);
  });

  describe('text fields', () => {
    const contacts = [
      makeContact({ id: 'a', name: 'Zoë Brontë', email: 'zoe@example.com', phone: '+15550109999' }),
      makeContact({ id: 'b', name: 'Olena Kovalenko', email: 'olena@mail.example.org', phone: '+380671234567' }),
      makeContact({ id: 'c', name: 'Bob' }),
      makeContact({ id: 'd', name: '' }),
    ];

    it('name: contains / not-contains, folded', () => {
      expect(where(contacts, 'name', 'contains', 'zoe')).to.deep.equal(['a']);
      expect(where(contacts, 'name', 'contains', 'ONTË')).to.deep.equal(['a']);
      expect(where(contacts, 'name', 'contains', '  kovalenko ')).to.deep.equal(['b']);
      expect(where(contacts, 'name', 'not-contains', 'o')).to.deep.equal(['d']);
      expect(where(contacts, 'name', 'not-contains', 'zoe')).to.deep.equal(['b', 'c', 'd']);
    });

    it('name: is / is-not compare the whole value, folded', () => {
      expect(where(contacts, 'name', 'is', 'zoe bronte')).to.deep.equal(['a']);
      expect(where(contacts, 'name', 'is', 'zoe')).to.deep.equal([]);
      expect(where(contacts, 'name', 'is-not', 'BOB')).to.deep.equal(['a', 'b', 'd']);
    });

    it('name: starts-with', () => {
      expect(where(contacts, 'name', 'starts-with', 'ol')).to.deep.equal(['b']);
      expect(where(contacts, 'name', 'starts-with', 'kov')).to.deep.equal([]);
    });

    it('name: is-empty / is-not-empty', () => {
      expect(where(contacts, 'name', 'is-empty')).to.deep.equal(['d']);
      expect(where(contacts, 'name', 'is-not-empty')).to.deep.equal(['a', 'b', 'c']);
    });

    it('email: every operator', () => {
      expect(where(contacts, 'email', 'contains', '@example.com')).to.deep.equal(['a']);
      expect(where(contacts, 'email', 'contains', 'example')).to.deep.equal(['a', 'b']);
      expect(where(contacts, 'email', 'not-contains', 'example')).to.deep.equal(['c', 'd']);
      expect(where(contacts, 'email', 'is', 'ZOE@EXAMPLE.COM')).to.deep.equal(['a']);
      expect(where(contacts, 'email', 'is-not', 'zoe@example.com')).to.deep.equal(['b', 'c', 'd']);
      expect(where(contacts, 'email', 'starts-with', 'olena@')).to.deep.equal(['b']);
      expect(where(contacts, 'email', 'is-empty')).to.deep.equal(['c', 'd']);
      expect(where(contacts, 'email', 'is-not-empty')).to.deep.equal(['a', 'b']);
    });

    it('phone: compared by digits in any formatting', () => {
      expect(where(contacts, 'phone', 'contains', '+1 555-010')).to.deep.equal(['a']);
      expect(where(contacts, 'phone', 'contains', '(067) 123')).to.deep.equal(['b']);
      expect(where(contacts, 'phone', 'contains', '555 011')).to.deep.equal([]);
      expect(where(contacts, 'phone', 'not-contains', '555')).to.deep.equal(['b', 'c', 'd']);
      expect(where(contacts, 'phone', 'is', '+1 (555) 010-9999')).to.deep.equal(['a']);
      expect(where(contacts, 'phone', 'is', '15550109999')).to.deep.equal(['a']);
      expect(where(contacts, 'phone', 'is', '+1 (555) 010-999')).to.deep.equal([]);
      expect(where(contacts, 'phone', 'is-not', '+15550109999')).to.deep.equal(['b', 'c', 'd']);
      expect(where(contacts, 'phone', 'starts-with', '+380 67')).to.deep.equal(['b']);
      expect(where(contacts, 'phone', 'starts-with', '67')).to.deep.equal([]);
      expect(where(contacts, 'phone', 'is-empty')).to.deep.equal(['c', 'd']);
      expect(where(contacts, 'phone', 'is-not-empty')).to.deep.equal(['a', 'b']);
    });

    it('id: every text operator', () => {
      const byId = [makeContact({ id: 'contact-1' }), makeContact({ id: 'contact-12' }), makeContact({ id: 'lead-3' })];
      expect(where(byId, 'id', 'is', 'contact-1')).to.deep.equal(['contact-1']);
      expect(where(byId, 'id', 'is-not', 'contact-1')).to.deep.equal(['contact-12', 'lead-3']);
      expect(where(byId, 'id', 'contains', '1')).to.deep.equal(['contact-1', 'contact-12']);
      expect(where(byId, 'id', 'not-contains', 'contact')).to.deep.equal(['lead-3']);
      expect(where(byId, 'id', 'starts-with', 'lead')).to.deep.equal(['lead-3']);
      expect(where(byId, 'id', 'is-not-empty')).to.deep.equal(['contact-1', 'contact-12', 'lead-3']);
      expect(where(byId, 'id', 'is-empty')).to.deep.equal([]);
    });

    it('text and link attributes', () => {
      const withAttributes = [
        makeContact({ id: 'x', attributes: { company: 'ACME Ltd', website: 'https://acme.example/' } }),
        makeContact({ id: 'y', attributes: { company: 'Łódź Logistics' } }),
        makeContact({ id: 'z' }),
      ];
      expect(where(withAttributes, 'attributes.company', 'contains', 'acme')).to.deep.equal(['x']);
      expect(where(withAttributes, 'attributes.company', 'is', 'łodz logistics')).to.deep.equal(['y']);
      expect(where(withAttributes, 'attributes.company', 'not-contains', 'acme')).to.deep.equal(['y', 'z']);
      expect(where(withAttributes, 'attributes.company', 'starts-with', 'ŁÓ')).to.deep.equal(['y']);
      expect(where(withAttributes, 'attributes.company', 'is-empty')).to.deep.equal(['z']);
      expect(where(withAttributes, 'attributes.website', 'contains', 'acme.example')).to.deep.equal(['x']);
      expect(where(withAttributes, 'attributes.website', 'is-not-empty')).to.deep.equal(['x']);
    });
  });

  describe('number attributes', () => {
    const contacts = [
      makeContact({ id: 'n0', attributes: { seats: 0 } }),
      makeContact({ id: 'n1', attributes: { seats: 1 } }),
      makeContact({ id: 'n10', attributes: { seats: 10 } }),
      makeContact({ id: 'n25', attributes: { seats: 25.5 } }),
      makeContact({ id: 'none' }),
    ];

    it('eq / neq (neq keeps contacts without the number)', () => {
      expect(where(contacts, 'attributes.seats', 'eq', 10)).to.deep.equal(['n10']);
      expect(where(contacts, 'attributes.seats', 'eq', 0)).to.deep.equal(['n0']);
      expect(where(contacts, 'attributes.seats', 'eq', 25.5)).to.deep.equal(['n25']);
      expect(where(contacts, 'attributes.seats', 'neq', 10)).to.deep.equal(['n0', 'n1', 'n25', 'none']);
    });

    it('lt / gt are strict and skip contacts without the number', () => {
      expect(where(contacts, 'attributes.seats', 'lt', 10)).to.deep.equal(['n0', 'n1']);
      expect(where(contacts, 'attributes.seats', 'gt', 10)).to.deep.equal(['n25']);
      expect(where(contacts, 'attributes.seats', 'gt', -1)).to.deep.equal(['n0', 'n1', 'n10', 'n25']);
      expect(where(contacts, 'attributes.seats', 'lt', 1000)).to.deep.equal(['n0', 'n1', 'n10', 'n25']);
    });

    it('between is inclusive at both ends', () => {
      expect(where(contacts, 'attributes.seats', 'between', [1, 10])).to.deep.equal(['n1', 'n10']);
      expect(where(contacts, 'attributes.seats', 'between', [10, 10])).to.deep.equal(['n10']);
      expect(where(contacts, 'attributes.seats', 'between', [-5, 0])).to.deep.equal(['n0']);
      expect(where(contacts, 'attributes.seats', 'between', [2, 9])).to.deep.equal([]);
    });

    it('is-empty / is-not-empty', () => {
      expect(where(contacts, 'attributes.seats', 'is-empty')).to.deep.equal(['none']);
      expect(where(contacts, 'attributes.seats', 'is-not-empty')).to.deep.equal(['n0', 'n1', 'n10', 'n25']);
    });

    it('a number stored as text is not a number', () => {
      const text = [makeContact({ id: 't', attributes: { seats: '10' } })];
      expect(where(text, 'attributes.seats', 'eq', 10)).to.deep.equal([]);
      expect(where(text, 'attributes.seats', 'gt', 1)).to.deep.equal([]);
      expect(where(text, 'attributes.seats', 'between', [0, 100])).to.deep.equal([]);
    });
  });

  describe('instants (createdAt, lastActivityAt) use local day bounds', () => {
    const contacts = [
      makeContact({ id: 'k1', createdAt: new Date(2026, 0, 14, 23, 59, 59, 999) }),
      makeContact({ id: 'k2', createdAt: new Date(2026, 0, 15, 0, 0, 0, 0) }),
      makeContact({ id: 'k3', createdAt: new Date(2026, 0, 15, 23, 59, 59, 999) }),
      makeContact({ id: 'k4', createdAt: new Date(2026, 0, 16, 0, 0, 0, 0) }),
    ];

    it('on', () => {
      expect(where(contacts, 'createdAt', 'on', '2026-01-15')).to.deep.equal(['k2', 'k3']);
      expect(where(contacts, 'createdAt', 'on', '2026-01-14')).to.deep.equal(['k1']);
      expect(where(contacts, 'createdAt', 'on', '2026-01-17')).to.deep.equal([]);
    });
    it('before (strictly before the day)', () => {
      expect(where(contacts, 'createdAt', 'before', '2026-01-15')).to.deep.equal(['k1']);
      expect(where(contacts, 'createdAt', 'before', '2026-01-16')).to.deep.equal(['k1', 'k2', 'k3']);
    });
    it('after (strictly after the day)', () => {
      expect(where(contacts, 'createdAt', 'after', '2026-01-15')).to.deep.equal(['k4']);
      expect(where(contacts, 'createdAt', 'after', '2026-01-14')).to.deep.equal(['k2', 'k3', 'k4']);
    });
    it('date-between includes both days', () => {
      expect(where(contacts, 'createdAt', 'date-between', ['2026-01-15', '2026-01-16'])).to.deep.equal(['k2', 'k3', 'k4']);
      expect(where(contacts, 'createdAt', 'date-between', ['2026-01-14', '2026-01-14'])).to.deep.equal(['k1']);
      expect(where(contacts, 'createdAt', 'date-between', ['2025-12-01', '2026-01-14'])).to.deep.equal(['k1']);
    });
    it('createdAt is never empty', () => {
      expect(where(contacts, 'createdAt', 'is-empty')).to.deep.equal([]);
      expect(where(contacts, 'createdAt', 'is-not-empty')).to.deep.equal(['k1', 'k2', 'k3', 'k4']);
    });

    const activity = [
      makeContact({ id: 'exactly7', lastActivityAt: new Date(NOW.getTime() - 7 * DAY_MS) }),
      makeContact({ id: 'over7', lastActivityAt: new Date(NOW.getTime() - 7 * DAY_MS - 1) }),
      makeContact({ id: 'hourAgo', lastActivityAt: new Date(NOW.getTime() - 3_600_000) }),
      makeContact({ id: 'never', lastActivityAt: null }),
      makeContact({ id: 'old', lastActivityAt: new Date(NOW.getTime() - 100 * DAY_MS) }),
    ];

    it('in-last-days counts from now; a contact without the date matches neither', () => {
      expect(where(activity, 'lastActivityAt', 'in-last-days', 7)).to.deep.equal(['exactly7', 'hourAgo']);
      expect(where(activity, 'lastActivityAt', 'in-last-days', 1)).to.deep.equal(['hourAgo']);
      expect(where(activity, 'lastActivityAt', 'in-last-days', 365)).to.deep.equal(['exactly7', 'over7', 'hourAgo', 'old']);
    });
    it('more-than-days-ago counts from now', () => {
      expect(where(activity, 'lastActivityAt', 'more-than-days-ago', 7)).to.deep.equal(['over7', 'old']);
      expect(where(activity, 'lastActivityAt', 'more-than-days-ago', 99)).to.deep.equal(['old']);
      expect(where(activity, 'lastActivityAt', 'more-than-days-ago', 0)).to.deep.equal(['exactly7', 'over7', 'hourAgo', 'old']);
    });
    it('relative conditions follow the given now', () => {
      const later = { ...context, now: new Date(NOW.getTime() + DAY_MS) };
      expect(where(activity, 'lastActivityAt', 'in-last-days', 7, later)).to.deep.equal(['hourAgo']);
    });
    it('lastActivityAt can be empty', () => {
      expect(where(activity, 'lastActivityAt', 'is-empty')).to.deep.equal(['never']);
      expect(where(activity, 'lastActivityAt', 'is-not-empty')).to.deep.equal(['exactly7', 'over7', 'hourAgo', 'old']);
      expect(where(activity, 'lastActivityAt', 'before', '2100-01-01')).to.deep.equal(['exactly7', 'over7', 'hourAgo', 'old']);
    });
  });

  describe('calendar-date attributes', () => {
    const dates = ['2025-12-31', '2026-01-07', '2026-01-08', '2026-01-14', '2026-01-15', '2026-01-16', '2027-01-01'];
    const contacts = [
      ...dates.map((renewal) => makeContact({ id: renewal, attributes: { renewal } })),
      makeContact({ id: 'none' }),
      makeContact({ id: 'bad', attributes: { renewal: '2026-02-30' } }),
    ];

    it('on / before / after / date-between compare dates', () => {
      expect(where(contacts, 'attributes.renewal', 'on', '2026-01-15')).to.deep.equal(['2026-01-15']);
      expect(where(contacts, 'attributes.renewal', 'before', '2026-01-08')).to.deep.equal(['2025-12-31', '2026-01-07']);
      expect(where(contacts, 'attributes.renewal', 'after', '2026-01-15')).to.deep.equal(['2026-01-16', '2027-01-01']);
      expect(where(contacts, 'attributes.renewal', 'date-between', ['2026-01-01', '2026-01-15'])).to.deep.equal([
        '2026-01-07',
        '2026-01-08',
        '2026-01-14',
        '2026-01-15',
      ]);
    });

    it('in-last-days counts whole days back from today, up to today', () => {
      expect(where(contacts, 'attributes.renewal', 'in-last-days', 7)).to.deep.equal(['2026-01-08', '2026-01-14', '2026-01-15']);
      expect(where(contacts, 'attributes.renewal', 'in-last-days', 1)).to.deep.equal(['2026-01-14', '2026-01-15']);
      expect(where(contacts, 'attributes.renewal', 'in-last-days', 0)).to.deep.equal(['2026-01-15']);
    });

    it('more-than-days-ago', () => {
      expect(where(contacts, 'attributes.renewal', 'more-than-days-ago', 7)).to.deep.equal(['2025-12-31', '2026-01-07']);
      expect(where(contacts, 'attributes.renewal', 'more-than-days-ago', 0)).to.deep.equal([
        '2025-12-31',
        '2026-01-07',
        '2026-01-08',
        '2026-01-14',
      ]);
    });

    it('does not depend on the hour of now', () => {
      for (const hour of [0, 1, 6, 12, 18, 23]) {
        const now = new Date(2026, 0, 15, hour, hour === 23 ? 59 : 0, hour === 23 ? 59 : 0);
        const ctx = { ...context, now };
        expect(where(contacts, 'attributes.renewal', 'in-last-days', 7, ctx), String(now)).to.deep.equal([
          '2026-01-08',
          '2026-01-14',
          '2026-01-15',
        ]);
        expect(where(contacts, 'attributes.renewal', 'more-than-days-ago', 7, ctx), String(now)).to.deep.equal([
          '2025-12-31',
          '2026-01-07',
        ]);
      }
    });

    it('counts calendar days around every daylight-saving change of the local zone', () => {
      // Local days that are not 24 hours long. None in UTC: then ordinary days around the usual
      // European change dates are checked (run with TZ=Europe/Kyiv to exercise the real thing).
      const changes: Date[] = [];
      for (let day = new Date(2025, 0, 1); day.getFullYear() === 2025; ) {
        const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
        if (next.getTime() - day.getTime() !== DAY_MS) changes.push(day);
        day = next;
      }
      const around = changes.length ? changes : [new Date(2025, 2, 30), new Date(2025, 9, 26)];
      const failures: string[] = [];
      for (const change of around) {
        for (let offset = -1; offset <= 2; offset++) {
          for (let hour = 0; hour < 24; hour++) {
            for (const minute of [0, 30, 59]) {
              const now = new Date(change.getFullYear(), change.getMonth(), change.getDate() + offset, hour, minute);
              const today = toCalendarDate(now);
              for (const days of [1, 2, 7]) {
                const inside = makeContact({ id: 'inside', attributes: { renewal: addCalendarDays(today, -days)! } });
                const outside = makeContact({ id: 'outside', attributes: { renewal: addCalendarDays(today, -days - 1)! } });
                const ctx = { ...context, now };
                const inLast = ids([inside, outside], { conditions: [{ field: 'attributes.renewal', operator: 'in-last-days', value: days }] }, ctx);
                const moreThan = ids([inside, outside], { conditions: [{ field: 'attributes.renewal', operator: 'more-than-days-ago', value: days }] }, ctx);
                if (inLast.join() !== 'inside' || moreThan.join() !== 'outside') {
                  failures.push(`${now.toString()} ${days}d: in-last=${inLast.join()} more-than=${moreThan.join()}`);
                }
              }
            }
          }
        }
      }
      expect(failures.slice(0, 5), `${failures.length} failures`).to.deep.equal([]);
    });

    it('a missing or malformed date matches no date condition', () => {
      for (const [operator, value] of [
        ['on', '2026-01-15'],
        ['before', '2100-01-01'],
        ['after', '1900-01-01'],
        ['date-between', ['1900-01-01', '2100-01-01']],
        ['in-last-days', 100000],
        ['more-than-days-ago', 0],
      ] as const) {
        const found = where(contacts, 'attributes.renewal', operator, value);
        expect(found, operator).to.not.include('none');
        expect(found, operator).to.not.include('bad');
      }
    });

    it('is-empty / is-not-empty', () => {
      expect(where(contacts, 'attributes.renewal', 'is-empty')).to.deep.equal(['none']);
      expect(where(contacts, 'attributes.renewal', 'is-not-empty')).to.deep.equal([...dates, 'bad']);
    });
  });

  describe('labels', () => {
    const contacts = [
      makeContact({ id: 'both', labels: ['vip', 'lead'] }),
      makeContact({ id: 'vip', labels: ['vip'] }),
      makeContact({ id: 'lead', labels: ['lead'] }),
      makeContact({ id: 'none', labels: [] }),
    ];
    it('has-any', () => {
      expect(where(contacts, 'labels', 'has-any', ['vip'])).to.deep.equal(['both', 'vip']);
      expect(where(contacts, 'labels', 'has-any', ['vip', 'lead'])).to.deep.equal(['both', 'vip', 'lead']);
      expect(where(contacts, 'labels', 'has-any', ['VIP'])).to.deep.equal([]);
    });
    it('has-all', () => {
      expect(where(contacts, 'labels', 'has-all', ['vip', 'lead'])).to.deep.equal(['both']);
      expect(where(contacts, 'labels', 'has-all', ['lead'])).to.deep.equal(['both', 'lead']);
      expect(where(contacts, 'labels', 'has-all', ['vip', 'churned'])).to.deep.equal([]);
    });
    it('has-none', () => {
      expect(where(contacts, 'labels', 'has-none', ['vip'])).to.deep.equal(['lead', 'none']);
      expect(where(contacts, 'labels', 'has-none', ['vip', 'lead'])).to.deep.equal(['none']);
    });
    it('has-no-labels', () => {
      expect(where(contacts, 'labels', 'has-no-labels')).to.deep.equal(['none']);
    });
  });

  describe('booleans', () => {
    it('blocked uses the block in force at now (forever, until later, expired)', () => {
      const contacts = [
        makeContact({ id: 'forever', block: { until: null, blockedAt } }),
        makeContact({ id: 'untilLater', block: { until: new Date(NOW.getTime() + 3_600_000), blockedAt, reason: 'spam' } }),
        makeContact({ id: 'expired', block: { until: new Date(NOW.getTime() - 1), blockedAt } }),
        makeContact({ id: 'never', block: null }),
      ];
      expect(where(contacts, 'blocked', 'is-true')).to.deep.equal(['forever', 'untilLater']);
      expect(where(contacts, 'blocked', 'is-false')).to.deep.equal(['expired', 'never']);
      const later = { ...context, now: new Date(NOW.getTime() + 2 * 3_600_000) };
      expect(where(contacts, 'blocked', 'is-true', undefined, later)).to.deep.equal(['forever']);
      expect(where(contacts, 'blocked', 'is-false', undefined, later)).to.deep.equal(['untilLater', 'expired', 'never']);
    });

    it('boolean attributes: only true is true', () => {
      const contacts = [
        makeContact({ id: 'yes', attributes: { newsletter: true } }),
        makeContact({ id: 'no', attributes: { newsletter: false } }),
        makeContact({ id: 'missing' }),
        makeContact({ id: 'text', attributes: { newsletter: 'true' } }),
      ];
      expect(where(contacts, 'attributes.newsletter', 'is-true')).to.deep.equal(['yes']);
      expect(where(contacts, 'attributes.newsletter', 'is-false')).to.deep.equal(['no', 'missing', 'text']);
    });
  });

  describe('list, channel and conversation status', () => {
    it('list attributes: any-of / none-of / is-empty / is-not-empty', () => {
      const contacts = [
        makeContact({ id: 'free', attributes: { plan: 'free' } }),
        makeContact({ id: 'pro', attributes: { plan: 'pro' } }),
        makeContact({ id: 'enterprise', attributes: { plan: 'enterprise' } }),
        makeContact({ id: 'none' }),
      ];
      expect(where(contacts, 'attributes.plan', 'any-of', ['pro', 'enterprise'])).to.deep.equal(['pro', 'enterprise']);
      expect(where(contacts, 'attributes.plan', 'any-of', ['free'])).to.deep.equal(['free']);
      expect(where(contacts, 'attributes.plan', 'none-of', ['pro'])).to.deep.equal(['free', 'enterprise', 'none']);
      expect(where(contacts, 'attributes.plan', 'is-empty')).to.deep.equal(['none']);
      expect(where(contacts, 'attributes.plan', 'is-not-empty')).to.deep.equal(['free', 'pro', 'enterprise']);
    });

    it('source channel: any-of / none-of / is-empty / is-not-empty', () => {
      const contacts = [
        makeContact({ id: 'wa', sourceChannel: 'whatsapp' }),
        makeContact({ id: 'tg', sourceChannel: 'telegram' }),
        makeContact({ id: 'mail', sourceChannel: 'email' }),
        makeContact({ id: 'unknown' }),
      ];
      expect(where(contacts, 'sourceChannel', 'any-of', ['whatsapp', 'telegram'])).to.deep.equal(['wa', 'tg']);
      expect(where(contacts, 'sourceChannel', 'none-of', ['whatsapp'])).to.deep.equal(['tg', 'mail', 'unknown']);
      expect(where(contacts, 'sourceChannel', 'is-empty')).to.deep.equal(['unknown']);
      expect(where(contacts, 'sourceChannel', 'is-not-empty')).to.deep.equal(['wa', 'tg', 'mail']);
    });

    it('conversation status: any-of / none-of over all statuses', () => {
      const contacts = [
        makeContact({ id: 'openPending', conversationStatuses: ['open', 'pending'] }),
        makeContact({ id: 'resolved', conversationStatuses: ['resolved'] }),
        makeContact({ id: 'noConversations', conversationStatuses: [] }),
      ];
      expect(where(contacts, 'conversationStatus', 'any-of', ['open'])).to.deep.equal(['openPending']);
      expect(where(contacts, 'conversationStatus', 'any-of', ['resolved', 'pending'])).to.deep.equal([
        'openPending',
        'resolved',
      ]);
      expect(where(contacts, 'conversationStatus', 'any-of', ['snoozed'])).to.deep.equal([]);
      expect(where(contacts, 'conversationStatus', 'none-of', ['open'])).to.deep.equal(['resolved', 'noConversations']);
    });
  });

  describe('combining', () => {
    const contacts = [
      makeContact({ id: 'a', name: 'Olena', labels: ['vip', 'lead'], attributes: { seats: 50 }, email: 'olena@example.com' }),
      makeContact({ id: 'b', name: 'Olena', labels: ['vip'], attributes: { seats: 5 } }),
      makeContact({ id: 'c', name: 'Petro', labels: ['lead'], attributes: { seats: 50 } }),
      makeContact({ id: 'd', name: 'Petro', labels: [] }),
    ];
    const conditions: Condition[] = [
      { field: 'name', operator: 'is', value: 'olena' },
      { field: 'attributes.seats', operator: 'gt', value: 10 },
    ];

    it('match all (the default) needs every condition', () => {
      expect(ids(contacts, { conditions })).to.deep.equal(['a']);
      expect(ids(contacts, { conditions, match: 'all' })).to.deep.equal(['a']);
    });
    it('match any needs one', () => {
      expect(ids(contacts, { conditions, match: 'any' })).to.deep.equal(['a', 'b', 'c']);
    });
    it('quick labels match any (the default) or all', () => {
      expect(ids(contacts, { labels: ['vip', 'lead'] })).to.deep.equal(['a', 'b', 'c']);
      expect(ids(contacts, { labels: ['vip', 'lead'], labelMatch: 'any' })).to.deep.equal(['a', 'b', 'c']);
      expect(ids(contacts, { labels: ['vip', 'lead'], labelMatch: 'all' })).to.deep.equal(['a']);
      expect(ids(contacts, { labels: [], labelMatch: 'all' })).to.deep.equal(['a', 'b', 'c', 'd']);
    });
    it('search, labels and conditions all apply, whatever match says', () => {
      expect(ids(contacts, { search: 'olena' })).to.deep.equal(['a', 'b']);
      expect(ids(contacts, { search: 'olena', labels: ['lead'] })).to.deep.equal(['a']);
      expect(ids(contacts, { search: 'petro', conditions, match: 'any' })).to.deep.equal(['c']);
      expect(ids(contacts, { labels: ['vip'], conditions, match: 'any' })).to.deep.equal(['a', 'b']);
      expect(ids(contacts, { search: 'example.com', labels: ['vip'], conditions })).to.deep.equal(['a']);
      expect(ids(contacts, { search: 'nobody', labels: ['vip'] })).to.deep.equal([]);
    });
    it('compileQuery with precomputed keys agrees with matchesQuery', () => {
      const query: ContactQuery = { search: 'o', labels: ['vip'], conditions, match: 'any' };
      const predicate = compileQuery(query, context);
      expect(contacts.filter((c) => predicate(c, searchKeysOf(c))).map((c) => c.id)).to.deep.equal(ids(contacts, query));
    });
  });
});

describe('conditionErrors', () => {
  const errors = (field: ConditionField, operator: Operator, value?: unknown) =>
    conditionErrors({ field, operator, value: value as ConditionValue }, DEFINITIONS);
  const valueError = (code: string) => [{ field: 'value', code }];

  /** A field of each type, and a valid value for each operator shape. */
  const FIELD_OF_TYPE: Record<FieldType, readonly ConditionField[]> = {
    text: ['name', 'email', 'phone', 'id', 'attributes.company', 'attributes.website'],
    number: ['attributes.seats'],
    date: ['createdAt', 'lastActivityAt', 'attributes.renewal'],
    labels: ['labels'],
    boolean: ['blocked', 'attributes.newsletter'],
    list: ['attributes.plan'],
    channel: ['sourceChannel'],
    'conversation-status': ['conversationStatus'],
  };
  const VALID_VALUE: Record<OperatorValueShape, ConditionValue | undefined> = {
    none: undefined,
    text: 'x',
    number: 1.5,
    'number-range': [1, 2],
    date: '2026-01-15',
    'date-range': ['2026-01-01', '2026-01-31'],
    days: 7,
    strings: ['x'],
  };

  it('accepts every operator its field type offers, with a value of its shape', () => {
    for (const type of FIELD_TYPES) {
      for (const field of FIELD_OF_TYPE[type]) {
        for (const operator of OPERATORS_BY_TYPE[type]) {
          expect(errors(field, operator, VALID_VALUE[OPERATORS[operator]]), `${field} ${operator}`).to.deep.equal([]);
        }
      }
    }
  });

  it('rejects every operator its field type does not offer', () => {
    for (const type of FIELD_TYPES) {
      for (const field of FIELD_OF_TYPE[type]) {
        for (const operator of Object.keys(OPERATORS) as Operator[]) {
          if (OPERATORS_BY_TYPE[type].includes(operator)) continue;
          expect(errors(field, operator, VALID_VALUE[OPERATORS[operator]]), `${field} ${operator}`).to.deep.equal([
            { field: 'operator', code: 'required' },
          ]);
        }
      }
    }
    expect(errors('name', 'gt', 5)).to.deep.equal([{ field: 'operator', code: 'required' }]);
    expect(errors('blocked', 'contains', 'x')).to.deep.equal([{ field: 'operator', code: 'required' }]);
    expect(errors('conversationStatus', 'is-empty')).to.deep.equal([{ field: 'operator', code: 'required' }]);
  });

  it('an unknown attribute, or an unknown field, is reported on the field', () => {
    expect(errors('attributes.shoe_size', 'eq', 42)).to.deep.equal([{ field: 'field', code: 'attribute-unknown' }]);
    expect(conditionErrors({ field: 'attributes.seats', operator: 'eq', value: 1 })).to.deep.equal([
      { field: 'field', code: 'attribute-unknown' },
    ]);
    expect(errors('nickname' as ConditionField, 'is', 'x')).to.deep.equal([{ field: 'field', code: 'attribute-unknown' }]);
  });

  it('text needs a non-blank string', () => {
    expect(errors('name', 'contains', '')).to.deep.equal(valueError('required'));
    expect(errors('name', 'contains', '   ')).to.deep.equal(valueError('required'));
    expect(errors('name', 'is', undefined)).to.deep.equal(valueError('required'));
    expect(errors('name', 'is', 5)).to.deep.equal(valueError('required'));
    expect(errors('name', 'is', ['x'])).to.deep.equal(valueError('required'));
  });

  it('number needs a finite number', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '5', undefined, [1, 2]]) {
      expect(errors('attributes.seats', 'eq', value), String(value)).to.deep.equal(valueError('number-invalid'));
    }
    expect(errors('attributes.seats', 'lt', -0.5)).to.deep.equal([]);
  });

  it('days need a whole number, zero or more', () => {
    for (const value of [-1, 1.5, Number.NaN, '7', undefined]) {
      expect(errors('lastActivityAt', 'in-last-days', value), String(value)).to.deep.equal(valueError('number-invalid'));
    }
    expect(errors('lastActivityAt', 'more-than-days-ago', 0)).to.deep.equal([]);
  });

  it('number ranges need two finite numbers, low first', () => {
    expect(errors('attributes.seats', 'between', [10, 1])).to.deep.equal(valueError('range-reversed'));
    expect(errors('attributes.seats', 'between', [1, 1])).to.deep.equal([]);
    for (const value of [[1], [1, 2, 3], [1, Number.NaN], ['1', '2'], 5, undefined]) {
      expect(errors('attributes.seats', 'between', value), JSON.stringify(value)).to.deep.equal(valueError('number-invalid'));
    }
  });

  it('dates must be real calendar dates', () => {
    for (const value of ['2025-02-30', '15.01.2026', '2026-1-5', '', undefined, 20260115]) {
      expect(errors('createdAt', 'on', value), String(value)).to.deep.equal(valueError('date-invalid'));
    }
  });

  it('date ranges need two real dates, earliest first', () => {
    expect(errors('createdAt', 'date-between', ['2026-01-31', '2026-01-01'])).to.deep.equal(valueError('range-reversed'));
    expect(errors('attributes.renewal', 'date-between', ['2026-01-01', '2026-01-01'])).to.deep.equal([]);
    for (const value of [['2026-01-01', 'soon'], ['2026-01-01'], ['2025-02-30', '2026-01-01'], '2026-01-01']) {
      expect(errors('createdAt', 'date-between', value), JSON.stringify(value)).to.deep.equal(valueError('date-invalid'));
    }
  });

  it('string lists need at least one string', () => {
    for (const value of [[], undefined, 'vip', [1]]) {
      expect(errors('labels', 'has-any', value), JSON.stringify(value)).to.deep.equal(valueError('required'));
      expect(errors('sourceChannel', 'any-of', value), JSON.stringify(value)).to.deep.equal(valueError('required'));
    }
  });

  it('operators without a value need none', () => {
    expect(errors('name', 'is-empty', 'ignored')).to.deep.equal([]);
    expect(errors('labels', 'has-no-labels')).to.deep.equal([]);
  });
});

describe('queryErrors', () => {
  it('names each error by its condition index', () => {
    expect(
      queryErrors(
        {
          conditions: [
            { field: 'name', operator: 'contains', value: 'ok' },
            { field: 'name', operator: 'contains', value: ' ' },
            { field: 'attributes.shoe_size', operator: 'eq', value: 1 },
            { field: 'attributes.seats', operator: 'between', value: [9, 1] },
            { field: 'labels', operator: 'gt', value: 1 },
          ],
        },
        DEFINITIONS,
      ),
    ).to.deep.equal([
      { field: 'conditions.1.value', code: 'required' },
      { field: 'conditions.2.field', code: 'attribute-unknown' },
      { field: 'conditions.3.value', code: 'range-reversed' },
      { field: 'conditions.4.operator', code: 'required' },
    ]);
  });
  it('is empty for a query without conditions', () => {
    expect(queryErrors({ search: 'x' })).to.deep.equal([]);
  });
});

describe('compileQuery', () => {
  const contacts = [
    makeContact({ id: 'big', attributes: { seats: 100 } }),
    makeContact({ id: 'small', attributes: { seats: 1 } }),
  ];

  it('leaves invalid conditions out', () => {
    const invalid: Condition[] = [
      { field: 'name', operator: 'contains', value: '' },
      { field: 'attributes.shoe_size', operator: 'eq', value: 1 },
      { field: 'attributes.seats', operator: 'between', value: [100, 1] },
      { field: 'name', operator: 'gt', value: 1 },
    ];
    expect(ids(contacts, { conditions: invalid })).to.deep.equal(['big', 'small']);
    expect(ids(contacts, { conditions: invalid, match: 'any' })).to.deep.equal(['big', 'small']);
    const valid: Condition = { field: 'attributes.seats', operator: 'gt', value: 10 };
    expect(ids(contacts, { conditions: [...invalid, valid] })).to.deep.equal(['big']);
    expect(ids(contacts, { conditions: [...invalid, valid], match: 'any' })).to.deep.equal(['big']);
  });

  it('uses the current time without a now', () => {
    const recent = makeContact({ id: 'recent', lastActivityAt: new Date(Date.now() - 60_000) });
    const query: ContactQuery = { conditions: [{ field: 'lastActivityAt', operator: 'in-last-days', value: 1 }] };
    expect(compileQuery(query, { definitions: DEFINITIONS })(recent, searchKeysOf(recent))).to.equal(true);
    expect(matchesQuery(recent, query)).to.equal(true);
  });
});

describe('query evaluation properties', () => {
  const contactArb = fc
    .record({
      name: fc.constantFrom('Olena', 'Zoë', 'Bob', '', 'Item 2'),
      email: fc.option(fc.constantFrom('olena@example.com', 'zoe@mail.example'), { nil: undefined }),
      phone: fc.option(fc.constantFrom('+380671234567', '+15550109999'), { nil: undefined }),
      labels: fc.subarray(['vip', 'lead', 'churned']),
      seats: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
      plan: fc.option(fc.constantFrom('free', 'pro'), { nil: undefined }),
      renewal: fc.option(fc.constantFrom('2025-12-20', '2026-01-01', '2026-01-08', '2026-01-15'), { nil: undefined }),
      newsletter: fc.option(fc.boolean(), { nil: undefined }),
      sourceChannel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
      conversationStatuses: fc.subarray([...CONVERSATION_STATUSES]),
      createdAt: fc.integer({ min: -20 * DAY_MS, max: 0 }).map((ms) => new Date(NOW.getTime() + ms)),
      lastActivityAt: fc.option(fc.integer({ min: -20 * DAY_MS, max: 0 }).map((ms) => new Date(NOW.getTime() + ms)), {
        nil: null,
      }),
      block: fc.option(
        fc.option(fc.integer({ min: -DAY_MS, max: DAY_MS }).map((ms) => new Date(NOW.getTime() + ms)), { nil: null }).map(
          (until) => ({ until, blockedAt }),
        ),
        { nil: null },
      ),
    })
    .map(({ seats, plan, renewal, newsletter, email, phone, sourceChannel, ...rest }) => {
      const attributes: Contact['attributes'] = {};
      if (seats !== undefined) attributes['seats'] = seats;
      if (plan !== undefined) attributes['plan'] = plan;
      if (renewal !== undefined) attributes['renewal'] = renewal;
      if (newsletter !== undefined) attributes['newsletter'] = newsletter;
      return makeContact({
        ...rest,
        attributes,
        ...(email ? { email } : {}),
        ...(phone ? { phone } : {}),
        ...(sourceChannel ? { sourceChannel } : {}),
      });
    });

  const test = (contact: Contact, condition: Condition) => {
    expect(conditionErrors(condition, DEFINITIONS), JSON.stringify(condition)).to.deep.equal([]);
    return matchesQuery(contact, { conditions: [condition] }, context);
  };

  it('negated operators are exact complements', () => {
    const pairs: [ConditionField, Operator, Operator, fc.Arbitrary<ConditionValue | undefined>][] = [
      ['name', 'contains', 'not-contains', fc.constantFrom('o', 'ZOE', 'item', 'x')],
      ['name', 'is', 'is-not', fc.constantFrom('olena', 'zoe', 'bob')],
      ['phone', 'contains', 'not-contains', fc.constantFrom('+1 555', '(067)', '380')],
      ['phone', 'is', 'is-not', fc.constantFrom('+380 67 123 45 67', '+1 555 010 9999')],
      ['email', 'is-empty', 'is-not-empty', fc.constant(undefined)],
      ['attributes.seats', 'eq', 'neq', fc.integer({ min: -5, max: 5 })],
      ['attributes.seats', 'is-empty', 'is-not-empty', fc.constant(undefined)],
      ['lastActivityAt', 'is-empty', 'is-not-empty', fc.constant(undefined)],
      ['labels', 'has-any', 'has-none', fc.subarray(['vip', 'lead', 'churned'], { minLength: 1 })],
      ['attributes.plan', 'any-of', 'none-of', fc.subarray(['free', 'pro', 'enterprise'], { minLength: 1 })],
      ['sourceChannel', 'any-of', 'none-of', fc.subarray([...CHANNELS], { minLength: 1 })],
      ['conversationStatus', 'any-of', 'none-of', fc.subarray([...CONVERSATION_STATUSES], { minLength: 1 })],
      ['blocked', 'is-true', 'is-false', fc.constant(undefined)],
      ['attributes.newsletter', 'is-true', 'is-false', fc.constant(undefined)],
    ];
    for (const [field, yes, no, valueArb] of pairs) {
      fc.assert(
        fc.property(contactArb, valueArb, (contact, value) => {
          const make = (operator: Operator): Condition =>
            value === undefined ? { field, operator } : { field, operator, value };
          expect(test(contact, make(no))).to.equal(!test(contact, make(yes)));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('has-all implies has-any, and has-no-labels is has-none of every label', () => {
    fc.assert(
      fc.property(contactArb, fc.subarray(['vip', 'lead', 'churned'], { minLength: 1 }), (contact, labels) => {
        if (test(contact, { field: 'labels', operator: 'has-all', value: labels })) {
          expect(test(contact, { field: 'labels', operator: 'has-any', value: labels })).to.equal(true);
        }
        expect(test(contact, { field: 'labels', operator: 'has-no-labels' })).to.equal(
          test(contact, { field: 'labels', operator: 'has-none', value: ['vip', 'lead', 'churned'] }),
        );
      }),
    );
  });

  it('a number is exactly one of lt, eq, gt; between is not-lt low and not-gt high', () => {
    fc.assert(
      fc.property(contactArb, fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 }), (contact, x, y) => {
        const field = 'attributes.seats';
        const [low, high] = x <= y ? [x, y] : [y, x];
        const lt = test(contact, { field, operator: 'lt', value: x });
        const eq = test(contact, { field, operator: 'eq', value: x });
        const gt = test(contact, { field, operator: 'gt', value: x });
        const has = typeof contact.attributes['seats'] === 'number';
        expect([lt, eq, gt].filter(Boolean).length).to.equal(has ? 1 : 0);
        const between = test(contact, { field, operator: 'between', value: [low, high] });
        expect(between).to.equal(
          has &&
            !test(contact, { field, operator: 'lt', value: low }) &&
            !test(contact, { field, operator: 'gt', value: high }),
        );
      }),
    );
  });

  it('a date is exactly one of before, on, after; in-last-days and more-than-days-ago split dated contacts', () => {
    const day = fc.integer({ min: -25, max: 5 }).map((offset) => addCalendarDays('2026-01-15', offset)!);
    fc.assert(
      fc.property(contactArb, day, fc.integer({ min: 0, max: 30 }), (contact, date, days) => {
        for (const field of ['createdAt', 'lastActivityAt', 'attributes.renewal'] as const) {
          const has = field === 'attributes.renewal' ? contact.attributes['renewal'] !== undefined : contact[field] !== null;
          const parts = (['before', 'on', 'after'] as const).map((operator) => test(contact, { field, operator, value: date }));
          expect(parts.filter(Boolean).length, field).to.equal(has ? 1 : 0);
          expect(test(contact, { field, operator: 'date-between', value: [date, date] })).to.equal(parts[1]);
          const inLast = test(contact, { field, operator: 'in-last-days', value: days });
          const moreThan = test(contact, { field, operator: 'more-than-days-ago', value: days });
          // Every generated date is at or before now, so exactly one holds.
          expect([inLast, moreThan].filter(Boolean).length, field).to.equal(has ? 1 : 0);
        }
      }),
    );
  });

  it('match all is a conjunction, match any a disjunction', () => {
    const conditionArb = fc.constantFrom<Condition>(
      { field: 'name', operator: 'contains', value: 'o' },
      { field: 'labels', operator: 'has-any', value: ['vip'] },
      { field: 'attributes.seats', operator: 'gt', value: 0 },
      { field: 'blocked', operator: 'is-true' },
      { field: 'lastActivityAt', operator: 'in-last-days', value: 7 },
      { field: 'conversationStatus', operator: 'any-of', value: ['open'] },
    );
    fc.assert(
      fc.property(contactArb, fc.array(conditionArb, { minLength: 1, maxLength: 4 }), (contact, conditions) => {
        const each = conditions.map((condition) => test(contact, condition));
        expect(matchesQuery(contact, { conditions, match: 'all' }, context)).to.equal(each.every(Boolean));
        expect(matchesQuery(contact, { conditions }, context)).to.equal(each.every(Boolean));
        expect(matchesQuery(contact, { conditions, match: 'any' }, context)).to.equal(each.some(Boolean));
      }),
    );
  });
});

describe('compareContacts', () => {
  const order = (contacts: readonly Contact[], ...args: Parameters<typeof compareContacts>) =>
    [...contacts].sort(compareContacts(...args)).map((contact) => contact.id);

  describe('by name, with collation', () => {
    const contacts = [
      makeContact({ id: 'z2', name: 'zoe' }),
      makeContact({ id: 'item10', name: 'Item 10' }),
      makeContact({ id: 'emma', name: 'Emma' }),
      makeContact({ id: 'z1', name: 'Zoë' }),
      makeContact({ id: 'item2', name: 'Item 2' }),
      makeContact({ id: 'avila', name: 'Ávila' }),
      makeContact({ id: 'emile', name: 'Émile' }),
      makeContact({ id: 'bob', name: 'bob' }),
    ];
    it('ascending: accents and case ignored, numbers numeric, ties by id', () => {
      expect(order(contacts, { field: 'name', direction: 'asc' })).to.deep.equal([
        'avila',
        'bob',
        'emile',
        'emma',
        'item2',
        'item10',
        'z1',
        'z2',
      ]);
    });
    it('descending: reversed, ties still by id', () => {
      expect(order(contacts, { field: 'name', direction: 'desc' })).to.deep.equal([
        'z1',
        'z2',
        'item10',
        'item2',
        'emma',
        'emile',
        'bob',
        'avila',
      ]);
    });
    it('"Item 2" sorts before "Item 10"', () => {
      const [two, ten] = [makeContact({ name: 'Item 2' }), makeContact({ name: 'Item 10' })];
      expect(compareContacts({ field: 'name', direction: 'asc' })(two, ten)).to.be.lessThan(0);
      expect(compareContacts({ field: 'name', direction: 'asc' })(ten, two)).to.be.greaterThan(0);
    });
  });

  describe('by date', () => {
    const contacts = [
      makeContact({ id: 'b-never', createdAt: new Date(2025, 5, 1), lastActivityAt: null }),
      makeContact({ id: 'mid', createdAt: new Date(2025, 0, 2), lastActivityAt: new Date(2026, 0, 10) }),
      makeContact({ id: 'a-never', createdAt: new Date(2025, 0, 2), lastActivityAt: null }),
      makeContact({ id: 'latest', createdAt: new Date(2024, 0, 1), lastActivityAt: new Date(2026, 0, 14) }),
      makeContact({ id: 'earliest', createdAt: new Date(2025, 0, 3), lastActivityAt: new Date(2025, 11, 1) }),
      makeContact({ id: 'mid-twin', createdAt: new Date(2025, 2, 1), lastActivityAt: new Date(2026, 0, 10) }),
    ];

    it('lastActivityAt ascending: nulls last, ties by id', () => {
      expect(order(contacts, { field: 'lastActivityAt', direction: 'asc' })).to.deep.equal([
        'earliest',
        'mid',
        'mid-twin',
        'latest',
        'a-never',
        'b-never',
      ]);
    });
    it('lastActivityAt descending: nulls still last, ties by id', () => {
      expect(order(contacts, { field: 'lastActivityAt', direction: 'desc' })).to.deep.equal([
        'latest',
        'mid',
        'mid-twin',
        'earliest',
        'a-never',
        'b-never',
      ]);
    });
    it('is lastActivityAt descending by default', () => {
      expect(DEFAULT_SORT).to.deep.equal({ field: 'lastActivityAt', direction: 'desc' });
      expect(order(contacts)).to.deep.equal(order(contacts, { field: 'lastActivityAt', direction: 'desc' }));
    });
    it('createdAt both ways, ties by id', () => {
      expect(order(contacts, { field: 'createdAt', direction: 'asc' })).to.deep.equal([
        'latest',
        'a-never',
        'mid',
        'earliest',
        'mid-twin',
        'b-never',
      ]);
      expect(order(contacts, { field: 'createdAt', direction: 'desc' })).to.deep.equal([
        'b-never',
        'mid-twin',
        'earliest',
        'a-never',
        'mid',
        'latest',
      ]);
    });
  });

  it('is a total order: antisymmetric, and the sorted order does not depend on the input order (property)', () => {
    const contactArb = fc.record({
      name: fc.constantFrom('Zoë', 'zoe', 'Item 2', 'Item 10', 'Émile', 'emile', ''),
      createdAt: fc.integer({ min: 0, max: 3 }).map((d) => new Date(2025, 0, 1 + d)),
      lastActivityAt: fc.option(fc.integer({ min: 0, max: 3 }).map((d) => new Date(2025, 0, 1 + d)), { nil: null }),
    });
    const sortArb = fc.record({
      field: fc.constantFrom('name' as const, 'createdAt' as const, 'lastActivityAt' as const),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,4}$/), contactArb), { selector: ([id]) => id, maxLength: 12 }),
        sortArb,
        (rows, sort) => {
          const contacts = rows.map(([id, fields]) => makeContact({ id, ...fields }));
          const compare = compareContacts(sort);
          for (const a of contacts) {
            expect(compare(a, a)).to.equal(0);
            for (const b of contacts) {
              if (a !== b) {
                expect(Math.sign(compare(a, b))).to.equal(-Math.sign(compare(b, a)));
                expect(compare(a, b)).to.not.equal(0);
              }
            }
          }
          const sorted = order(contacts, sort);
          expect(order([...contacts].reverse(), sort)).to.deep.equal(sorted);
          if (sort.field !== 'name') {
            const withDate = sorted.filter((id) => contacts.find((c) => c.id === id)![sort.field] !== null);
            expect(sorted.slice(0, withDate.length)).to.deep.equal(withDate);
          }
        },
      ),
    );
  });
});
