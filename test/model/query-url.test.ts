import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toCalendarDate } from '../../src/model/calendar.js';
import {
  OPERATORS,
  SORT_FIELDS,
  STANDARD_FIELDS,
  type Condition,
  type ConditionField,
  type ConditionValue,
  type ContactQuery,
  type Operator,
  type OperatorValueShape,
} from '../../src/model/query.js';
import { queryErrors } from '../../src/model/query-eval.js';
import {
  decodeCondition,
  encodeCondition,
  queryFromSearchParams,
  queryToSearchParams,
  withQueryParams,
} from '../../src/model/query-url.js';
import { DEFINITIONS } from './contact-fixture.js';

/** The query without undefined keys, as it must come back from a URL. */
function normalised(query: ContactQuery): ContactQuery {
  const strip = (value: object) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  const result = strip(query) as { conditions?: readonly Condition[] };
  if (result.conditions) result.conditions = result.conditions.map((c) => strip(c) as unknown as Condition);
  return result as ContactQuery;
}

function roundTrip(query: ContactQuery, prefix?: string): ContactQuery {
  const options = prefix === undefined ? {} : { prefix };
  return queryFromSearchParams(queryToSearchParams(query, options).toString(), options);
}

describe('queryToSearchParams', () => {
  it('writes the documented form', () => {
    const query: ContactQuery = {
      search: 'olena',
      labels: ['vip', 'lead'],
      labelMatch: 'all',
      match: 'any',
      sort: { field: 'createdAt', direction: 'desc' },
      conditions: [{ field: 'lastActivityAt', operator: 'more-than-days-ago', value: 30 }],
    };
    expect(queryToSearchParams(query).toString()).to.equal(
      'q=olena&label=vip&label=lead&labels=all&match=any&sort=-createdAt&c=lastActivityAt%7Emore-than-days-ago%7E30',
    );
    expect(roundTrip(query)).to.deep.equal(query);
  });

  it('writes only what the query sets', () => {
    expect(queryToSearchParams({}).toString()).to.equal('');
    expect(queryToSearchParams({ labels: [], conditions: [] }).toString()).to.equal('');
    expect(queryToSearchParams({ search: '' }).toString()).to.equal('q=');
    expect(queryToSearchParams({ sort: { field: 'name', direction: 'asc' } }).toString()).to.equal('sort=name');
    expect(queryToSearchParams({ sort: { field: 'lastActivityAt', direction: 'desc' } }).toString()).to.equal(
      'sort=-lastActivityAt',
    );
  });

  it('encodes special characters in the search and labels', () => {
    expect(queryToSearchParams({ search: 'a b&c=d%~,+', labels: ['x,y', '50%'] }).toString()).to.equal(
      'q=a+b%26c%3Dd%25%7E%2C%2B&label=x%2Cy&label=50%25',
    );
    expect(queryToSearchParams({ search: 'Зоя' }).toString()).to.equal('q=%D0%97%D0%BE%D1%8F');
  });

  it('prefixes every name', () => {
    expect(
      queryToSearchParams(
        { search: 'x', labels: ['a'], labelMatch: 'any', match: 'all', sort: { field: 'name', direction: 'asc' }, conditions: [{ field: 'blocked', operator: 'is-true' }] },
        { prefix: 'ct.' },
      ).toString(),
    ).to.equal('ct.q=x&ct.label=a&ct.labels=any&ct.match=all&ct.sort=name&ct.c=blocked%7Eis-true');
  });
});

