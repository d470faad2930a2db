import { errorWords } from '../../errors/error-words';
import type { SaveState } from './use-autosave';
import { t } from '../../i18n';

/** Always visible, and announced politely when it changes. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'error') {
    const words = errorWords(state.error);
    return (
      <span className="save-status save-error" role="alert" data-state="error">
        {t('entry.notSaved', { heading: words.heading })} <span className="error-detail">{words.detail}</span>{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          {t('entry.retry')}
        </button>
      </span>
    );
  }
  const text = { saved: t('entry.saved'), saving: t('entry.saving'), unsaved: t('entry.unsaved') }[state.kind];
  return (
    <span className="save-status" role="status" aria-live="polite" data-state={state.kind}>
      {text}
    </span>
  );
}
