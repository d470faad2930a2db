import type { EntrySummary } from '@shared/entry-list';

/** Entries that stand for their day: live ones, not conflict copies. */
const standing = (e: EntrySummary) => e.trashedAt === null && e.conflictOf === null;

/**
 * The days either side of `day` that have a reflection, for Previous day and Next day. Today counts as a
 * day with a page even before anything is written on it, so Next always leads back to it.
 */
export function neighbourDays(
  entries: readonly EntrySummary[],
  day: string,
  today: string,
): { previous: string | null; next: string | null } {
  let previous: string | null = null;
  let next: string | null = day < today ? today : null;
  for (const e of entries) {
    if (!standing(e)) continue;
    if (e.date < day && (previous === null || e.date > previous)) previous = e.date;
    if (e.date > day && (next === null || e.date < next)) next = e.date;
  }
  return { previous, next };
}

/** The day's page: its first reflection (by when it was begun). */
export function firstOfDay(entries: readonly EntrySummary[], day: string): string | null {
  let first: EntrySummary | null = null;
  for (const e of entries)
    if (standing(e) && e.date === day && (first === null || e.createdAt < first.createdAt)) first = e;
  return first?.id ?? null;
}
