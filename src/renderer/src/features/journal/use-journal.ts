import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TagIndex } from '@shared/contract';
import type { DamagedEntry, Entry, EntryMeta } from '@shared/entry';
import { call } from '../../bridge';

export type Journal = ReturnType<typeof useJournal>;

/** The entry list and tag index that the sidebar, calendar and tag inputs share. */
export function useJournal() {
  const [entries, setEntries] = useState<EntryMeta[]>([]);
  const [damaged, setDamaged] = useState<DamagedEntry[]>([]);
  const [tags, setTags] = useState<TagIndex>({ worlds: [], people: [], free: [] });
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const [list, index] = await Promise.all([call('entries:list', {}), call('tags:list')]);
      setEntries(list.entries);
      setDamaged(list.damaged);
      setTags(index);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);

  // Coming back to the window shows what another device saved meanwhile (a synced vault folder).
  useEffect(() => {
    void reload();
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  /** A saved entry updates its row in place; the tag index is fetched again only when tags changed. */
  const saved = useCallback((entry: Entry) => {
    let tagsChanged = false;
    setEntries((list) => {
      const old = list.find((e) => e.id === entry.id);
      tagsChanged = !old || JSON.stringify(old.tags) !== JSON.stringify(entry.tags);
      const { content: _content, text: _text, ...meta } = entry;
      return old ? list.map((e) => (e.id === entry.id ? meta : e)) : [meta, ...list];
    });
    if (tagsChanged) call('tags:list').then(setTags, setError);
  }, []);

  const suggestions = useMemo(
    () => ({
      worlds: tags.worlds.map((t) => t.name),
      people: tags.people.map((t) => t.name),
      free: tags.free.map((t) => t.name),
    }),
    [tags],
  );

  return { entries, damaged, tags, suggestions, error, reload, saved };
}
