import { dayNumber } from './day-number';

/*
 * The rule for the prompt of the day.
 *
 * The pool is the prompts given (built-in and one's own), minus hidden ones, without
 * duplicate ids. Its order never depends on the order passed in: prompts are laid out
 * once in a fixed "base" order, sorted by a hash of their id.
 *
 * Time runs in cycles of N days, N being the size of the pool. Cycle k shows every prompt
 * exactly once, in the base order lightly shuffled: the base order is cut into blocks of at
 * most b = ⌊(N − 30) / 2⌋ + 1 positions (the cut points shifted by a seed from k) and each
 * block is shuffled with a generator seeded from k. So everything is fixed by the date and
 * the pool: the same date and pool always give the same prompt.
 *
 * Why no prompt repeats within 30 days, when N ≥ 30: within a cycle there are no repeats.
 * A prompt at base position p sits within b − 1 of p in every cycle, so from one cycle to
 * the next it moves at most 2(b − 1) ≤ N − 30 places earlier, and its two showings are at
 * least N − (N − 30) = 30 days apart. With fewer than 30 prompts (most hidden) this is
 * impossible; b is then 1, the order is fixed, and a prompt returns every N days.
 *
 * Hiding, unhiding or adding a prompt changes N and so starts a different sequence. The
 * guarantee above is for a fixed pool; `pickPromptOfTheDay` keeps it across such changes
 * by also avoiding what was actually shown in the 29 days either side.
 */

export const NO_REPEAT_DAYS = 30;

interface HasId {
  id: string;
}

export interface ShownPrompt {
  date: string;
  promptId: string;
}

/** The prompt for a date, by the rule above; null when every prompt is hidden. */
export function promptOfTheDay<P extends HasId>(
  date: string,
  prompts: readonly P[],
  hiddenIds: Iterable<string> = [],
): P | null {
  const day = dayNumber(date);
  const pool = basePool(prompts, new Set(hiddenIds));
  if (pool.length === 0) return null;
  const cycle = Math.floor(day / pool.length);
  return cycleOrder(pool, cycle)[day - cycle * pool.length]!;
}

/**
 * The prompt of the day, avoiding any prompt in `shown` within 29 days of `date` (other than
 * on `date` itself). With a fixed pool this is always `promptOfTheDay`, whose sequence never
 * conflicts with itself; after the pool changes it steps aside for up to 29 days.
 */
export function pickPromptOfTheDay<P extends HasId>(
  date: string,
  prompts: readonly P[],
  hiddenIds: Iterable<string>,
  shown: readonly ShownPrompt[],
): P | null {
  const hidden = new Set(hiddenIds);
  const pick = promptOfTheDay(date, prompts, hidden);
  const day = dayNumber(date);
  const recent = new Set(
    shown
      .filter((entry) => entry.date !== date && Math.abs(dayNumber(entry.date) - day) < NO_REPEAT_DAYS)
      .map((entry) => entry.promptId),
  );
  if (pick === null || !recent.has(pick.id)) return pick;
  const fresh = prompts.filter((prompt) => !hidden.has(prompt.id) && !recent.has(prompt.id));
  // Fewer than 30 visible prompts: a repeat cannot be avoided, so keep the sequence's pick.
  return promptOfTheDay(date, fresh) ?? pick;
}

/** Another visible prompt, chosen at random; null when there is no other. */
export function shufflePrompt<P extends HasId>(
  currentId: string | null,
  prompts: readonly P[],
  random: () => number = Math.random,
): P | null {
  const others = prompts.filter((prompt) => prompt.id !== currentId);
  if (others.length === 0) return null;
  return others[Math.min(others.length - 1, Math.floor(random() * others.length))]!;
}

function basePool<P extends HasId>(prompts: readonly P[], hidden: Set<string>): P[] {
  const byId = new Map<string, P>();
  for (const prompt of prompts) if (!hidden.has(prompt.id) && !byId.has(prompt.id)) byId.set(prompt.id, prompt);
  return [...byId.values()]
    .map((prompt) => ({ prompt, key: fnv1a(prompt.id) }))
    .sort((a, b) => a.key - b.key || (a.prompt.id < b.prompt.id ? -1 : 1))
    .map(({ prompt }) => prompt);
}

function cycleOrder<P>(pool: readonly P[], cycle: number): P[] {
  const n = pool.length;
  const block = n >= NO_REPEAT_DAYS ? Math.floor((n - NO_REPEAT_DAYS) / 2) + 1 : 1;
  const random = mulberry32(fnv1a(`cycle:${cycle}`));
  const order = [...pool];
  let start = 0;
  let end = Math.floor(random() * block) || block;
  while (start < n) {
    shuffleRange(order, start, Math.min(end, n), random);
    start = end;
    end += block;
  }
  return order;
}

function shuffleRange<T>(items: T[], start: number, end: number, random: () => number): void {
  for (let i = end - 1; i > start; i--) {
    const j = start + Math.floor(random() * (i - start + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** 32-bit FNV-1a: a small, stable string hash (stability matters more than quality here). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A tiny seeded generator, so a cycle's order is the same on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
