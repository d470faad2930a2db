import { useState } from 'react';
import { call } from '../../bridge';
import { plural, type Action } from './BackupScreen';

export function BackupSection({ action }: { action: Action }) {
  const [revisions, setRevisions] = useState(true);
  const save = () =>
    action.run('backup', async () => {
      const saved = await call('backup:create', { includeRevisions: revisions });
      if (saved) action.setMessage(`Backup saved: ${plural(saved.entries, 'entry', 'entries')} in ${saved.path}.`);
    });
  return (
    <fieldset>
      <legend>Back up</legend>
      <p className="muted">
        One encrypted file holding your whole journal. It opens only with your passphrase or your recovery key, as they
        are today.
      </p>
      <label className="check">
        <input type="checkbox" checked={revisions} onChange={(e) => setRevisions(e.target.checked)} /> Include earlier
        versions of entries
      </label>
      <button type="button" onClick={save} disabled={action.busy !== null}>
        {action.busy === 'backup' ? 'Saving backup…' : 'Save a backup…'}
      </button>
    </fieldset>
  );
}
