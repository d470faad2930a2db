// Main-process lifecycle: one instance, one window, the handler table on ipcMain.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, powerMonitor, session as electronSession } from 'electron';
import { DisposableStore } from './app/disposable';
import { createApp } from './app/handlers';
import { paperForLocale } from './core/export/pack-printer';
import { markFiles } from './core/vault/mark-files';
import { watchPower } from './app/power-lock';
import { installAppMenu } from './electron/app-menu';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import * as devServer from './electron/dev-server';
import { emitterFor, registerIpc } from './electron/ipc';
import { createMainWindow, type MainWindow } from './electron/main-window';
import { electronOs } from './electron/os-port';
import { electronPackPrinter } from './electron/pack-printer';
import { applySpellcheck } from './electron/spellcheck';
import { localDay } from '@shared/calendar-day';
import { watchReminders } from './electron/reminders';
import { safeStorageKeys } from './electron/safe-storage-keys';
import { openSettingsStore, prefsFromStore } from './electron/settings-store';

// Decided when the bundle is built, never by the environment of a run: production builds drop this branch.
const devServerUrl = import.meta.env.DEV ? devServer.devServerUrl() : undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void app.whenReady().then(start);
}

function start(): void {
  const { store, notice } = openSettingsStore(app.getPath('userData'));
  const prefs = prefsFromStore(store);
  let main: MainWindow | null = null;
  const getWindow = () => main?.window ?? null;
  const emit = emitterFor(getWindow);

  const { handlers, session } = createApp({
    prefs,
    deviceKeys: safeStorageKeys(store),
    os: electronOs(getWindow, () => main?.allowClose()),
    emit,
    printer: electronPackPrinter(),
    paper: () => paperForLocale(app.getSystemLocale()),
    defaultVaultDir: join(app.getPath('userData'), 'vault'),
    marks: markFiles(join(app.getPath('userData'), 'marks')),
    app: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      locale: app.getSystemLocale(),
      languages: app.getPreferredSystemLanguages(),
    },
  });

  // Before any window exists, so no dictionary is fetched without consent.
  const webSession = electronSession.defaultSession;
  applySpellcheck(webSession, prefs.get().spellcheck);
  const reminders = watchReminders({
    settings: () => prefs.get().reminder,
    isUnlocked: () => session.isOpen(),
    wroteToday: async () => {
      const today = (await handlers['entries:list']({ trashed: false })).days.find(([day]) => day === localDay());
      return Boolean(today?.[1].some(([, , label]) => label !== ''));
    },
    getWindow,
    openToday: () => {
      if (!main) open();
      const win = getWindow();
      if (win?.isMinimized()) win.restore();
      win?.show();
      win?.focus();
      emit('app:command', { command: 'today' });
    },
  });
  store.onDidChange('settings', (next) => {
    if (!next) return;
    applySpellcheck(webSession, next.spellcheck);
    reminders.reschedule();
  });
  app.on('will-quit', reminders.stop);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  if (import.meta.env.DEV && devServerUrl) devServer.applyDevCsp(webSession, devServerUrl);
  // What start-up registers, undone together when the app quits.
  const registrations = new DisposableStore();
  registrations.add(registerIpc(ipcMain, handlers, devServerUrl));
  registrations.add(
    installAppMenu((command) => emit('app:command', { command }), import.meta.env.DEV ? devServer.DEV_MENU_ITEMS : []),
  );
  registrations.add(watchPower(powerMonitor, session, prefs));
  app.on('will-quit', () => registrations.dispose());

  const open = () => {
    main = createMainWindow({
      store,
      preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
      iconPath: join(import.meta.dirname, '../../resources/icon.png'),
      ...(devServerUrl ? { devServerUrl } : {}),
      hasOpenWork: () => session.isOpen(),
    });
    main.window.on('closed', () => {
      main = null;
    });
  };
  open();
  const first = getWindow();
  // A damaged preferences file was mended: say so once the window is up.
  if (notice && first)
    first.once('ready-to-show', () => void dialog.showMessageBox(first, { type: 'info', message: notice }));

  app.on('second-instance', () => {
    const win = getWindow();
    if (!win) return open();
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('before-quit', () => session.lock('user'));
  app.on('window-all-closed', () => {
    session.lock('user');
    if (process.platform !== 'darwin') app.quit();
  });
}
