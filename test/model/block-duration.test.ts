import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  blockEnd,
  customBlockEnd,
  firstDayOfWeek,
  firstDayOfWeekInRegion,
  type BlockClock,
  type PresetBlockDuration,
} from '../../src/model/block-duration.js';
import { wallTimeAt, weekdayOf, type Weekday } from '../../src/model/time-zone.js';

/**
 * The zone is a parameter of every computation (see time-zone.ts), so these tests set it per
 * case instead of depending on the machine's zone: Kyiv (Monday weeks, spring-forward at
 * 03:00), New York (Sunday weeks, fall-back at 02:00), Santiago (days that start at 01:00)
 * and Sydney (southern summer time).
 */
function clock(now: string, timeZone: string, firstDay: Weekday = 1): BlockClock {
  return { now: new Date(now), timeZone, firstDayOfWeek: firstDay };
}

function ends(at: BlockClock): Record<PresetBlockDuration, string | null> {
  const text = (date: Date | null) => (date ? date.toISOString() : null);
  return {
    hour: text(blockEnd('hour', at)),
    tomorrow: text(blockEnd('tomorrow', at)),
    'next-week': text(blockEnd('next-week', at)),
    'next-month': text(blockEnd('next-month', at)),
    forever: text(blockEnd('forever', at)),
  };
}