describe('encodeCondition / decodeCondition', () => {
  const examples: [Condition, string][] = [
    [{ field: 'blocked', operator: 'is-true' }, 'blocked~is-true'],
    [{ field: 'labels', operator: 'has-no-labels' }, 'labels~has-no-labels'],
    [{ field: 'name', operator: 'contains', value: 'Zoë ~ & = %' }, 'name~contains~Zoë ~ & = %'],
    [{ field: 'name', operator: 'is', value: 'a~b' }, 'name~is~a~b'],
    [{ field: 'attributes.seats', operator: 'eq', value: 42 }, 'attributes.seats~eq~42'],
    [{ field: 'attributes.seats', operator: 'lt', value: -1.5 }, 'attributes.seats~lt~-1.5'],
    [{ field: 'attributes.seats', operator: 'gt', value: 1e21 }, 'attributes.seats~gt~1e+21'],
    [{ field: 'attributes.seats', operator: 'between', value: [1, 10.5] }, 'attributes.seats~between~1,10.5'],
    [{ field: 'attributes.seats', operator: 'between', value: [-5, -1] }, 'attributes.seats~between~-5,-1'],
    [{ field: 'createdAt', operator: 'on', value: '2026-01-15' }, 'createdAt~on~2026-01-15'],
    [
      { field: 'createdAt', operator: 'date-between', value: ['2026-01-01', '2026-01-31'] },
      'createdAt~date-between~2026-01-01,2026-01-31',
    ],
    [{ field: 'lastActivityAt', operator: 'in-last-days', value: 7 }, 'lastActivityAt~in-last-days~7'],
    [{ field: 'labels', operator: 'has-any', value: ['a,b', '100%', 'plain'] }, 'labels~has-any~a%2Cb,100%25,plain'],
    [{ field: 'labels', operator: 'has-all', value: ['%2C', '%25'] }, 'labels~has-all~%252C,%2525'],
    [{ field: 'labels', operator: 'has-none', value: [''] }, 'labels~has-none~'],
    [{ field: 'labels', operator: 'has-none', value: ['', ''] }, 'labels~has-none~,'],
    [{ field: 'sourceChannel', operator: 'any-of', value: ['whatsapp', 'telegram'] }, 'sourceChannel~any-of~whatsapp,telegram'],
  ];
  for (const [condition, text] of examples) {
    it(`${JSON.stringify(condition)} ↔ ${text}`, () => {
      expect(encodeCondition(condition)).to.equal(text);
      expect(decodeCondition(text)).to.deep.equal(condition);
    });
  }

  it('an empty list is written without a value and read back', () => {
    expect(encodeCondition({ field: 'labels', operator: 'has-any', value: [] })).to.equal('labels~has-any');
    expect(decodeCondition('labels~has-any')).to.deep.equal({ field: 'labels', operator: 'has-any', value: [] });
  });

  it('drops a value given to an operator that takes none', () => {
    expect(encodeCondition({ field: 'name', operator: 'is-empty', value: 'x' })).to.equal('name~is-empty');
    expect(decodeCondition('name~is-empty~junk')).to.deep.equal({ field: 'name', operator: 'is-empty' });
  });

  it('ignores what no version of the library wrote', () => {
    for (const text of [
      '',
      'name',
      '~is~x',
      'name~',
      'name~~x',
      'name~bogus~x',
      'name~IS~x',
      'name~toString',
      'name~__proto__~x',
      'name~constructor~x',
      'name~hasOwnProperty',
    ]) {
      expect(decodeCondition(text), text).to.equal(undefined);
    }
  });

  it('a missing or malformed number is reported, never read as another number', () => {
    const read = (c: string) => queryErrors(queryFromSearchParams(new URLSearchParams({ c })), DEFINITIONS);
    const invalid = [{ field: 'conditions.0.value', code: 'number-invalid' }];
    expect(read('attributes.seats~gt')).to.deep.equal(invalid);
    expect(read('attributes.seats~gt~')).to.deep.equal(invalid);
    expect(read('attributes.seats~gt~ ')).to.deep.equal(invalid);
    expect(read('attributes.seats~eq~abc')).to.deep.equal(invalid);
    expect(read('attributes.seats~between~5,')).to.deep.equal(invalid);
    expect(read('attributes.seats~between~,5')).to.deep.equal(invalid);
    expect(read('attributes.seats~between~5')).to.deep.equal(invalid);
    expect(read('attributes.seats~between~1,2,3')).to.deep.equal(invalid);
    expect(read('lastActivityAt~in-last-days')).to.deep.equal(invalid);
    expect(read('lastActivityAt~in-last-days~-3')).to.deep.equal(invalid);
  });

  it('a missing or malformed date or list is reported', () => {
    const read = (c: string) => queryErrors(queryFromSearchParams(new URLSearchParams({ c })), DEFINITIONS);
    expect(read('createdAt~on')).to.deep.equal([{ field: 'conditions.0.value', code: 'date-invalid' }]);
    expect(read('createdAt~date-between~2026-01-01')).to.deep.equal([{ field: 'conditions.0.value', code: 'date-invalid' }]);
    expect(read('createdAt~date-between~2026-01-01,2026-01-02,2026-01-03')).to.deep.equal([
      { field: 'conditions.0.value', code: 'date-invalid' },
    ]);
    expect(read('labels~has-any')).to.deep.equal([{ field: 'conditions.0.value', code: 'required' }]);
    expect(read('name~contains')).to.deep.equal([{ field: 'conditions.0.value', code: 'required' }]);
  });
});

