import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '@shared/contract';
import { call, onEvent } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { NewPassphraseFields, useNewPassphrase } from '../vault/NewPassphraseFields';
import { PassphraseField } from '../vault/PassphraseField';
import { RecoveryKeyStep } from '../vault/RecoveryKeyStep';
import { t } from '../../i18n';

type Progress = { done: number; total: number };

/** For a passphrase, recovery key or remembering computer that may be compromised (docs/vault-format.md §14). */
export function ReencryptForm(props: { onStatus: (status: VaultStatus) => void }) {
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ready = current !== '' && next.ready && progress === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setError(null);
    setDone(false);
    setProgress({ done: 0, total: 0 });
    const off = onEvent('vault:reencryptProgress', setProgress);
    try {
      const result = await call('vault:reencrypt', { current, next: next.value });
      setCurrent('');
      next.reset();
      setRecoveryKey(result.recoveryKey);
      props.onStatus(result.status);
    } catch (e) {
      setError(e);
    } finally {
      off();
      setProgress(null);
    }
  };

  if (recoveryKey !== null)
    return (
      <RecoveryKeyStep
        inline
        recoveryKey={recoveryKey}
        doneLabel={t('settings.reencrypt.keptKey')}
        onDone={() => {
          setRecoveryKey(null);
          setDone(true);
        }}
      />
    );

  return (
    <form onSubmit={submit} aria-labelledby="reencrypt-title">
      <fieldset>
        <legend id="reencrypt-title">{t('settings.reencrypt.legend')}</legend>
        <p className="muted">{t('settings.reencrypt.why')}</p>
        <PassphraseField label={t('settings.reencrypt.current')} value={current} onChange={setCurrent} />
        <NewPassphraseFields
          state={next}
          label={t('settings.reencrypt.next')}
          againLabel={t('settings.reencrypt.again')}
        />
        <ErrorNotice error={error} />
        {progress !== null && (
          <>
            <progress
              value={progress.done}
              max={Math.max(progress.total, 1)}
              aria-label={t('settings.reencrypt.progressLabel')}
            />
            <p role="status">
              {t('settings.reencrypt.progress', { done: progress.done, total: progress.total })}{' '}
              {t('settings.reencrypt.keep')}
            </p>
          </>
        )}
        {done && <p role="status">{t('settings.reencrypt.done')}</p>}
        <button type="submit" disabled={!ready}>
          {t('settings.reencrypt.start')}
        </button>
      </fieldset>
    </form>
  );
}
