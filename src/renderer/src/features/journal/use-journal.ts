import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { TagKind } from '@shared/contract';
import type { Entry } from '@shared/entry';
import { decodeEntryList, summarize, type EntrySummary } from '@shared/entry-list';
import { call } from '../../bridge';
import { JournalStore } from '../../state/journal-store';

export type Journal = ReturnType<typeof useJournal>;

/**
 * The journal's list for every screen: one `entries:list` on unlock (and on coming back to the window),
 * then patches by id. The sidebar, calendar, tags, trash and tag suggestions all read this one store.
 */
export function useJournal() {
  const [store] = useState(() => new JournalStore());
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const { entries, damaged } = decodeEntryList(await call('entries:list', {}));
      store.load(entries, damaged);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [store]);

  // Coming back to the window shows what another device saved meanwhile (a synced vault folder).
  useEffect(() => {
    void reload();
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  const actions = useMemo(
    () => ({
      /** A saved, created or restored entry: its row alone changes. */
      saved: (entry: Entry) => store.patch([summarize(entry)]),
      /** Trashed or restored: main's answer is the entry's row as it now is. */
      changed: (entry: EntrySummary) => store.patch([entry]),
      wasPurged: (entry: EntrySummary) => store.remove(entry.id),
      tagRenamed: (kind: TagKind, from: string, to: string) => store.renameTag(kind, from, to),
    }),
    [store],
  );

  const { tags } = snapshot;
  const suggestions = useMemo(
    () => ({
      worlds: tags.worlds.map((t) => t.name),
      people: tags.people.map((t) => t.name),
      free: tags.free.map((t) => t.name),
    }),
    [tags],
  );

  return { store, ...snapshot, ...actions, suggestions, error, reload };
}