describe('queryFromSearchParams', () => {
  it('reads nothing from nothing', () => {
    expect(queryFromSearchParams('')).to.deep.equal({});
    expect(queryFromSearchParams('page=2&tab=notes')).to.deep.equal({});
  });

  it('reads a string or URLSearchParams, with or without a leading ?', () => {
    const expected: ContactQuery = { search: 'zoë', labels: ['vip'] };
    expect(queryFromSearchParams('q=zo%C3%AB&label=vip')).to.deep.equal(expected);
    expect(queryFromSearchParams('?q=zo%C3%AB&label=vip')).to.deep.equal(expected);
    expect(queryFromSearchParams(new URLSearchParams('q=zo%C3%AB&label=vip'))).to.deep.equal(expected);
    expect(queryFromSearchParams(new URL('https://crm.example/contacts?q=zo%C3%AB&label=vip#x').searchParams)).to.deep.equal(
      expected,
    );
  });

  it('keeps an empty search', () => {
    expect(queryFromSearchParams('q=')).to.deep.equal({ search: '' });
  });

  it('ignores unknown values of labels, match and sort', () => {
    expect(queryFromSearchParams('labels=some&match=none&sort=-foo')).to.deep.equal({});
    expect(queryFromSearchParams('sort=')).to.deep.equal({});
    expect(queryFromSearchParams('sort=--name')).to.deep.equal({});
    expect(queryFromSearchParams('sort=Name')).to.deep.equal({});
    expect(queryFromSearchParams('match=ANY&labels=All')).to.deep.equal({});
  });

  it('reads every sort field in both directions', () => {
    for (const field of SORT_FIELDS) {
      expect(queryFromSearchParams(`sort=${field}`)).to.deep.equal({ sort: { field, direction: 'asc' } });
      expect(queryFromSearchParams(`sort=-${field}`)).to.deep.equal({ sort: { field, direction: 'desc' } });
    }
  });

  it('skips malformed conditions and unknown operators, keeping the rest in order', () => {
    const params = new URLSearchParams();
    for (const c of ['garbage', 'name~contains~ol', 'name~nope~x', '~is~x', 'blocked~is-true', 'name~~x']) {
      params.append('c', c);
    }
    expect(queryFromSearchParams(params)).to.deep.equal({
      conditions: [
        { field: 'name', operator: 'contains', value: 'ol' },
        { field: 'blocked', operator: 'is-true' },
      ],
    });
    expect(queryFromSearchParams('c=garbage&c=x~unknown~1')).to.deep.equal({});
  });

  it('reads only its own prefix', () => {
    expect(queryFromSearchParams('q=host&ct.q=mine&label=a&ct.label=b&c=blocked~is-true', { prefix: 'ct.' })).to.deep.equal({
      search: 'mine',
      labels: ['b'],
    });
    expect(queryFromSearchParams('ct.q=mine')).to.deep.equal({});
  });
});

describe('withQueryParams', () => {
  it('replaces the query params and keeps the host’s', () => {
    const current = 'page=2&q=old&tab=notes&c=name~is~x&label=z&labels=all&match=any&sort=name';
    expect(withQueryParams(current, { search: 'new', labels: ['vip'] }).toString()).to.equal(
      'page=2&tab=notes&q=new&label=vip',
    );
    expect(withQueryParams(current, {}).toString()).to.equal('page=2&tab=notes');
  });

  it('with a prefix, touches only prefixed params', () => {
    expect(withQueryParams('q=host&ct.q=old&ct.c=x~is~y&sort=asc', { search: 'new' }, { prefix: 'ct.' }).toString()).to.equal(
      'q=host&sort=asc&ct.q=new',
    );
  });

  it('does not change its input', () => {
    const current = new URLSearchParams('q=old&page=2');
    withQueryParams(current, { search: 'new' });
    expect(current.toString()).to.equal('q=old&page=2');
  });
});

