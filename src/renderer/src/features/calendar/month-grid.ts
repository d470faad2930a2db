import { addDays, addMonths, daysInMonth, isoWeekday, monthOf } from '../../dates/calendar-day';

export interface GridDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the days of the months before and after that fill the first and last weeks. */
  inMonth: boolean;
}

/** Days since the start of the week `date` is in; `firstDay` 0 is Sunday, as in `Date.prototype.getDay`. */
export function intoWeek(date: string, firstDay: number): number {
  return (isoWeekday(date) + 1 - firstDay + 7) % 7;
}

/**
 * The weeks of a `YYYY-MM` month, starting on `firstDay` (0 Sunday … 6 Saturday; Monday by default),
 * padded with the neighbouring months' days. Only the weeks the month touches: four to six of them.
 */
export function monthGrid(month: string, firstDay = 1): GridDay[][] {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  const start = addDays(first, -intoWeek(first, firstDay));
  const end = addDays(last, 6 - intoWeek(last, firstDay));
  const weeks: GridDay[][] = [];
  for (let date = start; date <= end; date = addDays(date, 1)) {
    if (intoWeek(date, firstDay) === 0) weeks.push([]);
    weeks[weeks.length - 1].push({ date, day: Number(date.slice(8)), inMonth: monthOf(date) === month });
  }
  return weeks;
}

/** The keys that move the focused day, and where each one goes from `date`. */
export function stepDate(date: string, key: string, firstDay = 1): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -intoWeek(date, firstDay));
    case 'End':
      return addDays(date, 6 - intoWeek(date, firstDay));
    case 'PageUp':
      return sameDayInMonth(date, -1);
    case 'PageDown':
      return sameDayInMonth(date, 1);
    default:
      return null;
  }
}

/** The same day of the month `count` months away, kept inside shorter months (31 Jan → 28 or 29 Feb). */
export function sameDayInMonth(date: string, count: number): string {
  const month = addMonths(monthOf(date), count);
  const day = Math.min(Number(date.slice(8)), daysInMonth(month));
  return `${month}-${String(day).padStart(2, '0')}`;
}
