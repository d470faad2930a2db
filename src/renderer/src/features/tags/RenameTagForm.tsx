import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { cleanTagName, MAX_TAG_LENGTH, sameTag } from './tag-names';
import { t } from '../../i18n';

/**
 * Renames one tag. Renaming onto a name already in use merges the two, so the form says so before
 * anything is saved and the button names the merge.
 */
export function RenameTagForm(props: {
  /** How the tag is shown, e.g. "#energy" or "@Ana Lima". */
  shown: (name: string) => string;
  from: string;
  /** The other names of the same kind. */
  existing: string[];
  onSave: (to: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { from, shown } = props;
  const inputId = useId();
  const noteId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(from);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const to = cleanTagName(text);
  const merging = to !== from && props.existing.includes(to);
  const nearly = merging ? undefined : props.existing.find((name) => name !== from && sameTag(name, to));
  const unchanged = to === from;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!to || unchanged || busy) return;
    setBusy(true);
    setError(null);
    try {
      await props.onSave(to);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <form
      className="rename-tag"
      aria-label={t('tags.view.rename', { chip: shown(from) })}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label htmlFor={inputId}>{t('tags.rename.newName')}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        autoComplete="off"
        maxLength={MAX_TAG_LENGTH}
        value={text}
        aria-describedby={noteId}
        aria-invalid={to === '' ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={noteId} className="rename-tag-note" role="status">
        {to === '' && t('tags.rename.empty')}
        {merging && t('tags.rename.merging', { to: shown(to), from: shown(from) })}
        {nearly && t('tags.rename.nearly', { nearly: shown(nearly) })}
      </p>
      <div className="rename-tag-actions">
        <button type="submit" className="primary" disabled={!to || unchanged} aria-disabled={busy || undefined}>
          {merging ? t('tags.rename.merge', { to }) : t('tags.rename.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
