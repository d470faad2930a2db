import type { PackEntry, RedactedPack } from './redacted-pack';

/** Entries under their (possibly coarsened) dates, in date order, each with an anchor for the contents. */
export interface DayGroup {
  key: string;
  label: string;
  entries: Array<{ entry: PackEntry; anchor: string; index: number }>;
}

export function dayGroups(entries: readonly PackEntry[]): DayGroup[] {
  const groups: DayGroup[] = [];
  entries.forEach((entry, index) => {
    let group = groups.at(-1);
    if (group === undefined || group.key !== entry.dateKey) {
      group = { key: entry.dateKey, label: entry.dateLabel, entries: [] };
      groups.push(group);
    }
    group.entries.push({ entry, anchor: `entry-${index + 1}`, index });
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

/**
 * Called after each entry is written, with how many are done. The export job reports progress,
 * stops when cancelled, and yields to other work here, so a big pack does not hold up main.
 */
export type Pace = (done: number) => Promise<void>;

const noPace: Pace = async () => undefined;

/** Maps entries in order, calling `pace` after each. */
export async function mapPaced<T, R>(items: readonly T[], write: (item: T) => R, pace: Pace = noPace): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) {
    out.push(write(item));
    await pace(out.length);
  }
  return out;
}

/** The cover's filled-in lines, as label and value, in the order every format shows them. */
export function coverFields(pack: RedactedPack): Array<[label: string, value: string]> {
  const cover = pack.cover;
  if (cover === null) return [];
  const rows: Array<[string, string]> = [
    ['Name', cover.author],
    ['Supervisor', cover.supervisor],
    ['Period', cover.period],
    ['Purpose', cover.purpose],
    ['Prepared', pack.generatedOn],
  ];
  return rows.filter(([, value]) => value !== '');
}
