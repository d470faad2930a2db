import type { EntrySummary } from '@shared/entry-list';

/**
 * What a list calls an entry: its title, else its first words (its label), else the template it was started
 * from, else when it was begun, so a row of entries with no words yet still tells them apart.
 */
export function entryTitle(entry: Pick<EntrySummary, 'label' | 'createdAt'>, templateName?: string): string {
  if (entry.label) return entry.label;
  if (templateName) return templateName;
  const begun = new Date(entry.createdAt);
  if (Number.isNaN(begun.getTime())) return 'Blank page';
  return `Blank page, ${begun.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}
