import { Fragment, memo, useRef } from 'react';
import type { TagKind } from '@shared/contract';
import type { EntrySummary } from '@shared/entry-list';
import { entryTitle } from './entry-title';
import { t } from '../../i18n';

/**
 * One entry's row. Memoised on its summary object: the store gives a saved entry a new object and keeps
 * everyone else's, so a save draws this row alone. `data-renders` counts draws for the browser tests.
 */
export const EntryItem = memo(function EntryItem(props: {
  entry: EntrySummary;
  selected: boolean;
  templateName: string | undefined;
  onOpen: (id: string) => void;
  onFilter?: (kind: TagKind, name: string) => void;
}) {
  const renders = useRef(0);
  renders.current += 1;
  const { entry, onFilter } = props;
  const title = entryTitle(entry, props.templateName);
  // An entry named by its template says it once.
  const templateName = title === props.templateName ? undefined : props.templateName;
  const chips: Array<{ key: string; text: string; kind: TagKind; name: string }> = [
    ...entry.tags.worlds.map((name) => ({ key: `w:${name}`, text: name, kind: 'worlds' as const, name })),
    ...entry.tags.people.map((name) => ({ key: `p:${name}`, text: `@${name}`, kind: 'people' as const, name })),
    ...entry.tags.free.map((name) => ({ key: `f:${name}`, text: `#${name}`, kind: 'free' as const, name })),
  ];
  // Chips are buttons of their own beside the entry's button (a button cannot hold buttons): they filter.
  return (
    <div className="entry-item-row" data-entry-row={entry.id} data-renders={renders.current}>
      <button
        type="button"
        className="entry-item"
        data-entry-id={entry.id}
        aria-current={props.selected ? 'true' : undefined}
        onClick={() => props.onOpen(entry.id)}
      >
        <span className="entry-item-title">{title}</span>
        {(entry.conflictOf || templateName) && (
          <>
            {' '}
            <span className="entry-item-meta">
              {entry.conflictOf && <span className="entry-conflict">(conflict copy)</span>}
              {templateName && (
                <>
                  {' '}
                  <span className="entry-template">{templateName}</span>
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
                  title={t('entryList.showWith', { chip: chip.text })}
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
});
