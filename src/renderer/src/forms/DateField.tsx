import { useEffect, useId, useRef, useState } from 'react';
import { addDays, localDay } from '../dates/calendar-day';
import { formatNumericDay, numericPattern, parseNumericDay } from '../dates/numeric-day';
import { formatLocale } from '../i18n/locale';
import { t } from '../i18n';

/** "dd/mm/yyyy", "mm/dd/yyyy", "dd.mm.yyyy", … in the OS's regional order. */
export function figuresHint(locale = formatLocale()): string {
  const { order, separator } = numericPattern(locale);
  return order.map((part) => t(`dates.figures.${part}`)).join(separator);
}

/**
 * A day in the OS's regional figures (30/11/2026 in en-GB, 11/30/2026 in en-US), where the native date
 * input would follow the browser's language. `value` and `onChange` speak `YYYY-MM-DD`; only a real day,
 * or '' when the field may be empty, is passed on. Arrow Up and Down move a day, as in the native field.
 */
export function DateField(props: {
  id?: string;
  value: string;
  onChange: (day: string) => void;
  required?: boolean;
  className?: string;
  'aria-label'?: string;
}) {
  const locale = formatLocale();
  const shown = (day: string) => (day ? formatNumericDay(day, locale) : '');
  const [text, setText] = useState(() => shown(props.value));
  const [editing, setEditing] = useState(false);
  const hintId = useId();
  const parsed = parseNumericDay(text, locale);
  const invalid = text.trim() === '' ? Boolean(props.required) : parsed === null;

  // A day set from outside (another entry, Previous day) replaces what is shown, unless the writer is typing.
  // (Not on focus leaving: text that is not a date stays, marked, rather than vanish.)
  const typing = useRef(false);
  useEffect(() => {
    if (!typing.current) setText(props.value ? formatNumericDay(props.value, locale) : '');
  }, [props.value, locale]);

  const take = (next: string) => {
    setText(next);
    const day = parseNumericDay(next, locale);
    if (day !== null) props.onChange(day);
    else if (next.trim() === '' && !props.required) props.onChange('');
  };

  return (
    <>
      <input
        id={props.id}
        type="text"
        className={['date-field', props.className].filter(Boolean).join(' ')}
        value={text}
        placeholder={figuresHint(locale)}
        aria-label={props['aria-label']}
        aria-invalid={!editing && invalid ? true : undefined}
        aria-describedby={!editing && invalid ? hintId : undefined}
        required={props.required}
        autoComplete="off"
        spellCheck={false}
        size={10}
        onFocus={() => {
          typing.current = true;
          setEditing(true);
        }}
        onBlur={() => {
          typing.current = false;
          setEditing(false);
          if (parsed !== null) setText(shown(parsed));
        }}
        onChange={(e) => take(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          e.preventDefault();
          const from = parsed ?? props.value ?? '';
          const day = from ? addDays(from, e.key === 'ArrowUp' ? 1 : -1) : localDay();
          setText(shown(day));
          props.onChange(day);
        }}
      />
      {!editing && invalid && (
        // Hidden from the label it may sit in (it would join the field's name), and read as its description.
        <span id={hintId} className="field-error" aria-hidden="true">
          {t('dates.notADay', { pattern: figuresHint(locale) })}
        </span>
      )}
    </>
  );
}
