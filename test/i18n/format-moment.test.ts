import { expect } from '@open-wc/testing';
import { formatMoment } from '../../src/i18n/format.js';
import { setContactLocale } from '../../src/i18n/localization.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoment', () => {
  afterEach(() => setContactLocale('en'));
  const monday = new Date('2026-11-23T22:00:00Z'); // Tue 24 Nov 00:00 in Kyiv, Mon 23 Nov 17:00 in New York
  const now = new Date('2026-11-22T12:00:00Z');

  it('shows the weekday, the date and the time in the given zone', () => {
    expect(plain(formatMoment(monday, { timeZone: 'Europe/Kyiv', now }))).to.equal('Tue, Nov 24, 12:00 AM');
    expect(plain(formatMoment(monday, { timeZone: 'America/New_York', now }))).to.equal('Mon, Nov 23, 5:00 PM');
  });

  it('adds the year only when it is not the current one, and the zone when asked', () => {
    expect(plain(formatMoment(new Date('2027-01-04T10:00:00Z'), { timeZone: 'UTC', now }))).to.equal(
      'Mon, Jan 4, 2027, 10:00 AM',
    );
    expect(plain(formatMoment(monday, { timeZone: 'Europe/Kyiv', now, showTimeZone: true }))).to.equal(
      'Tue, Nov 24, 12:00 AM GMT+2',
    );
  });

  it('speaks the active locale', async () => {
    await setContactLocale('uk');
    expect(plain(formatMoment(monday, { timeZone: 'Europe/Kyiv', now }))).to.equal('вт, 24 лист., 00:00');
    await setContactLocale('es');
    expect(plain(formatMoment(monday, { timeZone: 'Europe/Kyiv', now }))).to.equal('mar, 24 nov, 00:00');
  });

  it('uses a 24-hour clock where the region does', async () => {
    await setContactLocale('en-GB');
    expect(plain(formatMoment(monday, { timeZone: 'Europe/Kyiv', now }))).to.equal('Tue 24 Nov, 00:00');
  });

  it('shows unreadable input as given', () => {
    expect(formatMoment('soon')).to.equal('soon');
  });
});
