import { errorWords } from '../../errors/error-words';
import type { SaveState } from './use-autosave';

/** Always visible, and announced politely when it changes. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind === 'error') {
    const words = errorWords(state.error);
    return (
      <span className="save-status save-error" role="alert" data-state="error">
        Not saved: {words.heading}. {words.detail}{' '}
        <button type="button" className="link-button" onClick={onRetry}>
          Retry
        </button>
      </span>
    );
  }
  const text = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes' }[state.kind];
  return (
    <span className="save-status" role="status" aria-live="polite" data-state={state.kind}>
      {text}
    </span>
  );
}
