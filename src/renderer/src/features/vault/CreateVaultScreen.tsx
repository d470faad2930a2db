import { useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../shared/contract';
import { passphraseStrength } from '../../../../shared/passphrase-strength';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { OpenOtherFolder } from './OpenOtherFolder';
import { PassphraseField } from './PassphraseField';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { StrengthMeter } from './StrengthMeter';

export function CreateVaultScreen(props: {
  status: VaultStatus;
  onCreated: (status: VaultStatus) => void;
  onOpened: (status: VaultStatus) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [dir, setDir] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<{ recoveryKey: string; status: VaultStatus } | null>(null);

  if (created)
    return <RecoveryKeyStep recoveryKey={created.recoveryKey} onDone={() => props.onCreated(created.status)} />;

  const strength = passphraseStrength(passphrase);
  const mismatch = confirm.length > 0 && confirm !== passphrase;
  const canCreate = strength.acceptable && confirm === passphrase && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!canCreate) return;
    setBusy(true);
    setError(null);
    try {
      setCreated(await call('vault:create', dir ? { passphrase, dir } : { passphrase }));
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
        <h1 id="create-title">Start your Landscape journal</h1>
        <p>
          Your reflections are encrypted on this computer with a passphrase only you know. Nobody, including us, can
          read them without it.
        </p>
        <PassphraseField
          label="Passphrase"
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
          autoComplete="new-password"
          describedBy="strength"
        />
        <StrengthMeter passphrase={passphrase} id="strength" />
        <PassphraseField
          label="Type it again"
          value={confirm}
          onChange={setConfirm}
          autoComplete="new-password"
          describedBy={mismatch ? 'mismatch' : undefined}
        />
        {mismatch && (
          <p id="mismatch" className="field-error">
            The two passphrases are not the same.
          </p>
        )}
        <p className="muted">
          Saved in: <span className="path">{dir ?? props.status.dir}</span>{' '}
          <button type="button" className="link-button" onClick={chooseFolder}>
            Choose another folder…
          </button>
        </p>
        <ErrorNotice error={error} />
        <button type="submit" className="primary" disabled={!canCreate} aria-busy={busy}>
          {busy ? 'Creating…' : 'Create journal'}
        </button>
        <OpenOtherFolder onOpened={props.onOpened} />
      </form>
    </main>
  );
}
