// Every string is translated (DESIGN.md: "every visible string localised"): after
// `lit-localize extract` adds a message, this fails until both XLIFF files have its target and
// `lit-localize build` has regenerated the locale modules.
import { expect } from '@open-wc/testing';
import { targetLocales } from '../../src/i18n/localization.js';
import { templates as es } from '../../src/i18n/locales/es.js';
import { templates as uk } from '../../src/i18n/locales/uk.js';

const GENERATED: Record<string, Record<string, unknown>> = { es, uk };

async function transUnits(locale: string): Promise<Element[]> {
  const text = await (await fetch(`/xliff/${locale}.xlf`)).text();
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  expect(xml.querySelector('parsererror'), `xliff/${locale}.xlf parses`).to.equal(null);
  return [...xml.getElementsByTagName('trans-unit')];
}

const placeholders = (element: Element | undefined) =>
  [...(element?.getElementsByTagName('x') ?? [])].map((x) => x.getAttribute('id')).sort();

describe('translations', () => {
  for (const locale of targetLocales) {
    it(`${locale}: every message has a translation with the same placeholders, built`, async () => {
      const units = await transUnits(locale);
      expect(units.length).to.be.greaterThan(0);
      for (const unit of units) {
        const id = unit.getAttribute('id')!;
        const source = unit.getElementsByTagName('source')[0];
        const target = unit.getElementsByTagName('target')[0];
        const translated = Boolean(target?.textContent?.trim() || target?.getElementsByTagName('x').length);
        expect(translated, `${id} is translated`).to.equal(true);
        expect(placeholders(target), `${id} placeholders`).to.deep.equal(placeholders(source));
        expect(GENERATED[locale], `${id} is in the built module (run lit-localize build)`).to.have.property(id);
      }
    });
  }

  it('both locales have the same messages', async () => {
    const ids = async (locale: string) => (await transUnits(locale)).map((unit) => unit.getAttribute('id')).sort();
    expect(await ids('uk')).to.deep.equal(await ids('es'));
  });
});
