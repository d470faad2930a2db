import { dayPage } from '../../core/vault/day-page';
import { compareRevision } from '../../core/vault/revision-diff';
import { encodeEntryList, summarize } from '@shared/entry-list';
import { discardIfUnwritten } from '../../core/templates/template-entries';
import type { HandlerTable } from '../handler-table';
import type { VaultSession } from '../vault-session';

type EntryChannels = Extract<keyof HandlerTable, `entries:${string}`>;

/** Thin calls into the vault: text, people, excerpt and word count are derived there from the content. */
export function entryHandlers(session: VaultSession): Pick<HandlerTable, EntryChannels> {
  return {
    'entries:list': async ({ trashed }) => {
      const vault = session.open();
      // Picks up what another device saved into a synced folder; only changed files are read.
      await vault.refresh().catch((error: unknown) => {
        // Re-encrypted elsewhere under a key this device does not hold: the vault has locked itself.
        if (vault.isLocked) session.lock('user');
        throw error;
      });
      const list = (trashed: boolean) => vault.entries.list(trashed);
      const metas = trashed === undefined ? [...list(false), ...list(true)] : list(trashed);
      return encodeEntryList(metas.map(summarize), vault.entries.damaged());
    },
    'entries:get': ({ id }) => session.open().entries.get(id),
    'entries:today': ({ date }) => dayPage(session.open().entries, date),
    'entries:create': (draft) => session.open().entries.create(draft),
    'entries:update': ({ id, baseRevision, patch }) => session.open().entries.update(id, baseRevision, patch),
    // The changed row only: the page patches its list by id instead of fetching it again.
    'entries:trash': async ({ id }) => summarize(await session.open().entries.trash(id)),
    'entries:restore': async ({ id }) => summarize(await session.open().entries.restore(id)),
    'entries:purge': ({ id }) => session.open().entries.purge(id),
    'entries:discardIfUnwritten': async ({ id }) => ({
      discarded: await discardIfUnwritten(session.open().entries, session.templates(), id),
    }),
    'entries:revisions': ({ id }) => session.open().entries.revisions(id),
    'entries:compareRevision': ({ id, revision }) => compareRevision(session.open().entries, id, revision),
    'entries:restoreRevision': ({ id, revision }) => session.open().entries.restoreRevision(id, revision),
    'entries:linkedFrom': async ({ id }) =>
      (await session.search().linkingTo(id)).map(({ meta }) => ({ id: meta.id, date: meta.date, title: meta.title })),
  };
}
