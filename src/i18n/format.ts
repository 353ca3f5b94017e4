/**
 * Dates, times, numbers, lists and phone numbers for people, in the active locale
 * (`getContactFormatLocale()`).
 *
 * `Intl` formatters are costly to construct and these run in every list row, so each one is
 * built once per locale and option set and kept.
 */
import { msg } from '@lit/localize';
import { startOfCalendarDate } from '../model/calendar.js';
import { callingCodeOf } from '../model/phone.js';
import { getContactFormatLocale } from './localization.js';

export type DateInput = Date | number | string;
export type DateTimeStyle = 'short' | 'medium' | 'long';

const formatters = new Map<string, unknown>();
const CALENDAR_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function cached<T>(kind: string, options: object, create: (locale: string) => T): T {
  const locale = getContactFormatLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

function relativeTimeFormat(options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached('relative', options, (locale) => new Intl.RelativeTimeFormat(locale, options));
}

/**
 * A date from a `Date`, a timestamp, an ISO string or a calendar date `YYYY-MM-DD` (read as
 * local midnight, not UTC, so a birthday never shifts by a day); undefined when invalid.
 */
function toDate(input: DateInput): Date | undefined {
  let date: Date | undefined;
  if (input instanceof Date) date = input;
  else if (typeof input === 'number') date = new Date(input);
  // A calendar date is read by the model's rule alone: `new Date('2026-02-30')` would be 2 March.
  else if (CALENDAR_DATE_SHAPE.test(input.trim())) date = startOfCalendarDate(input.trim());
  else date = new Date(input);
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Unreadable dates are shown as given (they may be customer data), never as "Invalid Date". */
function unreadable(input: DateInput): string {
  return typeof input === 'string' ? input : '';
}

/** Date and time: `Nov 22, 2026, 3:45 PM` (medium), `11/22/26, 3:45 PM` (short). */
export function formatDateTime(input: DateInput, style: DateTimeStyle = 'medium'): string {
  const date = toDate(input);
  return date ? dateTimeFormat({ dateStyle: style, timeStyle: 'short' }).format(date) : unreadable(input);
}

/** A date without a time: `Nov 22, 2026`; `YYYY-MM-DD` calendar dates are taken as they are. */
export function formatDate(input: DateInput, style: DateTimeStyle = 'medium'): string {
  const date = toDate(input);
  return date ? dateTimeFormat({ dateStyle: style }).format(date) : unreadable(input);
}

/** A time of day: `3:45 PM`. */
export function formatTime(input: DateInput): string {
  const date = toDate(input);
  return date ? dateTimeFormat({ timeStyle: 'short' }).format(date) : unreadable(input);
}

export interface MomentOptions {
  /** IANA zone to show the moment in; the browser's when absent. */
  readonly timeZone?: string;
  /** Add the zone's short name ("GMT+2", "EST"): when the zone is not the reader's own. */
  readonly showTimeZone?: boolean;
  /** The year is shown only when it differs from this date's (default: now). */
  readonly now?: Date;
}

/**
 * A moment a person acts on, with its weekday: "Mon, 24 Nov, 00:00" (en-GB), "Mon, Nov 24,
 * 12:00 AM" (en-US), "пн, 24 лист., 00:00" (uk); the year only when it is not the current one.
 */
export function formatMoment(input: DateInput, options: MomentOptions = {}): string {
  const date = toDate(input);
  if (!date) return unreadable(input);
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const year = dateTimeFormat({ year: 'numeric', ...zone });
  const sameYear = year.format(date) === year.format(options.now ?? new Date());
  // "00:00" where clocks run to 24 (uk, en-GB), "12:00 AM" where they do not (en-US).
  const hourCycle = dateTimeFormat({ hour: 'numeric' }).resolvedOptions().hourCycle;
  return dateTimeFormat({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    hour: hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric',
    minute: '2-digit',
    ...zone,
    ...(options.showTimeZone ? { timeZoneName: 'short' } : {}),
  }).format(date);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago or ahead, in the unit a person would use: "just now", "5 minutes ago",
 * "3 hours ago", "yesterday", "in 2 days", "last week", "3 months ago". Days count calendar
 * days, so "yesterday" is always yesterday's date. Words such as "yesterday" and "last month"
 * (`numeric: 'auto'`) are used from days up; shorter units read better as numbers.
 */
export function formatRelativeTime(
  input: DateInput,
  now: Date = new Date(),
  style: Intl.RelativeTimeFormatStyle = 'long',
): string {
  const date = toDate(input);
  if (!date) return unreadable(input);
  const diff = date.getTime() - now.getTime();
  const distance = Math.abs(diff);
  if (distance < 45 * SECOND) {
    return diff <= 0
      ? msg('just now', { id: 'time.just-now', desc: 'A moment in the past, under a minute ago.' })
      : relativeTimeFormat({ numeric: 'auto', style }).format(0, 'second');
  }
  const numeric = relativeTimeFormat({ numeric: 'always', style });
  if (distance < 45 * MINUTE) return numeric.format(roundAway(diff / MINUTE), 'minute');
  const days = calendarDayIndex(date) - calendarDayIndex(now);
  if (distance < 22 * HOUR || days === 0) return numeric.format(roundAway(diff / HOUR), 'hour');
  const words = relativeTimeFormat({ numeric: 'auto', style });
  if (Math.abs(days) < 7) return words.format(days, 'day');
  if (Math.abs(days) < 30) return words.format(Math.round(days / 7), 'week');
  const months = Math.round(days / 30.44);
  if (Math.abs(months) < 12) return words.format(months, 'month');
  return words.format(Math.round(days / 365.25), 'year');
}

/** "in 30 seconds", "2 minutes ago": a count of one unit, always as a number. */
export function formatRelativeUnit(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return relativeTimeFormat({ numeric: 'always', style: 'long' }).format(value, unit);
}

/** Rounds to the nearest whole number, never to 0 (a distance this function sees is ≥ 1 unit). */
function roundAway(value: number): number {
  const rounded = Math.round(value);
  return rounded === 0 ? Math.sign(value) : rounded;
}

/** Days since the epoch of the local calendar date, immune to DST's 23- and 25-hour days. */
function calendarDayIndex(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY);
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** `WhatsApp, Telegram and Viber` (conjunction) or `… or …` (disjunction). */
export function formatList(items: Iterable<string>, type: Intl.ListFormatType = 'conjunction'): string {
  const options: Intl.ListFormatOptions = { type, style: 'long' };
  return cached('list', options, (locale) => new Intl.ListFormat(locale, options)).format(items);
}

/**
 * Group sizes of national numbers, by calling code: `[length, groups, prefix?]`, first match
 * wins. The common shapes of the countries this product sees most; not a numbering plan
 * (that is libphonenumber's 29 kB job). Anything else gets `genericGroups`.
 */
type GroupRule = readonly [length: number, groups: readonly number[], prefix?: string];
const PHONE_GROUPS: Readonly<Record<string, readonly GroupRule[]>> = {
  '1': [[10, [3, 3, 4]]],
  '7': [[10, [3, 3, 2, 2]]],
  '20': [[10, [3, 3, 4]]],
  '27': [[9, [2, 3, 4]]],
  '30': [[10, [3, 3, 4]]],
  '31': [[9, [1, 4, 4], '6'], [9, [2, 3, 4]]],
  '33': [[9, [1, 2, 2, 2, 2]]],
  '34': [[9, [3, 3, 3]]],
  '39': [[10, [3, 3, 4]], [9, [3, 3, 3]]],
  '40': [[9, [3, 3, 3]]],
  '44': [[10, [2, 4, 4], '2'], [10, [4, 6]]],
  '48': [[9, [3, 3, 3]]],
  '49': [[11, [3, 8], '1'], [10, [3, 7], '1'], [10, [2, 8], '30'], [10, [2, 8], '40'], [10, [2, 8], '89']],
  '52': [[10, [2, 4, 4], '55'], [10, [2, 4, 4], '33'], [10, [2, 4, 4], '81'], [10, [3, 3, 4]]],
  '55': [[11, [2, 5, 4]], [10, [2, 4, 4]]],
  '57': [[10, [3, 3, 4]]],
  '61': [[9, [3, 3, 3], '4'], [9, [1, 4, 4]]],
  '63': [[10, [3, 3, 4]]],
  '81': [[10, [2, 4, 4]]],
  '82': [[10, [2, 4, 4]]],
  '86': [[11, [3, 4, 4]]],
  '90': [[10, [3, 3, 2, 2]]],
  '91': [[10, [5, 5]]],
  '92': [[10, [3, 7]]],
  '234': [[10, [3, 3, 4]]],
  '373': [[8, [2, 3, 3]]],
  '375': [[9, [2, 3, 2, 2]]],
  '380': [[9, [2, 3, 4]]],
  '420': [[9, [3, 3, 3]]],
  '966': [[9, [2, 3, 4]]],
  '971': [[9, [2, 3, 4]]],
  '972': [[9, [2, 3, 4]]],
  '994': [[9, [2, 3, 2, 2]]],
  '995': [[9, [3, 3, 3]]],
  '998': [[9, [2, 3, 2, 2]]],
};

/**
 * An E.164 number grouped for reading: `+380671234567` → `+380 67 123 4567`,
 * `+14155552671` → `+1 415 555 2671`. Anything that is not E.164 is returned as given.
 * In right-to-left text, render it inside `dir="ltr"` (a number reads left to right).
 */
export function formatPhone(e164: string): string {
  const text = e164.trim();
  if (!/^\+[1-9]\d{4,14}$/.test(text)) return e164;
  const digits = text.slice(1);
  const callingCode = callingCodeOf(digits);
  if (callingCode === undefined) return e164;
  const national = digits.slice(callingCode.length);
  const rule = (PHONE_GROUPS[callingCode] ?? []).find(
    ([length, , prefix]) => national.length === length && national.startsWith(prefix ?? ''),
  );
  const groups = rule ? rule[1] : genericGroups(national.length);
  return `+${callingCode} ${split(national, groups).join(' ')}`;
}

/** Groups of three, ending in fours rather than leaving one or two digits alone: 3-3-4, 3-4-4. */
function genericGroups(length: number): number[] {
  if (length <= 5) return [length];
  const fours = length % 3;
  const threes = (length - 4 * fours) / 3;
  return [...Array<number>(threes).fill(3), ...Array<number>(fours).fill(4)];
}

function split(text: string, groups: readonly number[]): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const size of groups) {
    parts.push(text.slice(start, start + size));
    start += size;
  }
  if (start < text.length) parts.push(text.slice(start));
  return parts.filter(Boolean);
}
