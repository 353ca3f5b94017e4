// A host app that configured @lit/localize itself, before us (a page of its own: wtr runs each
// test file in a fresh page, so this configuration does not leak into other files).
import { expect } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import { getContactFormatLocale, getContactLocale, setContactLocale } from '../../src/i18n/localization.js';
import { sourceErrorMessage } from '../../src/i18n/messages.js';
import { SourceError } from '../../src/sources/errors.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['uk-UA'],
  loadLocale: async () => ({ templates: { 'error.timeout': 'Хост: сервер не відповів' } }),
});

describe('localization when the host owns @lit/localize', () => {
  it('does not throw, and follows the host locale', async () => {
    await setContactLocale('es');
    expect(getContactLocale()).to.equal('en');

    await host.setLocale('uk-UA');
    expect(getContactLocale()).to.equal('uk');
    // The host's templates are the ones in force (it should merge our XLIFF into its own).
    expect(sourceErrorMessage(new SourceError('timeout'))).to.equal('Хост: сервер не відповів');
  });

  it('uses the tag set with setContactLocale for formatting when the language matches', async () => {
    await host.setLocale('uk-UA');
    await setContactLocale('uk-UA');
    expect(getContactFormatLocale()).to.equal('uk-UA');
  });
});