describe('block durations', () => {
  it('an ordinary day in Kyiv (winter, UTC+2)', () => {
    // Tuesday 24 November 2026, 15:20 in Kyiv.
    expect(ends(clock('2026-11-24T13:20:00Z', 'Europe/Kyiv'))).to.deep.equal({
      hour: '2026-11-24T14:20:00.000Z',
      tomorrow: '2026-11-24T22:00:00.000Z', // Wed 25 Nov 00:00 +02
      'next-week': '2026-11-29T22:00:00.000Z', // Mon 30 Nov 00:00 +02
      'next-month': '2026-11-30T22:00:00.000Z', // Tue 1 Dec 00:00 +02
      forever: null,
    });
  });

  it('across a month end', () => {
    // Saturday 31 January 2026, 15:00 in Kyiv.
    expect(ends(clock('2026-01-31T13:00:00Z', 'Europe/Kyiv'))).to.deep.equal({
      hour: '2026-01-31T14:00:00.000Z',
      tomorrow: '2026-01-31T22:00:00.000Z', // Sun 1 Feb
      'next-week': '2026-02-01T22:00:00.000Z', // Mon 2 Feb
      'next-month': '2026-01-31T22:00:00.000Z', // also Sun 1 Feb
      forever: null,
    });
    // The last day of February in a leap year.
    expect(blockEnd('tomorrow', clock('2028-02-28T10:00:00Z', 'Europe/Kyiv'))!.toISOString()).to.equal(
      '2028-02-28T22:00:00.000Z', // Tue 29 Feb 2028
    );
  });

  it('across a year end', () => {
    // Thursday 31 December 2026, 23:30 in Kyiv.
    expect(ends(clock('2026-12-31T21:30:00Z', 'Europe/Kyiv'))).to.deep.equal({
      hour: '2026-12-31T22:30:00.000Z',
      tomorrow: '2026-12-31T22:00:00.000Z', // Fri 1 Jan 2027
      'next-week': '2027-01-03T22:00:00.000Z', // Mon 4 Jan 2027
      'next-month': '2026-12-31T22:00:00.000Z',
      forever: null,
    });
    // Sunday weeks: the next week starts on Sunday 3 January.
    expect(blockEnd('next-week', clock('2026-12-31T21:30:00Z', 'Europe/Kyiv', 7))!.toISOString()).to.equal(
      '2027-01-02T22:00:00.000Z',
    );
  });

  it('counts days in the agent’s zone, not in UTC', () => {
    // 01:00 on 1 January 2027 in Kyiv is still 31 December in UTC.
    const at = clock('2026-12-31T23:00:00Z', 'Europe/Kyiv');
    expect(blockEnd('tomorrow', at)!.toISOString()).to.equal('2027-01-01T22:00:00.000Z'); // Sat 2 Jan
    expect(blockEnd('next-month', at)!.toISOString()).to.equal('2027-01-31T22:00:00.000Z'); // Mon 1 Feb
    // The same instant in New York is the afternoon of 31 December.
    expect(blockEnd('tomorrow', clock('2026-12-31T23:00:00Z', 'America/New_York'))!.toISOString()).to.equal(
      '2027-01-01T05:00:00.000Z',
    );
  });

  it('across the spring daylight-saving change (Kyiv, 29 March 2026)', () => {
    // Saturday 28 March, 12:00 +02; the clocks go forward on Sunday at 03:00.
    expect(ends(clock('2026-03-28T10:00:00Z', 'Europe/Kyiv'))).to.deep.equal({
      hour: '2026-03-28T11:00:00.000Z',
      tomorrow: '2026-03-28T22:00:00.000Z', // Sun 29 Mar 00:00 +02
      'next-week': '2026-03-29T21:00:00.000Z', // Mon 30 Mar 00:00 +03
      'next-month': '2026-03-31T21:00:00.000Z', // Wed 1 Apr 00:00 +03
      forever: null,
    });
    // An hour is an hour of real time: 02:30 +02 plus one hour is 04:30 +03.
    const end = blockEnd('hour', clock('2026-03-29T00:30:00Z', 'Europe/Kyiv'))!;
    expect(wallTimeAt(end, 'Europe/Kyiv')).to.include({ day: 29, hour: 4, minute: 30 });
  });

  it('across the autumn daylight-saving change (New York, 1 November 2026)', () => {
    // Sunday 1 November, 00:30 EDT; at 02:00 EDT the clocks go back to 01:00 EST.
    expect(ends(clock('2026-11-01T04:30:00Z', 'America/New_York', 7))).to.deep.equal({
      hour: '2026-11-01T05:30:00.000Z', // 01:30 EDT, the first of the two
      tomorrow: '2026-11-02T05:00:00.000Z', // Mon 2 Nov 00:00 EST
      'next-week': '2026-11-08T05:00:00.000Z', // Sun 8 Nov (today is Sunday: the next one)
      'next-month': '2026-12-01T05:00:00.000Z',
      forever: null,
    });
  });

  it('when the next day starts at 01:00 (Santiago, 6 September 2026)', () => {
    const end = blockEnd('tomorrow', clock('2026-09-05T16:00:00Z', 'America/Santiago'))!;
    expect(end.toISOString()).to.equal('2026-09-06T04:00:00.000Z');
    expect(wallTimeAt(end, 'America/Santiago')).to.include({ day: 6, hour: 1, minute: 0 });
  });

  it('in the southern hemisphere (Sydney, summer time ends 5 April 2026)', () => {
    expect(blockEnd('next-month', clock('2026-03-15T01:00:00Z', 'Australia/Sydney'))!.toISOString()).to.equal(
      '2026-03-31T13:00:00.000Z', // 1 Apr 00:00 +11
    );
    expect(blockEnd('next-month', clock('2026-04-10T01:00:00Z', 'Australia/Sydney'))!.toISOString()).to.equal(
      '2026-04-30T14:00:00.000Z', // 1 May 00:00 +10
    );
  });

  it('always ends at the start of a later day, on the week’s first day, on the 1st (any zone, any time)', () => {
    const zones = ['Europe/Kyiv', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom<Weekday>(1, 6, 7),
        (ms, timeZone, firstDay) => {
          const at = clock(new Date(ms).toISOString(), timeZone, firstDay);
          const today = wallTimeAt(at.now, timeZone);
          const todayIndex = Date.UTC(today.year, today.month - 1, today.day) / 86_400_000;
          const dayIndex = (date: Date) => {
            const wall = wallTimeAt(date, timeZone);
            return Date.UTC(wall.year, wall.month - 1, wall.day) / 86_400_000;
          };
          const startsDay = (date: Date) => {
            const wall = wallTimeAt(date, timeZone);
            // Midnight, or the first moment of a day whose midnight was skipped.
            expect(wall.hour * 60 + wall.minute, date.toISOString()).to.be.at.most(60);
            expect(wallTimeAt(new Date(date.getTime() - 1000), timeZone).day).to.not.equal(wall.day);
          };
          const tomorrow = blockEnd('tomorrow', at)!;
          expect(dayIndex(tomorrow)).to.equal(todayIndex + 1);
          startsDay(tomorrow);
          const week = blockEnd('next-week', at)!;
          expect(dayIndex(week) - todayIndex).to.be.within(1, 7);
          expect(weekdayOf(wallTimeAt(week, timeZone))).to.equal(firstDay);
          startsDay(week);
          const month = blockEnd('next-month', at)!;
          expect(wallTimeAt(month, timeZone).day).to.equal(1);
          expect(month.getTime()).to.be.greaterThan(at.now.getTime());
          expect(dayIndex(month) - todayIndex).to.be.within(1, 31);
          startsDay(month);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('custom block end', () => {
  const at = { now: new Date('2026-11-24T13:20:00Z'), timeZone: 'Europe/Kyiv' };

  it('reads the agent’s date and time in their zone', () => {
    expect(customBlockEnd('2026-11-24T15:30', at)).to.deep.equal({ ok: true, until: new Date('2026-11-24T13:30:00Z') });
    expect(customBlockEnd('2027-07-01T09:00', at)).to.deep.equal({ ok: true, until: new Date('2027-07-01T06:00:00Z') });
  });

  it('rejects a time in the past or right now', () => {
    expect(customBlockEnd('2026-11-24T15:19', at)).to.deep.equal({ ok: false, problem: 'past' });
    expect(customBlockEnd('2026-11-24T15:20', at)).to.deep.equal({ ok: false, problem: 'past' });
    expect(customBlockEnd('2025-01-01T00:00', at)).to.deep.equal({ ok: false, problem: 'past' });
  });

  it('tells a missing time from an unreadable one', () => {
    expect(customBlockEnd('', at)).to.deep.equal({ ok: false, problem: 'missing' });
    expect(customBlockEnd('  ', at)).to.deep.equal({ ok: false, problem: 'missing' });
    expect(customBlockEnd('2026-02-30T10:00', at)).to.deep.equal({ ok: false, problem: 'invalid' });
    expect(customBlockEnd('tomorrow', at)).to.deep.equal({ ok: false, problem: 'invalid' });
  });

  it('moves a time skipped by the clocks to just after the jump', () => {
    const result = customBlockEnd('2027-03-28T03:30', at);
    expect(result).to.deep.equal({ ok: true, until: new Date('2027-03-28T01:30:00Z') });
  });
});

describe('first day of the week', () => {
  it('follows the locale', () => {
    expect(firstDayOfWeek('en-US')).to.equal(7);
    expect(firstDayOfWeek('en-GB')).to.equal(1);
    expect(firstDayOfWeek('uk')).to.equal(1);
    expect(firstDayOfWeek('uk-UA')).to.equal(1);
    expect(firstDayOfWeek('es')).to.equal(1);
    expect(firstDayOfWeek('es-MX')).to.equal(7);
    expect(firstDayOfWeek('pt-BR')).to.equal(7);
    expect(firstDayOfWeek('ar-EG')).to.equal(6);
  });

  it('honours an explicit -u-fw- preference', () => {
    expect(firstDayOfWeek('en-US-u-fw-mon')).to.equal(1);
  });

  it('is Monday for a tag it cannot read', () => {
    expect(firstDayOfWeek('not a locale')).to.equal(1);
  });

  it('falls back to CLDR’s regions where the browser lacks week info', () => {
    expect(firstDayOfWeekInRegion('US')).to.equal(7);
    expect(firstDayOfWeekInRegion('br')).to.equal(7);
    expect(firstDayOfWeekInRegion('UA')).to.equal(1);
    expect(firstDayOfWeekInRegion('DE')).to.equal(1);
    expect(firstDayOfWeekInRegion('EG')).to.equal(6);
    expect(firstDayOfWeekInRegion('MV')).to.equal(5);
  });
});
