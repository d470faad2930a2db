import { useMemo, useState } from 'react';
import type { EntrySummary } from '@shared/entry-list';
import { announce } from '../../announce/announcer';
import { localDay } from '../../dates/calendar-day';
import { EntryList } from '../entry-list/EntryList';
import { MonthCalendar } from './MonthCalendar';
import { t } from '../../i18n';

/** The Calendar screen: a month of days with their entry counts, and the entries of the day picked. */
export function CalendarScreen(props: {
  entries: readonly EntrySummary[];
  templateNames: Record<string, string>;
  onOpen: (id: string) => void;
  firstDay: number;
}) {
  const [month, setMonth] = useState(() => localDay().slice(0, 7));
  const [pickedDate, setPickedDate] = useState<string | null>(null);

  const counts = useMemo(() => {
    const byDay: Record<string, number> = {};
    for (const e of props.entries) byDay[e.date] = (byDay[e.date] ?? 0) + 1;
    return byDay;
  }, [props.entries]);

  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t('calendar.title')}</h1>
      <MonthCalendar
        month={month}
        onMonthChange={setMonth}
        selectedDate={pickedDate}
        entryCounts={counts}
        today={localDay()}
        firstDay={props.firstDay}
        onPickDate={(date) => {
          setPickedDate(date);
          // The list under the calendar changes out of sight of the focused day, so an empty day is said.
          if (!counts[date]) announce(t('calendar.nothing'));
        }}
      />
      {pickedDate && (
        <div className="calendar-day-entries">
          <EntryList
            entries={props.entries.filter((e) => e.date === pickedDate)}
            selectedId={null}
            onOpen={props.onOpen}
            templateNames={props.templateNames}
            label={t('calendar.dayEntries')}
          />
        </div>
      )}
    </section>
  );
}