describe('URL round trip (property)', () => {
  const specials = ['~', ',', '%', '&', '=', '+', '#', '?', '/', ' ', '%2C', '%25', '%7E', '\n', '\r\n', '\t', 'é', 'ї', 'Зоя', '🇺🇦', 'عَلِي', '\u0000'];
  /** Text with the characters that matter to the encoding, and any other Unicode. */
  const text = fc
    .array(fc.oneof(fc.constantFrom(...specials), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 })), {
      maxLength: 6,
    })
    .map((parts) => parts.join(''));
  const nonBlank = text.filter((t) => t.trim() !== '');
  const number = fc
    .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1e21, 5e-324, -1e-7))
    .filter((n) => !Object.is(n, -0));
  const calendarDate = fc
    .date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true })
    .map(toCalendarDate);

  const VALUES: Record<OperatorValueShape, fc.Arbitrary<ConditionValue | undefined>> = {
    none: fc.constant(undefined),
    text: nonBlank,
    number,
    'number-range': fc.tuple(number, number).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const))),
    date: calendarDate,
    'date-range': fc.tuple(calendarDate, calendarDate).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const))),
    days: fc.nat(),
    strings: fc.array(text, { minLength: 1, maxLength: 4 }),
  };

  const field: fc.Arbitrary<ConditionField> = fc.oneof(
    fc.constantFrom(...STANDARD_FIELDS),
    fc.stringMatching(/^[a-z0-9_]+$/).map((key) => `attributes.${key}` as const),
  );
  const condition: fc.Arbitrary<Condition> = fc
    .tuple(field, fc.constantFrom(...(Object.keys(OPERATORS) as Operator[])))
    .chain(([f, operator]) =>
      VALUES[OPERATORS[operator]].map((value): Condition => (value === undefined ? { field: f, operator } : { field: f, operator, value })),
    );

  const query: fc.Arbitrary<ContactQuery> = fc.record(
    {
      search: text,
      labels: fc.array(text, { minLength: 1, maxLength: 4 }),
      labelMatch: fc.constantFrom('any' as const, 'all' as const),
      conditions: fc.array(condition, { minLength: 1, maxLength: 5 }),
      match: fc.constantFrom('any' as const, 'all' as const),
      sort: fc.record({ field: fc.constantFrom(...SORT_FIELDS), direction: fc.constantFrom('asc' as const, 'desc' as const) }),
    },
    { requiredKeys: [] },
  );

  it('queryFromSearchParams(queryToSearchParams(q)) equals q', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(roundTrip(q)).to.deep.equal(normalised(q));
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips with a prefix, through a full URL, next to the host’s own params', () => {
    const prefix = fc.constantFrom('ct.', 'contacts_', 'x', 'q', 'c-');
    fc.assert(
      fc.property(query, prefix, (q, p) => {
        expect(roundTrip(q, p)).to.deep.equal(normalised(q));
        const host = new URLSearchParams([
          ['page', '2'],
          ['q', 'host search'],
          ['tab', 'notes'],
        ].filter(([name]) => !name!.startsWith(p)) as [string, string][]);
        const url = new URL(`https://crm.example/contacts?${withQueryParams(host, q, { prefix: p })}`);
        expect(queryFromSearchParams(url.searchParams, { prefix: p })).to.deep.equal(normalised(q));
        for (const [name, value] of host) expect(url.searchParams.get(name)).to.equal(value);
      }),
      { numRuns: 300 },
    );
  });

  it('every condition round-trips on its own through encodeCondition', () => {
    fc.assert(
      fc.property(condition, (c) => {
        expect(decodeCondition(encodeCondition(c))).to.deep.equal(c);
      }),
      { numRuns: 1000 },
    );
  });

  it('decoding any text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), text, (a, b) => {
        decodeCondition(a);
        decodeCondition(`name~${b}`);
        queryFromSearchParams(a);
      }),
    );
  });
});
