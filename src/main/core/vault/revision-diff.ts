import { diffWords } from 'diff';
import type { TextChange } from '@shared/entry';
import type { Entries } from './entries';

/**
 * What changed in the writer's words from an earlier version to now, word by word: runs of kept, removed and
 * added text in reading order. Both are the plain text main derives from the content, so the page never
 * reads or compares content itself.
 */
export function wordChanges(before: string, now: string): TextChange[] {
  return diffWords(before, now).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'kept',
    text: part.value,
  }));
}

/** An entry's earlier revision against its newest, as wordChanges. */
export async function compareRevision(entries: Entries, id: string, revision: number): Promise<TextChange[]> {
  const [before, now] = await Promise.all([entries.revision(id, revision), entries.get(id)]);
  return wordChanges(before.text, now.text);
}
