import { useCallback, useState } from 'react';
import type { Entry } from '@shared/entry';
import { entryAfter } from '@shared/entry-list';
import { call } from '../../bridge';
import type { Journal } from './use-journal';

/**
 * Move to trash, with Undo. The list's next entry is opened in its place (Today's page when none is left),
 * quietly: focus stays on the toast's Undo. Undo brings the trashed entry back and opens it.
 */
export function useTrash(
  journal: Pick<Journal, 'order' | 'changed'>,
  land: (load: () => Promise<Entry>, quiet: boolean) => Promise<unknown>,
  openToday: () => Promise<Entry>,
  onError: (error: unknown) => void,
) {
  const [trashed, setTrashed] = useState<Entry | null>(null);
  const { order, changed } = journal;

  const trash = useCallback(
    async (victim: Entry) => {
      const next = entryAfter(order, victim.id);
      try {
        changed(await call('entries:trash', { id: victim.id }));
      } catch (e) {
        return onError(e);
      }
      await land(next ? () => call('entries:get', { id: next }) : openToday, true);
      // The toast comes once the next entry is in place, so its Undo keeps focus and Escape finds that entry.
      setTrashed(victim);
    },
    [order, changed, land, openToday, onError],
  );

  const undo = useCallback(async () => {
    if (!trashed) return;
    setTrashed(null);
    try {
      changed(await call('entries:restore', { id: trashed.id }));
    } catch (e) {
      return onError(e);
    }
    await land(() => call('entries:get', { id: trashed.id }), false);
  }, [trashed, changed, land, onError]);

  const dismiss = useCallback(() => setTrashed(null), []);

  return { trashed, trash, undo, dismiss };
}
