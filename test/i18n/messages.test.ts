import { expect } from '@open-wc/testing';
import { setContactLocale, allLocales } from '../../src/i18n/localization.js';
import {
  attributeTypeName,
  channelName,
  contactFieldName,
  contactStatusName,
  conversationStatusName,
  fieldErrorMessage,
  sourceErrorMessage,
  standardFieldLabels,
} from '../../src/i18n/messages.js';
import { ATTRIBUTE_TYPES, CHANNELS, CONVERSATION_STATUSES } from '../../src/model/channels.js';
import { EDITABLE_FIELDS } from '../../src/model/fields.js';
import { FIELD_ERROR_CODES, type FieldError } from '../../src/model/field-error.js';
import { CONTACT_STATUSES } from '../../src/model/status.js';
import { SOURCE_ERROR_KINDS, SourceError } from '../../src/sources/errors.js';

const PARAMS = { max: 255, contactName: 'Olena Kovalenko', contactId: 'c1', value: 'VIP' };

function fieldErrors(): FieldError[] {
  return FIELD_ERROR_CODES.flatMap((code) => [
    { field: 'name', code },
    { field: 'name', code, params: PARAMS },
  ]);
}

function sourceErrors(): SourceError[] {
  return SOURCE_ERROR_KINDS.flatMap((kind) => [
    new SourceError(kind),
    new SourceError(kind, {
      status: 503,
      retryAfter: 30,
      fieldErrors: [{ field: 'email', code: 'email-invalid' }],
      conflicts: [{ field: 'phone', contactId: 'c1', contactName: 'Olena Kovalenko' }],
    }),
  ]);
}

/** Every message of the kind, per locale. */
async function inEachLocale(messages: () => string[]): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const locale of allLocales) {
    await setContactLocale(locale);
    result[locale] = messages();
  }
  await setContactLocale('en');
  return result;
}

describe('messages', () => {
  afterEach(() => setContactLocale('en'));

  it('has a message for every field error code in every locale, translated in Ukrainian', async () => {
    const all = await inEachLocale(() => fieldErrors().map((error) => fieldErrorMessage(error)));
    for (const locale of allLocales) {
      for (const text of all[locale]!) expect(text, locale).to.be.a('string').with.length.greaterThan(0);
    }
    all['en']!.forEach((english, i) => expect(all['uk']![i], english).to.not.equal(english));
    all['en']!.forEach((english, i) => expect(all['es']![i], english).to.not.equal(english));
  });

  it('has a message for every source error kind in every locale, translated in Ukrainian', async () => {
    const all = await inEachLocale(() => sourceErrors().map((error) => sourceErrorMessage(error)));
    for (const locale of allLocales) {
      for (const text of all[locale]!) expect(text, locale).to.be.a('string').with.length.greaterThan(0);
    }
    all['en']!.forEach((english, i) => expect(all['uk']![i], english).to.not.equal(english));
  });

  it('puts parameters into field errors', async () => {
    expect(fieldErrorMessage({ field: 'name', code: 'too-long', params: { max: 1000 } })).to.equal(
      'Too long: 1,000 characters at most',
    );
    expect(fieldErrorMessage({ field: 'email', code: 'taken', params: { contactName: 'Olena' } })).to.equal(
      'Already used by Olena',
    );
    expect(fieldErrorMessage({ field: 'labels', code: 'option-invalid', params: { value: 'VIP' } })).to.equal(
      '“VIP” is not one of the allowed values',
    );
    await setContactLocale('uk');
    expect(fieldErrorMessage({ field: 'name', code: 'too-long', params: { max: 255 } })).to.equal(
      'Задовге значення: не більше 255 символів',
    );
    expect(fieldErrorMessage({ field: 'email', code: 'taken', params: { contactName: 'Olena' } })).to.equal(
      'Уже використовується контактом Olena',
    );
  });

  it('names the field when given labels, for summaries', async () => {
    const error: FieldError = { field: 'email', code: 'email-invalid' };
    expect(fieldErrorMessage(error, standardFieldLabels())).to.equal(
      'Email: Enter a valid email address, like name@example.com',
    );
    expect(fieldErrorMessage(error, { phone: 'Phone' })).to.equal('Enter a valid email address, like name@example.com');
    await setContactLocale('es');
    expect(fieldErrorMessage(error, standardFieldLabels())).to.equal(
      'Correo electrónico: Introduce un correo electrónico válido, como nombre@ejemplo.com',
    );
  });

  it('says how long to wait when the backend said so', async () => {
    expect(sourceErrorMessage(new SourceError('rate-limited', { retryAfter: 30 }))).to.equal(
      'Too many requests: try again in 30 seconds',
    );
    expect(sourceErrorMessage(new SourceError('rate-limited', { retryAfter: 90 }))).to.equal(
      'Too many requests: try again in 2 minutes',
    );
    expect(sourceErrorMessage(new SourceError('rate-limited'))).to.equal(
      'Too many requests: wait a moment and try again',
    );
    await setContactLocale('uk');
    expect(sourceErrorMessage(new SourceError('rate-limited', { retryAfter: 2 }))).to.equal(
      'Забагато запитів: спробуйте знову через 2 секунди',
    );
    await setContactLocale('es');
    expect(sourceErrorMessage(new SourceError('rate-limited', { retryAfter: 1 }))).to.equal(
      'Demasiadas solicitudes: vuelve a intentarlo dentro de 1 segundo',
    );
  });

  it('names the contact in the way of a conflict', () => {
    const conflict = new SourceError('conflict', {
      conflicts: [{ field: 'email', contactId: 'c9', contactName: 'Andrii' }],
    });
    expect(sourceErrorMessage(conflict)).to.equal('Andrii already has this email address');
    expect(sourceErrorMessage(new SourceError('conflict'))).to.equal(
      'Someone changed this at the same time: reload and try again',
    );
  });

  it('shows the one invalid field, with its label', () => {
    const invalid = new SourceError('invalid', { fieldErrors: [{ field: 'phone', code: 'phone-too-short' }] });
    expect(sourceErrorMessage(invalid)).to.equal('Phone: This phone number is too short');
  });

  it('names channels, statuses, attribute types and fields in every locale', async () => {
    const all = await inEachLocale(() => [
      ...CHANNELS.map(channelName),
      ...CONVERSATION_STATUSES.map(conversationStatusName),
      ...CONTACT_STATUSES.map(contactStatusName),
      ...ATTRIBUTE_TYPES.map(attributeTypeName),
      ...EDITABLE_FIELDS.map(contactFieldName),
    ]);
    for (const locale of allLocales) {
      for (const text of all[locale]!) expect(text, locale).to.be.a('string').with.length.greaterThan(0);
    }
    expect(all['en']!.slice(0, CHANNELS.length)).to.deep.equal([
      'WhatsApp', 'Telegram', 'Viber', 'Email', 'Phone', 'SMS', 'Web chat', 'Instagram', 'Facebook', 'LINE',
    ]);
    expect(all['uk']).to.include.members(['Веб-чат', 'Вирішена', 'Заблокований', 'Так/ні', 'Прізвище']);
    expect(all['es']).to.include.members(['Chat web', 'Resuelta', 'Bloqueado', 'Sí/No', 'Apellidos']);
  });
});
