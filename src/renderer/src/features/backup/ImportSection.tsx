import type { ImportSummary } from '@shared/backup';
import { call } from '../../bridge';
import { entries, type Action } from './BackupScreen';
import { t } from '../../i18n';

export function ImportSection({ action, onChanged }: { action: Action; onChanged: () => void }) {
  const run = (key: string, importing: () => Promise<ImportSummary | null>) =>
    action.run(key, async () => {
      const summary = await importing();
      if (!summary) return;
      onChanged();
      const words = { entries: entries(summary.imported), skipped: summary.skipped };
      action.setMessage(summary.skipped ? t('backup.import.doneSkipped', words) : t('backup.import.done', words));
    });
  return (
    <fieldset>
      <legend>{t('backup.import.legend')}</legend>
      <p className="muted">{t('backup.import.about')}</p>
      <button
        type="button"
        onClick={() => run('markdown', () => call('import:markdownFolder'))}
        disabled={action.busy !== null}
      >
        {action.busy === 'markdown' ? t('backup.import.importing') : t('backup.import.markdown')}
      </button>
      <button type="button" onClick={() => run('dayone', () => call('import:dayOne'))} disabled={action.busy !== null}>
        {action.busy === 'dayone' ? t('backup.import.importing') : t('backup.import.dayOne')}
      </button>
    </fieldset>
  );
}
