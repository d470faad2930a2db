import type { EntryMeta } from '@shared/entry';
import type { DayRange, EntryRef } from '@shared/insights';
import type { SectionAnswer } from '@shared/lexical/prompt-rule';

/** What insights read of an entry: its summary and which of its sections are answered. */
export interface InsightEntry {
  meta: EntryMeta;
  sections: SectionAnswer[];
}

export const refOf = ({ meta }: InsightEntry): EntryRef => ({ id: meta.id, date: meta.date, title: meta.title });

export const within = (range: DayRange) => (e: InsightEntry) => e.meta.date >= range.from && e.meta.date <= range.to;

/** Oldest first; within a day, in the order written. */
export function byDate(a: InsightEntry, b: InsightEntry): number {
  if (a.meta.date !== b.meta.date) return a.meta.date < b.meta.date ? -1 : 1;
  return a.meta.createdAt < b.meta.createdAt ? -1 : a.meta.createdAt > b.meta.createdAt ? 1 : 0;
}

/** Whether the entry was written with `templateId`, or carries `tag` (case aside), as older entries may. */
export function isKind(e: InsightEntry, templateId: string, tag: string): boolean {
  return e.meta.templateId === templateId || e.meta.tags.free.some((t) => t.toLowerCase() === tag);
}
