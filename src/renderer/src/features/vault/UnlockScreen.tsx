import { useEffect, useState, type FormEvent } from 'react';
import type { VaultStatus } from '@shared/contract';
import { announce } from '../../announce/announcer';
import { call, onEvent } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { OpenOtherFolder } from './OpenOtherFolder';
import { PassphraseField } from './PassphraseField';
import { RecoveryForm } from './RecoveryForm';
import { t } from '../../i18n';

export function UnlockScreen(props: {
  status: VaultStatus;
  onUnlocked: (status: VaultStatus) => void;
  onOpened: (status: VaultStatus) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [recovering, setRecovering] = useState(false);
  /** An unlock that finds a re-encryption a crash cut short finishes it first, and says how far it is. */
  const [finishing, setFinishing] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => onEvent('vault:reencryptProgress', setFinishing), []);
  // Focus starts in the passphrase field, so the screen's heading is said through the live region.
  useEffect(() => announce(t('vault.unlock.locked')), []);

  if (recovering) return <RecoveryForm onUnlocked={props.onUnlocked} onCancel={() => setRecovering(false)} />;

  const attempt = async (unlock: () => Promise<VaultStatus>) => {
    setBusy(true);
    announce(t('vault.unlock.unlocking'));
    setError(null);
    try {
      props.onUnlocked(await unlock());
    } catch (e) {
      setError(e);
      setPassphrase('');
    } finally {
      setBusy(false);
      setFinishing(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) void attempt(() => call('vault:unlock', { passphrase }));
  };

  return (
    <main className="centered-screen">
      <form className="card" onSubmit={submit} aria-labelledby="unlock-title">
        <h1 id="unlock-title">{t('vault.unlock.title')}</h1>
        <PassphraseField label={t('vault.unlock.passphrase')} value={passphrase} onChange={setPassphrase} autoFocus />
        <ErrorNotice error={error} />
        {finishing && <p role="status">{t('vault.unlock.finishing', finishing)}</p>}
        <button type="submit" className="primary" disabled={!passphrase || busy} aria-busy={busy}>
          {busy ? t('vault.unlock.unlocking') : t('vault.unlock.unlock')}
        </button>
        {props.status.remembered && (
          <button type="button" onClick={() => attempt(() => call('vault:unlockRemembered'))}>
            {t('vault.unlock.withDevice')}
          </button>
        )}
        <button type="button" className="link-button" onClick={() => setRecovering(true)}>
          {t('vault.unlock.forgot')}
        </button>
        <OpenOtherFolder onOpened={props.onOpened} />
        <p className="muted path">{props.status.dir}</p>
      </form>
    </main>
  );
}
