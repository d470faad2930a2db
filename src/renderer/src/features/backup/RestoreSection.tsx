import { useId, useState } from 'react';
import type { ChosenBackup } from '@shared/backup';
import type { VaultStatus } from '@shared/contract';
import { call } from '../../bridge';
import { PassphraseField } from '../vault/PassphraseField';
import { plural, type Action } from './BackupScreen';

export function RestoreSection(props: {
  action: Action;
  onChanged: () => void;
  onStatus: (status: VaultStatus) => void;
  /** False where no journal is open yet, so a backup can only be restored. */
  canMerge?: boolean;
}) {
  const canMerge = props.canMerge ?? true;
  const { action } = props;
  const [chosen, setChosen] = useState<ChosenBackup | null>(null);
  const [useKey, setUseKey] = useState(false);
  const [secret, setSecret] = useState('');
  const keyId = useId();
  const input = () => (useKey ? { recoveryKey: secret } : { passphrase: secret });

  const choose = () =>
    action.run('choose', async () => {
      const picked = await call('backup:choose');
      if (picked) setChosen(picked);
    });
  const merge = () =>
    action.run('merge', async () => {
      const s = await call('backup:merge', input());
      setSecret('');
      props.onChanged();
      const parts = [
        `${plural(s.added, 'entry', 'entries')} added`,
        s.updated && `${s.updated} brought up to date`,
        s.conflicts && `${plural(s.conflicts, 'conflict copy', 'conflict copies')} kept beside yours`,
        `${s.skipped} already here`,
      ].filter(Boolean);
      action.setMessage(`Backup added to your journal: ${parts.join(', ')}.`);
    });
  const restore = () =>
    action.run('restore', async () => {
      const status = await call('backup:restore', input());
      if (!status) return;
      setSecret('');
      props.onStatus(status);
      props.onChanged();
      action.setMessage(`Restored. Your journal is now the one in ${status.dir}.`);
    });
  const ready = chosen !== null && secret !== '' && action.busy === null;

  return (
    <fieldset>
      <legend>{canMerge ? 'Restore or add a backup' : 'Restore a backup'}</legend>
      <button type="button" onClick={choose} disabled={action.busy !== null}>
        Choose a backup…
      </button>
      {chosen && (
        <>
          <p>
            <strong>{chosen.name}</strong>, made {new Date(chosen.createdAt).toLocaleString()}.
          </p>
          <label className="check">
            <input type="checkbox" checked={useKey} onChange={(e) => setUseKey(e.target.checked)} /> Use the recovery
            key instead of the passphrase
          </label>
          {useKey ? (
            <div className="field">
              <label htmlFor={keyId}>Recovery key of the backup</label>
              <input id={keyId} value={secret} spellCheck={false} onChange={(e) => setSecret(e.target.value)} />
            </div>
          ) : (
            <PassphraseField label="Passphrase of the backup" value={secret} onChange={setSecret} />
          )}
          {canMerge && (
            <>
              <p className="muted">
                Adding never overwrites: entries you already have are skipped, and a different version of one is kept
                beside it as a conflict copy. Restoring makes a separate journal in an empty folder and opens it.
              </p>
              <button type="button" onClick={merge} disabled={!ready}>
                {action.busy === 'merge' ? 'Adding…' : 'Add to this journal'}
              </button>
            </>
          )}
          <button type="button" onClick={restore} disabled={!ready}>
            {action.busy === 'restore'
              ? 'Restoring…'
              : canMerge
                ? 'Restore as a separate journal…'
                : 'Restore into a folder…'}
          </button>
        </>
      )}
    </fieldset>
  );
}
