import { useId, useState } from 'react';
import type { PromptView } from '@shared/template';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { themeLabel } from './theme-labels';
import './prompts.css';
import { t } from '../../i18n';

export interface PromptCardProps {
  /** The day shown on Today, as YYYY-MM-DD. */
  date: string;
  onInsert: (text: string) => void;
  /** "Not today": put the card away for this day. */
  onDismiss: () => void;
}

/** What the card shows, and for which day: a new `date` means the day's prompt is loading. */
type Shown =
  { date: string; state: 'ready'; prompt: PromptView | null } | { date: string; state: 'failed'; error: unknown };

/** "Prompt of the day" on Today: one prompt, with ways to take it, swap it, keep it or put it away. */
export function PromptCard({ date, onInsert, onDismiss }: PromptCardProps) {
  const titleId = useId();
  // A failure is tagged with its day as an answer is, so a new day shows "Finding…", not the old day's error.
  const { load, reload, update } = useLoad(
    () =>
      call('prompts:today', { date }).then(
        (prompt): Shown => ({ date, state: 'ready', prompt }),
        (error: unknown): Shown => ({ date, state: 'failed', error }),
      ),
    [date],
  );
  const shown = load.state === 'ready' ? load.value : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');

  const current = shown?.date === date ? shown : null;
  const prompt = current?.state === 'ready' ? current.prompt : null;

  // Buttons are marked busy rather than disabled, so focus stays on the one just pressed.
  const act = async (action: (prompt: PromptView) => Promise<PromptView | null>, done = '') => {
    if (!prompt || busy) return;
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const next = await action(prompt);
      update(() => ({ date, state: 'ready', prompt: next }));
      setMessage(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const another = () => act((p) => call('prompts:shuffle', { currentId: p.id }));
  const toggleFavourite = () =>
    act(
      async (p) => {
        await call('prompts:mark', { id: p.id, favourite: !p.favourite });
        return { ...p, favourite: !p.favourite };
      },
      prompt?.favourite ? t('prompts.card.unfavourited') : t('prompts.card.favourited'),
    );
  const hide = () =>
    act(async (p) => {
      await call('prompts:mark', { id: p.id, hidden: true });
      return call('prompts:shuffle', { currentId: p.id });
    }, t('prompts.card.hidden'));

  return (
    <section className="prompt-card" aria-labelledby={titleId} aria-busy={!current}>
      <div className="prompt-card-head">
        <h2 id={titleId} className="prompt-card-title">
          {t('prompts.card.title')}
        </h2>
        <button type="button" className="link-button prompt-card-dismiss" onClick={onDismiss}>
          {t('prompts.card.notToday')}
        </button>
      </div>
      <div className="prompt-card-body" aria-live="polite">
        {!current && <p className="muted">{t('prompts.card.finding')}</p>}
        {current?.state === 'failed' && <ErrorNotice error={current.error} onRetry={() => void reload()} />}
        {current?.state === 'ready' && prompt && (
          <>
            <p className="prompt-card-text">{prompt.text}</p>
            <p className="prompt-card-theme">{themeLabel(prompt.theme)}</p>
          </>
        )}
        {current?.state === 'ready' && !prompt && <p className="muted">{t('prompts.card.allHidden')}</p>}
      </div>
      <ErrorNotice error={error} />
      {prompt && (
        <div className="prompt-card-actions">
          <button type="button" className="primary" onClick={() => onInsert(prompt.text)}>
            {t('prompts.card.insert')}
          </button>
          <button type="button" aria-disabled={busy || undefined} onClick={() => void another()}>
            {t('prompts.card.another')}
          </button>
          {/* One name whatever the state: aria-pressed says whether it is a favourite. */}
          <button
            type="button"
            aria-pressed={prompt.favourite}
            aria-disabled={busy || undefined}
            onClick={() => void toggleFavourite()}
          >
            <span aria-hidden="true" className="prompt-star">
              {prompt.favourite ? '★' : '☆'}
            </span>{' '}
            {t('prompts.card.favourite')}
          </button>
          <button type="button" className="link-button" aria-disabled={busy || undefined} onClick={() => void hide()}>
            {t('prompts.card.hide')}
          </button>
        </div>
      )}
      <p role="status" className="prompt-status">
        {message}
      </p>
    </section>
  );
}
