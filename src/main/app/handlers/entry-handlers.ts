import type { EntryPatch } from '@shared/entry';
import { EMPTY_CONTENT, type LexicalJson } from '@shared/entry';
import { encodeEntryList, summarize } from '@shared/entry-list';
import { lexicalToPlainText } from '../../core/export/plain-text';
import { peopleInContent } from '../../core/export/mentions';
import { withoutScaffolding } from '@shared/lexical/prompt-rule';
import type { HandlerTable } from '../handler-table';
import type { VaultSession } from '../vault-session';

type EntryChannels = Extract<keyof HandlerTable, `entries:${string}`>;
export type EntryHandlers = Pick<HandlerTable, EntryChannels>;

/**
 * Plain text and people are derived from the Lexical JSON here, never trusted from the page.
 * The text is the writer's own words: template prompts nobody changed are left out.
 */
export function derived(content: LexicalJson): { text: string; people: string[] } {
  // Answer paragraphs left empty would otherwise leave runs of blank lines.
  const text = lexicalToPlainText(withoutScaffolding(content))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, people: peopleInContent(content) };
}

export function entryHandlers(session: VaultSession): EntryHandlers {
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
      return vault.createEntry({ date, content: EMPTY_CONTENT, text: '' });
    },
    'entries:create': (draft) => {
      const { text, people } = derived(draft.content);
      return session.open().createEntry({ ...draft, text, tags: { ...draft.tags, people } });
    },
    'entries:update': async ({ id, baseRevision, patch }) => {
      const vault = session.open();
      const full: EntryPatch = { ...patch };
      if (patch.content) {
        const { text, people } = derived(patch.content);
        const tags = patch.tags ?? (await vault.getEntry(id)).tags;
        Object.assign(full, { text, tags: { ...tags, people } });
      } else if (patch.tags) {
        // People come only from mentions in the content; keep the saved ones.
        full.tags = { ...patch.tags, people: (await vault.getEntry(id)).tags.people };
      }
      return vault.updateEntry(id, baseRevision, full);
    },
    'entries:trash': ({ id }) => session.open().trashEntry(id),
    'entries:restore': ({ id }) => session.open().restoreEntry(id),
    'entries:purge': ({ id }) => session.open().purgeEntry(id),
    'entries:revisions': ({ id }) => session.open().listRevisions(id),
    'entries:restoreRevision': ({ id, revision }) => session.open().restoreRevision(id, revision),
  };
}
