import { useId, useRef, useState } from 'react';
import type { EntryMeta } from '@shared/entry';
import { call } from '../../bridge';
import { formatFullDay, formatMoment } from '../../dates/date-words';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useFocusNext } from '../../state/use-focus-next';
import { useLoad } from '../../state/use-load';
import { entryTitle } from '../entry-list/entry-title';
import './trash.css';

/** Entries moved to the trash: each can come back, or be deleted for good after a second, inline step. */
export function TrashView(props: { onRestored?: (id: string) => void }) {
  const titleId = useId();
  const { load, retry, update } = useLoad(
    async () => newestTrashedFirst((await call('entries:list', { trashed: true })).entries),
    [],
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Busy buttons use aria-disabled, not disabled, so the focused one keeps focus while a call runs.
  /** Where focus goes after the list redraws: an entry whose first button takes it, or the heading. */
  const focusNext = useFocusNext<{ id: string | null; control: 'restore' | 'delete' | 'cancel' }>((next) => {
    const target = next.id
      ? listRef.current?.querySelector<HTMLElement>(`[data-entry="${next.id}"] [data-control="${next.control}"]`)
      : null;
    (target ?? headingRef.current)?.focus();
  });

  const act = async (entry: EntryMeta, action: 'restore' | 'purge') => {
    if (load.state !== 'ready' || busy) return;
    setBusy(entry.id);
    setError(null);
    try {
      await call(action === 'restore' ? 'entries:restore' : 'entries:purge', { id: entry.id });
      const index = load.value.findIndex((e) => e.id === entry.id);
      const rest = load.value.filter((e) => e.id !== entry.id);
      update(() => rest);
      setConfirming(null);
      const title = entryTitle(entry);
      setMessage(action === 'restore' ? `Restored “${title}”.` : `Deleted “${title}” forever.`);
      focusNext({ id: rest[Math.min(index, rest.length - 1)]?.id ?? null, control: 'restore' });
      if (action === 'restore') props.onRestored?.(entry.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const askToDelete = (id: string) => {
    if (busy) return;
    setConfirming(id);
    focusNext({ id, control: 'cancel' });
  };
  const cancelDelete = (id: string) => {
    setConfirming(null);
    focusNext({ id, control: 'delete' });
  };

  return (
    <section className="trash-view" aria-labelledby={titleId} aria-busy={load.state === 'loading'}>
      <h1 id={titleId} ref={headingRef} tabIndex={-1}>
        Trash
      </h1>
      <p role="status" className="trash-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {load.state === 'loading' && <p className="muted">Loading the trash…</p>}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={retry} />}
      {load.state === 'ready' && load.value.length === 0 && (
        <p className="trash-empty muted">
          The trash is empty. Entries you move to the trash wait here until you restore them or delete them forever.
        </p>
      )}
      {load.state === 'ready' && load.value.length > 0 && (
        <ul className="trash-list" ref={listRef}>
          {load.value.map((entry) => {
            const title = entryTitle(entry);
            const disabled = busy === entry.id;
            return (
              <li key={entry.id} className="trash-item" data-entry={entry.id}>
                <div className="trash-item-text">
                  <span className="trash-item-title">{title}</span>
                  <span className="muted trash-item-dates">
                    {formatFullDay(entry.date)}
                    {entry.trashedAt && <> · moved to the trash {formatMoment(entry.trashedAt)}</>}
                  </span>
                </div>
                {confirming === entry.id ? (
                  <div
                    className="trash-confirm"
                    role="group"
                    aria-label={`Delete “${title}” forever?`}
                    onKeyDown={(e) => e.key === 'Escape' && cancelDelete(entry.id)}
                  >
                    <span className="trash-confirm-question">Delete forever? This cannot be undone.</span>
                    <button
                      type="button"
                      className="danger"
                      data-control="confirm"
                      aria-disabled={disabled || undefined}
                      onClick={() => void act(entry, 'purge')}
                    >
                      Delete forever
                    </button>
                    <button
                      type="button"
                      data-control="cancel"
                      aria-disabled={disabled || undefined}
                      onClick={() => cancelDelete(entry.id)}
                    >
                      Cancel
                    </button>
                  </div>
                ) : (
                  <div className="trash-actions">
                    <button
                      type="button"
                      data-control="restore"
                      aria-disabled={disabled || undefined}
                      onClick={() => void act(entry, 'restore')}
                    >
                      Restore <span className="visually-hidden">“{title}”</span>
                    </button>
                    <button
                      type="button"
                      className="link-button trash-delete"
                      data-control="delete"
                      aria-disabled={disabled || undefined}
                      onClick={() => askToDelete(entry.id)}
                    >
                      Delete forever <span className="visually-hidden">“{title}”</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function newestTrashedFirst(entries: EntryMeta[]): EntryMeta[] {
  return [...entries].sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
}
