import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '@shared/contract';
import { announce } from '../../announce/announcer';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { RestoreFromBackup } from '../backup/RestoreFromBackup';
import { OpenOtherFolder } from './OpenOtherFolder';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { t } from '../../i18n';

export function CreateVaultScreen(props: {
  status: VaultStatus;
  onCreated: (status: VaultStatus) => void;
  onOpened: (status: VaultStatus) => void;
}) {
  const passphrase = useNewPassphrase();
  const [dir, setDir] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ recoveryKey: string; status: VaultStatus } | null>(null);

  if (created)
    return <RecoveryKeyStep recoveryKey={created.recoveryKey} onDone={() => props.onCreated(created.status)} />;

  const canCreate = passphrase.ready && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canCreate) return;
    setBusy(true);
    announce(t('vault.create.creating'));
    setError(null);
    try {
      setCreated(
        await call(
          'vault:create',
          dir ? { passphrase: passphrase.value, folder: 'chosen' } : { passphrase: passphrase.value },
        ),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const chooseFolder = async () => {
    try {
      const chosen = await call('vault:chooseFolder', { purpose: 'create' });
      if (chosen.dir) setDir(chosen.dir);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <main className="centered-screen">
      <form className="card" onSubmit={submit} aria-labelledby="create-title">
        <h1 id="create-title">{t('vault.create.title')}</h1>
        <p>{t('vault.create.intro')}</p>
        <NewPassphraseFields
          state={passphrase}
          label={t('vault.create.passphrase')}
          againLabel={t('vault.create.again')}
          autoFocus
        />
        <p className="muted">
          {t('vault.create.savedIn')} <span className="path">{dir ?? props.status.dir}</span>{' '}
          <button type="button" className="link-button" onClick={chooseFolder}>
            {t('vault.create.chooseFolder')}
          </button>
        </p>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={!canCreate} aria-busy={busy}>
          {busy ? t('vault.create.creating') : t('vault.create.create')}
        </button>
        <OpenOtherFolder onOpened={props.onOpened} />
      </form>
      <RestoreFromBackup onOpened={props.onOpened} />
    </main>
  );
}
