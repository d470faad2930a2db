// Test stand-ins for the OS: each records what the app asked of it, so tests can assert it.
import { join } from 'node:path';
import type { AppPorts, DeviceKeyPort, OsPort, PrefsPort } from '../../src/main/app/ports';
import type { PackPrinter } from '../../src/main/core/export/pack-printer';
import type { MarkStore } from '../../src/main/core/vault/high-water';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '@shared/settings';

export function memoryPrefs(initial: Partial<Settings> = {}): PrefsPort {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  return {
    get: () => settings,
    set: (patch: SettingsPatch) => {
      settings = applySettingsPatch(settings, patch);
      return settings;
    },
  };
}

/** One device's high-water marks (MarkStore), in memory: each device of a test gets its own. */
export function memoryMarks(): MarkStore & { bytes: Map<string, Buffer> } {
  const bytes = new Map<string, Buffer>();
  return {
    bytes,
    read: async (vaultId) => bytes.get(vaultId),
    write: async (vaultId, b) => void bytes.set(vaultId, Buffer.from(b)),
  };
}

export function memoryDeviceKeys(supported: boolean): DeviceKeyPort & { keys: Map<string, Buffer> } {
  const keys = new Map<string, Buffer>();
  return {
    keys,
    supported: async () => supported,
    load: async (id) => (keys.has(id) ? Buffer.from(keys.get(id)!) : null),
    save: async (id, key) => void keys.set(id, Buffer.from(key)),
    clear: (id) => void keys.delete(id),
  };
}

export interface FakeOs extends OsPort {
  /** What the next folder dialog "chooses"; null is Cancel. */
  nextFolder: string | null;
  /** What the next link confirmation answers. */
  confirmLinks: boolean;
  /** Every link the app asked to open, confirmed or not. */
  asked: string[];
  opened: string[];
  closeReadyCalls: number;
  /** Files "saved" through the save dialog, by name; null stands for Cancel next time. */
  saved: Map<string, string>;
  cancelNextSave: boolean;
  /** What the next open dialog "picks"; null is Cancel. */
  nextOpenFile: { name: string; bytes: Uint8Array } | null;
  /** The paths the next file, save and folder dialogs answer with; null is Cancel. */
  nextPickedFile: string | null;
  nextSavePath: string | null;
  nextPickedFolder: string | null;
  /** The title of every file, save and folder dialog shown, in order. */
  dialogs: string[];
  /** Where the export save dialog "saves"; null is Cancel. */
  nextExportPath: string | null;
  /** The names the export save dialog suggested. */
  exportNames: string[];
}

export function fakeOs(): FakeOs {
  const os: FakeOs = {
    nextFolder: null,
    confirmLinks: false,
    asked: [],
    opened: [],
    closeReadyCalls: 0,
    saved: new Map(),
    cancelNextSave: false,
    nextOpenFile: null,
    nextPickedFile: null,
    nextSavePath: null,
    nextPickedFolder: null,
    dialogs: [],
    nextExportPath: null,
    exportNames: [],
    chooseExportPath: async (name) => {
      os.exportNames.push(name);
      return os.nextExportPath;
    },
    chooseFolder: async () => os.nextFolder,
    confirmAndOpenExternal: async (url) => {
      os.asked.push(url);
      if (!os.confirmLinks) return false;
      os.opened.push(url);
      return true;
    },
    saveTextFile: async (name, contents) => {
      if (os.cancelNextSave) return null;
      os.saved.set(name, contents);
      return `/fake/${name}`;
    },
    openTextFile: async () => os.nextOpenFile,
    pickOpenFile: async ({ title }) => {
      os.dialogs.push(title);
      return os.nextPickedFile;
    },
    pickSavePath: async ({ title }) => {
      os.dialogs.push(title);
      return os.nextSavePath;
    },
    pickFolder: async ({ title }) => {
      os.dialogs.push(title);
      return os.nextPickedFolder;
    },
    closeReady: () => {
      os.closeReadyCalls += 1;
    },
  };
  return os;
}

/** For tests that never print: fails loudly if they do. */
export const unusedPrinter: PackPrinter = {
  pdf: () => Promise.reject(new Error('this test does not print')),
  firstPage: () => Promise.reject(new Error('this test does not print')),
};

/** The ports a handler test needs: in-memory preferences, no device key store, the vault under `dir`. */
/** The ports of a test app with its vault under `dir`; `overrides` swaps any of them. */
export function testPorts(dir: string, os: FakeOs = fakeOs(), overrides: Partial<AppPorts> = {}): AppPorts {
  return {
    prefs: memoryPrefs(),
    deviceKeys: memoryDeviceKeys(false),
    os,
    emit: () => {},
    printer: unusedPrinter,
    paper: () => 'A4',
    defaultVaultDir: join(dir, 'vault'),
    marks: memoryMarks(),
    app: { name: 'Landscape', version: 'test', platform: 'linux', locale: 'en-GB', languages: ['en-GB'] },
    ...overrides,
  };
}
