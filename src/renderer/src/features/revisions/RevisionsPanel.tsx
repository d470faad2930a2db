import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Entry, RevisionInfo } from '@shared/entry';
import { call } from '../../bridge';
import { formatMoment } from '../../dates/date-words';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { RevisionDiff } from './RevisionDiff';
import './revisions.css';
import { t } from '../../i18n';

/**
 * An entry's saved versions, newest first. Restoring one saves it as a new version, so the text it
 * replaces stays in this list; that is why there is no confirmation step.
 */
export function RevisionsPanel(props: {
  entryId: string;
  currentRevision: number;
  onRestored: (entry: Entry) => void;
  onClose: () => void;
}) {
  const { entryId } = props;
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { load, retry } = useLoad(async () => newestFirst(await call('entries:revisions', { id: entryId })), [entryId]);
  const [restoring, setRestoring] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [comparing, setComparing] = useState<number | null>(null);

  // Focus moves into the panel when it opens and back to where it came from when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    headingRef.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Busy buttons use aria-disabled, not disabled, so the clicked one keeps focus while the call runs.
  const restore = async (revision: number) => {
    if (restoring !== null) return;
    setRestoring(revision);
    setError(null);
    try {
      props.onRestored(await call('entries:restoreRevision', { id: entryId, revision }));
    } catch (e) {
      setError(e);
    } finally {
      setRestoring(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    props.onClose();
  };

  return (
    <section className="revisions-panel" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <header className="revisions-header">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('revisions.title')}
        </h2>
        <button type="button" onClick={props.onClose} title={t('revisions.closeTitle', { keys: 'Escape' })}>
          {t('revisions.close')}
        </button>
      </header>
      <p className="muted revisions-hint">{t('revisions.hint')}</p>
      <ErrorNotice error={error} />
      {load.state === 'loading' && (
        <p className="muted" aria-busy="true">
          {t('revisions.loading')}
        </p>
      )}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={retry} />}
      {load.state === 'ready' && load.value.length === 0 && <p className="muted">{t('revisions.none')}</p>}
      {load.state === 'ready' && load.value.length > 0 && (
        <ol className="revisions-list">
          {load.value.map((info) => {
            const when = formatMoment(info.updatedAt, { seconds: true });
            const current = info.revision === props.currentRevision;
            return (
              <li key={info.revision} className="revision" aria-current={current ? 'true' : undefined}>
                <div className="revision-text">
                  <time dateTime={info.updatedAt} className="revision-time">
                    {when}
                  </time>
                  <span className="revision-title">{info.title.trim() || t('revisions.untitled')}</span>
                  <span className="muted revision-words">{t('common.words', { count: info.wordCount })}</span>
                </div>
                {current ? (
                  <span className="revision-current">{t('revisions.current')}</span>
                ) : (
                  <div className="revision-actions">
                    <button
                      type="button"
                      aria-expanded={comparing === info.revision}
                      onClick={() => setComparing(comparing === info.revision ? null : info.revision)}
                    >
                      {t('revisions.compare')}{' '}
                      <span className="visually-hidden">{t('revisions.compareWhich', { when })}</span>
                    </button>
                    <button
                      type="button"
                      aria-disabled={restoring !== null || undefined}
                      onClick={() => void restore(info.revision)}
                    >
                      {restoring === info.revision ? t('revisions.restoring') : t('revisions.restore')}{' '}
                      <span className="visually-hidden">{t('revisions.restoreWhich', { when })}</span>
                    </button>
                  </div>
                )}
                {comparing === info.revision && !current && (
                  <RevisionDiff entryId={entryId} revision={info.revision} when={when} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function newestFirst(revisions: RevisionInfo[]): RevisionInfo[] {
  return [...revisions].sort((a, b) => b.revision - a.revision);
}
