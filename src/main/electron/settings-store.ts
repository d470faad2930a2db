// electron-store keeps preferences and window state only; journal content never goes here.
import { join } from 'node:path';
import Store, { type Schema } from 'electron-store';
import { applySettingsPatch, Settings, type SettingsPatch } from '@shared/settings';
import type { PrefsPort } from '../app/ports';
import {
  mendPreferencesFile,
  PREFERENCES_NAME,
  STORE_DEFAULTS,
  STORE_SCHEMA,
  type StoreShape,
} from './preferences-file';

export type SettingsStore = Store<StoreShape>;

/**
 * Opens `preferences.json` in `dir` (Electron's user-data folder). A damaged file is mended first, so the
 * app always starts; `notice` then says what was reset, for the person to read.
 */
export function openSettingsStore(dir: string): { store: SettingsStore; notice: string | null } {
  const notice = mendPreferencesFile(join(dir, `${PREFERENCES_NAME}.json`));
  const store = new Store<StoreShape>({
    name: PREFERENCES_NAME,
    cwd: dir,
    defaults: STORE_DEFAULTS,
    schema: STORE_SCHEMA as Schema<StoreShape>,
  });
  return { store, notice };
}

export function prefsFromStore(store: SettingsStore): PrefsPort {
  const read = (): Settings => {
    try {
      const parsed = Settings.safeParse(store.get('settings'));
      return parsed.success ? parsed.data : STORE_DEFAULTS.settings;
    } catch {
      // The file was damaged while the app ran (electron-store re-reads it); it is mended at the next start.
      return STORE_DEFAULTS.settings;
    }
  };
  return {
    get: read,
    set: (patch: SettingsPatch) => {
      const next = applySettingsPatch(read(), patch);
      store.set('settings', next);
      return next;
    },
  };
}
