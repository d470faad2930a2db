import type { EntryMeta } from '@shared/entry';
import { summarize, type EntrySummary } from '@shared/entry-list';

let counter = 0;

/** An entry's metadata with sensible defaults; tests name only what they care about. */
export function entryMeta(overrides: Partial<EntryMeta> = {}): EntryMeta {
  counter += 1;
  return {
    id: `entry-${String(counter).padStart(4, '0')}`,
    createdAt: '2025-11-18T09:00:00.000Z',
    updatedAt: '2025-11-18T09:00:00.000Z',
    date: '2025-11-18',
    title: '',
    templateId: null,
    tags: { worlds: [], people: [], free: [] },
    revision: 1,
    trashedAt: null,
    conflictOf: null,
    excerpt: '',
    wordCount: 0,
    ...overrides,
  };
}

/** The list row the page keeps for such an entry. */
export function entrySummary(overrides: Partial<EntryMeta> = {}): EntrySummary {
  return summarize(entryMeta(overrides));
}
