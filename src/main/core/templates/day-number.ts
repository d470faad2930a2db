import { AppError } from '@shared/errors';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar day `YYYY-MM-DD`; negative before then. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match !== null) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC rolls 2023-02-30 over into March; a real day comes back unchanged.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return Math.round(ms / MS_PER_DAY);
    }
  }
  throw new AppError('INVALID_INPUT', `“${date}” is not a calendar day (expected YYYY-MM-DD).`);
}

/** The calendar day `days` after (or before, if negative) the given one. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}
