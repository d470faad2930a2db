import { useCallback, useMemo } from 'react';
import type { Entry } from '@shared/entry';
import type { EntrySummary } from '@shared/entry-list';
import { localDay } from '../../dates/calendar-day';
import { firstOfDay, neighbourDays } from './day-steps';

/** The days with a reflection before and after the open entry's, and a way to open a day (today is Today's page). */
export function useDaySteps(
  entries: readonly EntrySummary[],
  entry: Entry | null,
  openToday: () => unknown,
  open: (id: string) => void,
) {
  const days = useMemo(
    () => (entry ? neighbourDays(entries, entry.date, localDay()) : { previous: null, next: null }),
    [entry, entries],
  );
  const openDay = useCallback(
    (day: string) => {
      if (day === localDay()) return void openToday();
      const id = firstOfDay(entries, day);
      if (id) open(id);
    },
    [entries, openToday, open],
  );
  return { days, openDay };
}
