import { expect } from '@open-wc/testing';
import {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPhone,
  formatRelativeTime,
  formatTime,
} from '../../src/i18n/format.js';
import { setContactLocale } from '../../src/i18n/localization.js';

const now = new Date(2026, 10, 22, 15, 0, 0);
const ago = (ms: number) => new Date(now.getTime() - ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Intl puts no-break spaces in times and Ukrainian numbers: compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  afterEach(() => setContactLocale('en'));

  describe('formatRelativeTime', () => {
    it('picks the unit a person would use', () => {
      const cases: [Date, string][] = [
        [ago(10 * SECOND), 'just now'],
        [ago(50 * SECOND), '1 minute ago'],
        [ago(5 * MINUTE), '5 minutes ago'],
        [ago(44 * MINUTE), '44 minutes ago'],
        [ago(50 * MINUTE), '1 hour ago'],
        [ago(3 * HOUR), '3 hours ago'],
        [ago(14 * HOUR), '14 hours ago'],
        [new Date(2026, 10, 21, 9, 0), 'yesterday'],
        [new Date(2026, 10, 19, 20, 0), '3 days ago'],
        [ago(8 * DAY), 'last week'],
        [ago(20 * DAY), '3 weeks ago'],
        [ago(40 * DAY), 'last month'],
        [ago(120 * DAY), '4 months ago'],
        [ago(400 * DAY), 'last year'],
        [ago(800 * DAY), '2 years ago'],
        [new Date(now.getTime() + 10 * SECOND), 'now'],
        [new Date(now.getTime() + 2 * HOUR), 'in 2 hours'],
        [new Date(now.getTime() + 19 * HOUR), 'in 19 hours'],
        [new Date(2026, 10, 23, 16, 0), 'tomorrow'],
        [new Date(2026, 10, 24, 18, 0), 'in 2 days'],
      ];
      for (const [date, expected] of cases) expect(formatRelativeTime(date, now), date.toString()).to.equal(expected);
    });

    it('counts hours, not "today", late on the same day', () => {
      const lateEvening = new Date(2026, 10, 22, 23, 30);
      expect(formatRelativeTime(new Date(2026, 10, 22, 0, 30), lateEvening)).to.equal('23 hours ago');
    });

    it('follows the locale, with its plural forms', async () => {
      await setContactLocale('uk');
      expect(formatRelativeTime(ago(10 * SECOND), now)).to.equal('щойно');
      expect(formatRelativeTime(ago(3 * HOUR), now)).to.equal('3 години тому');
      expect(formatRelativeTime(ago(5 * HOUR), now)).to.equal('5 годин тому');
      expect(formatRelativeTime(new Date(2026, 10, 21, 9, 0), now)).to.equal('учора');
      await setContactLocale('es');
      expect(formatRelativeTime(ago(3 * HOUR), now)).to.equal('hace 3 horas');
      expect(formatRelativeTime(new Date(2026, 10, 24, 18, 0), now)).to.equal('pasado mañana');
    });

    it('has a short style for narrow rows', () => {
      expect(formatRelativeTime(ago(3 * HOUR), now, 'short')).to.equal('3 hr. ago');
    });
  });

  describe('dates', () => {
    it('formats calendar dates without shifting them by the time zone', () => {
      expect(formatDate('2026-01-01')).to.equal('Jan 1, 2026');
      expect(formatDate('2026-12-31')).to.equal('Dec 31, 2026');
    });

    it('formats instants and times', () => {
      const date = new Date(2026, 10, 22, 15, 45);
      expect(plain(formatDateTime(date))).to.equal('Nov 22, 2026, 3:45 PM');
      expect(plain(formatDateTime(date.getTime(), 'short'))).to.equal('11/22/26, 3:45 PM');
      expect(plain(formatTime(date))).to.equal('3:45 PM');
    });

    it('shows unreadable dates as given instead of "Invalid Date"', () => {
      expect(formatDate('someday')).to.equal('someday');
      expect(formatDate('2026-02-30')).to.equal('2026-02-30');
      expect(formatDateTime(new Date(Number.NaN))).to.equal('');
    });

    it('follows the locale', async () => {
      await setContactLocale('es');
      expect(formatDate('2026-01-01')).to.equal('1 ene 2026');
      await setContactLocale('uk');
      expect(formatDate('2026-01-01')).to.match(/^1 січ\. 2026/);
    });
  });

  it('formats numbers and lists in the active locale', async () => {
    expect(formatNumber(1234567.5)).to.equal('1,234,567.5');
    expect(formatList(['WhatsApp', 'Telegram', 'Viber'])).to.equal('WhatsApp, Telegram, and Viber');
    expect(formatList(['email', 'phone'], 'disjunction')).to.equal('email or phone');
    await setContactLocale('uk');
    expect(plain(formatNumber(1234567.5))).to.equal('1 234 567,5');
    expect(formatList(['WhatsApp', 'Telegram', 'Viber'])).to.equal('WhatsApp, Telegram і Viber');
    await setContactLocale('es');
    expect(formatList(['WhatsApp', 'Telegram', 'Viber'])).to.equal('WhatsApp, Telegram y Viber');
  });

  describe('formatPhone', () => {
    it('groups numbers of common countries the way they are written there', () => {
      const cases: [string, string][] = [
        ['+380671234567', '+380 67 123 4567'],
        ['+14155552671', '+1 415 555 2671'],
        ['+79123456789', '+7 912 345 67 89'],
        ['+447911123456', '+44 7911 123456'],
        ['+442079460958', '+44 20 7946 0958'],
        ['+4915123456789', '+49 151 23456789'],
        ['+33612345678', '+33 6 12 34 56 78'],
        ['+34612345678', '+34 612 345 678'],
        ['+48512345678', '+48 512 345 678'],
        ['+5511912345678', '+55 11 91234 5678'],
        ['+5215512345678', '+52 155 1234 5678'],
        ['+919876543210', '+91 98765 43210'],
        ['+8613912345678', '+86 139 1234 5678'],
        ['+905321234567', '+90 532 123 45 67'],
        ['+375291234567', '+375 29 123 45 67'],
        ['+998901234567', '+998 90 123 45 67'],
      ];
      for (const [e164, expected] of cases) expect(formatPhone(e164)).to.equal(expected);
    });

    it('falls back to groups of three and four elsewhere', () => {
      expect(formatPhone('+35312345678')).to.equal('+353 1234 5678');
      expect(formatPhone('+2541234567890')).to.equal('+254 123 456 7890');
      expect(formatPhone('+35612345')).to.equal('+356 12345');
      expect(formatPhone('+8001234567')).to.equal('+800 123 4567');
    });

    it('returns anything that is not E.164 as given', () => {
      for (const text of ['', '0671234567', '+0123', 'call me', '+38 067 123', '+999123456']) {
        expect(formatPhone(text)).to.equal(text);
      }
    });
  });
});
