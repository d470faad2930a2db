import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  PROMPT_THEMES,
  PromptInput,
  TEMPLATE_LIMITS,
  type PromptTheme,
  type PromptView,
} from '../../../../shared/template';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { THEME_LABELS, themeLabel } from './theme-labels';
import './prompts.css';

export interface PromptLibraryViewProps {
  onInsert: (text: string) => void;
  /** False when no entry is open to take a prompt. */
  canInsert: boolean;
}

type Load = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; prompts: PromptView[] };
type Control = 'insert' | 'favourite' | 'hide' | 'delete' | 'cancel';
type FocusTarget = { id: string; control: Control } | 'heading';

/** The Prompts screen: every prompt by theme, to insert, favourite, hide, or add to with one's own. */
export function PromptLibraryView({ onInsert, canInsert }: PromptLibraryViewProps) {
  const base = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [showHidden, setShowHidden] = useState(false);
  const [theme, setTheme] = useState<PromptTheme | 'all'>('all');
  const [favouritesFirst, setFavouritesFirst] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<FocusTarget | null>(null);
  const [attempt, setAttempt] = useState(0);

  // The list stays on screen while "Show hidden" refetches it; an answer overtaken by a newer request is dropped.
  useEffect(() => {
    let live = true;
    call('prompts:list', { includeHidden: showHidden }).then(
      (prompts) => live && setLoad({ state: 'ready', prompts }),
      (e: unknown) => live && setLoad({ state: 'failed', error: e }),
    );
    return () => {
      live = false;
    };
  }, [showHidden, attempt]);

  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const target =
      next === 'heading'
        ? null
        : listRef.current?.querySelector<HTMLElement>(`[data-prompt="${next.id}"] [data-control="${next.control}"]`);
    (target ?? headingRef.current)?.focus();
  });

  const prompts = load.state === 'ready' ? load.prompts : [];
  const update = (change: (list: PromptView[]) => PromptView[]) =>
    setLoad((current) => (current.state === 'ready' ? { state: 'ready', prompts: change(current.prompts) } : current));

  /** Runs one action at a time; a failure shows as an error and leaves the list as it was. */
  const run = async (key: string, action: () => Promise<void>) => {
    if (busy) return;
    setBusy(key);
    setError(null);
    setMessage('');
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  /** The prompt shown after `id` (else before it), for focus to land on when `id` leaves the list. */
  const neighbour = (id: string): string | null => {
    const order = visibleGroups(prompts, theme, favouritesFirst).flatMap((group) => group.prompts);
    const index = order.findIndex((p) => p.id === id);
    return (order[index + 1] ?? order[index - 1])?.id ?? null;
  };

  const toggleFavourite = (prompt: PromptView) =>
    run(prompt.id, async () => {
      await call('prompts:mark', { id: prompt.id, favourite: !prompt.favourite });
      update((list) => list.map((p) => (p.id === prompt.id ? { ...p, favourite: !p.favourite } : p)));
    });

  const setHidden = (prompt: PromptView, hidden: boolean) =>
    run(prompt.id, async () => {
      await call('prompts:mark', { id: prompt.id, hidden });
      if (hidden && !showHidden) {
        const next = neighbour(prompt.id);
        update((list) => list.filter((p) => p.id !== prompt.id));
        focusNext.current = next ? { id: next, control: 'hide' } : 'heading';
        setMessage('Prompt hidden. Turn on “Show hidden” to bring it back.');
      } else {
        update((list) => list.map((p) => (p.id === prompt.id ? { ...p, hidden } : p)));
        setMessage(hidden ? 'Prompt hidden.' : 'Prompt back in the mix.');
      }
    });

  const remove = (prompt: PromptView) =>
    run(prompt.id, async () => {
      await call('prompts:delete', { id: prompt.id });
      const next = neighbour(prompt.id);
      setConfirming(null);
      update((list) => list.filter((p) => p.id !== prompt.id));
      focusNext.current = next ? { id: next, control: 'hide' } : 'heading';
      setMessage('Deleted your prompt.');
    });

  const groups = visibleGroups(prompts, theme, favouritesFirst);
  const insertHintId = `${base}-insert-hint`;

  return (
    <section className="prompt-library" aria-labelledby={`${base}-title`} aria-busy={load.state === 'loading'}>
      <h1 id={`${base}-title`} ref={headingRef} tabIndex={-1}>
        Prompts
      </h1>
      <p className="muted prompt-library-intro">
        Questions to start from when the page is blank. Favourite the ones that help, hide the ones that don’t, and add
        your own.
      </p>

      <AddPromptForm
        defaultTheme={theme === 'all' ? 'setbacks' : theme}
        onAdded={(prompt) => {
          update((list) => [...list, { ...prompt, favourite: false, hidden: false }]);
          setMessage(`Added your prompt to “${themeLabel(prompt.theme)}”.`);
        }}
      />

      <div className="prompt-library-controls" role="group" aria-label="Which prompts to show">
        <div className="field prompt-theme-filter">
          <label htmlFor={`${base}-theme`}>Filter by theme</label>
          <select id={`${base}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as PromptTheme | 'all')}>
            <option value="all">All themes</option>
            {PROMPT_THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={favouritesFirst} onChange={(e) => setFavouritesFirst(e.target.checked)} />
          Favourites first
        </label>
        <label className="check">
          <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />
          Show hidden
        </label>
      </div>

      <p role="status" className="prompt-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {!canInsert && (
        <p id={insertHintId} className="muted prompt-insert-hint">
          Open an entry to insert a prompt.
        </p>
      )}
      {load.state === 'loading' && <p className="muted">Loading prompts…</p>}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={() => setAttempt((n) => n + 1)} />}
      {load.state === 'ready' && groups.length === 0 && (
        <p className="muted">
          {theme === 'all' ? 'No prompts to show.' : `No prompts to show in “${THEME_LABELS[theme]}”.`}
          {!showHidden && ' Hidden prompts appear when you turn on “Show hidden”.'}
        </p>
      )}
      <div ref={listRef}>
        {groups.map((group) => (
          <section key={group.theme} className="prompt-group" aria-labelledby={`${base}-${group.theme}`}>
            <h2 id={`${base}-${group.theme}`} className="prompt-group-heading">
              {THEME_LABELS[group.theme]}
            </h2>
            <ul className="prompt-list">
              {group.prompts.map((prompt) => {
                const textId = `${base}-text-${prompt.id}`;
                const isBusy = busy === prompt.id;
                return (
                  <li key={prompt.id} className="prompt-item" data-prompt={prompt.id} data-hidden={prompt.hidden}>
                    <p id={textId} className="prompt-item-text">
                      {prompt.text}
                    </p>
                    {(!prompt.builtIn || prompt.hidden) && (
                      <p className="prompt-item-badges">
                        {!prompt.builtIn && <span className="badge">Yours</span>}
                        {prompt.hidden && <span className="badge">Hidden</span>}
                      </p>
                    )}
                    {confirming === prompt.id ? (
                      <div
                        className="prompt-confirm"
                        role="group"
                        aria-label="Delete this prompt?"
                        aria-describedby={textId}
                        onKeyDown={(e) => {
                          if (e.key !== 'Escape') return;
                          setConfirming(null);
                          focusNext.current = { id: prompt.id, control: 'delete' };
                        }}
                      >
                        <span className="prompt-confirm-question">Delete this prompt for good?</span>
                        <button
                          type="button"
                          className="danger"
                          aria-disabled={isBusy || undefined}
                          onClick={() => void remove(prompt)}
                        >
                          Delete prompt
                        </button>
                        <button
                          type="button"
                          data-control="cancel"
                          onClick={() => {
                            setConfirming(null);
                            focusNext.current = { id: prompt.id, control: 'delete' };
                          }}
                        >
                          Cancel
                        </button>
                      </div>
                    ) : (
                      <div className="prompt-actions">
                        <button
                          type="button"
                          data-control="insert"
                          disabled={!canInsert}
                          aria-describedby={canInsert ? textId : `${textId} ${insertHintId}`}
                          onClick={() => onInsert(prompt.text)}
                        >
                          Insert
                        </button>
                        <button
                          type="button"
                          data-control="favourite"
                          aria-pressed={prompt.favourite}
                          aria-describedby={textId}
                          aria-disabled={isBusy || undefined}
                          onClick={() => void toggleFavourite(prompt)}
                        >
                          <span aria-hidden="true" className="prompt-star">
                            {prompt.favourite ? '★' : '☆'}
                          </span>{' '}
                          Favourite
                        </button>
                        <button
                          type="button"
                          data-control="hide"
                          aria-describedby={textId}
                          aria-disabled={isBusy || undefined}
                          onClick={() => void setHidden(prompt, !prompt.hidden)}
                        >
                          {prompt.hidden ? 'Unhide' : 'Hide'}
                        </button>
                        {!prompt.builtIn && (
                          <button
                            type="button"
                            className="link-button prompt-danger"
                            data-control="delete"
                            aria-describedby={textId}
                            onClick={() => {
                              setConfirming(prompt.id);
                              focusNext.current = { id: prompt.id, control: 'cancel' };
                            }}
                          >
                            Delete
                          </button>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

/** Prompts grouped in the themes' set order, narrowed to one theme if chosen, favourites first if asked. */
function visibleGroups(prompts: PromptView[], theme: PromptTheme | 'all', favouritesFirst: boolean) {
  return PROMPT_THEMES.filter((t) => theme === 'all' || t === theme)
    .map((t) => {
      const inTheme = prompts.filter((p) => p.theme === t);
      return {
        theme: t,
        prompts: favouritesFirst
          ? [...inTheme.filter((p) => p.favourite), ...inTheme.filter((p) => !p.favourite)]
          : inTheme,
      };
    })
    .filter((group) => group.prompts.length > 0);
}

function AddPromptForm(props: {
  defaultTheme: PromptTheme;
  onAdded: (prompt: { id: string; theme: PromptTheme; text: string; builtIn: boolean }) => void;
}) {
  const base = useId();
  const [theme, setTheme] = useState<PromptTheme | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const focusText = useRef(false);
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
        text.trim() ? `A prompt can be at most ${TEMPLATE_LIMITS.promptLength} characters.` : 'Write a prompt first.',
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
    <form className="prompt-add" aria-labelledby={`${base}-title`} noValidate onSubmit={(e) => void submit(e)}>
      <h2 id={`${base}-title`} className="prompt-add-title">
        Add your own prompt
      </h2>
      <ErrorNotice error={error} />
      <div className="prompt-add-fields">
        <div className="field">
          <label htmlFor={`${base}-theme`}>Theme</label>
          <select id={`${base}-theme`} value={chosen} onChange={(e) => setTheme(e.target.value as PromptTheme)}>
            {PROMPT_THEMES.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field prompt-add-text">
          <label htmlFor={`${base}-text`}>Prompt</label>
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
      <div>
        <button type="submit" aria-disabled={saving || undefined}>
          {saving ? 'Adding…' : 'Add prompt'}
        </button>
      </div>
    </form>
  );
}
