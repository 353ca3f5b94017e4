/** Calendar dates (`YYYY-MM-DD`) in the local time zone, for date conditions and attributes. */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of a calendar date in the local time zone, or undefined if malformed. */
export function startOfCalendarDate(text: string): Date | undefined {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : undefined;
}

export function isCalendarDate(text: string): boolean {
  return startOfCalendarDate(text) !== undefined;
}

/** The local calendar date of an instant: `2026-11-22`. */
export function toCalendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar date `days` after (or before, when negative) the given one. */
export function addCalendarDays(text: string, days: number): string | undefined {
  const start = startOfCalendarDate(text);
  if (!start) return undefined;
  return toCalendarDate(new Date(start.getFullYear(), start.getMonth(), start.getDate() + days));
}
