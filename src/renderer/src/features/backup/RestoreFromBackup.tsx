import type { VaultStatus } from '@shared/contract';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useOneAction } from '../../state/use-one-action';
import { RestoreSection } from './RestoreSection';
import { t } from '../../i18n';

/** Before any journal is open (a new computer): restore a backup as the journal instead of starting one. */
export function RestoreFromBackup(props: { onOpened: (status: VaultStatus) => void }) {
  const action = useOneAction();
  return (
    <section className="card settings" aria-label={t('backup.restoreFromBackup')}>
      <ErrorNotice error={action.error} />
      <RestoreSection action={action} onChanged={() => undefined} onStatus={props.onOpened} canMerge={false} />
    </section>
  );
}
