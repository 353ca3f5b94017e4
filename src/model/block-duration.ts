/**
 * How long a block lasts: the choices the block dialog offers and the end each one sets.
 *
 * Ends are computed in the agent's time zone, passed in by name, so "until tomorrow" is the
 * start of the agent's tomorrow wherever the code runs (see `time-zone.ts`).
 */
import { addDays, instantOf, parseWallTime, wallTimeAt, weekdayOf, type Weekday } from './time-zone.js';

export const BLOCK_DURATIONS = ['hour', 'tomorrow', 'next-week', 'next-month', 'forever', 'custom'] as const;
export type BlockDuration = (typeof BLOCK_DURATIONS)[number];
/** The durations whose end follows from the clock alone. */
export type PresetBlockDuration = Exclude<BlockDuration, 'custom'>;

export interface BlockClock {
  readonly now: Date;
  /** IANA zone the agent lives in: `Europe/Kyiv`. */
  readonly timeZone: string;
  /** The first day of the agent's week (`firstDayOfWeek(locale)`). */
  readonly firstDayOfWeek: Weekday;
}

const HOUR_MS = 3_600_000;

/**
 * When a block chosen now ends; `null` is forever.
 * - `hour`: exactly an hour from now (an hour of real time, also across a clock change);
 * - `tomorrow`: the start of the next day;
 * - `next-week`: the start of the next week (the next first day of the week, never today);
 * - `next-month`: the start of the first day of next month.
 */
export function blockEnd(duration: PresetBlockDuration, clock: BlockClock): Date | null {
  const { now, timeZone } = clock;
  const today = wallTimeAt(now, timeZone);
  switch (duration) {
    case 'hour':
      return new Date(now.getTime() + HOUR_MS);
    case 'tomorrow':
      return instantOf(addDays(today, 1), timeZone);
    case 'next-week': {
      const ahead = (clock.firstDayOfWeek - weekdayOf(today) + 7) % 7 || 7;
      return instantOf(addDays(today, ahead), timeZone);
    }
    case 'next-month': {
      const first = today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 };
      return instantOf({ ...first, day: 1 }, timeZone);
    }
    case 'forever':
      return null;
  }
}

export type CustomEndResult =
  | { readonly ok: true; readonly until: Date }
  | { readonly ok: false; readonly problem: 'missing' | 'invalid' | 'past' };

/**
 * A block end the agent typed (`2026-11-24T15:30`, read in their zone): it must exist and lie
 * in the future.
 */
export function customBlockEnd(text: string, clock: Pick<BlockClock, 'now' | 'timeZone'>): CustomEndResult {
  if (!text.trim()) return { ok: false, problem: 'missing' };
  const wall = parseWallTime(text);
  if (!wall) return { ok: false, problem: 'invalid' };
  const until = instantOf(wall, clock.timeZone);
  if (until.getTime() <= clock.now.getTime()) return { ok: false, problem: 'past' };
  return { ok: true, until };
}

/**
 * Regions whose week does not start on Monday (CLDR `weekData`), for browsers without
 * `Intl.Locale` week info. Everything else starts on Monday.
 */
const SUNDAY_FIRST = new Set(
  (
    'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ ' +
    'NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'
  ).split(' '),
);
const SATURDAY_FIRST = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));
const FRIDAY_FIRST = new Set(['MV']);

/** The first day of the week in a region (`US` → 7, Sunday), by CLDR's table. */
export function firstDayOfWeekInRegion(region: string): Weekday {
  const code = region.toUpperCase();
  if (SUNDAY_FIRST.has(code)) return 7;
  if (SATURDAY_FIRST.has(code)) return 6;
  if (FRIDAY_FIRST.has(code)) return 5;
  return 1;
}

interface WeekInfoLocale extends Intl.Locale {
  getWeekInfo?: () => { firstDay?: number };
  weekInfo?: { firstDay?: number };
}

/**
 * The first day of the week for a locale: `en-US` → 7 (Sunday), `uk` → 1 (Monday),
 * `ar-EG` → 6 (Saturday); honours `-u-fw-` (`en-US-u-fw-mon`). Uses `Intl.Locale`'s week info
 * where the browser has it (`getWeekInfo()`, or the older `weekInfo` getter), else the
 * locale's likely region and CLDR's table; Monday when nothing is known.
 */
export function firstDayOfWeek(localeTag: string): Weekday {
  let locale: WeekInfoLocale;
  try {
    locale = new Intl.Locale(localeTag) as WeekInfoLocale;
  } catch {
    return 1;
  }
  const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
  const day = info?.firstDay;
  if (typeof day === 'number' && day >= 1 && day <= 7) return day as Weekday;
  const region = locale.region ?? (typeof locale.maximize === 'function' ? locale.maximize().region : undefined);
  return region ? firstDayOfWeekInRegion(region) : 1;
}
