import { compareNewestFirst, type EntrySummary } from '@shared/entry-list';
import { mondayOf } from '../../dates/calendar-day';
import { formatDayHeading, formatWeekOf } from '../../dates/date-words';

/** One line of the virtual list: a week heading, a day heading, or an entry. */
export type ListRow =
  | { kind: 'week'; key: string; label: string }
  | { kind: 'day'; key: string; label: string }
  | { kind: 'entry'; key: string; entry: EntrySummary };

// Labels are cached per date: a save rebuilds the rows, and formatting ten thousand days each time would stall it.
const weekLabels = new Map<string, { weekStart: string; label: string }>();
const dayLabels = new Map<string, string>();

function weekOf(date: string) {
  let week = weekLabels.get(date);
  if (!week) {
    const weekStart = mondayOf(date);
    week = { weekStart, label: formatWeekOf(weekStart) };
    weekLabels.set(date, week);
  }
  return week;
}

function dayLabel(date: string) {
  let label = dayLabels.get(date);
  if (label === undefined) dayLabels.set(date, (label = formatDayHeading(date)));
  return label;
}

/** Newest first (by the day an entry is about, then by when it was written), under week and day headings. */
export function listRows(entries: readonly EntrySummary[]): ListRow[] {
  const sorted = isSorted(entries) ? entries : [...entries].sort(compareNewestFirst);
  const rows: ListRow[] = [];
  let week: string | null = null;
  let day: string | null = null;
  for (const entry of sorted) {
    if (entry.date !== day) {
      const { weekStart, label } = weekOf(entry.date);
      if (weekStart !== week) rows.push({ kind: 'week', key: `w:${weekStart}`, label });
      rows.push({ kind: 'day', key: `d:${entry.date}`, label: dayLabel(entry.date) });
      week = weekStart;
      day = entry.date;
    }
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  return rows;
}

function isSorted(entries: readonly EntrySummary[]): boolean {
  for (let i = 1; i < entries.length; i++) if (compareNewestFirst(entries[i - 1]!, entries[i]!) > 0) return false;
  return true;
}
