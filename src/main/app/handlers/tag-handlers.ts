import { renameMentions } from '../../core/tags/rename-mentions';
import { renameInList, tagIndex } from '@shared/tag-index';
import type { HandlerTable } from '../handler-table';
import type { VaultSession } from '../vault-session';
import type { EntryHandlers } from './entry-handlers';

type TagChannels = Extract<keyof HandlerTable, `tags:${string}`>;

export function tagHandlers(session: VaultSession, entries: EntryHandlers): Pick<HandlerTable, TagChannels> {
  return {
    'tags:list': () => tagIndex(session.open().listEntries({ trashed: false })),
    /** Renaming onto an existing name merges the two; trashed entries are renamed too. */
    'tags:rename': async ({ kind, from, to }) => {
      const vault = session.open();
      const all = [...vault.listEntries({ trashed: false }), ...vault.listEntries({ trashed: true })];
      let changed = 0;
      for (const meta of all.filter((e) => e.tags[kind].includes(from))) {
        const entry = await vault.getEntry(meta.id);
        if (kind === 'people') {
          // People live in the text as mentions; the update derives the tag from them again.
          const { content } = renameMentions(entry.content, from, to);
          await entries['entries:update']({ id: entry.id, baseRevision: entry.revision, patch: { content } });
        } else {
          const tags = { ...entry.tags, [kind]: renameInList(entry.tags[kind], from, to) };
          await vault.updateEntry(entry.id, entry.revision, { tags });
        }
        changed += 1;
      }
      return { changed };
    },
  };
}
