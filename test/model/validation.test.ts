import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { AttributeDefinition, ContactDraft } from '../../src/model/contact.js';
import type { FieldError, ValidationResult } from '../../src/model/field-error.js';
import {
  MAX_EMAIL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_ATTRIBUTE_LENGTH,
  checkAttributeValue,
  validateContactDraft,
  validateContactPatch,
} from '../../src/model/validation.js';
import { DEFINITIONS } from './contact-fixture.js';

function errorsOf<T>(result: ValidationResult<T>): readonly FieldError[] {
  return result.ok ? [] : result.errors;
}

function valueOf<T>(result: ValidationResult<T>): T {
  if (!result.ok) throw new Error(`expected valid, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

const definition = (key: string): AttributeDefinition => DEFINITIONS.find((d) => d.key === key)!;

describe('checkAttributeValue', () => {
  const ok = (key: string, value: unknown) => checkAttributeValue(definition(key), value);
  const accepted = (key: string, value: unknown, expected: unknown) =>
    expect(ok(key, value), JSON.stringify(value)).to.deep.equal({ ok: true, value: expected });
  const rejected = (key: string, value: unknown, code: string, params?: Record<string, number>) =>
    expect(ok(key, value), JSON.stringify(value)).to.deep.equal({
      ok: false,
      error: params ? { field: `attributes.${key}`, code, params } : { field: `attributes.${key}`, code },
    });

  it('text: trimmed, limited in length', () => {
    accepted('company', '  ACME  ', 'ACME');
    accepted('company', 'x'.repeat(MAX_TEXT_ATTRIBUTE_LENGTH), 'x'.repeat(MAX_TEXT_ATTRIBUTE_LENGTH));
    rejected('company', 'x'.repeat(MAX_TEXT_ATTRIBUTE_LENGTH + 1), 'too-long', { max: MAX_TEXT_ATTRIBUTE_LENGTH });
    rejected('company', 42, 'required');
  });

  it('number: numbers and numeric text', () => {
    accepted('seats', 42, 42);
    accepted('seats', 0, 0);
    accepted('seats', -1.5, -1.5);
    accepted('seats', '42', 42);
    accepted('seats', ' 42 ', 42);
    accepted('seats', '3.25', 3.25);
    rejected('seats', 'forty-two', 'number-invalid');
    rejected('seats', '', 'number-invalid');
    rejected('seats', '  ', 'number-invalid');
    rejected('seats', '42abc', 'number-invalid');
    rejected('seats', Number.NaN, 'number-invalid');
    rejected('seats', Number.POSITIVE_INFINITY, 'number-invalid');
    rejected('seats', 'Infinity', 'number-invalid');
    rejected('seats', true, 'number-invalid');
  });

  it('date: real calendar dates as YYYY-MM-DD', () => {
    accepted('renewal', '2025-03-01', '2025-03-01');
    accepted('renewal', ' 2024-02-29 ', '2024-02-29');
    rejected('renewal', '2025-02-30', 'date-invalid');
    rejected('renewal', '2025-02-29', 'date-invalid');
    rejected('renewal', '01.03.2025', 'date-invalid');
    rejected('renewal', '2025-03-01T10:00:00Z', 'date-invalid');
    rejected('renewal', 20250301, 'date-invalid');
  });

  it('list: one of the options, exactly', () => {
    accepted('plan', 'pro', 'pro');
    accepted('plan', ' pro ', 'pro');
    rejected('plan', 'Pro', 'option-invalid');
    rejected('plan', 'gold', 'option-invalid');
    rejected('plan', 1, 'option-invalid');
    const noOptions: AttributeDefinition = { key: 'tier', displayName: 'Tier', type: 'list' };
    expect(checkAttributeValue(noOptions, 'pro')).to.deep.equal({
      ok: false,
      error: { field: 'attributes.tier', code: 'option-invalid' },
    });
  });

  it('boolean: booleans and "true"/"false"', () => {
    accepted('newsletter', true, true);
    accepted('newsletter', false, false);
    accepted('newsletter', 'true', true);
    accepted('newsletter', 'false', false);
    accepted('newsletter', ' true ', true);
    rejected('newsletter', 'yes', 'boolean-invalid');
    rejected('newsletter', 1, 'boolean-invalid');
    rejected('newsletter', 0, 'boolean-invalid');
  });

  it('link: safe URLs only, normalised', () => {
    accepted('website', 'https://example.com', 'https://example.com/');
    accepted('website', ' http://example.com/a ', 'http://example.com/a');
    accepted('website', 'mailto:olena@example.com', 'mailto:olena@example.com');
    accepted('website', 'tel:+380671234567', 'tel:+380671234567');
    rejected('website', 'javascript:alert(1)', 'url-invalid');
    rejected('website', 'data:text/html,hi', 'url-invalid');
    rejected('website', 'example.com', 'url-invalid');
    rejected('website', '/relative', 'url-invalid');
    rejected('website', 42, 'url-invalid');
  });
});

describe('validateContactDraft', () => {
  it('a name and an email make a valid, trimmed draft with no undefined keys', () => {
    const value = valueOf(validateContactDraft({ name: '  Olena Kovalenko ', email: ' olena@example.com ' }));
    expect(value).to.deep.equal({ name: 'Olena Kovalenko', email: 'olena@example.com' });
    expect(Object.keys(value).sort()).to.deep.equal(['email', 'name']);
  });

  it('requires a name', () => {
    expect(errorsOf(validateContactDraft({ name: '', email: 'olena@example.com' }))).to.deep.equal([
      { field: 'name', code: 'required' },
    ]);
    expect(errorsOf(validateContactDraft({ name: '  \n ', email: 'olena@example.com' }))).to.deep.equal([
      { field: 'name', code: 'required' },
    ]);
  });

  it('requires an email or a phone, reporting it on both fields', () => {
    expect(errorsOf(validateContactDraft({ name: 'Olena' }))).to.deep.equal([
      { field: 'email', code: 'email-or-phone-required' },
      { field: 'phone', code: 'email-or-phone-required' },
    ]);
    expect(errorsOf(validateContactDraft({ name: 'Olena', email: '  ', phone: ' ' }))).to.deep.equal([
      { field: 'email', code: 'email-or-phone-required' },
      { field: 'phone', code: 'email-or-phone-required' },
    ]);
  });

  it('a phone alone is enough', () => {
    expect(valueOf(validateContactDraft({ name: 'Olena', phone: '+380 (67) 123-45-67' }))).to.deep.equal({
      name: 'Olena',
      phone: '+380671234567',
    });
  });

  it('collects every error at once', () => {
    expect(errorsOf(validateContactDraft({ name: ' ' }))).to.deep.equal([
      { field: 'name', code: 'required' },
      { field: 'email', code: 'email-or-phone-required' },
      { field: 'phone', code: 'email-or-phone-required' },
    ]);
  });

  describe('email', () => {
    for (const email of [
      'olena',
      'olena@',
      '@example.com',
      'olena@example',
      'olena example@example.com',
      'olena@@example.com',
      'olena@exa mple.com',
      '.olena@example.com',
      'olena..k@example.com',
    ]) {
      it(`rejects ${JSON.stringify(email)} (and does not also ask for email or phone)`, () => {
        expect(errorsOf(validateContactDraft({ name: 'Olena', email }))).to.deep.equal([
          { field: 'email', code: 'email-invalid' },
        ]);
      });
    }

    it('accepts common addresses', () => {
      for (const email of ['olena@example.com', 'o.k+tag@mail.example.co.uk', "o'neil@example.ie", 'x_y-z@sub.example.org']) {
        expect(validateContactDraft({ name: 'O', email }).ok, email).to.equal(true);
      }
    });

    it('lower-cases the domain, keeps the local part', () => {
      expect(valueOf(validateContactDraft({ name: 'O', email: 'Olena.K@Example.COM' })).email).to.equal(
        'Olena.K@example.com',
      );
    });

    it('limits the length', () => {
      const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`;
      expect(long.length).to.be.greaterThan(MAX_EMAIL_LENGTH);
      expect(errorsOf(validateContactDraft({ name: 'O', email: long }))).to.deep.equal([
        { field: 'email', code: 'too-long', params: { max: MAX_EMAIL_LENGTH } },
      ]);
    });
  });

  describe('phone', () => {
    it('is normalised to E.164', () => {
      expect(valueOf(validateContactDraft({ name: 'O', phone: '00380671234567' })).phone).to.equal('+380671234567');
    });
    it('reports the phone error (and does not also ask for email or phone)', () => {
      expect(errorsOf(validateContactDraft({ name: 'O', phone: '067 123 45 67' }))).to.deep.equal([
        { field: 'phone', code: 'phone-needs-country-code' },
      ]);
      expect(errorsOf(validateContactDraft({ name: 'O', phone: 'call me' }))).to.deep.equal([
        { field: 'phone', code: 'phone-invalid' },
      ]);
      expect(errorsOf(validateContactDraft({ name: 'O', phone: '+999 123 456' }))).to.deep.equal([
        { field: 'phone', code: 'phone-unknown-country-code' },
      ]);
    });
    it('an invalid phone is an error even when the email is fine', () => {
      expect(errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', phone: '+380 67' }))).to.deep.equal([
        { field: 'phone', code: 'phone-too-short' },
      ]);
    });
  });

  describe('names', () => {
    it('limits the name to 255 characters', () => {
      expect(validateContactDraft({ name: 'x'.repeat(MAX_NAME_LENGTH), email: 'o@example.com' }).ok).to.equal(true);
      expect(errorsOf(validateContactDraft({ name: 'x'.repeat(MAX_NAME_LENGTH + 1), email: 'o@example.com' }))).to.deep.equal(
        [{ field: 'name', code: 'too-long', params: { max: 255 } }],
      );
    });
    it('limits first and last names too', () => {
      expect(
        errorsOf(
          validateContactDraft({ name: 'O', email: 'o@example.com', firstName: 'x'.repeat(256), lastName: 'y'.repeat(256) }),
        ),
      ).to.deep.equal([
        { field: 'firstName', code: 'too-long', params: { max: 255 } },
        { field: 'lastName', code: 'too-long', params: { max: 255 } },
      ]);
    });
    it('trims first and last names and drops blank ones', () => {
      const value = valueOf(
        validateContactDraft({ name: 'Olena K', email: 'o@example.com', firstName: ' Olena ', lastName: '  ' }),
      );
      expect(value.firstName).to.equal('Olena');
      expect('lastName' in value).to.equal(false);
    });
  });

  describe('other fields', () => {
    it('country: two letters, upper-cased', () => {
      expect(valueOf(validateContactDraft({ name: 'O', email: 'o@example.com', country: ' ua ' })).country).to.equal('UA');
      expect(errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', country: 'Ukraine' }))).to.deep.equal([
        { field: 'country', code: 'country-invalid' },
      ]);
      expect(errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', country: 'UKR' }))).to.deep.equal([
        { field: 'country', code: 'country-invalid' },
      ]);
    });

    it('language: a BCP 47 tag, canonicalised', () => {
      expect(valueOf(validateContactDraft({ name: 'O', email: 'o@example.com', language: 'EN-us' })).language).to.equal(
        'en-US',
      );
      expect(valueOf(validateContactDraft({ name: 'O', email: 'o@example.com', language: 'uk' })).language).to.equal('uk');
      expect(errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', language: 'en_US' }))).to.deep.equal([
        { field: 'language', code: 'language-invalid' },
      ]);
      expect(errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', language: '!!' }))).to.deep.equal([
        { field: 'language', code: 'language-invalid' },
      ]);
    });

    it('avatar: http(s) only', () => {
      expect(
        valueOf(validateContactDraft({ name: 'O', email: 'o@example.com', avatarUrl: ' https://cdn.example.com/a.png ' }))
          .avatarUrl,
      ).to.equal('https://cdn.example.com/a.png');
      for (const avatarUrl of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'mailto:o@example.com', '/a.png']) {
        expect(errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', avatarUrl })), avatarUrl).to.deep.equal([
          { field: 'avatarUrl', code: 'url-invalid' },
        ]);
      }
    });

    it('labels: trimmed, without blanks or duplicates', () => {
      expect(
        valueOf(validateContactDraft({ name: 'O', email: 'o@example.com', labels: [' vip ', 'vip', '', '  ', 'lead'] }))
          .labels,
      ).to.deep.equal(['vip', 'lead']);
    });

    it('passes source channel and channels through', () => {
      const draft: ContactDraft = {
        name: 'O',
        phone: '+380671234567',
        sourceChannel: 'telegram',
        channels: [{ channel: 'telegram', identifier: '@olena' }],
      };
      expect(valueOf(validateContactDraft(draft))).to.deep.equal(draft);
    });
  });

  describe('attributes', () => {
    it('every type, normalised to its type', () => {
      const value = valueOf(
        validateContactDraft(
          {
            name: 'O',
            email: 'o@example.com',
            attributes: {
              company: ' ACME ',
              seats: '42' as unknown as number,
              renewal: '2025-03-01',
              plan: 'pro',
              newsletter: 'true' as unknown as boolean,
              website: 'https://example.com',
            },
          },
          DEFINITIONS,
        ),
      );
      expect(value.attributes).to.deep.equal({
        company: 'ACME',
        seats: 42,
        renewal: '2025-03-01',
        plan: 'pro',
        newsletter: true,
        website: 'https://example.com/',
      });
    });

    it('reports each bad value on its attribute', () => {
      expect(
        errorsOf(
          validateContactDraft(
            {
              name: 'O',
              email: 'o@example.com',
              attributes: {
                seats: 'many',
                renewal: '2025-02-30',
                plan: 'gold',
                newsletter: 'maybe',
                website: 'javascript:alert(1)',
              },
            },
            DEFINITIONS,
          ),
        ),
      ).to.deep.equal([
        { field: 'attributes.seats', code: 'number-invalid' },
        { field: 'attributes.renewal', code: 'date-invalid' },
        { field: 'attributes.plan', code: 'option-invalid' },
        { field: 'attributes.newsletter', code: 'boolean-invalid' },
        { field: 'attributes.website', code: 'url-invalid' },
      ]);
    });

    it('an attribute without a definition is unknown', () => {
      expect(
        errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', attributes: { shoe_size: 42 } }, DEFINITIONS)),
      ).to.deep.equal([{ field: 'attributes.shoe_size', code: 'attribute-unknown' }]);
      expect(
        errorsOf(validateContactDraft({ name: 'O', email: 'o@example.com', attributes: { company: 'ACME' } })),
      ).to.deep.equal([{ field: 'attributes.company', code: 'attribute-unknown' }]);
    });

    it('an empty value is left out of a draft', () => {
      expect(
        valueOf(validateContactDraft({ name: 'O', email: 'o@example.com', attributes: { company: '', seats: 3 } }, DEFINITIONS))
          .attributes,
      ).to.deep.equal({ seats: 3 });
    });
  });

  it('a valid result validates again to itself (property)', () => {
    const draft = fc.record(
      {
        name: fc.string({ maxLength: 20 }),
        email: fc.constantFrom('olena@example.com', ' Olena@EXAMPLE.com ', 'bad@', ''),
        phone: fc.constantFrom('+380 (67) 123-45-67', '00 1 555 010 9999', '067 123', ''),
        country: fc.constantFrom('ua', 'US', 'xxx'),
        labels: fc.array(fc.string({ maxLength: 5 })),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(draft, (input) => {
        const result = validateContactDraft(input);
        if (result.ok) expect(validateContactDraft(result.value)).to.deep.equal(result);
      }),
    );
  });
});

