import type { TagKind } from '@shared/contract';
import type { EntryPatch } from '@shared/entry';
import type { Entries } from '../vault/entries';
import { renameMentions } from './rename-mentions';
import { renameInList } from '@shared/tag-index';

/**
 * Renames a tag on every entry, trashed ones included; renaming onto a name already in use merges
 * the two. People live in the text as @mentions, so those are renamed there and the tag follows.
 */
export async function renameTag(
  entries: Entries,
  kind: TagKind,
  from: string,
  to: string,
): Promise<{ changed: number }> {
  const all = [...entries.list(false), ...entries.list(true)];
  let changed = 0;
  for (const meta of all.filter((e) => e.tags[kind].includes(from))) {
    const entry = await entries.get(meta.id);
    const { worlds, free } = entry.tags;
    const patch: EntryPatch =
      kind === 'people'
        ? { content: renameMentions(entry.content, from, to).content }
        : { tags: { worlds, free, [kind]: renameInList(entry.tags[kind], from, to) } };
    await entries.update(entry.id, entry.revision, patch);
    changed += 1;
  }
  return { changed };
}
