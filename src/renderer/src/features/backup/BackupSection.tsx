import { useState } from 'react';
import { call } from '../../bridge';
import { entries, type Action } from './BackupScreen';
import { t } from '../../i18n';

export function BackupSection({ action }: { action: Action }) {
  const [revisions, setRevisions] = useState(true);
  const save = () =>
    action.run('backup', async () => {
      const saved = await call('backup:create', { includeRevisions: revisions });
      if (saved) action.setMessage(t('backup.backUp.saved', { entries: entries(saved.entries), path: saved.path }));
    });
  return (
    <fieldset>
      <legend>{t('backup.backUp.legend')}</legend>
      <p className="muted">{t('backup.backUp.about')}</p>
      <label className="check">
        <input type="checkbox" checked={revisions} onChange={(e) => setRevisions(e.target.checked)} />{' '}
        {t('backup.backUp.revisions')}
      </label>
      <button type="button" onClick={save} disabled={action.busy !== null}>
        {action.busy === 'backup' ? t('backup.backUp.saving') : t('backup.backUp.save')}
      </button>
    </fieldset>
  );
}
