import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FIELD_ERROR_CODES } from '../../src/model/field-error.js';
import {
  callingCodeOf,
  flagEmoji,
  isE164,
  normalizePhone,
  phoneDigits,
  regionOfPhone,
} from '../../src/model/phone.js';

const valid = (e164: string) => ({ ok: true, e164 });
const invalid = (code: string) => ({ ok: false, code });

describe('normalizePhone', () => {
  describe('accepts what people type', () => {
    const ukrainian = [
      '+380 (67) 123-45-67',
      '+380671234567',
      '380671234567',
      '00380671234567',
      '00 380 67 123 45 67',
      '  +380 67 123 45 67  ',
      '+380.67.123.45.67',
      '+380/67/123/45/67',
      '\t+380-67-123-45-67\n',
      // Arabic-Indic digits, Persian digits, full-width digits
      '+٣٨٠٦٧١٢٣٤٥٦٧',
      '٠٠٣٨٠ ٦٧ ١٢٣ ٤٥ ٦٧',
      '+۳۸۰۶۷۱۲۳۴۵۶۷',
      '+３８０６７１２３４５６７',
    ];
    for (const input of ukrainian) {
      it(`${JSON.stringify(input)} → +380671234567`, () => {
        expect(normalizePhone(input)).to.deep.equal(valid('+380671234567'));
      });
    }

    it('accepts other countries', () => {
      expect(normalizePhone('+44 20 7946 0958')).to.deep.equal(valid('+442079460958'));
      expect(normalizePhone('+49 30 123456')).to.deep.equal(valid('+4930123456'));
      expect(normalizePhone('+7 701 123 45 67')).to.deep.equal(valid('+77011234567'));
      expect(normalizePhone('+800 1234 5678')).to.deep.equal(valid('+80012345678'));
    });

    it('accepts the shortest national number (4 digits) and the longest E.164 (15 digits)', () => {
      expect(normalizePhone('+380 1234')).to.deep.equal(valid('+3801234'));
      expect(normalizePhone('+380 671 234 567 890')).to.deep.equal(valid('+380671234567890'));
    });
  });

  describe('rejects what cannot be a number, saying why', () => {
    it('empty or blank → required', () => {
      expect(normalizePhone('')).to.deep.equal(invalid('required'));
      expect(normalizePhone('   ')).to.deep.equal(invalid('required'));
    });

    it('a national number (single leading 0) needs the country code', () => {
      expect(normalizePhone('067 123 45 67')).to.deep.equal(invalid('phone-needs-country-code'));
      expect(normalizePhone('0671234567')).to.deep.equal(invalid('phone-needs-country-code'));
      expect(normalizePhone('(067) 123-45-67')).to.deep.equal(invalid('phone-needs-country-code'));
    });

    it('letters and other symbols are invalid', () => {
      for (const input of [
        '+380 67 ABC 45 67',
        'call me',
        '+380671234567 ext 5',
        '+380#671234567',
        '+380*671234567',
        'tel:+380671234567',
      ]) {
        expect(normalizePhone(input), input).to.deep.equal(invalid('phone-invalid'));
      }
    });

    it('a plus anywhere but first is invalid', () => {
      expect(normalizePhone('380+671234567')).to.deep.equal(invalid('phone-invalid'));
      expect(normalizePhone('++380671234567')).to.deep.equal(invalid('phone-invalid'));
    });

    it('a country code cannot start with 0', () => {
      expect(normalizePhone('+0380671234567')).to.deep.equal(invalid('phone-invalid'));
      expect(normalizePhone('000380671234567')).to.deep.equal(invalid('phone-invalid'));
      expect(normalizePhone('+ () -')).to.deep.equal(invalid('phone-invalid'));
    });

    it('an unknown calling code is reported as such', () => {
      expect(normalizePhone('+999 123 456 789')).to.deep.equal(invalid('phone-unknown-country-code'));
      expect(normalizePhone('+969 1234567')).to.deep.equal(invalid('phone-unknown-country-code'));
      expect(normalizePhone('00999123456789')).to.deep.equal(invalid('phone-unknown-country-code'));
      expect(normalizePhone('+28 1234567')).to.deep.equal(invalid('phone-unknown-country-code'));
    });

    it('too short', () => {
      expect(normalizePhone('+380 67')).to.deep.equal(invalid('phone-too-short'));
      expect(normalizePhone('+380 123')).to.deep.equal(invalid('phone-too-short'));
      expect(normalizePhone('+380')).to.deep.equal(invalid('phone-too-short'));
      expect(normalizePhone('+44 123')).to.deep.equal(invalid('phone-too-short'));
    });

    it('too long (more than 15 digits)', () => {
      expect(normalizePhone('+380 671 234 567 8901')).to.deep.equal(invalid('phone-too-long'));
      expect(normalizePhone('+44 1234 5678 9012 34')).to.deep.equal(invalid('phone-too-long'));
    });
  });

  describe('the North American plan (+1) needs exactly 10 national digits', () => {
    it('accepts 10', () => {
      expect(normalizePhone('+1 (555) 010-9999')).to.deep.equal(valid('+15550109999'));
      expect(normalizePhone('1 555 010 9999')).to.deep.equal(valid('+15550109999'));
      expect(normalizePhone('001 555 010 9999')).to.deep.equal(valid('+15550109999'));
    });
    it('rejects 9 as too short and 11 as too long', () => {
      expect(normalizePhone('+1 555 010 999')).to.deep.equal(invalid('phone-too-short'));
      expect(normalizePhone('+1 5550')).to.deep.equal(invalid('phone-too-short'));
      expect(normalizePhone('+1 555 010 99999')).to.deep.equal(invalid('phone-too-long'));
    });
  });

  describe('properties', () => {
    const separator = fc.constantFrom('', '', ' ', '-', '.', '/', '(', ')');
    /** Digits with random separators between them. */
    const formatted = (digits: string) =>
      fc.array(separator, { minLength: digits.length, maxLength: digits.length }).map((separators) =>
        [...digits].map((digit, index) => separators[index] + digit).join(''),
      );
    const nationalOf = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
    /** A valid number: a known calling code and a national part of a fitting length. */
    const validE164 = fc.oneof(
      fc.tuple(fc.constantFrom('380', '44', '49', '7', '33', '86', '971', '800'), fc.integer({ min: 4, max: 12 })).chain(
        ([code, length]) =>
          nationalOf(Math.min(length, 15 - code.length)).map((national) => `+${code}${national}`),
      ),
      nationalOf(10).map((national) => `+1${national}`),
    );

    it('a valid number in any formatting normalises to the same E.164', () => {
      fc.assert(
        fc.property(
          validE164.chain((e164) =>
            fc.tuple(fc.constant(e164), fc.constantFrom('+', '00'), formatted(e164.slice(1))),
          ),
          ([e164, prefix, body]) => {
            expect(normalizePhone(e164)).to.deep.equal(valid(e164));
            expect(normalizePhone(`${prefix}${body}`)).to.deep.equal(valid(e164));
          },
        ),
      );
    });

    it('normalisation is idempotent and its output is E.164', () => {
      const typed = fc.oneof(
        fc.string({ unit: fc.constantFrom(...'0123456789 +-()./٣۸３a'.split('')), maxLength: 24 }),
        validE164.chain((e164) => formatted(e164.slice(1))),
        fc.string({ maxLength: 20 }),
      );
      fc.assert(
        fc.property(typed, (input) => {
          const result = normalizePhone(input);
          if (!result.ok) {
            expect(FIELD_ERROR_CODES).to.include(result.code);
            return;
          }
          expect(result.e164).to.match(/^\+[1-9]\d{4,14}$/);
          expect(normalizePhone(result.e164)).to.deep.equal(result);
          expect(isE164(result.e164)).to.equal(true);
          expect(phoneDigits(input).endsWith(result.e164.slice(1))).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('isE164', () => {
  it('accepts only what normalizePhone would produce', () => {
    expect(isE164('+380671234567')).to.equal(true);
    expect(isE164('+15550109999')).to.equal(true);
    expect(isE164('+380 67 123 45 67')).to.equal(false);
    expect(isE164('380671234567')).to.equal(false);
    expect(isE164('00380671234567')).to.equal(false);
    expect(isE164('+1555010999')).to.equal(false);
    expect(isE164('+999123456789')).to.equal(false);
    expect(isE164('+3806712345678901')).to.equal(false);
    expect(isE164('')).to.equal(false);
  });
});

describe('callingCodeOf', () => {
  it('finds 1-, 2- and 3-digit codes', () => {
    expect(callingCodeOf('15550109999')).to.equal('1');
    expect(callingCodeOf('74951234567')).to.equal('7');
    expect(callingCodeOf('442079460958')).to.equal('44');
    expect(callingCodeOf('380671234567')).to.equal('380');
    expect(callingCodeOf('80012345678')).to.equal('800');
  });
  it('is undefined for an unknown code or no digits', () => {
    expect(callingCodeOf('999123')).to.equal(undefined);
    expect(callingCodeOf('')).to.equal(undefined);
  });
});

describe('regionOfPhone', () => {
  it('derives the region for the flag', () => {
    expect(regionOfPhone('+380671234567')).to.equal('UA');
    expect(regionOfPhone('+12025550123')).to.equal('US');
    expect(regionOfPhone('+14165550123')).to.equal('CA');
    expect(regionOfPhone('+16045550123')).to.equal('CA');
    expect(regionOfPhone('+77011234567')).to.equal('KZ');
    expect(regionOfPhone('+76001234567')).to.equal('KZ');
    expect(regionOfPhone('+74951234567')).to.equal('RU');
    expect(regionOfPhone('+79161234567')).to.equal('RU');
    expect(regionOfPhone('+442079460958')).to.equal('GB');
    expect(regionOfPhone('+4930123456')).to.equal('DE');
  });
  it('is undefined for global services and unknown codes', () => {
    expect(regionOfPhone('+80012345678')).to.equal(undefined);
    expect(regionOfPhone('+88212345678')).to.equal(undefined);
    expect(regionOfPhone('+999123456789')).to.equal(undefined);
    expect(regionOfPhone('')).to.equal(undefined);
  });
});

describe('phoneDigits', () => {
  it('keeps only the digits, in ASCII', () => {
    expect(phoneDigits('+1 (555) 010-9999')).to.equal('15550109999');
    expect(phoneDigits('+٣٨٠ ٦٧')).to.equal('38067');
    expect(phoneDigits('no digits')).to.equal('');
  });
});

describe('flagEmoji', () => {
  it('builds the flag from regional indicator symbols', () => {
    expect(flagEmoji('UA')).to.equal('\u{1F1FA}\u{1F1E6}');
    expect(flagEmoji('UA')).to.equal('🇺🇦');
    expect(flagEmoji('GB')).to.equal('🇬🇧');
  });
  it('is empty for anything but two upper-case letters', () => {
    expect(flagEmoji('ua')).to.equal('');
    expect(flagEmoji('UKR')).to.equal('');
    expect(flagEmoji('')).to.equal('');
  });
  it('agrees with regionOfPhone', () => {
    expect(flagEmoji(regionOfPhone('+14165550123')!)).to.equal('🇨🇦');
  });
});
