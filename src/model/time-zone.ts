/**
 * Wall-clock arithmetic in a named IANA time zone, through `Intl` alone (no tz database of
 * our own, no dependency).
 *
 * Why not `Date`'s local methods: they only know the browser's zone, so code using them can
 * only be tested in whatever zone the test machine has. Taking the zone as a parameter makes
 * "the start of tomorrow in Kyiv" a pure function that tests pin to month ends, year ends and
 * daylight-saving changes in any zone, on any machine.
 */

/** A calendar date and a time of day as a clock on the wall shows them. Months are 1–12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (as `Intl.Locale` week info counts). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone this browser runs in (`Europe/Kyiv`), or `UTC` when it cannot tell. */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Whether `Intl` knows the zone: `Europe/Kyiv` and `UTC` yes, `Mars/Olympus` no. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a wall clock in `timeZone` shows at `instant`. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const values: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values['year']!,
    month: values['month']!,
    day: values['day']!,
    hour: values['hour']!,
    minute: values['minute']!,
    second: values['second']!,
  };
}

/** The zone's offset from UTC at `instant`, in ms (`+02:00` is 7,200,000). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockAsUtc(wallTimeAt(new Date(whole), timeZone)) - whole;
}

/**
 * The instant a wall clock in `timeZone` shows `wall`. Where clocks jump forward the time does
 * not exist (02:30 on the night clocks go from 02:00 to 03:00) and the instant is as late as
 * the jump (03:30); where they fall back it exists twice and the first one is taken. This is
 * what `Temporal`'s "compatible" disambiguation does. So midnight on a day that starts at
 * 01:00 (Chile, Lebanon) is 01:00: the start of that day.
 */
export function instantOf(wall: Partial<WallTime> & Pick<WallTime, 'year' | 'month' | 'day'>, timeZone: string): Date {
  const full: WallTime = { hour: 0, minute: 0, second: 0, ...wall };
  const asUtc = wallClockAsUtc(full);
  // A zone changes offset at most once within two days, so the offsets a day either side
  // are the only two readings the wall time can have.
  const offsets = new Set([offsetAt(asUtc - DAY_MS, timeZone), offsetAt(asUtc + DAY_MS, timeZone)]);
  const candidates = [...offsets].map((offset) => asUtc - offset).sort((a, b) => a - b);
  const exact = candidates.find((candidate) => sameWallTime(wallTimeAt(new Date(candidate), timeZone), full));
  return new Date(exact ?? candidates.at(-1)!);
}

/** The calendar date `days` after (or before) the given one; months and years roll over. */
export function addDays<T extends Pick<WallTime, 'year' | 'month' | 'day'>>(
  date: T,
  days: number,
): Pick<WallTime, 'year' | 'month' | 'day'> {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The ISO weekday of a calendar date. */
export function weekdayOf(date: Pick<WallTime, 'year' | 'month' | 'day'>): Weekday {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/**
 * `2026-11-24T15:30` (what `<input type="datetime-local">` holds) read as a wall time;
 * seconds are allowed, anything else (and dates that do not exist) gives undefined.
 */
export function parseWallTime(text: string): WallTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const check = addDays({ year, month, day }, 0);
  if (check.year !== year || check.month !== month || check.day !== day) return undefined;
  return { year, month, day, hour, minute, second };
}

/** A wall time as `<input type="datetime-local">` holds it, to the minute: `2026-11-24T15:30`. */
export function formatWallTime(wall: WallTime): string {
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

function wallClockAsUtc(wall: WallTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

function sameWallTime(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}
