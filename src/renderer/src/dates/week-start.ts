// The first day of the week: the writer's choice in Settings, else what the OS's region uses.
import type { Settings } from '@shared/settings';
import { formatLocale } from '../i18n/locale';

interface WeekInfo {
  /** 1 is Monday … 7 is Sunday (ISO). */
  firstDay: number;
}

/** 0 is Sunday, as in `Date.prototype.getDay`; Monday where the runtime does not know the region's week. */
export function regionFirstDay(locale: string): number {
  try {
    // Chromium has getWeekInfo(); Node 20's V8 still has the older weekInfo getter.
    const tag = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };
    const info = tag.getWeekInfo?.() ?? tag.weekInfo;
    return info ? info.firstDay % 7 : 1;
  } catch {
    return 1;
  }
}

/** The day weeks start on for this writer. */
export function weekStart(settings: Pick<Settings, 'firstDayOfWeek'>): number {
  return settings.firstDayOfWeek ?? regionFirstDay(formatLocale());
}
