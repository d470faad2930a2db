import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { cleanTagName, MAX_TAG_LENGTH, sameTag } from './tag-names';

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
      aria-label={`Rename ${shown(from)}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <label htmlFor={inputId}>New name</label>
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
        {to === '' && 'A name needs at least one character.'}
        {merging && `“${shown(to)}” already exists. Saving merges “${shown(from)}” into it, in every entry.`}
        {nearly && `“${shown(nearly)}” already exists with other capitals. Type it the same way to merge the two.`}
      </p>
      <div className="rename-tag-actions">
        <button type="submit" className="primary" disabled={!to || unchanged} aria-disabled={busy || undefined}>
          {merging ? `Merge into “${to}”` : 'Save'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      <ErrorNotice error={error} />
    </form>
  );
}
