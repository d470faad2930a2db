import { useId, useRef, useState } from 'react';
import type { TagIndex, TagKind } from '@shared/contract';
import { call } from '../../bridge';
import { useFocusNext } from '../../state/use-focus-next';
import { RenameTagForm } from './RenameTagForm';
import './tags.css';

const SECTIONS: { kind: TagKind; title: string; prefix: string; empty: string }[] = [
  { kind: 'worlds', title: 'Worlds', prefix: '', empty: 'No worlds yet.' },
  { kind: 'people', title: 'People', prefix: '@', empty: 'No one mentioned yet.' },
  { kind: 'free', title: 'Tags', prefix: '#', empty: 'No tags yet.' },
];

interface TagRef {
  kind: TagKind;
  name: string;
}

const entries = (count: number) => (count === 1 ? '1 entry' : `${count} entries`);

/**
 * Every world, person and tag in use, with how often (counted from the journal's store); each can be renamed
 * or merged into another. The caller patches its store with a rename.
 */
export function TagsView(props: {
  index: TagIndex;
  loaded: boolean;
  onRenamed: (kind: TagKind, from: string, to: string) => void;
  /** A name was clicked: search by it. */
  onFilter?: (kind: TagKind, name: string) => void;
}) {
  const titleId = useId();
  const [editing, setEditing] = useState<TagRef | null>(null);
  const [message, setMessage] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  /** The tag whose Rename button takes focus once the list has redrawn. */
  const focusNext = useFocusNext<TagRef>((next) => {
    const buttons = rootRef.current?.querySelectorAll<HTMLButtonElement>('button[data-kind]') ?? [];
    [...buttons].find((b) => b.dataset.kind === next.kind && b.dataset.name === next.name)?.focus();
  });

  const rename = async (kind: TagKind, from: string, to: string) => {
    const { changed } = await call('tags:rename', { kind, from, to });
    setMessage(`Renamed in ${entries(changed)}.`);
    setEditing(null);
    focusNext({ kind, name: to });
    props.onRenamed(kind, from, to);
  };

  const cancel = (tag: TagRef) => {
    setEditing(null);
    focusNext(tag);
  };

  return (
    <section className="tags-view" aria-labelledby={titleId} ref={rootRef}>
      <h1 id={titleId}>Worlds, people and tags</h1>
      <p role="status" className="tags-status">
        {message}
      </p>
      {!props.loaded && <p className="muted">Loading…</p>}
      {props.loaded && (
        <div className="tags-sections">
          {SECTIONS.map(({ kind, title, prefix, empty }) => {
            const tags = props.index[kind];
            const shown = (name: string) => `${prefix}${name}`;
            const headingId = `${titleId}-${kind}`;
            return (
              <section key={kind} className="tags-section" aria-labelledby={headingId}>
                <h2 id={headingId}>{title}</h2>
                {tags.length === 0 ? (
                  <p className="muted">{empty}</p>
                ) : (
                  <ul className="tags-list">
                    {tags.map(({ name, count }) => (
                      <li key={name} className="tags-item">
                        {editing?.kind === kind && editing.name === name ? (
                          <RenameTagForm
                            shown={shown}
                            from={name}
                            existing={tags.map((t) => t.name)}
                            onSave={(to) => rename(kind, name, to)}
                            onCancel={() => cancel({ kind, name })}
                          />
                        ) : (
                          <>
                            {props.onFilter ? (
                              <button
                                type="button"
                                className="link-button tags-name"
                                title={`Show entries with ${shown(name)}`}
                                onClick={() => props.onFilter?.(kind, name)}
                              >
                                {shown(name)}
                              </button>
                            ) : (
                              <span className="tags-name">{shown(name)}</span>
                            )}
                            <span className="muted tags-count">{entries(count)}</span>
                            <button
                              type="button"
                              className="link-button"
                              data-kind={kind}
                              data-name={name}
                              aria-label={`Rename ${shown(name)}`}
                              onClick={() => {
                                setMessage('');
                                setEditing({ kind, name });
                              }}
                            >
                              Rename…
                            </button>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
