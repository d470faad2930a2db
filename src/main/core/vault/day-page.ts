import { EMPTY_CONTENT, type Entry } from '@shared/entry';
import type { Entries } from './entries';

/** Asks for a day's page still being answered, per journal: a second ask waits for the first. */
const answering = new WeakMap<Entries, Map<string, Promise<Entry>>>();

/**
 * A day's page: its first reflection, or a new empty one. Two asks at once for the same day (two windows, a
 * double press, a slow disk) share one answer, so a day never gets two pages by accident.
 */
export function dayPage(entries: Entries, date: string): Promise<Entry> {
  let byDay = answering.get(entries);
  if (!byDay) answering.set(entries, (byDay = new Map()));
  const known = byDay.get(date);
  if (known) return known;
  const answer = firstOrNew(entries, date).finally(() => byDay.delete(date));
  byDay.set(date, answer);
  return answer;
}

function firstOrNew(entries: Entries, date: string): Promise<Entry> {
  // The day's first reflection is its page; later ones are reached from the list.
  const first = entries
    .list(false)
    .filter((e) => e.date === date)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  return first ? entries.get(first.id) : entries.create({ date, content: EMPTY_CONTENT });
}
