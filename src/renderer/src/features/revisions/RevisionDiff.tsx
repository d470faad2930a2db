import { useEffect, useId, useRef } from 'react';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useLoad } from '../../state/use-load';
import { t } from '../../i18n';

/**
 * An earlier version's words against now: removed words struck through, added ones marked, the rest as they
 * are. Each change is also named in words, as <del> and <ins> are often not read out.
 */
export function RevisionDiff(props: { entryId: string; revision: number; when: string }) {
  const { entryId, revision } = props;
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const { load, retry } = useLoad(
    () => call('entries:compareRevision', { id: entryId, revision }),
    [entryId, revision],
  );
  // It opens below its version: bring it into view rather than leave it under the fold.
  // A block body: newer Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [load.state]);

  return (
    <section className="revision-diff" aria-labelledby={titleId} ref={ref}>
      <h3 id={titleId} className="revision-diff-title">
        {t('revisions.changesSince', { when: props.when })}
      </h3>
      {load.state === 'loading' && <p className="muted">{t('revisions.comparing')}</p>}
      {load.state === 'failed' && <ErrorNotice error={load.error} onRetry={retry} />}
      {load.state === 'ready' && !load.value.some((c) => c.kind !== 'kept') && (
        <p className="muted">{t('revisions.same')}</p>
      )}
      {load.state === 'ready' && load.value.some((c) => c.kind !== 'kept') && (
        <p className="revision-diff-text">
          {load.value.map((change, i) =>
            change.kind === 'removed' ? (
              <del key={i}>
                <span className="visually-hidden">{t('revisions.removed')}</span>
                {change.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : change.kind === 'added' ? (
              <ins key={i}>
                <span className="visually-hidden">{t('revisions.added')}</span>
                {change.text}
                <span className="visually-hidden">]</span>
              </ins>
            ) : (
              <span key={i}>{change.text}</span>
            ),
          )}
        </p>
      )}
    </section>
  );
}
