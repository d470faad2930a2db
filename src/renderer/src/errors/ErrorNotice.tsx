import { t } from '../i18n';
import { errorWords } from './error-words';

/** An error a person can read, announced to screen readers. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (!error) return null;
  const words = errorWords(error);
  return (
    <div className="notice notice-error" role="alert" data-code={words.code}>
      <strong>{t('errors.noticeHeading', { heading: words.heading })}</strong>{' '}
      {words.detail && <span className="error-detail">{words.detail}</span>}
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
