import type { EntrySummary } from '@shared/entry-list';

/** What a list calls an entry: its label (title, else first words), else a kind placeholder. */
export function entryTitle(entry: Pick<EntrySummary, 'label'>): string {
  return entry.label || 'Untitled reflection';
}
