// Calendar arithmetic on `YYYY-MM-DD` days and `YYYY-MM` months, for the screens and for insights in main.
// A day names a date, not an instant, so every step happens in UTC: the time zone and summer time never shift it.

const DAY_MS = 86_400_000;

export function dayToUtc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function utcToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, count: number): string {
  return utcToDay(new Date(dayToUtc(day).getTime() + count * DAY_MS));
}

/** 0 for Monday through 6 for Sunday, as in ISO 8601. */
export function isoWeekday(day: string): number {
  return (dayToUtc(day).getUTCDay() + 6) % 7;
}

/** The Monday that starts the ISO week holding `day`. */
export function mondayOf(day: string): string {
  return addDays(day, -isoWeekday(day));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number);
  return utcToDay(new Date(Date.UTC(y, m - 1 + count, 1))).slice(0, 7);
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Today as YYYY-MM-DD in the writer's own time zone (not UTC: a late-night entry belongs to today). */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
