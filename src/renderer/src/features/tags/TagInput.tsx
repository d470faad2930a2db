import { useId, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { addTags, matchingSuggestions, MAX_TAG_LENGTH, MAX_TAGS } from './tag-names';
import './tags.css';
import { t } from '../../i18n';

/**
 * Tags as removable chips, plus a text box that suggests known tags (the ARIA combobox pattern,
 * with focus staying in the text box while arrow keys move through the suggestions).
 */
export function TagInput(props: {
  label: string;
  kind: 'worlds' | 'free';
  value: string[];
  onChange: (next: string[]) => void;
  suggestions: string[];
  /** When given, a chip's name is a button that searches by it. */
  onFilter?: (name: string) => void;
}) {
  const { label, kind, value, suggestions } = props;
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  const matches = useMemo(
    () => (open ? matchingSuggestions(text, suggestions, value) : []),
    [open, text, suggestions, value],
  );
  const expanded = matches.length > 0;
  const optionId = (index: number) => `${listId}-${index}`;
  const shown = (name: string) => (kind === 'free' ? `#${name}` : name);

  const add = (raws: string[]) => {
    const result = addTags(value, raws, suggestions);
    if (result.added.length > 0) props.onChange(result.list);
    const words = [
      result.added.length > 0 && t('tags.input.added', { names: result.added.join(', ') }),
      result.duplicates.length > 0 && t('tags.input.duplicates', { names: result.duplicates.join(', ') }),
      result.overflow.length > 0 && t(`tags.input.overflow.${kind}`, { max: MAX_TAGS }),
    ];
    setAnnouncement(words.filter(Boolean).join(' '));
    setOpen(false);
    setActive(-1);
  };

  const remove = (name: string) => {
    props.onChange(value.filter((tag) => tag !== name));
    setAnnouncement(t('tags.input.removed', { name }));
    inputRef.current?.focus();
  };

  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    // A comma ends a tag, also when a list is pasted in.
    const parts = event.target.value.split(',');
    const rest = parts.pop() ?? '';
    if (parts.length > 0) add(parts);
    setText(rest);
    setOpen(true);
    setActive(-1);
  };

  const commitText = () => {
    if (text.trim()) add([text]);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive(expanded ? (active + 1) % matches.length : 0);
        break;
      case 'ArrowUp':
        if (!expanded) break;
        event.preventDefault();
        setActive(active <= 0 ? matches.length - 1 : active - 1);
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          add([matches[active]]);
          setText('');
        } else if (text.trim()) {
          event.preventDefault();
          commitText();
        }
        break;
      case ',':
        event.preventDefault();
        commitText();
        break;
      case 'Backspace':
        if (text === '' && value.length > 0) {
          event.preventDefault();
          remove(value[value.length - 1]);
        }
        break;
      case 'Escape':
        if (expanded) {
          // Only the suggestions close; a panel around this input stays open.
          event.stopPropagation();
          setOpen(false);
          setActive(-1);
        }
        break;
    }
  };

  return (
    <div className="tag-input">
      <label htmlFor={inputId} className="tag-input-label">
        {label}
      </label>
      <div className="tag-input-box">
        {value.length > 0 && (
          <ul className="tag-chips" aria-label={t('tags.input.chips', { label })}>
            {value.map((name) => (
              <li key={name} className="tag-chip">
                {props.onFilter ? (
                  <button
                    type="button"
                    className="tag-chip-name link-button"
                    title={t('tags.input.showWith', { chip: shown(name) })}
                    onClick={() => props.onFilter?.(name)}
                  >
                    {shown(name)}
                  </button>
                ) : (
                  <span className="tag-chip-name">{shown(name)}</span>
                )}
                <button
                  type="button"
                  className="tag-chip-remove"
                  aria-label={t('tags.input.remove', { name })}
                  title={t('tags.input.remove', { name })}
                  onClick={() => remove(name)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="tag-combo">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={hintId}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_TAG_LENGTH}
            placeholder={
              value.length === 0 ? (kind === 'free' ? t('tags.input.addTag') : t('tags.input.addWorld')) : undefined
            }
            value={text}
            onChange={onType}
            onKeyDown={onKeyDown}
            onBlur={() => {
              commitText();
              setOpen(false);
              setActive(-1);
            }}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('tags.input.suggestions', { label })}
            className="tag-suggestions"
            hidden={!expanded}
          >
            {matches.map((name, index) => (
              <li
                key={name}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="tag-suggestion"
                // Keep focus in the text box so the click does not count as leaving it.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  add([name]);
                  setText('');
                }}
              >
                {shown(name)}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <span id={hintId} className="visually-hidden">
        {t('tags.input.hint')}
      </span>
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </div>
  );
}
