import { useState } from 'react';
import { call } from '../../bridge';
import { plural, type Action } from './BackupScreen';

/** The one way journal text leaves unencrypted in bulk, so the risk is named before anything is written. */
export function PlainCopySection({ action }: { action: Action }) {
  const [confirming, setConfirming] = useState(false);
  const save = () =>
    action.run('plain', async () => {
      setConfirming(false);
      const saved = await call('backup:exportPlain');
      if (saved)
        action.setMessage(
          `Unencrypted copy saved: ${plural(saved.entries, 'entry', 'entries')} in ${saved.path}. Delete it when you no longer need it.`,
        );
    });
  return (
    <fieldset>
      <legend>Unencrypted copy</legend>
      <p className="muted">Every entry as one readable JSON file, for moving to another program.</p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)} disabled={action.busy !== null}>
          Save an unencrypted copy…
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="plain-risk-title" aria-describedby="plain-risk-words">
          <p id="plain-risk-title">
            <strong>This copy is not encrypted.</strong>
          </p>
          <p id="plain-risk-words">
            Anyone who can open the file, on this computer, in a synced folder or on a backup drive, can read every
            entry in it, with the names of everyone you wrote about. Keep it somewhere private and delete it when you
            are done.
          </p>
          <button type="button" onClick={save}>
            Save it unencrypted
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            Cancel
          </button>
        </div>
      )}
    </fieldset>
  );
}
