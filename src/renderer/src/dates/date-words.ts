// How Landscape writes dates for people: British English, long month names.
// Days are formatted in UTC because a `YYYY-MM-DD` day is already in the writer's zone;
// moments (ISO timestamps) are shown in the clock's own zone.
import { addDays, dayToUtc } from './calendar-day';

const inUtc = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });

const dayMonthYear = inUtc({ day: 'numeric', month: 'long', year: 'numeric' });
const dayAndMonth = inUtc({ day: 'numeric', month: 'long' });
const monthAndYear = inUtc({ month: 'long', year: 'numeric' });
const weekdayShort = inUtc({ weekday: 'short' });
const weekdayLong = inUtc({ weekday: 'long' });
const MOMENT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const moment = new Intl.DateTimeFormat('en-GB', MOMENT);
/** To the second, for versions saved a few seconds apart. */
const momentToSecond = new Intl.DateTimeFormat('en-GB', { ...MOMENT, second: '2-digit' });

/** "Week of 17 November 2025", given the week's Monday. */
export const formatWeekOf = (monday: string) => `Week of ${dayMonthYear.format(dayToUtc(monday))}`;
/** "18 November" */
export const formatDayAndMonth = (day: string) => dayAndMonth.format(dayToUtc(day));
// Weekday and date are joined by hand: ICU versions differ on a comma between them.
/** "Tuesday 18 November" */
export const formatDayHeading = (day: string) => `${weekdayLong.format(dayToUtc(day))} ${formatDayAndMonth(day)}`;
/** "Tuesday 18 November 2025" */
export const formatFullDay = (day: string) =>
  `${weekdayLong.format(dayToUtc(day))} ${dayMonthYear.format(dayToUtc(day))}`;
/** "November 2025", given `YYYY-MM`. */
export const formatMonth = (month: string) => monthAndYear.format(dayToUtc(`${month}-01`));

/** "18 Nov 2025, 14:05" in local time; the raw text when it is not a timestamp. */
export function formatMoment(iso: string, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (options.seconds ? momentToSecond : moment).format(date);
}

/** Monday to Sunday, short ("Mon") and long ("Monday"). */
export const WEEKDAYS: readonly { short: string; long: string }[] = Array.from({ length: 7 }, (_, i) => {
  // 5 January 2026 is a Monday.
  const date = dayToUtc(addDays('2026-01-05', i));
  return { short: weekdayShort.format(date), long: weekdayLong.format(date) };
});
