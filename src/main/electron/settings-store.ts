// electron-store keeps preferences and window state only; journal content never goes here.
import Store from 'electron-store';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '@shared/settings';
import type { PrefsPort } from '../app/ports';
import type { WindowBounds } from '../security/window-options';

interface StoreShape {
  settings: Settings;
  window: { bounds: WindowBounds | null; maximized: boolean };
  /** safeStorage-encrypted vault keys, base64, by vault id. */
  deviceKeys: Record<string, string>;
}

export type SettingsStore = Store<StoreShape>;

export function openSettingsStore(): SettingsStore {
  return new Store<StoreShape>({
    name: 'preferences',
    defaults: { settings: DEFAULT_SETTINGS, window: { bounds: null, maximized: false }, deviceKeys: {} },
  });
}

export function prefsFromStore(store: SettingsStore): PrefsPort {
  const read = (): Settings => {
    const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...store.get('settings') });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  };
  return {
    get: read,
    set: (patch: SettingsPatch) => {
      const next = Settings.parse({ ...read(), ...patch });
      store.set('settings', next);
      return next;
    },
  };
}
