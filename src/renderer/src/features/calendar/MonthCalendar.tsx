import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addMonths, monthOf } from '../../dates/calendar-day';
import { formatDayAndMonth, formatMonth, weekdays } from '../../dates/date-words';
import { monthGrid, stepDate } from './month-grid';
import { weekFrom } from '../settings/weekdays';
import './calendar.css';
import { t } from '../../i18n';

const MAX_DOTS = 3;

/**
 * A month as a grid of days (the ARIA grid pattern): one day is in the tab order, arrow keys move
 * between days and across into the next or previous month, Enter or Space picks the day.
 */
export function MonthCalendar(props: {
  month: string;
  onMonthChange: (month: string) => void;
  selectedDate: string | null;
  entryCounts: Record<string, number>;
  onPickDate: (date: string) => void;
  today: string;
  /** 0 Sunday … 6 Saturday (weekStart). */
  firstDay: number;
}) {
  const { month } = props;
  const titleId = useId();
  const weeks = useMemo(() => monthGrid(month, props.firstDay), [month, props.firstDay]);
  const [focusDate, setFocusDate] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  const inMonth = (date: string | null): date is string => date !== null && monthOf(date) === month;
  const tabDate = [focusDate, props.selectedDate, props.today].find(inMonth) ?? `${month}-01`;

  // After a key moves the focused day (maybe into another month), focus follows once it is drawn.
  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    const cell = gridRef.current?.querySelector<HTMLElement>(`[data-date="${target}"]`);
    if (cell) {
      cell.focus();
      pendingFocus.current = null;
    }
  });

  const moveTo = (date: string) => {
    setFocusDate(date);
    pendingFocus.current = date;
    if (monthOf(date) !== month) props.onMonthChange(monthOf(date));
  };

  const onKeyDown = (event: KeyboardEvent, date: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onPickDate(date);
      return;
    }
    const next = event.altKey || event.ctrlKey || event.metaKey ? null : stepDate(date, event.key, props.firstDay);
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  };

  return (
    <div className="month-calendar">
      <div className="month-calendar-header">
        <button
          type="button"
          className="month-calendar-step"
          aria-label={t('calendar.previous')}
          title={t('calendar.previous')}
          onClick={() => props.onMonthChange(addMonths(month, -1))}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id={titleId} className="month-calendar-title" aria-live="polite">
          {formatMonth(month)}
        </h2>
        <button
          type="button"
          className="month-calendar-step"
          aria-label={t('calendar.next')}
          title={t('calendar.next')}
          onClick={() => props.onMonthChange(addMonths(month, 1))}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table ref={gridRef} role="grid" className="month-calendar-grid" aria-labelledby={titleId}>
        <thead>
          <tr>
            {weekFrom(props.firstDay)
              .map((day) => weekdays()[(day + 6) % 7]!)
              .map((name) => (
                <th key={name.long} scope="col">
                  <span aria-hidden="true">{name.short}</span>
                  <span className="visually-hidden">{name.long}</span>
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0].date}>
              {week.map((day) => {
                if (!day.inMonth) {
                  return (
                    <td key={day.date} className="month-calendar-outside">
                      <span aria-hidden="true">{day.day}</span>
                    </td>
                  );
                }
                const count = props.entryCounts[day.date] ?? 0;
                const isToday = day.date === props.today;
                const isSelected = day.date === props.selectedDate;
                return (
                  <td
                    key={day.date}
                    role="gridcell"
                    data-date={day.date}
                    tabIndex={day.date === tabDate ? 0 : -1}
                    aria-label={dayLabel(day.date, count)}
                    aria-selected={isSelected ? true : undefined}
                    aria-current={isToday ? 'date' : undefined}
                    className={[
                      'month-calendar-day',
                      count > 0 && 'has-entries',
                      isToday && 'is-today',
                      isSelected && 'is-selected',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    onClick={() => {
                      setFocusDate(day.date);
                      props.onPickDate(day.date);
                    }}
                    onFocus={() => setFocusDate(day.date)}
                    onKeyDown={(event) => onKeyDown(event, day.date)}
                  >
                    <span className="month-calendar-number" aria-hidden="true">
                      {day.day}
                    </span>
                    <span className="month-calendar-dots" aria-hidden="true">
                      {Array.from({ length: Math.min(count, MAX_DOTS) }, (_, i) => (
                        <span key={i} className="month-calendar-dot" />
                      ))}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "18 November, 2 entries" */
function dayLabel(date: string, count: number): string {
  const day = formatDayAndMonth(date);
  if (count === 0) return day;
  return t('calendar.day', { day, entries: t('common.entries', { count }) });
}
