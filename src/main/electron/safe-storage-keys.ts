import { safeStorage } from 'electron';
import type { DeviceKeyPort } from '../app/ports';
import type { SettingsStore } from './settings-store';

/** "Remember on this device", through the OS keychain. Linux `basic_text` is no protection, so it is refused. */
export function safeStorageKeys(store: SettingsStore): DeviceKeyPort {
  const supported = () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text');
  return {
    supported,
    load: (vaultId) => {
      const wrapped = store.get('deviceKeys')[vaultId];
      if (!wrapped || !supported()) return null;
      try {
        return Buffer.from(safeStorage.decryptString(Buffer.from(wrapped, 'base64')), 'base64');
      } catch {
        return null;
      }
    },
    save: (vaultId, key) => {
      const wrapped = safeStorage.encryptString(key.toString('base64')).toString('base64');
      store.set('deviceKeys', { ...store.get('deviceKeys'), [vaultId]: wrapped });
    },
    clear: (vaultId) => {
      const { [vaultId]: _gone, ...rest } = store.get('deviceKeys');
      store.set('deviceKeys', rest);
    },
  };
}
