import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PromptInput, TEMPLATE_LIMITS, type Prompt, type PromptTheme } from '@shared/template';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { ThemeOptions } from './ThemeOptions';
import './prompts.css';
import { t } from '../../i18n';

/** A small form for one of the writer's own prompts: a theme and the words. Stays open to add several. */
export function AddPromptForm(props: {
  id: string;
  defaultTheme: PromptTheme;
  onAdded: (prompt: Prompt) => void;
  onClose: () => void;
}) {
  const base = useId();
  const [theme, setTheme] = useState<PromptTheme | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  // The box takes focus when the form opens, and again after each prompt is added.
  const focusText = useRef(true);
  // Follows the theme filter until the writer picks a theme here.
  const chosen = theme ?? props.defaultTheme;

  // After the redraw, so the box is already described by its problem when focus lands on it.
  useEffect(() => {
    if (!focusText.current) return;
    focusText.current = false;
    textRef.current?.focus();
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setError(null);
    const parsed = PromptInput.safeParse({ theme: chosen, text });
    if (!parsed.success) {
      setProblem(
        text.trim() ? t('prompts.add.tooLong', { max: TEMPLATE_LIMITS.promptLength }) : t('prompts.add.empty'),
      );
      focusText.current = true;
      return;
    }
    setProblem('');
    setSaving(true);
    try {
      const added = await call('prompts:add', parsed.data);
      setText('');
      props.onAdded(added);
      focusText.current = true;
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      id={props.id}
      className="prompt-add"
      aria-label={t('prompts.add.label')}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <ErrorNotice error={error} />
      <div className="prompt-add-fields">
        <div className="field">
          <label htmlFor={`${base}-theme`}>{t('prompts.add.theme')}</label>
          <select id={`${base}-theme`} value={chosen} onChange={(e) => setTheme(e.target.value as PromptTheme)}>
            <ThemeOptions />
          </select>
        </div>
        <div className="field prompt-add-text">
          <label htmlFor={`${base}-text`}>{t('prompts.add.prompt')}</label>
          <textarea
            id={`${base}-text`}
            ref={textRef}
            rows={2}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${base}-problem` : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setProblem('');
            }}
          />
          {problem && (
            <span id={`${base}-problem`} className="field-error">
              {problem}
            </span>
          )}
        </div>
      </div>
      <div className="prompt-add-actions">
        <button type="submit" className="primary" aria-disabled={saving || undefined}>
          {saving ? t('prompts.add.adding') : t('prompts.add.add')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('prompts.add.done')}
        </button>
      </div>
    </form>
  );
}
