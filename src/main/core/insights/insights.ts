import type { Insights, InsightsQuery } from '@shared/insights';
import { within, type InsightEntry } from './insight-entry';
import { landscapeMap } from './landscape-map';
import { periodRange } from './period';
import { setbacksAndAfter } from './setbacks';
import { templateWeeks } from './template-weeks';
import { valueLedger } from './value-ledger';
import { writingDays } from './writing-days';

const TOP_PEOPLE = 12;

/** Everything the Insights screen shows for a period, from the entries not in the trash. */
export function computeInsights(
  entries: readonly InsightEntry[],
  query: InsightsQuery,
  nameOf: (templateId: string | null) => string,
): Insights {
  const range = periodRange(query);
  const inPeriod = entries.filter(within(range));
  return {
    range,
    writing: writingDays(entries, range, query.today),
    templates: templateWeeks(inPeriod, range, nameOf),
    map: landscapeMap(entries, range),
    people: topPeople(inPeriod),
    ledger: valueLedger(inPeriod, range),
    setbacks: setbacksAndAfter(entries, range),
  };
}

/** The people @mentioned in the most entries, most first. */
export function topPeople(entries: readonly InsightEntry[]): Array<{ name: string; entries: number }> {
  const counts = new Map<string, number>();
  for (const e of entries) for (const p of new Set(e.meta.tags.people)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts]
    .map(([name, n]) => ({ name, entries: n }))
    .sort((a, b) => b.entries - a.entries || a.name.localeCompare(b.name))
    .slice(0, TOP_PEOPLE);
}
