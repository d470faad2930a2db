import { useId, useMemo, useRef, useState } from 'react';
import type { EntrySummary } from '@shared/entry-list';
import { call } from '../../bridge';
import { formatFullDay, formatMoment } from '../../dates/date-words';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useFocusNext } from '../../state/use-focus-next';
import { entryTitle } from '../entry-list/entry-title';
import './trash.css';

/**
 * Entries moved to the trash (from the journal's store): each can come back, or be deleted for good after a
 * second, inline step. The caller patches its store with what happened.
 */
export function TrashView(props: {
  entries: readonly EntrySummary[];
  loaded: boolean;
  onRestored: (entry: EntrySummary) => void;
  onPurged: (entry: EntrySummary) => void;
}) {
  const titleId = useId();
  const list = useMemo(() => newestTrashedFirst(props.entries), [props.entries]);
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

  const act = async (entry: EntrySummary, action: 'restore' | 'purge') => {
    if (busy) return;
    setBusy(entry.id);
    setError(null);
    try {
      await call(action === 'restore' ? 'entries:restore' : 'entries:purge', { id: entry.id });
      const index = list.findIndex((e) => e.id === entry.id);
      const rest = list.filter((e) => e.id !== entry.id);
      if (action === 'restore') props.onRestored(entry);
      else props.onPurged(entry);
      setConfirming(null);
      const title = entryTitle(entry);
      setMessage(action === 'restore' ? `Restored “${title}”.` : `Deleted “${title}” forever.`);
      focusNext({ id: rest[Math.min(index, rest.length - 1)]?.id ?? null, control: 'restore' });
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
    <section className="trash-view" aria-labelledby={titleId} aria-busy={!props.loaded}>
      <h1 id={titleId} ref={headingRef} tabIndex={-1}>
        Trash
      </h1>
      <p role="status" className="trash-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {!props.loaded && <p className="muted">Loading the trash…</p>}
      {props.loaded && list.length === 0 && (
        <p className="trash-empty muted">
          The trash is empty. Entries you move to the trash wait here until you restore them or delete them forever.
        </p>
      )}
      {list.length > 0 && (
        <ul className="trash-list" ref={listRef}>
          {list.map((entry) => {
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

function newestTrashedFirst(entries: readonly EntrySummary[]): EntrySummary[] {
  return [...entries].sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
}
