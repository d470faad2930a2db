// The real electron-store (and the conf library under it: real JSON files, real schema checks) on a temp folder.
// Electron itself cannot run here: ELECTRON_OVERRIDE_DIST_PATH makes `require('electron')` return a path instead of
// downloading, which is what electron-store meets under plain Node; we always pass the folder (`cwd`) ourselves.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/settings';

type Module = typeof import('../../../src/main/electron/settings-store');
let open: Module['openSettingsStore'];
let prefsFromStore: Module['prefsFromStore'];

beforeAll(async () => {
  process.env['ELECTRON_OVERRIDE_DIST_PATH'] ??= mkdtempSync(join(tmpdir(), 'no-electron-'));
  ({ openSettingsStore: open, prefsFromStore } = await import('../../../src/main/electron/settings-store'));
});

const folder = () => mkdtempSync(join(tmpdir(), 'landscape-prefs-'));
const file = (dir: string) => join(dir, 'preferences.json');
const onDisk = (dir: string) => JSON.parse(readFileSync(file(dir), 'utf8')) as Record<string, unknown>;

describe('the preferences store', () => {
  it('starts from the defaults and keeps what is set', () => {
    const dir = folder();
    const { store, notice } = open(dir);
    expect(notice).toBeNull();
    const prefs = prefsFromStore(store);
    expect(prefs.get()).toEqual(DEFAULT_SETTINGS);
    prefs.set({ theme: 'dark', reminder: { enabled: true, time: '07:30', days: [0, 6] } });
    const again = prefsFromStore(open(dir).store).get();
    expect(again.theme).toBe('dark');
    expect(again.reminder).toEqual({ enabled: true, time: '07:30', days: [0, 6] });
  });

  it('refuses to write a value the schema does not allow', () => {
    const { store } = open(folder());
    expect(() => store.set('settings', { ...DEFAULT_SETTINGS, firstDayOfWeek: 9 })).toThrow(/schema/i);
    expect(() => prefsFromStore(store).set({ autoLockMinutes: -1 })).toThrow();
  });

  it('fills fields an older version did not write, without a notice', () => {
    const dir = folder();
    writeFileSync(file(dir), JSON.stringify({ settings: { theme: 'light', autoLockMinutes: 5 } }));
    const { store, notice } = open(dir);
    expect(notice).toBeNull();
    expect(prefsFromStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light', autoLockMinutes: 5 });
  });

  it('drops a field a newer version no longer has (the old export defaults), without a notice', () => {
    const dir = folder();
    const old = { theme: 'dark', exportDefaults: { format: 'pdf', redactPeople: false } };
    writeFileSync(file(dir), JSON.stringify({ settings: old }));
    const { store, notice } = open(dir);
    expect(notice).toBeNull();
    expect(prefsFromStore(store).get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('starts with the defaults and a notice when the file is not JSON, keeping the old file', () => {
    const dir = folder();
    writeFileSync(file(dir), '{"settings": {"theme": "dark"');
    const { store, notice } = open(dir);
    expect(notice).toMatch(/could not be read.*default settings.*journal is untouched/);
    expect(prefsFromStore(store).get()).toEqual(DEFAULT_SETTINGS);
    expect(readFileSync(`${file(dir)}.damaged`, 'utf8')).toBe('{"settings": {"theme": "dark"');
    expect(onDisk(dir)['settings']).toEqual(DEFAULT_SETTINGS);
  });

  it('resets only the hand-edited fields that are wrong, names them, and keeps the rest', () => {
    const dir = folder();
    const edited = {
      settings: { ...DEFAULT_SETTINGS, theme: 'purple', autoLockMinutes: 30, reminder: { time: '25:00' } },
      window: { bounds: { width: 'wide' }, maximized: true },
      deviceKeys: { vault1: 'a2V5' },
    };
    writeFileSync(file(dir), JSON.stringify(edited));
    const { store, notice } = open(dir);
    expect(notice).toMatch(/\(theme, reminder, window\)/);
    const settings = prefsFromStore(store).get();
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(settings.reminder).toEqual(DEFAULT_SETTINGS.reminder);
    expect(settings.autoLockMinutes).toBe(30);
    expect(store.get('deviceKeys')).toEqual({ vault1: 'a2V5' });
    expect(store.get('window')).toEqual({ bounds: null, maximized: false });
    expect(existsSync(`${file(dir)}.damaged`)).toBe(true);
  });

  it('copes with a file that holds JSON but not an object', () => {
    const dir = folder();
    writeFileSync(file(dir), '[1, 2, 3]');
    const { store, notice } = open(dir);
    expect(notice).toMatch(/the whole file/);
    expect(prefsFromStore(store).get()).toEqual(DEFAULT_SETTINGS);
  });
});
