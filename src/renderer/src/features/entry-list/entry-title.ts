import type { EntryMeta } from '@shared/entry';

/** What a list calls an entry: its title, else the first line of its text, else a kind placeholder. */
export function entryTitle(entry: Pick<EntryMeta, 'title' | 'excerpt'>): string {
  const title = entry.title.trim();
  if (title) return title;
  const firstLine = entry.excerpt.trim().split(/\r?\n/, 1)[0]?.trim();
  return firstLine || 'Untitled reflection';
}
