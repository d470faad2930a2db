import { addDays } from '@shared/calendar-day';
import type { DayRange, WritingDays } from '@shared/insights';
import { within, type InsightEntry } from './insight-entry';
import { daysOf } from './period';

/**
 * The heatmap's days and the streaks. Days are the writer's own calendar days (an entry's date), so
 * neither the clock's time zone nor month ends move them. A streak still counts today as open:
 * until the day is over, not having written yet does not break it.
 */
export function writingDays(entries: readonly InsightEntry[], range: DayRange, today: string): WritingDays {
  const perDay = new Map<string, number>();
  for (const e of entries) perDay.set(e.meta.date, (perDay.get(e.meta.date) ?? 0) + 1);

  const days = daysOf(range).map((date) => ({ date, entries: perDay.get(date) ?? 0 }));
  let longest = 0;
  let run = 0;
  for (const d of days) {
    run = d.entries > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  for (let d = perDay.has(today) ? today : addDays(today, -1); perDay.has(d); d = addDays(d, -1)) current++;

  return {
    days,
    writingDays: days.filter((d) => d.entries > 0).length,
    entries: entries.filter(within(range)).length,
    currentStreak: current,
    longestStreak: longest,
  };
}
