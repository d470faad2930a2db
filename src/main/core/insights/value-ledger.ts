import { VALUE_CYCLES, type DayRange, type ValueCycle, type ValueLedger } from '@shared/insights';
import { VALUE_CREATION_STORY } from '../templates/builtins/value-creation-story';
import { byDate, isKind, refOf, within, type InsightEntry } from './insight-entry';

/**
 * A section's cycle from its heading's first word ("Realised value", "Reframing (transformative)
 * value"), so a heading the writer retitled a little still counts. American spelling too.
 */
function cycleOf(heading: string): ValueCycle | undefined {
  const first = heading
    .toLowerCase()
    .match(/\p{L}+/u)?.[0]
    ?.replace('realized', 'realised');
  return VALUE_CYCLES.find((c) => c === first);
}

/** The cycles a story reached: each cycle whose section holds the writer's own answer. */
export function cyclesReached(e: InsightEntry): ValueCycle[] {
  const reached = new Set(e.sections.filter((s) => s.answered).flatMap((s) => cycleOf(s.heading) ?? []));
  return VALUE_CYCLES.filter((c) => reached.has(c));
}

export const isValueStory = (e: InsightEntry) => isKind(e, VALUE_CREATION_STORY.id, 'value-creation');

/** The value-creation stories in the period, oldest first, with the cycles each reached. */
export function valueLedger(entries: readonly InsightEntry[], range: DayRange): ValueLedger {
  const stories = entries
    .filter(within(range))
    .filter(isValueStory)
    .sort(byDate)
    .map((e) => ({ ...refOf(e), cycles: cyclesReached(e) }));
  const reached = Object.fromEntries(
    VALUE_CYCLES.map((c) => [c, stories.filter((s) => s.cycles.includes(c)).length]),
  ) as Record<ValueCycle, number>;
  return { stories, reached };
}
