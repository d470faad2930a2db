// A day as the OS's region writes it in figures ("30/11/2026" in en-GB, "11/30/2026" in en-US,
// "30.11.2026" in de-DE, "2026/11/30" in ja-JP), and back. The native date input follows the browser's
// language instead, which is why the page draws its own.
import { daysInMonth } from './calendar-day';

type Part = 'day' | 'month' | 'year';

export interface NumericPattern {
  order: Part[];
  /** The text between the figures, as the region writes it. */
  separator: string;
}

const patterns = new Map<string, NumericPattern>();

export function numericPattern(locale: string): NumericPattern {
  let pattern = patterns.get(locale);
  if (!pattern) {
    const parts = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
      // The figures of the calendar days are stored in, whatever the region's own calendar and digits.
      calendar: 'gregory',
      numberingSystem: 'latn',
    }).formatToParts(new Date(Date.UTC(2026, 10, 30)));
    const order = parts.map((p) => p.type).filter((type): type is Part => ['day', 'month', 'year'].includes(type));
    // Without the direction marks some regions put around it, which would only confuse a text field.
    const separator = parts.find((p) => p.type === 'literal')?.value.replace(/[\u200e\u200f\u061c]/gu, '') || '/';
    pattern = order.length === 3 ? { order, separator } : { order: ['year', 'month', 'day'], separator: '-' };
    patterns.set(locale, pattern);
  }
  return pattern;
}

/** `YYYY-MM-DD` in the region's figures. */
export function formatNumericDay(day: string, locale: string): string {
  const [year, month, date] = day.split('-') as [string, string, string];
  const figures: Record<Part, string> = { year, month, day: date };
  const { order, separator } = numericPattern(locale);
  return order.map((part) => figures[part]).join(separator);
}

/**
 * The day written in `text`, in the region's order with any separator, or as `YYYY-MM-DD`; null if it
 * is not a day of the calendar. Years need four figures.
 */
export function parseNumericDay(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const figures = iso ? iso.slice(1) : trimmed.split(/[^\p{Nd}]+/u);
  if (figures.length !== 3 || figures.some((f) => !/^\d+$/.test(f))) return null;
  const order: Part[] = iso ? ['year', 'month', 'day'] : numericPattern(locale).order;
  const value = Object.fromEntries(order.map((part, i) => [part, figures[i]!])) as Record<Part, string>;
  if (value.year.length !== 4) return null;
  const year = Number(value.year);
  const month = Number(value.month);
  const date = Number(value.day);
  if (year < 1 || month < 1 || month > 12 || date < 1) return null;
  const ym = `${value.year}-${String(month).padStart(2, '0')}`;
  if (date > daysInMonth(ym)) return null;
  return `${ym}-${String(date).padStart(2, '0')}`;
}
