import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addDays,
  formatWallTime,
  instantOf,
  isValidTimeZone,
  offsetAt,
  parseWallTime,
  systemTimeZone,
  wallTimeAt,
  weekdayOf,
} from '../../src/model/time-zone.js';

const iso = (date: Date) => date.toISOString();

describe('time zones', () => {
  it('reads the wall clock of an instant in a named zone', () => {
    const instant = new Date('2026-12-31T22:30:00Z');
    expect(wallTimeAt(instant, 'Europe/Kyiv')).to.deep.equal({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
    expect(wallTimeAt(instant, 'America/New_York')).to.deep.equal({ year: 2026, month: 12, day: 31, hour: 17, minute: 30, second: 0 });
    expect(wallTimeAt(instant, 'UTC').hour).to.equal(22);
  });

  it('knows each zone’s offset, summer and winter', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Kyiv')).to.equal(2 * 3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Kyiv')).to.equal(3 * 3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).to.equal(5.5 * 3_600_000);
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'America/New_York')).to.equal(-5 * 3_600_000);
  });

  it('turns a wall time into the instant, summer and winter', () => {
    expect(iso(instantOf({ year: 2026, month: 1, day: 15, hour: 9 }, 'Europe/Kyiv'))).to.equal('2026-01-15T07:00:00.000Z');
    expect(iso(instantOf({ year: 2026, month: 7, day: 15, hour: 9 }, 'Europe/Kyiv'))).to.equal('2026-07-15T06:00:00.000Z');
    expect(iso(instantOf({ year: 2026, month: 7, day: 15 }, 'Asia/Kolkata'))).to.equal('2026-07-14T18:30:00.000Z');
  });

  it('moves a time that does not exist (clocks jump forward) as late as the jump', () => {
    // Kyiv, 29 March 2026: 03:00 becomes 04:00, so 03:30 does not exist.
    expect(iso(instantOf({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 }, 'Europe/Kyiv'))).to.equal(
      '2026-03-29T01:30:00.000Z',
    );
    // Santiago, 6 September 2026: the day starts at 01:00 (00:00 does not exist).
    const start = instantOf({ year: 2026, month: 9, day: 6 }, 'America/Santiago');
    expect(iso(start)).to.equal('2026-09-06T04:00:00.000Z');
    expect(wallTimeAt(start, 'America/Santiago')).to.include({ day: 6, hour: 1, minute: 0 });
  });

  it('takes the first of a time that happens twice (clocks fall back)', () => {
    // New York, 1 November 2026: 02:00 EDT becomes 01:00 EST, so 01:30 happens twice.
    expect(iso(instantOf({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York'))).to.equal(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('agrees with the browser’s own local time in the browser’s zone', () => {
    const zone = systemTimeZone();
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 0, 1), noInvalidDate: true }),
        (date) => {
          const local = new Date(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes());
          const wall = {
            year: local.getFullYear(),
            month: local.getMonth() + 1,
            day: local.getDate(),
            hour: local.getHours(),
            minute: local.getMinutes(),
          };
          expect(instantOf(wall, zone).getTime()).to.equal(local.getTime());
          expect(wallTimeAt(local, zone)).to.include(wall);
        },
      ),
    );
  });

  it('round-trips every instant of a zone with DST through its wall time (outside the repeated hour)', () => {
    for (const zone of ['Europe/Kyiv', 'America/New_York', 'Australia/Sydney', 'America/Santiago', 'Australia/Lord_Howe']) {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(2020, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }), (minutes) => {
          const instant = new Date(minutes * 60_000);
          const back = instantOf(wallTimeAt(instant, zone), zone);
          // A repeated wall time maps to its first occurrence: never later than the instant.
          expect(back.getTime()).to.be.at.most(instant.getTime());
          expect(wallTimeAt(back, zone)).to.deep.equal(wallTimeAt(instant, zone));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('counts calendar days across month and year ends and knows the weekday', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).to.deep.equal({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).to.deep.equal({ year: 2026, month: 2, day: 28 });
    expect(weekdayOf({ year: 2026, month: 11, day: 23 })).to.equal(1);
    expect(weekdayOf({ year: 2026, month: 11, day: 22 })).to.equal(7);
  });

  it('reads and writes the datetime-local format', () => {
    expect(parseWallTime('2026-11-24T15:30')).to.deep.equal({ year: 2026, month: 11, day: 24, hour: 15, minute: 30, second: 0 });
    expect(parseWallTime('2026-11-24T15:30:12')).to.include({ second: 12 });
    for (const bad of ['', '2026-11-24', '2026-02-30T10:00', '2026-11-24T24:00', '24.11.2026 15:30', '2026-11-24T15:60']) {
      expect(parseWallTime(bad), bad).to.equal(undefined);
    }
    expect(formatWallTime({ year: 2026, month: 1, day: 5, hour: 7, minute: 3, second: 59 })).to.equal('2026-01-05T07:03');
  });

  it('tells known zones from unknown ones', () => {
    expect(isValidTimeZone('Europe/Kyiv')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus')).to.equal(false);
    expect(isValidTimeZone(systemTimeZone())).to.equal(true);
  });
});
