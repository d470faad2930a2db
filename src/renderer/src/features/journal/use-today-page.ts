import { useCallback, useRef } from 'react';
import type { Entry } from '@shared/entry';
import { call } from '../../bridge';
import { localDay } from '../../dates/calendar-day';

/**
 * Today's page, fetched from main (which makes it if there is none), and whether an entry is that page: an
 * empty one is kept when left, since Today would only give it back.
 */
export function useTodayPage(saved: (entry: Entry) => void) {
  const todayPage = useRef<{ id: string; date: string } | null>(null);
  const fetchingToday = useRef<Promise<Entry> | null>(null);
  // One request at a time: two at once could each find no page and make one.
  const fetchToday = useCallback(() => {
    fetchingToday.current ??= call('entries:today', { date: localDay() })
      .then((today) => {
        todayPage.current = { id: today.id, date: today.date };
        saved(today);
        return today;
      })
      .finally(() => (fetchingToday.current = null));
    return fetchingToday.current;
  }, [saved]);
  const isTodayPage = useCallback(
    (id: string) => todayPage.current?.id === id && todayPage.current.date === localDay(),
    [],
  );
  return { fetchToday, isTodayPage };
}
