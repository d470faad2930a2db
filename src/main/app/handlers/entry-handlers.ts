import { EMPTY_CONTENT } from '@shared/entry';
import { encodeEntryList, summarize } from '@shared/entry-list';
import type { HandlerTable } from '../handler-table';
import type { VaultSession } from '../vault-session';

type EntryChannels = Extract<keyof HandlerTable, `entries:${string}`>;

/** Thin calls into the vault: text, people, excerpt and word count are derived there from the content. */
export function entryHandlers(session: VaultSession): Pick<HandlerTable, EntryChannels> {
  return {
    'entries:list': async ({ trashed }) => {
      const vault = session.open();
      // Picks up what another device saved into a synced folder; only changed files are read.
      await vault.refresh();
      const metas =
        trashed === undefined
          ? [...vault.listEntries({ trashed: false }), ...vault.listEntries({ trashed: true })]
          : vault.listEntries({ trashed });
      return encodeEntryList(metas.map(summarize), vault.damaged());
    },
    'entries:get': ({ id }) => session.open().getEntry(id),
    'entries:today': async ({ date }) => {
      const vault = session.open();
      const todays = vault.listEntries({ trashed: false }).filter((e) => e.date === date);
      // The day's first reflection is its page; later ones are reached from the list.
      const first = todays.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
      if (first) return vault.getEntry(first.id);
      return vault.createEntry({ date, content: EMPTY_CONTENT });
    },
    'entries:create': (draft) => session.open().createEntry(draft),
    'entries:update': ({ id, baseRevision, patch }) => session.open().updateEntry(id, baseRevision, patch),
    'entries:trash': ({ id }) => session.open().trashEntry(id),
    'entries:restore': ({ id }) => session.open().restoreEntry(id),
    'entries:purge': ({ id }) => session.open().purgeEntry(id),
    'entries:revisions': ({ id }) => session.open().listRevisions(id),
    'entries:restoreRevision': ({ id, revision }) => session.open().restoreRevision(id, revision),
  };
}
