import { z } from 'zod';
import { DayString } from './entry';

export const PeriodKind = z.enum(['month', 'quarter', 'year', 'custom']);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** "This month", "this quarter" and "this year" hold `today`; a custom period is from–to, both days included. */
export const InsightsQuery = z
  .object({ today: DayString, period: PeriodKind, from: DayString.optional(), to: DayString.optional() })
  .refine((q) => q.period !== 'custom' || (q.from !== undefined && q.to !== undefined && q.from <= q.to), {
    message: 'a custom period needs a start day on or before its end day',
  });
export type InsightsQuery = z.infer<typeof InsightsQuery>;

export interface DayRange {
  from: string;
  to: string;
}

/** The stages of value creation (Wenger, Trayner & de Laat 2011; Wenger-Trayner 2020). */
export const VALUE_CYCLES = [
  'immediate',
  'potential',
  'applied',
  'realised',
  'reframing',
  'enabling',
  'strategic',
] as const;
export type ValueCycle = (typeof VALUE_CYCLES)[number];

export interface EntryRef {
  id: string;
  date: string;
  title: string;
}

export interface WritingDays {
  /** Each day in the period with how many entries are dated that day (0 included). */
  days: Array<{ date: string; entries: number }>;
  writingDays: number;
  entries: number;
  /** Days in a row up to today (or up to yesterday, while today is still unwritten). */
  currentStreak: number;
  /** The longest run of days in a row within the period. */
  longestStreak: number;
}

export interface TemplateWeeks {
  /** The Monday of each week in the period. */
  weeks: string[];
  /** One row per template used; null is "no template". */
  series: Array<{ templateId: string | null; name: string; perWeek: number[]; total: number }>;
}

export interface LandscapeMap {
  /** x and y between 0 and 1. */
  nodes: Array<{ world: string; entries: number; x: number; y: number; entryIds: string[] }>;
  edges: Array<{ a: string; b: string; entries: number; entryIds: string[] }>;
  /** Worlds written about in the 90 days before the period, but not in it. */
  quiet: string[];
}

export interface ValueStory extends EntryRef {
  cycles: ValueCycle[];
}

export interface ValueLedger {
  stories: ValueStory[];
  /** How many stories reached each cycle. */
  reached: Record<ValueCycle, number>;
}

export interface SetbackAfter {
  setback: EntryRef & { worlds: string[] };
  /** The next entries (up to three) sharing a world with the setback. */
  after: EntryRef[];
}

export interface Insights {
  range: DayRange;
  writing: WritingDays;
  templates: TemplateWeeks;
  map: LandscapeMap;
  people: Array<{ name: string; entries: number }>;
  ledger: ValueLedger;
  setbacks: SetbackAfter[];
}

export interface OnThisDay {
  weekAgo: EntryRef[];
  monthAgo: EntryRef[];
  yearAgo: EntryRef[];
}
