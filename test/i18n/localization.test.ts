import { expect } from '@open-wc/testing';
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import {
  allLocales,
  getContactFormatLocale,
  getContactLocale,
  resolveContactLocale,
  setContactLocale,
} from '../../src/i18n/localization.js';
import { sourceErrorMessage } from '../../src/i18n/messages.js';
import { formatDate, formatNumber } from '../../src/i18n/format.js';
import { SourceError } from '../../src/sources/errors.js';

const offline = new SourceError('network');
const november22 = new Date(2026, 10, 22, 15, 45);

describe('localization', () => {
  afterEach(() => setContactLocale('en'));

  it('speaks English until a locale is set', () => {
    expect(getContactLocale()).to.equal('en');
    expect(sourceErrorMessage(offline)).to.equal('You are offline or the server cannot be reached');
  });

  it('lists every locale', () => {
    expect([...allLocales].sort()).to.deep.equal(['en', 'es', 'uk']);
  });

  it('switches messages and dates en → uk → es', async () => {
    expect(formatDate(november22)).to.equal('Nov 22, 2026');

    await setContactLocale('uk');
    expect(getContactLocale()).to.equal('uk');
    expect(sourceErrorMessage(offline)).to.equal('Немає з’єднання з інтернетом або сервер недоступний');
    expect(formatDate(november22)).to.match(/22 лист\. 2026/);

    await setContactLocale('es');
    expect(getContactLocale()).to.equal('es');
    expect(sourceErrorMessage(offline)).to.equal('No tienes conexión o no se puede acceder al servidor');
    expect(formatDate(november22)).to.equal('22 nov 2026');

    await setContactLocale('en');
    expect(sourceErrorMessage(offline)).to.equal('You are offline or the server cannot be reached');
  });

  it('accepts regional tags and formats with the region', async () => {
    await setContactLocale('uk-UA');
    expect(getContactLocale()).to.equal('uk');
    await setContactLocale('es_MX');
    expect(getContactLocale()).to.equal('es');
    expect(getContactFormatLocale()).to.equal('es-MX');
    // Mexico groups thousands with a comma, Spain with a dot (and not below 10 000).
    expect(formatNumber(1234567.5)).to.equal('1,234,567.5');
  });

  it('falls back to English for unknown or malformed tags, without throwing', async () => {
    await setContactLocale('uk');
    await setContactLocale('fr-FR');
    expect(getContactLocale()).to.equal('en');
    expect(getContactFormatLocale()).to.equal('en');
    expect(sourceErrorMessage(offline)).to.equal('You are offline or the server cannot be reached');
    await setContactLocale('not a locale!');
    expect(getContactLocale()).to.equal('en');
  });

  it('resolves tags to the closest supported locale', () => {
    expect(resolveContactLocale('UK')).to.equal('uk');
    expect(resolveContactLocale('es-419')).to.equal('es');
    expect(resolveContactLocale('en-GB')).to.equal('en');
    expect(resolveContactLocale('ru')).to.equal('en');
    expect(resolveContactLocale('')).to.equal('en');
  });

  it('keeps the last of two quick switches', async () => {
    const first = setContactLocale('uk');
    const second = setContactLocale('es');
    await Promise.all([first, second]);
    expect(getContactLocale()).to.equal('es');
  });

  it('announces a ready locale so elements can re-render', async () => {
    const ready = new Promise<string>((resolve) => {
      const listener = (event: WindowEventMap[typeof LOCALE_STATUS_EVENT]) => {
        if (event.detail.status !== 'ready') return;
        window.removeEventListener(LOCALE_STATUS_EVENT, listener);
        resolve(event.detail.readyLocale);
      };
      window.addEventListener(LOCALE_STATUS_EVENT, listener);
    });
    await setContactLocale('uk');
    expect(await ready).to.equal('uk');
  });
});
