import { useId, useRef, useState } from 'react';
import { PROMPT_THEMES, type PromptTheme, type PromptView } from '@shared/template';
import { call } from '../../bridge';
import { useFocusNext } from '../../state/use-focus-next';
import { useLoad } from '../../state/use-load';
import { useOneAction } from '../../state/use-one-action';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { AddPromptForm } from './AddPromptForm';
import { ThemeOptions } from './ThemeOptions';
import { themeLabel } from './theme-labels';
import './prompts.css';

export interface PromptLibraryViewProps {
  onInsert: (text: string) => void;
  /** False when no entry is open to take a prompt. */
  canInsert: boolean;
}

type Control = 'insert' | 'favourite' | 'hide' | 'delete' | 'cancel';
type FocusTarget = { id: string; control: Control } | 'heading';

/** The Prompts screen: every prompt by theme, to insert, favourite, hide, or add to with one's own. */
export function PromptLibraryView({ onInsert, canInsert }: PromptLibraryViewProps) {
  const base = useId();
  const [showHidden, setShowHidden] = useState(false);
  // The list stays on screen while "Show hidden" refetches it.
  const { load, reload, update } = useLoad(() => call('prompts:list', { includeHidden: showHidden }), [showHidden]);
  const [theme, setTheme] = useState<PromptTheme | 'all'>('all');
  const [favouritesFirst, setFavouritesFirst] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { busy, error, message, setMessage, run } = useOneAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [adding, setAdding] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);

  const focusNext = useFocusNext<FocusTarget>((next) => {
    const target =
      next === 'heading'
        ? null
        : listRef.current?.querySelector<HTMLElement>(`[data-prompt="${next.id}"] [data-control="${next.control}"]`);
    (target ?? headingRef.current)?.focus();
  });

  const prompts = load.state === 'ready' ? load.value : [];

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
        focusNext(next ? { id: next, control: 'hide' } : 'heading');
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
      focusNext(next ? { id: next, control: 'hide' } : 'heading');
      setMessage('Deleted your prompt.');
    });

  const groups = visibleGroups(prompts, theme, favouritesFirst);
  const insertHintId = `${base}-insert-hint`;

  return (
    <section className="prompt-library" aria-labelledby={`${base}-title`} aria-busy={load.state === 'loading'}>
      <header className="prompt-library-header">
        <h1 id={`${base}-title`} ref={headingRef} tabIndex={-1}>
          Prompts
        </h1>
        <button
          type="button"
          ref={addRef}
          aria-expanded={adding}
          aria-controls={adding ? `${base}-add` : undefined}
          onClick={() => setAdding((open) => !open)}
        >
          Add your own prompt
        </button>
      </header>
      <p className="muted prompt-library-intro">
        Questions to start from when the page is blank. Favourite the ones that help, hide the ones that don’t, and add
        your own.
      </p>

      {adding && (
        <AddPromptForm
          id={`${base}-add`}
          defaultTheme={theme === 'all' ? 'setbacks' : theme}
          onAdded={(prompt) => {
            update((list) => [...list, { ...prompt, favourite: false, hidden: false }]);
            setMessage(`Added your prompt to “${themeLabel(prompt.theme)}”.`);
          }}
          onClose={() => {
            setAdding(false);
            addRef.current?.focus();
          }}
        />
      )}

      <div className="prompt-library-controls" role="group" aria-label="Which prompts to show">
        <div className="field prompt-theme-filter">
          <label htmlFor={`${base}-theme`}>Filter by theme</label>
          <select id={`${base}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as PromptTheme | 'all')}>
            <option value="all">All themes</option>
            <ThemeOptions />
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
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={() => void reload()} />}
      {load.state === 'ready' && groups.length === 0 && (
        <p className="muted">
          {theme === 'all' ? 'No prompts to show.' : `No prompts to show in “${themeLabel(theme)}”.`}
          {!showHidden && ' Hidden prompts appear when you turn on “Show hidden”.'}
        </p>
      )}
      <div ref={listRef}>
        {groups.map((group) => (
          <section key={group.theme} className="prompt-group" aria-labelledby={`${base}-${group.theme}`}>
            <h2 id={`${base}-${group.theme}`} className="prompt-group-heading">
              {themeLabel(group.theme)}
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
                          focusNext({ id: prompt.id, control: 'delete' });
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
                            focusNext({ id: prompt.id, control: 'delete' });
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
                              focusNext({ id: prompt.id, control: 'cancel' });
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
