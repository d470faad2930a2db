import { Fragment, useMemo } from 'react';
import type { TagKind } from '@shared/contract';
import type { EntryMeta } from '@shared/entry';
import { entryTitle } from './entry-title';
import { groupEntries } from './group-entries';
import './entries.css';

/**
 * Entries by week, then by day, newest first. Each entry is a plain button: a list of buttons
 * under headings is simpler than a listbox, and headings let screen-reader users jump by week.
 */
export function EntryList(props: {
  entries: EntryMeta[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** A world, person or tag chip was clicked: search by it. */
  onFilter?: (kind: TagKind, name: string) => void;
  templateNames?: Record<string, string>;
}) {
  const weeks = useMemo(() => groupEntries(props.entries), [props.entries]);

  if (weeks.length === 0) return <p className="entry-list-empty muted">No reflections yet.</p>;

  return (
    <div className="entry-list">
      {weeks.map((week) => (
        <div key={week.weekStart} className="entry-week">
          <h3 className="entry-week-heading">{week.label}</h3>
          {week.days.map((day) => (
            <div key={day.date} className="entry-day">
              <h4 className="entry-day-heading">{day.label}</h4>
              <ul className="entry-items">
                {day.entries.map((entry) => (
                  <li key={entry.id}>
                    <EntryItem
                      entry={entry}
                      selected={entry.id === props.selectedId}
                      templateName={entry.templateId ? props.templateNames?.[entry.templateId] : undefined}
                      onOpen={props.onOpen}
                      onFilter={props.onFilter}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

function EntryItem(props: {
  entry: EntryMeta;
  selected: boolean;
  templateName: string | undefined;
  onOpen: (id: string) => void;
  onFilter?: (kind: TagKind, name: string) => void;
}) {
  const { entry, onFilter } = props;
  const chips: Array<{ key: string; text: string; kind: TagKind; name: string }> = [
    ...entry.tags.worlds.map((name) => ({ key: `w:${name}`, text: name, kind: 'worlds' as const, name })),
    ...entry.tags.people.map((name) => ({ key: `p:${name}`, text: `@${name}`, kind: 'people' as const, name })),
    ...entry.tags.free.map((name) => ({ key: `f:${name}`, text: `#${name}`, kind: 'free' as const, name })),
  ];
  // Chips are buttons of their own beside the entry's button (a button cannot hold buttons): they filter.
  return (
    <div className="entry-item-row">
      <button
        type="button"
        className="entry-item"
        aria-current={props.selected ? 'true' : undefined}
        onClick={() => props.onOpen(entry.id)}
      >
        <span className="entry-item-title">{entryTitle(entry)}</span>
        {(entry.conflictOf || props.templateName) && (
          <>
            {' '}
            <span className="entry-item-meta">
              {entry.conflictOf && <span className="entry-conflict">(conflict copy)</span>}
              {props.templateName && (
                <>
                  {' '}
                  <span className="entry-template">{props.templateName}</span>
                </>
              )}
            </span>
          </>
        )}
      </button>
      {chips.length > 0 && (
        <span className="entry-item-meta entry-item-chips">
          {chips.map((chip) => (
            <Fragment key={chip.key}>
              {' '}
              {onFilter ? (
                <button
                  type="button"
                  className={`entry-chip entry-chip-${chip.kind}`}
                  title={`Show entries with ${chip.text}`}
                  onClick={() => onFilter(chip.kind, chip.name)}
                >
                  {chip.text}
                </button>
              ) : (
                <span className={`entry-chip entry-chip-${chip.kind}`}>{chip.text}</span>
              )}
            </Fragment>
          ))}
        </span>
      )}
    </div>
  );
}
