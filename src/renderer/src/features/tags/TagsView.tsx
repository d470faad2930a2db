import { useId, useRef, useState } from 'react';
import type { TagIndex, TagKind } from '@shared/contract';
import { call } from '../../bridge';
import { useFocusNext } from '../../state/use-focus-next';
import { RenameTagForm } from './RenameTagForm';
import './tags.css';
import { t } from '../../i18n';

const PREFIX: Record<TagKind, string> = { worlds: '', people: '@', free: '#' };
/** People have their own screen (kinds={['people']}), so this one holds the writer's own labels. */
const TAG_KINDS: readonly TagKind[] = ['worlds', 'free'];

interface TagRef {
  kind: TagKind;
  name: string;
}

const entries = (count: number) => t('common.entries', { count });

/**
 * Every world and tag in use, with how often (counted from the journal's store); each can be renamed or merged
 * into another. The caller patches its store with a rename. The People screen is this view of people alone,
 * under its own title.
 */
export function TagsView(props: {
  index: TagIndex;
  /** The kinds shown, each in its own section; one kind is shown without a section heading. */
  kinds?: readonly TagKind[];
  title?: string;
  loaded: boolean;
  onRenamed: (kind: TagKind, from: string, to: string) => void;
  /** A name was clicked: search by it. */
  onFilter?: (kind: TagKind, name: string) => void;
}) {
  const titleId = useId();
  const kinds = props.kinds ?? TAG_KINDS;
  const single = kinds.length === 1;
  const [editing, setEditingState] = useState<TagRef | null>(null);
  const editingRef = useRef<TagRef | null>(null);
  const setEditing = (tag: TagRef | null) => {
    editingRef.current = tag;
    setEditingState(tag);
  };
  const [message, setMessage] = useState('');
  const rootRef = useRef<HTMLElement>(null);
  /** The tag whose Rename button takes focus once the list has redrawn. */
  const focusNext = useFocusNext<TagRef>((next) => {
    const buttons = rootRef.current?.querySelectorAll<HTMLButtonElement>('button[data-kind]') ?? [];
    [...buttons].find((b) => b.dataset.kind === next.kind && b.dataset.name === next.name)?.focus();
  });

  const rename = async (kind: TagKind, from: string, to: string) => {
    const { changed } = await call('tags:rename', { kind, from, to });
    setMessage(t('tags.view.renamed', { entries: entries(changed) }));
    // Another tag's form may have been opened while this rename was on its way: that one stays open.
    if (editingRef.current?.kind === kind && editingRef.current.name === from) {
      setEditing(null);
      focusNext({ kind, name: to });
    }
    props.onRenamed(kind, from, to);
  };

  const cancel = (tag: TagRef) => {
    setEditing(null);
    focusNext(tag);
  };

  return (
    <section className="tags-view" aria-labelledby={titleId} ref={rootRef}>
      <h1 id={titleId}>{props.title ?? t('tags.view.title')}</h1>
      <p role="status" className="tags-status">
        {message}
      </p>
      {!props.loaded && <p className="muted">{t('tags.view.loading')}</p>}
      {props.loaded && (
        <div className="tags-sections">
          {kinds.map((kind) => {
            const tags = props.index[kind];
            const shown = (name: string) => `${PREFIX[kind]}${name}`;
            const headingId = single ? titleId : `${titleId}-${kind}`;
            return (
              <section key={kind} className="tags-section" aria-labelledby={headingId}>
                {!single && <h2 id={headingId}>{t(`tags.view.sections.${kind}`)}</h2>}
                {tags.length === 0 ? (
                  <p className="muted">{t(`tags.view.empty.${kind}`)}</p>
                ) : (
                  <ul className="tags-list">
                    {tags.map(({ name, count }) => (
                      <li key={name} className="tags-item">
                        {editing?.kind === kind && editing.name === name ? (
                          <RenameTagForm
                            shown={shown}
                            from={name}
                            existing={tags.map((tag) => tag.name)}
                            onSave={(to) => rename(kind, name, to)}
                            onCancel={() => cancel({ kind, name })}
                          />
                        ) : (
                          <>
                            {props.onFilter ? (
                              <button
                                type="button"
                                className="link-button tags-name"
                                title={t('tags.view.showWith', { chip: shown(name) })}
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
                              aria-label={t('tags.view.rename', { chip: shown(name) })}
                              onClick={() => {
                                setMessage('');
                                setEditing({ kind, name });
                              }}
                            >
                              {t('tags.view.renameButton')}
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
