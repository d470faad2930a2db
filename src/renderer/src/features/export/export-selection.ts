import { compareNewestFirst, type EntrySummary } from '@shared/entry-list';

/** What chooses entries for a pack; empty fields choose everything. */
export interface ExportFilter {
  from: string;
  to: string;
  templateId: string;
  world: string;
  tag: string;
}

export const NO_FILTER: ExportFilter = { from: '', to: '', templateId: '', world: '', tag: '' };

/** The entries the filter chooses, oldest first (the order of a pack). */
export function chooseEntries(entries: readonly EntrySummary[], filter: ExportFilter): EntrySummary[] {
  return entries
    .filter(
      (entry) =>
        (filter.from === '' || entry.date >= filter.from) &&
        (filter.to === '' || entry.date <= filter.to) &&
        (filter.templateId === '' || entry.templateId === filter.templateId) &&
        (filter.world === '' || entry.tags.worlds.includes(filter.world)) &&
        (filter.tag === '' || entry.tags.free.includes(filter.tag)),
    )
    .sort((a, b) => compareNewestFirst(b, a));
}

/** Every distinct value, sorted, for the filter's choices. */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}
