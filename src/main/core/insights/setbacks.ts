import type { DayRange, SetbackAfter } from '@shared/insights';
import { SETBACK_AND_RECOVERY } from '../templates/builtins/setback-and-recovery';
import { byDate, isKind, refOf, within, type InsightEntry } from './insight-entry';

const FOLLOWING = 3;

/**
 * Each setback in the period beside what came next in the same world: the next entries, written
 * after it, that share one of its worlds. A setback with no world has nothing to follow it here.
 */
export function setbacksAndAfter(entries: readonly InsightEntry[], range: DayRange): SetbackAfter[] {
  const isSetback = (e: InsightEntry) => within(range)(e) && isKind(e, SETBACK_AND_RECOVERY.id, 'setback');
  if (!entries.some(isSetback)) return [];
  const ordered = [...entries].sort(byDate);
  return ordered
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => isSetback(e))
    .map(({ e, i }) => {
      const worlds = new Set(e.meta.tags.worlds);
      const after = ordered
        .slice(i + 1)
        .filter((next) => next.meta.tags.worlds.some((w) => worlds.has(w)))
        .slice(0, FOLLOWING)
        .map(refOf);
      return { setback: { ...refOf(e), worlds: [...worlds] }, after };
    });
}
