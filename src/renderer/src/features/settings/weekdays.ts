import { weekdays } from '../../dates/date-words';

/** The OS locale's name for a weekday, 0 being Sunday as in `Date.prototype.getDay`. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long'): string {
  return weekdays()[(day + 6) % 7]![style];
}

/** The seven days in display order, starting from the person's first day of the week. */
export function weekFrom(firstDay: number): number[] {
  return Array.from({ length: 7 }, (_, i) => (firstDay + i) % 7);
}
