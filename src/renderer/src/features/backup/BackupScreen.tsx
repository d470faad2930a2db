import type { VaultStatus } from '@shared/contract';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { useOneAction } from '../../state/use-one-action';
import { BackupSection } from './BackupSection';
import { ImportSection } from './ImportSection';
import { PlainCopySection } from './PlainCopySection';
import { RestoreSection } from './RestoreSection';

/** Backing up, restoring and importing. Every file is chosen in the system's own dialog. */
export function BackupScreen(props: { onChanged: () => void; onStatus: (status: VaultStatus) => void }) {
  const action = useOneAction();
  return (
    <section className="settings" aria-labelledby="backup-title">
      <h1 id="backup-title">Backup & import</h1>
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

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
