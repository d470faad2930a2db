// Wiring that cannot be launched without an Electron binary, checked from the source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('electron-vite config', () => {
  const preload = config.preload!.build!;
  const output = preload.rollupOptions!.output as { format: string; entryFileNames: string };

  it('builds the preload as one CommonJS file, as a sandboxed preload must be', () => {
    expect(output.format).toBe('cjs');
    expect(output.entryFileNames).toBe('[name].cjs');
    expect(preload.externalizeDeps).toBe(false);
    expect(preload.rollupOptions!.external).toEqual(['electron']);
  });

  it('points the window at that preload file', () => {
    expect(read('src/main/index.ts')).toContain("'../preload/index.cjs'");
  });
});

describe('main process wiring', () => {
  const index = read('src/main/index.ts');
  const window = read('src/main/electron/main-window.ts');

  it('takes the single-instance lock and focuses the open window on a second launch', () => {
    expect(index).toMatch(/requestSingleInstanceLock\(\)/);
    expect(index).toMatch(/'second-instance'[\s\S]*?focus\(\)/);
  });

  it('builds the window from the tested options and loads app://, never file://', () => {
    expect(window).toContain('new BrowserWindow(\n    mainWindowOptions(');
    expect(window).toContain('APP_ENTRY_URL');
    expect(`${index}\n${window}`).not.toMatch(/loadFile|file:\/\//);
  });

  it('denies navigation, new windows and every permission', () => {
    expect(window).toMatch(/'will-navigate'[\s\S]*?preventDefault\(\)/);
    expect(window).toMatch(/setWindowOpenHandler[\s\S]*?action: 'deny'/);
    expect(window).toMatch(/setPermissionRequestHandler\([^)]*\)\s*=>\s*callback\(false\)/);
    expect(window).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });

  it('serves app:// through protocol.handle with the CSP header', () => {
    const protocol = read('src/main/electron/app-protocol.ts');
    expect(protocol).toMatch(/protocol\.handle\(APP_SCHEME/);
    expect(protocol).toMatch(/'content-security-policy': csp/);
  });
});

// IPC registration and power events are behaviour-tested through ports: tests/unit/electron/ipc.test.ts and
// tests/unit/app/power-lock.test.ts.
describe('window state', () => {
  it('remembers window bounds in the preferences store', () => {
    expect(read('src/main/electron/main-window.ts')).toMatch(/store\.set\('window', \{ bounds: [^}]*maximized \}\)/);
  });
});

describe('preload', () => {
  const preload = read('src/preload/index.ts');
  it('exposes one object through contextBridge and never the raw ipcRenderer', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload).toMatch(/listener\(payload/);
  });
});

describe('the daily reminder', () => {
  it('is a native notification that opens Today, rescheduled when the settings change', () => {
    const glue = read('src/main/electron/reminders.ts');
    expect(glue).toMatch(/new Notification\(/);
    expect(glue).toMatch(/note\.on\('click', opts\.openToday\)/);
    const index = read('src/main/index.ts');
    expect(index).toMatch(/watchReminders\(\{[\s\S]*?emit\('app:command', \{ command: 'today' \}\)/);
    expect(index).toMatch(/onDidChange\('settings'[\s\S]*?reminders\.reschedule\(\)/);
  });
});
