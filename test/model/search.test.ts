import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Contact } from '../../src/model/contact.js';
import { compileSearch, foldText, planSearch, searchKeysOf, searchTokensOf } from '../../src/model/search.js';
import { makeContact } from './contact-fixture.js';

function finds(search: string, contact: Contact): boolean {
  const test = compileSearch(search);
  if (!test) throw new Error(`no predicate for ${JSON.stringify(search)}`);
  return test(searchKeysOf(contact));
}

describe('foldText', () => {
  it('lower-cases ASCII', () => {
    expect(foldText('Olena KOVALENKO')).to.equal('olena kovalenko');
  });
  it('removes accents', () => {
    expect(foldText('Zoë')).to.equal('zoe');
    expect(foldText('Zoe\u0308')).to.equal('zoe');
    expect(foldText('Ğül Çelik')).to.equal('gul celik');
    expect(foldText('Émile Brontë')).to.equal('emile bronte');
    expect(foldText('İstanbul')).to.equal('istanbul');
  });
  it('folds Ukrainian case; letters with diacritics fold to their base letter', () => {
    expect(foldText('ОЛЕНА Коваленко')).to.equal('олена коваленко');
    expect(foldText('Їжак')).to.equal('іжак');
    expect(foldText('Йосип')).to.equal('иосип');
    expect(foldText('Євген Ґалаґан')).to.equal('євген ґалаґан');
  });
  it('removes Arabic diacritics (harakat)', () => {
    expect(foldText('مُحَمَّد')).to.equal('محمد');
    expect(foldText('عَلِيّ')).to.equal('علي');
  });
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(foldText(foldText(text))).to.equal(foldText(text));
      }),
    );
  });
});

describe('searchKeysOf', () => {
  it('folds name, names, email, phone, channel identifiers and text/number attributes', () => {
    const keys = searchKeysOf(
      makeContact({
        name: 'Zoë Brontë',
        firstName: 'Zoë',
        lastName: 'Brontë',
        email: 'Zoe@Example.com',
        phone: '+15550109999',
        channels: [{ channel: 'telegram', identifier: '@ZoeB' }],
        attributes: { company: 'ACME Ltd', seats: 42, vip: true },
      }),
    );
    expect(keys.text.split('\n')).to.deep.equal([
      'zoe bronte',
      'zoe',
      'bronte',
      'zoe@example.com',
      '+15550109999',
      '@zoeb',
      'acme ltd',
      '42',
    ]);
    expect(keys.digits).to.equal('15550109999');
  });
  it('has no digits without a phone', () => {
    expect(searchKeysOf(makeContact({ phone: undefined })).digits).to.equal('');
  });
});

describe('compileSearch', () => {
  const zoe = makeContact({
    name: 'Zoë Brontë',
    email: 'zoe.bronte@example.com',
    phone: '+15550109999',
    attributes: { company: 'Łódź Logistics', seats: 1234, vip: true },
  });
  const olena = makeContact({
    name: 'Олена Коваленко',
    phone: '+380671234567',
    channels: [{ channel: 'whatsapp', identifier: '380671234567' }],
  });
  const arabic = makeContact({ name: 'مُحَمَّد علي', email: 'm.ali@example.com' });

  it('no search (undefined, empty, blank) → no predicate', () => {
    expect(compileSearch(undefined)).to.equal(undefined);
    expect(compileSearch('')).to.equal(undefined);
    expect(compileSearch('  \t ')).to.equal(undefined);
  });

  it('is case- and accent-insensitive in both directions', () => {
    expect(finds('zoe', zoe)).to.equal(true);
    expect(finds('ZOË', zoe)).to.equal(true);
    expect(finds('Brontë', zoe)).to.equal(true);
    expect(finds('bronte', zoe)).to.equal(true);
    expect(finds('łodz', zoe)).to.equal(true);
    expect(finds('ŁÓDŹ', zoe)).to.equal(true);
  });

  it('finds Ukrainian names in any case', () => {
    expect(finds('олена', olena)).to.equal(true);
    expect(finds('КОВАЛЕНКО', olena)).to.equal(true);
    expect(finds('коваленко олена', olena)).to.equal(true);
    expect(finds('Петро', olena)).to.equal(false);
  });

  it('finds Arabic names typed without diacritics', () => {
    expect(finds('محمد', arabic)).to.equal(true);
    expect(finds('مُحَمَّد', arabic)).to.equal(true);
    expect(finds('علي محمد', arabic)).to.equal(true);
  });

  it('needs every word, in any order', () => {
    expect(finds('zoe bronte', zoe)).to.equal(true);
    expect(finds('bronte zoe', zoe)).to.equal(true);
    expect(finds('  Bronte   ZOE  ', zoe)).to.equal(true);
    expect(finds('zoe smith', zoe)).to.equal(false);
    expect(finds('smith', zoe)).to.equal(false);
  });

  it('words may come from different fields', () => {
    expect(finds('zoe logistics', zoe)).to.equal(true);
    expect(finds('bronte example.com', zoe)).to.equal(true);
  });

  it('finds the email', () => {
    expect(finds('zoe.bronte@example.com', zoe)).to.equal(true);
    expect(finds('ZOE.BRONTE@EXAMPLE.COM', zoe)).to.equal(true);
    expect(finds('@example.com', zoe)).to.equal(true);
    expect(finds('zoe@example.com', zoe)).to.equal(false);
  });

  it('finds attribute values (text and number)', () => {
    expect(finds('łódź', zoe)).to.equal(true);
    expect(finds('1234', zoe)).to.equal(true);
    expect(finds('5678', zoe)).to.equal(false);
  });

  it('does not find boolean attribute values', () => {
    expect(finds('true', zoe)).to.equal(false);
  });

  it('finds the phone in any formatting', () => {
    for (const search of [
      '+1 555-010',
      '(555) 010',
      '555-010-9999',
      '+1 (555) 010-9999',
      '15550109999',
      '5550109999',
      '010 9999',
      '555.010',
      '٥٥٥٠١٠',
    ]) {
      expect(finds(search, zoe), search).to.equal(true);
      expect(finds(search, olena), search).to.equal(false);
    }
    expect(finds('+380 67 123', olena)).to.equal(true);
    expect(finds('067 123 45 67', olena)).to.equal(true);
    expect(finds('+1 555-011', zoe)).to.equal(false);
    expect(finds('(555) 011', zoe)).to.equal(false);
  });

  it('finds a channel identifier', () => {
    const telegram = makeContact({ name: 'X', channels: [{ channel: 'telegram', identifier: '@olena_k' }] });
    expect(finds('@OLENA_K', telegram)).to.equal(true);
  });

  it('a word that is not there → no match', () => {
    expect(finds('zoey', zoe)).to.equal(false);
    expect(finds('zoe 9999999', zoe)).to.equal(false);
    expect(finds('x', makeContact({ name: 'Olena', email: undefined, phone: undefined }))).to.equal(false);
  });

  it('every word of a name, in any order and case, finds it (property)', () => {
    const word = fc.stringMatching(/^[a-zA-Zéëüїієа-яА-Я]{1,8}$/);
    const scenario = fc.array(word, { minLength: 1, maxLength: 4 }).chain((words) =>
      fc.tuple(
        fc.constant(words),
        fc.shuffledSubarray(words, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: words.length, maxLength: words.length }),
      ),
    );
    fc.assert(
      fc.property(scenario, ([words, chosen, upper]) => {
        const contact = makeContact({ name: words.join(' ') });
        const search = chosen.map((w, i) => (upper[i] ? w.toUpperCase() : w)).join(' ');
        expect(finds(search, contact), search).to.equal(true);
      }),
    );
  });

  it('a word with a letter the contact lacks never matches (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-m ]{1,30}$/), fc.stringMatching(/^[a-z]{0,5}$/), (name, word) => {
        const contact = makeContact({ name });
        expect(finds(`${word}z`, contact)).to.equal(false);
      }),
    );
  });
});

