import { useId, useState, type FormEvent } from 'react';
import type { VaultStatus } from '@shared/contract';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { t } from '../../i18n';

/** Opens the journal with the recovery key and sets a new passphrase in one step. */
export function RecoveryForm(props: { onUnlocked: (status: VaultStatus) => void; onCancel: () => void }) {
  const keyId = useId();
  const [recoveryKey, setRecoveryKey] = useState('');
  const next = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const ready = recoveryKey.trim() && next.ready && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      props.onUnlocked(
        await call('vault:unlockWithRecoveryKey', { recoveryKey: recoveryKey.trim(), newPassphrase: next.value }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="centered-screen">
      <form className="card" onSubmit={submit} aria-labelledby="recover-title">
        <h1 id="recover-title">{t('vault.recover.title')}</h1>
        <div className="field">
          <label htmlFor={keyId}>{t('vault.recover.key')}</label>
          <input
            id={keyId}
            value={recoveryKey}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setRecoveryKey(e.target.value)}
          />
        </div>
        <NewPassphraseFields
          state={next}
          label={t('vault.recover.newPassphrase')}
          againLabel={t('vault.recover.again')}
        />
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={!ready} aria-busy={busy}>
          {t('vault.recover.submit')}
        </button>
        <button type="button" className="link-button" onClick={props.onCancel}>
          {t('vault.recover.back')}
        </button>
      </form>
    </main>
  );
}
