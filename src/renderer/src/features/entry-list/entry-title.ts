import type { EntrySummary } from '@shared/entry-list';
import { formatTime } from '../../dates/date-words';
import { t } from '../../i18n';

/**
 * What a list calls an entry: its title, else its first words (its label), else the template it was started
 * from, else when it was begun, so a row of entries with no words yet still tells them apart.
 */
export function entryTitle(entry: Pick<EntrySummary, 'label' | 'createdAt'>, templateName?: string): string {
  if (entry.label) return entry.label;
  if (templateName) return templateName;
  const begun = new Date(entry.createdAt);
  if (Number.isNaN(begun.getTime())) return t('entryList.blankPage');
  return t('entryList.blankPageAt', { time: formatTime(begun) });
}
