import { useCallback, useEffect, useRef, useState } from 'react';
import type { Entry, EntryPatch } from '@shared/entry';
import { call } from '../../bridge';
import { registerFlush, trackClosingSave } from '../../state/pending-work';

/** A patch whose content may still be a function, serialized only when the save goes out. */
export type PendingPatch = Omit<EntryPatch, 'content'> & {
  content?: EntryPatch['content'] | (() => EntryPatch['content']);
};

export type SaveState =
  { kind: 'saved' } | { kind: 'unsaved' } | { kind: 'saving' } | { kind: 'error'; error: unknown };

export const AUTOSAVE_DELAY_MS = 700;

/**
 * Debounced saving of one entry. Edits merge into one pending patch; one save is in flight at a time;
 * a failed save keeps its patch so Retry (or the next edit) sends it again. Lock and close flush it.
 * It owns the entry's revision: each save names the one it was based on, and moves it on.
 */
export function useAutosave(entry: Entry, onSaved: (entry: Entry, conflict: boolean) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef<PendingPatch | null>(null);
  const revision = useRef(entry.revision);
  const [shownRevision, setShownRevision] = useState(entry.revision);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  }, [onSaved]);

  /** Sends what is pending; true once nothing is left unsaved. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    const lazy = pending.current;
    if (!lazy) return true;
    pending.current = null;
    const patch: EntryPatch = { ...lazy, content: typeof lazy.content === 'function' ? lazy.content() : lazy.content };
    if (patch.content === undefined) delete patch.content;
    setState({ kind: 'saving' });
    const save = call('entries:update', { id: entry.id, baseRevision: revision.current, patch }).then(
      ({ entry: saved, conflict }) => {
        if (!conflict) {
          revision.current = saved.revision;
          setShownRevision(saved.revision);
        }
        setState(pending.current ? { kind: 'unsaved' } : { kind: 'saved' });
        savedCallback.current(saved, conflict);
      },
      (error: unknown) => {
        pending.current = { ...patch, ...pending.current };
        setState({ kind: 'error', error });
      },
    );
    inFlight.current = save.finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
    return pending.current === null;
  }, [entry.id]);

  const change = useCallback(
    (patch: PendingPatch) => {
      pending.current = { ...pending.current, ...patch };
      // Same state object while typing, so React skips the re-render.
      setState((current) => (current.kind === 'unsaved' ? current : { kind: 'unsaved' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  // Switching entries or leaving the screen saves what is pending first.
  useEffect(() => {
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      trackClosingSave(flush());
    };
  }, [flush]);

  /** The revision the next change must name; read it after `flush`, which may move it on. */
  const latestRevision = useCallback(() => revision.current, []);

  return { state, change, flush, revision: shownRevision, latestRevision };
}
