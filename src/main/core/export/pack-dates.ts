import type { DateDetail } from '@shared/export';

/** A day as shown in a pack, at the detail the writer chose. */
export interface PackDate {
  /** Sorts and names files: `YYYY-MM-DD` (a day, or the Monday of a week) or `YYYY-MM`. */
  key: string;
  /** Words for a heading: "Monday 23 November 2026", "Week of 23 November 2026", "November 2026". */
  label: string;
}

const utc = (day: string): Date => new Date(`${day}T00:00:00Z`);
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' });
const SHORT_WORDS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const MONTH_WORDS = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** The Monday of the ISO week the day falls in. */
export function weekStart(day: string): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return isoDay(date);
}

export function packDate(day: string, detail: DateDetail): PackDate {
  switch (detail) {
    case 'week': {
      const monday = weekStart(day);
      return { key: monday, label: `Week of ${SHORT_WORDS.format(utc(monday))}` };
    }
    case 'month':
      return { key: day.slice(0, 7), label: MONTH_WORDS.format(utc(day)) };
    default:
      return { key: day, label: `${WEEKDAY.format(utc(day))} ${SHORT_WORDS.format(utc(day))}` };
  }
}

/** "3 November 2026" for a generation date or one end of a period. */
export function dayWords(day: string): string {
  return SHORT_WORDS.format(utc(day));
}
