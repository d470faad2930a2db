import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/main/core/templates/day-number';
import {
  pickPromptOfTheDay,
  promptOfTheDay,
  type ShownPrompt,
  shufflePrompt,
} from '../../../src/main/core/templates/prompt-of-the-day';
import { BUILT_IN_PROMPTS } from '../../../src/main/core/templates/prompts';
import type { Prompt } from '@shared/template';

const THREE_YEARS = 3 * 366;

function days(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

/** The first pair of days within 30 of each other that show the same prompt, if any. */
function firstRepeat(sequence: readonly (string | undefined)[], window = 30): [number, number] | null {
  const lastSeen = new Map<string, number>();
  for (const [day, id] of sequence.entries()) {
    if (id === undefined) continue;
    const before = lastSeen.get(id);
    if (before !== undefined && day - before < window) return [before, day];
    lastSeen.set(id, day);
  }
  return null;
}

function ownPrompts(count: number): Prompt[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `own-${i}`,
    theme: 'learning' as const,
    text: `My prompt ${i}?`,
    builtIn: false,
  }));
}

describe('promptOfTheDay', () => {
  it('is the same for the same date, whatever order the prompts come in', () => {
    const reversed = [...BUILT_IN_PROMPTS].reverse();
    for (const date of days('2025-03-01', 60)) {
      expect(promptOfTheDay(date, BUILT_IN_PROMPTS)).toBe(promptOfTheDay(date, BUILT_IN_PROMPTS));
      expect(promptOfTheDay(date, reversed)?.id).toBe(promptOfTheDay(date, BUILT_IN_PROMPTS)?.id);
    }
  });

  it('varies from day to day and from cycle to cycle', () => {
    const first = days('2025-01-01', 96).map((date) => promptOfTheDay(date, BUILT_IN_PROMPTS)!.id);
    const second = days('2025-01-01', 192)
      .slice(96)
      .map((date) => promptOfTheDay(date, BUILT_IN_PROMPTS)!.id);
    expect(new Set(first).size).toBeGreaterThan(30);
    expect(first).not.toEqual(second);
  });

  it.each([
    ['all built-ins', BUILT_IN_PROMPTS, []],
    ['built-ins with 20 hidden', BUILT_IN_PROMPTS, BUILT_IN_PROMPTS.slice(10, 30).map((prompt) => prompt.id)],
    ['built-ins with 66 hidden (exactly 30 left)', BUILT_IN_PROMPTS, BUILT_IN_PROMPTS.slice(0, 66).map((p) => p.id)],
    ['31 visible', BUILT_IN_PROMPTS, BUILT_IN_PROMPTS.slice(0, 65).map((prompt) => prompt.id)],
    ['built-ins plus own prompts', [...BUILT_IN_PROMPTS, ...ownPrompts(7)], []],
    ['own prompts only', ownPrompts(45), []],
  ] as const)('never repeats within 30 days over three years: %s', (_name, prompts, hidden) => {
    for (const start of ['2024-01-01', '1969-06-01']) {
      const sequence = days(start, THREE_YEARS).map((date) => promptOfTheDay(date, prompts, hidden)?.id);
      expect(sequence.every((id) => id !== undefined && !hidden.includes(id as never))).toBe(true);
      expect(firstRepeat(sequence)).toBeNull();
    }
  });

  it('shows every visible prompt over time', () => {
    const shown = new Set(days('2024-01-01', THREE_YEARS).map((date) => promptOfTheDay(date, BUILT_IN_PROMPTS)!.id));
    expect(shown.size).toBe(BUILT_IN_PROMPTS.length);
  });

  it('with fewer than 30 visible prompts, cycles through all before any repeats', () => {
    const prompts = ownPrompts(12);
    const sequence = days('2024-01-01', 365).map((date) => promptOfTheDay(date, prompts)!.id);
    expect(firstRepeat(sequence, 12)).toBeNull();
  });

  it('is null when every prompt is hidden, and refuses a date that is not a day', () => {
    expect(
      promptOfTheDay(
        '2025-01-01',
        BUILT_IN_PROMPTS,
        BUILT_IN_PROMPTS.map((prompt) => prompt.id),
      ),
    ).toBeNull();
    expect(promptOfTheDay('2025-01-01', [])).toBeNull();
    expect(() => promptOfTheDay('2025-02-30', BUILT_IN_PROMPTS)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => promptOfTheDay('today', BUILT_IN_PROMPTS)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('pickPromptOfTheDay', () => {
  it('matches promptOfTheDay while the pool stays the same', () => {
    const shown: ShownPrompt[] = [];
    for (const date of days('2025-01-01', 200)) {
      const pick = pickPromptOfTheDay(date, BUILT_IN_PROMPTS, [], shown)!;
      expect(pick.id).toBe(promptOfTheDay(date, BUILT_IN_PROMPTS)!.id);
      shown.push({ date, promptId: pick.id });
    }
  });

  it('keeps what was shown free of repeats while the writer hides, unhides and adds prompts', () => {
    const shown: ShownPrompt[] = [];
    const sequence: string[] = [];
    let own: Prompt[] = [];
    let hidden: string[] = [];
    for (const [i, date] of days('2024-01-01', THREE_YEARS).entries()) {
      // Change the pool every 11 days: hide a changing slice, add an own prompt.
      if (i % 11 === 0) {
        own = ownPrompts(Math.floor(i / 11) % 9);
        hidden = BUILT_IN_PROMPTS.slice(i % 50, (i % 50) + ((i / 11) % 3) * 10).map((prompt) => prompt.id);
      }
      const pick = pickPromptOfTheDay(date, [...BUILT_IN_PROMPTS, ...own], hidden, shown)!;
      expect(hidden).not.toContain(pick.id);
      shown.push({ date, promptId: pick.id });
      sequence.push(pick.id);
    }
    expect(firstRepeat(sequence)).toBeNull();
  });

  it('without the log, a pool change can bring a prompt back early (why the library keeps one)', () => {
    const hidden = BUILT_IN_PROMPTS.slice(0, 5).map((prompt) => prompt.id);
    const sequence = days('2024-01-01', THREE_YEARS).map(
      (date, i) => promptOfTheDay(date, BUILT_IN_PROMPTS, i % 40 < 20 ? [] : hidden)!.id,
    );
    expect(firstRepeat(sequence)).not.toBeNull();
  });
});

describe('shufflePrompt', () => {
  it('picks another prompt, spread across all the others', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const picks = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const pick = shufflePrompt('setback-01', BUILT_IN_PROMPTS, random)!;
      expect(pick.id).not.toBe('setback-01');
      picks.add(pick.id);
    }
    expect(picks.size).toBe(BUILT_IN_PROMPTS.length - 1);
  });

  it('is null when there is no other prompt', () => {
    expect(shufflePrompt('setback-01', BUILT_IN_PROMPTS.slice(0, 1))).toBeNull();
    expect(shufflePrompt(null, [])).toBeNull();
    expect(shufflePrompt(null, BUILT_IN_PROMPTS.slice(0, 1), () => 0.9999999)?.id).toBe('setback-01');
  });
});
