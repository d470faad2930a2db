import { addDays, mondayOf } from '@shared/calendar-day';
import type { DayRange, TemplateWeeks } from '@shared/insights';
import { within, type InsightEntry } from './insight-entry';

/** Entries per template per week (weeks start on Monday), most used template first. */
export function templateWeeks(
  entries: readonly InsightEntry[],
  range: DayRange,
  nameOf: (templateId: string | null) => string,
): TemplateWeeks {
  const weeks: string[] = [];
  for (let w = mondayOf(range.from); w <= range.to; w = addDays(w, 7)) weeks.push(w);
  const column = new Map(weeks.map((w, i) => [w, i]));
  const rows = new Map<string | null, number[]>();
  for (const e of entries.filter(within(range))) {
    const row = rows.get(e.meta.templateId) ?? weeks.map(() => 0);
    row[column.get(mondayOf(e.meta.date))!]! += 1;
    rows.set(e.meta.templateId, row);
  }
  const series = [...rows].map(([templateId, perWeek]) => ({
    templateId,
    name: nameOf(templateId),
    perWeek,
    total: perWeek.reduce((a, b) => a + b, 0),
  }));
  series.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { weeks, series };
}
