import { expect } from '@open-wc/testing';
import {
  FIELD_TYPES,
  OPERATORS,
  OPERATORS_BY_TYPE,
  STANDARD_FIELDS,
  attributeField,
  attributeKeyOf,
  fieldTypeOf,
  isEmptyQuery,
  isStandardField,
  type Operator,
} from '../../src/model/query.js';
import { DEFINITIONS } from './contact-fixture.js';

describe('query model', () => {
  it('every operator offered for a type exists, and every operator is offered somewhere', () => {
    const offered = new Set<Operator>();
    for (const type of FIELD_TYPES) {
      for (const operator of OPERATORS_BY_TYPE[type]) {
        expect(Object.hasOwn(OPERATORS, operator), operator).to.equal(true);
        offered.add(operator);
      }
    }
    expect([...offered].sort()).to.deep.equal(Object.keys(OPERATORS).sort());
  });

  it('types standard fields', () => {
    expect(STANDARD_FIELDS.map((field) => fieldTypeOf(field))).to.deep.equal([
      'text',
      'text',
      'text',
      'text',
      'date',
      'date',
      'labels',
      'boolean',
      'channel',
      'conversation-status',
    ]);
  });

  it('types attributes through their definitions; links are text', () => {
    expect(DEFINITIONS.map((d) => fieldTypeOf(attributeField(d.key), DEFINITIONS))).to.deep.equal([
      'text',
      'number',
      'date',
      'list',
      'boolean',
      'text',
    ]);
    expect(fieldTypeOf('attributes.shoe_size', DEFINITIONS)).to.equal(undefined);
    expect(fieldTypeOf('attributes.company')).to.equal(undefined);
    expect(fieldTypeOf('nonsense' as never, DEFINITIONS)).to.equal(undefined);
  });

  it('names attribute fields', () => {
    expect(attributeField('plan')).to.equal('attributes.plan');
    expect(attributeKeyOf('attributes.plan')).to.equal('plan');
    expect(attributeKeyOf('name')).to.equal(undefined);
    expect(isStandardField('blocked')).to.equal(true);
    expect(isStandardField('attributes.plan')).to.equal(false);
  });

  it('isEmptyQuery: only search, labels or conditions count', () => {
    expect(isEmptyQuery({})).to.equal(true);
    expect(isEmptyQuery({ search: '   ', labels: [], conditions: [], match: 'any', sort: { field: 'name', direction: 'asc' } })).to.equal(
      true,
    );
    expect(isEmptyQuery({ search: 'o' })).to.equal(false);
    expect(isEmptyQuery({ labels: ['vip'] })).to.equal(false);
    expect(isEmptyQuery({ conditions: [{ field: 'blocked', operator: 'is-true' }] })).to.equal(false);
  });
});
