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
import { t } from '../../i18n';

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
        setMessage(t('prompts.library.hiddenTurnOn'));
      } else {
        update((list) => list.map((p) => (p.id === prompt.id ? { ...p, hidden } : p)));
        setMessage(hidden ? t('prompts.library.hidden') : t('prompts.library.back'));
      }
    });

  const remove = (prompt: PromptView) =>
    run(prompt.id, async () => {
      await call('prompts:delete', { id: prompt.id });
      const next = neighbour(prompt.id);
      setConfirming(null);
      update((list) => list.filter((p) => p.id !== prompt.id));
      focusNext(next ? { id: next, control: 'hide' } : 'heading');
      setMessage(t('prompts.library.deleted'));
    });

  const groups = visibleGroups(prompts, theme, favouritesFirst);
  const insertHintId = `${base}-insert-hint`;

  return (
    <section className="prompt-library" aria-labelledby={`${base}-title`} aria-busy={load.state === 'loading'}>
      <header className="prompt-library-header">
        <h1 id={`${base}-title`} ref={headingRef} tabIndex={-1}>
          {t('prompts.library.title')}
        </h1>
        <button
          type="button"
          ref={addRef}
          aria-expanded={adding}
          aria-controls={adding ? `${base}-add` : undefined}
          onClick={() => setAdding((open) => !open)}
        >
          {t('prompts.library.addOwn')}
        </button>
      </header>
      <p className="muted prompt-library-intro">{t('prompts.library.intro')}</p>

      {adding && (
        <AddPromptForm
          id={`${base}-add`}
          defaultTheme={theme === 'all' ? 'setbacks' : theme}
          onAdded={(prompt) => {
            update((list) => [...list, { ...prompt, favourite: false, hidden: false }]);
            setMessage(t('prompts.library.added', { theme: themeLabel(prompt.theme) }));
          }}
          onClose={() => {
            setAdding(false);
            addRef.current?.focus();
          }}
        />
      )}

      <div className="prompt-library-controls" role="group" aria-label={t('prompts.library.which')}>
        <div className="field prompt-theme-filter">
          <label htmlFor={`${base}-theme`}>{t('prompts.library.filter')}</label>
          <select id={`${base}-theme`} value={theme} onChange={(e) => setTheme(e.target.value as PromptTheme | 'all')}>
            <option value="all">{t('prompts.library.allThemes')}</option>
            <ThemeOptions />
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={favouritesFirst} onChange={(e) => setFavouritesFirst(e.target.checked)} />
          {t('prompts.library.favouritesFirst')}
        </label>
        <label className="check">
          <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />
          {t('prompts.library.showHidden')}
        </label>
      </div>

      <p role="status" className="prompt-status">
        {message}
      </p>
      <ErrorNotice error={error} />
      {!canInsert && (
        <p id={insertHintId} className="muted prompt-insert-hint">
          {t('prompts.library.openEntry')}
        </p>
      )}
      {load.state === 'loading' && <p className="muted">{t('prompts.library.loading')}</p>}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={() => void reload()} />}
      {load.state === 'ready' && groups.length === 0 && (
        <p className="muted">
          {theme === 'all' ? t('prompts.library.none') : t('prompts.library.noneIn', { theme: themeLabel(theme) })}
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
                        {!prompt.builtIn && <span className="badge">{t('prompts.library.yours')}</span>}
                        {prompt.hidden && <span className="badge">{t('prompts.library.hiddenBadge')}</span>}
                      </p>
                    )}
                    {confirming === prompt.id ? (
                      <div
                        className="prompt-confirm"
                        role="group"
                        aria-label={t('prompts.library.confirmLabel')}
                        aria-describedby={textId}
                        onKeyDown={(e) => {
                          if (e.key !== 'Escape') return;
                          setConfirming(null);
                          focusNext({ id: prompt.id, control: 'delete' });
                        }}
                      >
                        <span className="prompt-confirm-question">{t('prompts.library.confirm')}</span>
                        <button
                          type="button"
                          className="danger"
                          aria-disabled={isBusy || undefined}
                          onClick={() => void remove(prompt)}
                        >
                          {t('prompts.library.deletePrompt')}
                        </button>
                        <button
                          type="button"
                          data-control="cancel"
                          onClick={() => {
                            setConfirming(null);
                            focusNext({ id: prompt.id, control: 'delete' });
                          }}
                        >
                          {t('common.cancel')}
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
                          {t('prompts.library.insert')}
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
                          {t('prompts.library.favourite')}
                        </button>
                        <button
                          type="button"
                          data-control="hide"
                          aria-describedby={textId}
                          aria-disabled={isBusy || undefined}
                          onClick={() => void setHidden(prompt, !prompt.hidden)}
                        >
                          {prompt.hidden ? t('prompts.library.unhide') : t('prompts.library.hide')}
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
                            {t('prompts.library.delete')}
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
  return PROMPT_THEMES.filter((each) => theme === 'all' || each === theme)
    .map((each) => {
      const inTheme = prompts.filter((p) => p.theme === each);
      return {
        theme: each,
        prompts: favouritesFirst
          ? [...inTheme.filter((p) => p.favourite), ...inTheme.filter((p) => !p.favourite)]
          : inTheme,
      };
    })
    .filter((group) => group.prompts.length > 0);
}
