import type { EntryMeta } from '@shared/entry';
import { mondayOf } from '../../dates/calendar-day';
import { formatDayHeading, formatWeekOf } from '../../dates/date-words';

export interface DayGroup {
  date: string;
  /** "Tuesday 18 November" */
  label: string;
  entries: EntryMeta[];
}

export interface WeekGroup {
  /** The Monday that starts the ISO week. */
  weekStart: string;
  /** "Week of 17 November 2025" */
  label: string;
  days: DayGroup[];
}

/** Newest first: by the day an entry is about, then by when it was written. */
export function sortEntries(entries: readonly EntryMeta[]): EntryMeta[] {
  // Both are ISO 8601 text, which sorts as it reads.
  return [...entries].sort((a, b) => compareDesc(a.date, b.date) || compareDesc(a.createdAt, b.createdAt));
}

/** Entries by ISO week (Monday to Sunday), then by day, newest first throughout. */
export function groupEntries(entries: readonly EntryMeta[]): WeekGroup[] {
  const weeks: WeekGroup[] = [];
  for (const entry of sortEntries(entries)) {
    const weekStart = mondayOf(entry.date);
    let week = weeks.at(-1);
    if (week?.weekStart !== weekStart) {
      week = { weekStart, label: formatWeekOf(weekStart), days: [] };
      weeks.push(week);
    }
    let day = week.days.at(-1);
    if (day?.date !== entry.date) {
      day = { date: entry.date, label: formatDayHeading(entry.date), entries: [] };
      week.days.push(day);
    }
    day.entries.push(entry);
  }
  return weeks;
}

function compareDesc(a: string, b: string): number {
  return a === b ? 0 : a < b ? 1 : -1;
}