describe('validateContactPatch', () => {
  const both = { email: 'olena@example.com', phone: '+380671234567' };
  const emailOnly = { email: 'olena@example.com' };
  const phoneOnly = { phone: '+380671234567' };
  const neither = {};
  const bothRequired = [
    { field: 'email', code: 'email-or-phone-required' },
    { field: 'phone', code: 'email-or-phone-required' },
  ];

  it('an empty patch is valid and stays empty', () => {
    expect(validateContactPatch({}, both)).to.deep.equal({ ok: true, value: {} });
  });

  it('renames, trimmed; an empty name is required', () => {
    expect(valueOf(validateContactPatch({ name: '  Olena K  ' }, both))).to.deep.equal({ name: 'Olena K' });
    expect(errorsOf(validateContactPatch({ name: '  ' }, both))).to.deep.equal([{ field: 'name', code: 'required' }]);
    expect(errorsOf(validateContactPatch({ name: 'x'.repeat(256) }, both))).to.deep.equal([
      { field: 'name', code: 'too-long', params: { max: MAX_NAME_LENGTH } },
    ]);
  });

  it('null (or blank) clears an optional field', () => {
    expect(
      valueOf(
        validateContactPatch(
          { firstName: null, lastName: '  ', avatarUrl: null, country: null, language: '' },
          both,
        ),
      ),
    ).to.deep.equal({ firstName: null, lastName: null, avatarUrl: null, country: null, language: null });
  });

  it('normalises what it changes', () => {
    expect(
      valueOf(
        validateContactPatch(
          { email: ' Olena@Example.COM ', phone: '00380671234567', country: 'ua', language: 'EN-us', firstName: ' Olena ' },
          both,
        ),
      ),
    ).to.deep.equal({
      email: 'Olena@example.com',
      phone: '+380671234567',
      country: 'UA',
      language: 'en-US',
      firstName: 'Olena',
    });
  });

  it('reports bad values', () => {
    expect(errorsOf(validateContactPatch({ email: 'nope', phone: '067 123 45 67', country: 'XYZ' }, both))).to.deep.equal([
      { field: 'email', code: 'email-invalid' },
      { field: 'phone', code: 'phone-needs-country-code' },
      { field: 'country', code: 'country-invalid' },
    ]);
    expect(errorsOf(validateContactPatch({ avatarUrl: 'javascript:alert(1)' }, both))).to.deep.equal([
      { field: 'avatarUrl', code: 'url-invalid' },
    ]);
  });

  describe('the last way to reach a contact cannot be removed', () => {
    it('clearing one of two is fine', () => {
      expect(validateContactPatch({ email: null }, both)).to.deep.equal({ ok: true, value: { email: null } });
      expect(validateContactPatch({ phone: null }, both)).to.deep.equal({ ok: true, value: { phone: null } });
      expect(validateContactPatch({ phone: '  ' }, both)).to.deep.equal({ ok: true, value: { phone: null } });
    });
    it('clearing the only one is an error', () => {
      expect(errorsOf(validateContactPatch({ email: null }, emailOnly))).to.deep.equal(bothRequired);
      expect(errorsOf(validateContactPatch({ phone: null }, phoneOnly))).to.deep.equal(bothRequired);
      expect(errorsOf(validateContactPatch({ email: '' }, emailOnly))).to.deep.equal(bothRequired);
      expect(errorsOf(validateContactPatch({ email: null, phone: null }, both))).to.deep.equal(bothRequired);
    });
    it('clearing one while setting the other is fine', () => {
      expect(valueOf(validateContactPatch({ email: null, phone: '+1 555 010 9999' }, emailOnly))).to.deep.equal({
        email: null,
        phone: '+15550109999',
      });
    });
    it('clearing what the contact does not have changes nothing', () => {
      expect(validateContactPatch({ phone: null }, emailOnly).ok).to.equal(true);
    });
    it('a contact with neither (web chat) can still be renamed and edited', () => {
      expect(valueOf(validateContactPatch({ name: 'Visitor 42' }, neither))).to.deep.equal({ name: 'Visitor 42' });
      expect(valueOf(validateContactPatch({ country: 'ua', email: null }, neither))).to.deep.equal({
        country: 'UA',
        email: null,
      });
      expect(valueOf(validateContactPatch({ email: 'olena@example.com' }, neither))).to.deep.equal({
        email: 'olena@example.com',
      });
    });
  });

  describe('attributes', () => {
    it('null or empty removes an attribute, kept as null in the patch', () => {
      expect(
        valueOf(
          validateContactPatch(
            { attributes: { newsletter: null, plan: '', seats: '7' as unknown as number, company: ' ACME ' } },
            both,
            DEFINITIONS,
          ),
        ),
      ).to.deep.equal({ attributes: { newsletter: null, plan: null, seats: 7, company: 'ACME' } });
    });
    it('reports unknown attributes and bad values', () => {
      expect(
        errorsOf(
          validateContactPatch({ attributes: { shoe_size: 42, renewal: '2025-02-30', plan: null } }, both, DEFINITIONS),
        ),
      ).to.deep.equal([
        { field: 'attributes.shoe_size', code: 'attribute-unknown' },
        { field: 'attributes.renewal', code: 'date-invalid' },
      ]);
    });
    it('even a removal must name a known attribute', () => {
      expect(errorsOf(validateContactPatch({ attributes: { shoe_size: null } }, both, DEFINITIONS))).to.deep.equal([
        { field: 'attributes.shoe_size', code: 'attribute-unknown' },
      ]);
    });
  });

  it('passes channels through', () => {
    const channels = [{ channel: 'viber' as const, identifier: '+380671234567' }];
    expect(valueOf(validateContactPatch({ channels }, both))).to.deep.equal({ channels });
  });
});
