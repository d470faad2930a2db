import { Fragment, useMemo } from 'react';
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
}) {
  const { entry } = props;
  const chips = [
    ...entry.tags.worlds.map((name) => ({ key: `w:${name}`, text: name, kind: 'worlds' })),
    ...entry.tags.people.map((name) => ({ key: `p:${name}`, text: `@${name}`, kind: 'people' })),
    ...entry.tags.free.map((name) => ({ key: `f:${name}`, text: `#${name}`, kind: 'free' })),
  ];
  return (
    <button
      type="button"
      className="entry-item"
      aria-current={props.selected ? 'true' : undefined}
      onClick={() => props.onOpen(entry.id)}
    >
      <span className="entry-item-title">{entryTitle(entry)}</span>
      {(entry.conflictOf || props.templateName || chips.length > 0) && (
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
            {chips.map((chip) => (
              <Fragment key={chip.key}>
                {' '}
                <span className={`entry-chip entry-chip-${chip.kind}`}>{chip.text}</span>
              </Fragment>
            ))}
          </span>
        </>
      )}
    </button>
  );
}
