import type { VaultStatus } from '@shared/contract';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useOneAction } from '../../state/use-one-action';
import { BackupSection } from './BackupSection';
import { ImportSection } from './ImportSection';
import { PlainCopySection } from './PlainCopySection';
import { RestoreSection } from './RestoreSection';
import { t } from '../../i18n';

/** Backing up, restoring and importing. Every file is chosen in the system's own dialog. */
export function BackupScreen(props: { onChanged: () => void; onStatus: (status: VaultStatus) => void }) {
  const action = useOneAction();
  return (
    <section className="settings" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backup.title')}</h1>
      <ErrorNotice error={action.error} />
      {action.message && <p role="status">{action.message}</p>}
      <BackupSection action={action} />
      <RestoreSection action={action} onChanged={props.onChanged} onStatus={props.onStatus} />
      <ImportSection action={action} onChanged={props.onChanged} />
      <PlainCopySection action={action} />
    </section>
  );
}

export type Action = ReturnType<typeof useOneAction>;

/** "1 entry", "12 entries" */
export const entries = (count: number) => t('common.entries', { count });
