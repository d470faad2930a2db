import { useId, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EntrySummary } from '@shared/entry-list';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useFocusNext } from '../../state/use-focus-next';
import { entryTitle } from '../entry-list/entry-title';
import { TrashItem } from './TrashItem';
import './trash.css';
import { t } from '../../i18n';

/**
 * Entries moved to the trash (from the journal's store): each can come back, or be deleted for good after a
 * second, inline step. The caller patches its store with what happened. The list is virtual, as the sidebar's
 * is, so a trash of thousands costs what a trash of ten does.
 */
export function TrashView(props: {
  entries: readonly EntrySummary[];
  loaded: boolean;
  /** With the entry's row as main now has it. */
  onRestored: (entry: EntrySummary) => void;
  onPurged: (entry: EntrySummary) => void;
  templateNames?: Readonly<Record<string, string>>;
}) {
  const titleId = useId();
  const templateOf = (entry: EntrySummary) => (entry.templateId ? props.templateNames?.[entry.templateId] : undefined);
  const list = useMemo(() => newestTrashedFirst(props.entries), [props.entries]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => 64,
    getItemKey: (i) => list[i]!.id,
    overscan: 6,
  });
  // Busy buttons use aria-disabled, not disabled, so the focused one keeps focus while a call runs.
  /** Where focus goes after the list redraws: an entry whose first button takes it, or the heading. */
  const focusNext = useFocusNext<{ id: string | null; control: 'restore' | 'delete' | 'cancel' }>((next) => {
    const index = next.id ? list.findIndex((e) => e.id === next.id) : -1;
    if (index < 0) return headingRef.current?.focus();
    // The row may be out of view, and so not drawn: scroll it in, then focus once it is.
    virtualizer.scrollToIndex(index, { align: 'auto' });
    let frames = 0;
    const place = () => {
      const target = listRef.current?.querySelector<HTMLElement>(
        `[data-entry="${next.id}"] [data-control="${next.control}"]`,
      );
      if (target) target.focus();
      else if (frames++ < 30) requestAnimationFrame(place);
      else headingRef.current?.focus();
    };
    place();
  });

  const act = async (entry: EntrySummary, action: 'restore' | 'purge') => {
    if (busy) return;
    setBusy(entry.id);
    setError(null);
    try {
      if (action === 'restore') props.onRestored(await call('entries:restore', { id: entry.id }));
      else {
        await call('entries:purge', { id: entry.id });
        props.onPurged(entry);
      }
      const index = list.findIndex((e) => e.id === entry.id);
      const rest = list.filter((e) => e.id !== entry.id);
      setConfirming(null);
      const title = entryTitle(entry, templateOf(entry));
      setMessage(action === 'restore' ? t('trash.restored', { title }) : t('trash.deleted', { title }));
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
  const restore = (entry: EntrySummary) => void act(entry, 'restore');
  const purge = (entry: EntrySummary) => void act(entry, 'purge');

  return (
    <section className="trash-view" aria-labelledby={titleId} aria-busy={!props.loaded}>
      <h1 id={titleId} ref={headingRef} tabIndex={-1}>
        {t('trash.title')}
      </h1>
      <p role="status" className="trash-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {!props.loaded && <p className="muted">{t('trash.loading')}</p>}
      {props.loaded && list.length === 0 && <p className="trash-empty muted">{t('trash.empty')}</p>}
      {list.length > 0 && (
        <div className="trash-list" ref={listRef} role="list" aria-label={t('trash.list')}>
          <div className="trash-list-canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const entry = list[item.index]!;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-entry={entry.id}
                  className="trash-item"
                  role="listitem"
                  aria-setsize={list.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <TrashItem
                    templateName={templateOf(entry)}
                    entry={entry}
                    confirming={confirming === entry.id}
                    busy={busy === entry.id}
                    onRestore={restore}
                    onAskDelete={askToDelete}
                    onPurge={purge}
                    onCancelDelete={cancelDelete}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

function newestTrashedFirst(entries: readonly EntrySummary[]): EntrySummary[] {
  return [...entries].sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
}
