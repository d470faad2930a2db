import { safeStorage } from 'electron';
import type { DeviceKeyPort } from '../app/ports';
import type { SettingsStore } from './settings-store';

/**
 * "Remember on this device", through the OS keychain, with safeStorage's asynchronous API (the synchronous
 * one is gone in Electron 46). Linux `basic_text` is no protection, so it is refused. safeStorage takes and
 * gives strings only: the base64 copy of the key it sees cannot be zeroed (docs/vault-format.md §13).
 */
export function safeStorageKeys(store: SettingsStore): DeviceKeyPort {
  const supported = async () =>
    (await safeStorage.isAsyncEncryptionAvailable()) &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  const save = async (vaultId: string, key: Buffer) => {
    const wrapped = (await safeStorage.encryptStringAsync(key.toString('base64'))).toString('base64');
    store.set('deviceKeys', { ...store.get('deviceKeys'), [vaultId]: wrapped });
  };
  return {
    supported,
    load: async (vaultId) => {
      const wrapped = store.get('deviceKeys')[vaultId];
      if (!wrapped || !(await supported())) return null;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(wrapped, 'base64'));
        const key = Buffer.from(result, 'base64');
        // The keychain's own key was rotated: keep the key under the new one.
        if (shouldReEncrypt) await save(vaultId, key);
        return key;
      } catch {
        return null;
      }
    },
    save,
    clear: (vaultId) => {
      const { [vaultId]: _gone, ...rest } = store.get('deviceKeys');
      store.set('deviceKeys', rest);
    },
  };
}
