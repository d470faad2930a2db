// How Landscape writes dates for people, in the OS's regional format (i18n/locale), long month names.
// Days are formatted in UTC because a `YYYY-MM-DD` day is already in the writer's zone;
// moments (ISO timestamps) are shown in the clock's own zone.
import { t } from '../i18n';
import { formatLocale } from '../i18n/locale';
import { addDays, dayToUtc } from './calendar-day';

const MOMENT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

function makeFormats(locale: string) {
  const inUtc = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  return {
    dayMonthYear: inUtc({ day: 'numeric', month: 'long', year: 'numeric' }),
    dayAndMonth: inUtc({ day: 'numeric', month: 'long' }),
    monthAndYear: inUtc({ month: 'long', year: 'numeric' }),
    weekdayShort: inUtc({ weekday: 'short' }),
    weekdayLong: inUtc({ weekday: 'long' }),
    moment: new Intl.DateTimeFormat(locale, MOMENT),
    /** To the second, for versions saved a few seconds apart. */
    momentToSecond: new Intl.DateTimeFormat(locale, { ...MOMENT, second: '2-digit' }),
    time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
  };
}

let made: { locale: string; formats: ReturnType<typeof makeFormats> } | null = null;
function formats() {
  const locale = formatLocale();
  if (made?.locale !== locale) made = { locale, formats: makeFormats(locale) };
  return made.formats;
}

/** "Week of 17 November 2025", given the week's Monday. */
export const formatWeekOf = (monday: string) =>
  t('dates.weekOf', { date: formats().dayMonthYear.format(dayToUtc(monday)) });
/** "18 November" */
export const formatDayAndMonth = (day: string) => formats().dayAndMonth.format(dayToUtc(day));
/** "Tuesday 18 November" */
export const formatDayHeading = (day: string) =>
  t('dates.weekdayAndDate', { weekday: formats().weekdayLong.format(dayToUtc(day)), date: formatDayAndMonth(day) });
/** "Tuesday 18 November 2025" */
export const formatFullDay = (day: string) =>
  t('dates.weekdayAndDate', {
    weekday: formats().weekdayLong.format(dayToUtc(day)),
    date: formats().dayMonthYear.format(dayToUtc(day)),
  });
/** "November 2025", given `YYYY-MM`. */
export const formatMonth = (month: string) => formats().monthAndYear.format(dayToUtc(`${month}-01`));

/** "18 Nov 2025, 14:05" in local time; the raw text when it is not a timestamp. */
export function formatMoment(iso: string, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (options.seconds ? formats().momentToSecond : formats().moment).format(date);
}

/** "14:05" in local time. */
export const formatTime = (date: Date) => formats().time.format(date);

/** Monday to Sunday, short ("Mon") and long ("Monday"). */
export function weekdays(): { short: string; long: string }[] {
  return Array.from({ length: 7 }, (_, i) => {
    // 5 January 2026 is a Monday.
    const date = dayToUtc(addDays('2026-01-05', i));
    return { short: formats().weekdayShort.format(date), long: formats().weekdayLong.format(date) };
  });
}
