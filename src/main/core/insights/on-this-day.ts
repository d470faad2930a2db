import { addDays, addMonths, daysInMonth } from '@shared/calendar-day';
import type { EntryMeta } from '@shared/entry';
import type { OnThisDay } from '@shared/insights';

/** The same day last month or last year; the 31st falls back to the month's last day, 29 February to the 28th. */
export function sameDayIn(month: string, day: string): string {
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(month));
  return `${month}-${String(d).padStart(2, '0')}`;
}

/** Entries written a week, a month and a year before `today`. */
export function onThisDay(entries: readonly EntryMeta[], today: string): OnThisDay {
  const month = today.slice(0, 7);
  const on = (date: string) =>
    entries
      .filter((e) => e.trashedAt === null && e.date === date)
      .map(({ id, date: d, title }) => ({ id, date: d, title }));
  return {
    weekAgo: on(addDays(today, -7)),
    monthAgo: on(sameDayIn(addMonths(month, -1), today)),
    yearAgo: on(sameDayIn(addMonths(month, -12), today)),
  };
}
