import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addCalendarDays,
  isCalendarDate,
  startOfCalendarDate,
  toCalendarDate,
} from '../../src/model/calendar.js';

/** Calendar dates with four-digit years, from local dates. */
const calendarDate = fc
  .date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true })
  .map(toCalendarDate);

describe('startOfCalendarDate', () => {
  it('is local midnight of the date', () => {
    expect(startOfCalendarDate('2025-01-15')?.getTime()).to.equal(new Date(2025, 0, 15).getTime());
    expect(startOfCalendarDate('2024-02-29')?.getTime()).to.equal(new Date(2024, 1, 29).getTime());
    expect(startOfCalendarDate('2025-12-31')?.getTime()).to.equal(new Date(2025, 11, 31).getTime());
    const start = startOfCalendarDate('2025-07-04')!;
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).to.deep.equal(
      [2025, 6, 4, 0, 0],
    );
  });

  it('rejects dates that do not exist and other formats', () => {
    for (const text of [
      '2025-02-29',
      '2025-02-30',
      '2024-02-30',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-01-32',
      '2025-1-5',
      '25-01-15',
      '20250115',
      '2025/01/15',
      ' 2025-01-15',
      '2025-01-15 ',
      '2025-01-15T00:00',
      '１２３４-01-01',
      '',
    ]) {
      expect(startOfCalendarDate(text), text).to.equal(undefined);
      expect(isCalendarDate(text), text).to.equal(false);
    }
  });

  it('round-trips with toCalendarDate (property)', () => {
    fc.assert(
      fc.property(calendarDate, (text) => {
        expect(isCalendarDate(text)).to.equal(true);
        expect(toCalendarDate(startOfCalendarDate(text)!)).to.equal(text);
      }),
    );
  });
});

describe('toCalendarDate', () => {
  it('is the local date of an instant, zero-padded', () => {
    expect(toCalendarDate(new Date(2025, 0, 5, 0, 0, 0))).to.equal('2025-01-05');
    expect(toCalendarDate(new Date(2025, 0, 5, 23, 59, 59, 999))).to.equal('2025-01-05');
    expect(toCalendarDate(new Date(2025, 11, 31, 12))).to.equal('2025-12-31');
  });
});

describe('addCalendarDays', () => {
  it('moves across months, leap days and years', () => {
    expect(addCalendarDays('2025-01-31', 1)).to.equal('2025-02-01');
    expect(addCalendarDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).to.equal('2025-03-01');
    expect(addCalendarDays('2025-03-01', -1)).to.equal('2025-02-28');
    expect(addCalendarDays('2025-12-31', 1)).to.equal('2026-01-01');
    expect(addCalendarDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addCalendarDays('2025-01-15', 0)).to.equal('2025-01-15');
    expect(addCalendarDays('2025-01-01', 365)).to.equal('2026-01-01');
    expect(addCalendarDays('2024-01-01', 366)).to.equal('2025-01-01');
  });

  it('is undefined for a malformed date', () => {
    expect(addCalendarDays('2025-02-30', 1)).to.equal(undefined);
    expect(addCalendarDays('tomorrow', 1)).to.equal(undefined);
  });

  it('counts whole days across every daylight-saving change of the local zone', () => {
    // Walk through a year day by day: each step is one calendar day, whatever the day's length.
    let text = '2025-01-01';
    for (let day = 0; day < 365; day++) {
      const next = addCalendarDays(text, 1)!;
      const start = startOfCalendarDate(text)!;
      expect(next).to.equal(toCalendarDate(new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1)));
      expect(next > text).to.equal(true);
      text = next;
    }
    expect(text).to.equal('2026-01-01');
  });

  it('is reversible and additive (property)', () => {
    const days = fc.integer({ min: -3000, max: 3000 });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map(toCalendarDate),
        days,
        days,
        (text, a, b) => {
          expect(addCalendarDays(addCalendarDays(text, a)!, -a)).to.equal(text);
          expect(addCalendarDays(addCalendarDays(text, a)!, b)).to.equal(addCalendarDays(text, a + b));
        },
      ),
    );
  });
});
