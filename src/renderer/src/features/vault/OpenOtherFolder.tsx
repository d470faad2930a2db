import { useState } from 'react';
import type { VaultStatus } from '@shared/contract';
import { call } from '../../bridge';
import { ErrorNotice } from '../../errors/ErrorNotice';
import { t } from '../../i18n';

/** Points Landscape at a journal folder elsewhere, e.g. one kept in a synced folder. */
export function OpenOtherFolder({ onOpened }: { onOpened: (status: VaultStatus) => void }) {
  const [error, setError] = useState<unknown>(null);
  const open = async () => {
    try {
      // Main takes the folder from its own dialog; the page never hands it a path.
      const { dir } = await call('vault:chooseFolder', { purpose: 'open' });
      if (!dir) return;
      onOpened(await call('vault:status'));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <button type="button" className="link-button" onClick={open}>
        {t('vault.openOther')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}
