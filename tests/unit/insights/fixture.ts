// A small journal with known answers for the insight functions.
import type { EntryMeta } from '@shared/entry';
import type { SectionAnswer } from '@shared/lexical/prompt-rule';
import type { InsightEntry } from '../../../src/main/core/insights/insight-entry';

let n = 0;

export function entry(
  date: string,
  over: Partial<Omit<EntryMeta, 'tags'>> & { worlds?: string[]; people?: string[]; free?: string[] } = {},
  sections: SectionAnswer[] = [],
): InsightEntry {
  n += 1;
  const { worlds = [], people = [], free = [], ...meta } = over;
  return {
    meta: {
      id: `entry-${String(n).padStart(4, '0')}`,
      createdAt: `${date}T09:00:${String(n % 60).padStart(2, '0')}.000Z`,
      updatedAt: `${date}T09:00:00.000Z`,
      date,
      title: `Entry ${n}`,
      templateId: null,
      tags: { worlds, people, free },
      revision: 1,
      trashedAt: null,
      conflictOf: null,
      excerpt: '',
      wordCount: 10,
      ...meta,
    },
    sections,
  };
}

export const answered = (...headings: string[]): SectionAnswer[] =>
  headings.map((heading) => ({ heading, prompted: true, answered: true }));
export const unanswered = (...headings: string[]): SectionAnswer[] =>
  headings.map((heading) => ({ heading, prompted: true, answered: false }));
