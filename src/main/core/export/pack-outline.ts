import type { PackEntry } from './redacted-pack';

/** Entries under their (possibly coarsened) dates, in date order, each with an anchor for the contents. */
export interface DayGroup {
  key: string;
  label: string;
  entries: Array<{ entry: PackEntry; anchor: string }>;
}

export function dayGroups(entries: readonly PackEntry[]): DayGroup[] {
  const groups: DayGroup[] = [];
  entries.forEach((entry, index) => {
    let group = groups.at(-1);
    if (group === undefined || group.key !== entry.dateKey) {
      group = { key: entry.dateKey, label: entry.dateLabel, entries: [] };
      groups.push(group);
    }
    group.entries.push({ entry, anchor: `entry-${index + 1}` });
  });
  return groups;
}

/** The line under an entry's title: "Template: Gibbs · Worlds: Council · Tags: housing". */
export function entryMeta(entry: PackEntry): string {
  return [
    entry.templateName ? `Template: ${entry.templateName}` : '',
    entry.worlds.length ? `Worlds: ${entry.worlds.join(', ')}` : '',
    entry.tags.length ? `Tags: ${entry.tags.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