describe('searchTokensOf', () => {
  it('splits the folded search text into distinct tokens', () => {
    const contact = makeContact({
      name: 'Zoë  Brontë',
      firstName: 'Zoë',
      email: 'Zoe@Example.com',
      phone: '+15550109999',
      channels: [{ channel: 'whatsapp', identifier: '+15550109999' }],
      attributes: { company: 'ACME Ltd', seats: 42, vip: true },
    });
    expect(searchTokensOf(contact)).to.deep.equal({
      tokens: ['zoe', 'bronte', 'zoe@example.com', '+15550109999', 'acme', 'ltd', '42'],
      digits: '15550109999',
    });
  });

  // The index relies on this: a word occurs in the search text exactly when it occurs in a token.
  it('a word without whitespace occurs in the search text exactly when in one of the tokens (property)', () => {
    const piece = fc.constantFrom(
      'Zoë', 'ZOE', 'Ολυσσεύς', 'ΟΔΟΣ', 'Σ', 'ΑΣ\uFEFFΑ', 'İstanbul', 'Ğül', 'Олена', 'Й', 'مُحَمَّد', '李小龍',
      'e\u0301', '\u0301', 'a b', ' ', '\u00a0', '\u2000', '\u200b', '\u180e', '\u3000', '\u2028', '\t', '\v',
      '\u0085', '\u205f', 'x@y.com', '+380', '-', '42',
    );
    const text = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(''));
    const word = fc.array(piece, { minLength: 1, maxLength: 2 }).map((pieces) => foldText(pieces.join('')));
    fc.assert(
      fc.property(text, text, text, fc.array(word, { minLength: 1, maxLength: 6 }), (name, email, company, words) => {
        const contact = makeContact({ name, firstName: company, email, attributes: { company } });
        const { text: searchText } = searchKeysOf(contact);
        const { tokens } = searchTokensOf(contact);
        expect(new Set(tokens).size, 'distinct').to.equal(tokens.length);
        for (const token of tokens) expect(token).to.match(/^\S+$/u);
        for (const candidate of [...words, ...tokens]) {
          for (const w of candidate.split(/\s+/).filter(Boolean)) {
            expect(tokens.some((t) => t.includes(w)), JSON.stringify([searchText, w])).to.equal(searchText.includes(w));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('planSearch', () => {
  it('folds the words, drops empty ones, and keeps the digits of a number search', () => {
    expect(planSearch('  Zoë   BRONTË ')).to.deep.equal({ words: ['zoe', 'bronte'], digits: undefined });
    expect(planSearch('+1 (555) 010')).to.deep.equal({ words: ['+1', '(555)', '010'], digits: '1555010' });
    expect(planSearch('\u0301')).to.deep.equal({ words: [], digits: undefined });
    expect(planSearch(' ')).to.equal(undefined);
  });
});
