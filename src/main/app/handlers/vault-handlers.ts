import { AppError } from '@shared/errors';
import { checkPassphrase } from '../../core/crypto/passphrase-strength';
import { recoverySheet } from '../../core/vault/recovery-sheet';
import type { HandlerTable } from '../handler-table';
import type { AppPorts } from '../ports';
import type { VaultSession } from '../vault-session';

type VaultChannels = Extract<keyof HandlerTable, `vault:${string}`>;

export function vaultHandlers(session: VaultSession, ports: AppPorts): Pick<HandlerTable, VaultChannels> {
  return {
    'vault:status': () => session.status(),
    'vault:chooseFolder': async ({ purpose }) => ({
      dir: session.chose(purpose, await ports.os.chooseFolder(purpose)),
    }),
    'vault:create': ({ passphrase, folder }) => session.create(passphrase, folder === 'chosen'),
    'vault:unlock': ({ passphrase }) => session.unlock(passphrase),
    'vault:unlockWithRecoveryKey': ({ recoveryKey, newPassphrase }) =>
      session.unlockWithRecoveryKey(recoveryKey, newPassphrase),
    'vault:unlockRemembered': () => session.unlockRemembered(),
    'vault:lock': () => {
      session.lock('user');
      return session.status();
    },
    'vault:changePassphrase': ({ current, next }) => session.open().changePassphrase(current, next),
    'vault:reencrypt': ({ current, next }) => session.reencrypt(current, next),
    'vault:remember': ({ enabled }) => session.remember(enabled),
    'vault:ratePassphrase': ({ passphrase }) => checkPassphrase(passphrase),
    'vault:setbacks': () => session.open().setbacks?.list() ?? [],
    'vault:settleSetback': ({ id, action }) => {
      const watch = session.open().setbacks;
      if (!watch) throw new AppError('ENTRY_NOT_FOUND', 'That entry has nothing waiting to be looked at.');
      return watch.settle(id, action);
    },
    'vault:saveRecoveryKey': async ({ recoveryKey, today }) => ({
      saved: (await ports.os.saveTextFile('Landscape recovery key.txt', recoverySheet(recoveryKey, today))) !== null,
    }),
  };
}
