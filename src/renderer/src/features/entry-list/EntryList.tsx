import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TagKind } from '@shared/contract';
import type { EntrySummary } from '@shared/entry-list';
import { EntryItem } from './EntryItem';
import { listRows, type ListRow } from './group-entries';
import './entries.css';
import { t } from '../../i18n';

const ESTIMATE: Record<ListRow['kind'], number> = { week: 30, day: 26, entry: 52 };

/**
 * Entries by week, then by day, newest first, drawn virtually: only the rows on screen (plus a few) are in
 * the page, whatever the size of the journal. Each entry is a plain button under headings, so headings let
 * screen-reader users jump by week; arrow keys, Home and End move between entries and scroll them in.
 */
export function EntryList(props: {
  entries: readonly EntrySummary[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** A world, person or tag chip was clicked: search by it. */
  onFilter?: (kind: TagKind, name: string) => void;
  templateNames?: Record<string, string>;
  label?: string;
}) {
  const rows = useMemo(() => listRows(props.entries), [props.entries]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // Its functions are read fresh each render and never memoised, which is what the rule warns about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ESTIMATE[rows[i]!.kind],
    getItemKey: (i) => rows[i]!.key,
    overscan: 6,
  });

  const indexOf = (id: string) => rows.findIndex((r) => r.kind === 'entry' && r.entry.id === id);

  // Opening an entry elsewhere (Today, the calendar, a new entry) brings its row into view.
  const { selectedId } = props;
  useEffect(() => {
    if (!selectedId) return;
    const index = rows.findIndex((r) => r.kind === 'entry' && r.entry.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // Only a new selection scrolls; a save that rebuilds the rows must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  // Focus follows the keyboard once the target row has been drawn.
  useEffect(() => {
    if (!focusId) return;
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const button = scrollRef.current?.querySelector<HTMLElement>(`[data-entry-id="${focusId}"]`);
      if (button) {
        button.focus();
        setFocusId(null);
      } else if (frames++ < 30) handle = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-entry-id]')?.dataset.entryId;
    if (!from) return;
    const entryRows = rows.flatMap((r, i) => (r.kind === 'entry' ? [i] : []));
    const at = entryRows.indexOf(indexOf(from));
    const target =
      event.key === 'ArrowDown'
        ? entryRows[at + 1]
        : event.key === 'ArrowUp'
          ? entryRows[at - 1]
          : event.key === 'Home'
            ? entryRows[0]
            : event.key === 'End'
              ? entryRows.at(-1)
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    const row = rows[target]!;
    if (row.kind !== 'entry') return;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setFocusId(row.entry.id);
  };

  if (rows.length === 0) return <p className="entry-list-empty muted">{t('entryList.empty')}</p>;

  return (
    <div
      ref={scrollRef}
      className="entry-list"
      role="region"
      aria-label={props.label ?? t('journal.entries')}
      data-rows={rows.length}
      onKeyDown={onKeyDown}
    >
      <div className="entry-list-canvas" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={`entry-row entry-row-${row.kind}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'week' && <h3 className="entry-week-heading">{row.label}</h3>}
              {row.kind === 'day' && <h4 className="entry-day-heading">{row.label}</h4>}
              {row.kind === 'entry' && (
                <EntryItem
                  entry={row.entry}
                  selected={row.entry.id === props.selectedId}
                  templateName={row.entry.templateId ? props.templateNames?.[row.entry.templateId] : undefined}
                  onOpen={props.onOpen}
                  onFilter={props.onFilter}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
