import { addDays, addMonths, daysInMonth, monthOf } from '@shared/calendar-day';
import type { DayRange, InsightsQuery } from '@shared/insights';

/** The days a period covers: the whole month, quarter or year that holds `today`, or the custom days. */
export function periodRange(q: InsightsQuery): DayRange {
  const year = q.today.slice(0, 4);
  switch (q.period) {
    case 'month':
      return monthRange(monthOf(q.today));
    case 'quarter': {
      const first = Math.floor((Number(q.today.slice(5, 7)) - 1) / 3) * 3 + 1;
      const start = `${year}-${String(first).padStart(2, '0')}`;
      return { from: `${start}-01`, to: monthRange(addMonths(start, 2)).to };
    }
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'custom':
      return { from: q.from!, to: q.to! };
  }
}

export function monthRange(month: string): DayRange {
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(month)).padStart(2, '0')}` };
}

/** Every day from `from` to `to`, both included. */
export function daysOf(range: DayRange): string[] {
  const out: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) out.push(d);
  return out;
}
