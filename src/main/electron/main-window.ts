import { BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../security/app-origin';
import { sameOrigin } from '../security/origin';
import { mainWindowOptions, type WindowBounds } from '../security/window-options';
import { confirmAndOpenExternal } from './os-port';
import type { SettingsStore } from './settings-store';

/** How long the renderer gets to flush unsaved work when the window closes. */
const CLOSE_GRACE_MS = 3000;

export interface MainWindow {
  window: BrowserWindow;
  /** The renderer has saved; let the close go through. */
  allowClose(): void;
}

export function createMainWindow(opts: {
  store: SettingsStore;
  preloadPath: string;
  iconPath: string;
  devServerUrl?: string;
  hasOpenWork: () => boolean;
}): MainWindow {
  const saved = opts.store.get('window');
  const win = new BrowserWindow(
    mainWindowOptions({
      preloadPath: opts.preloadPath,
      iconPath: opts.iconPath,
      bounds: visible(saved.bounds),
      devTools: import.meta.env.DEV,
    }),
  );
  if (saved.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  guardNavigation(win, opts.devServerUrl);
  rememberBounds(win, opts.store);

  let closing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const allowClose = () => {
    if (timer) clearTimeout(timer);
    closing = true;
    if (!win.isDestroyed()) win.close();
  };
  win.on('close', (event) => {
    if (closing || !opts.hasOpenWork()) return;
    // Ask the page to flush its autosave first; close anyway if it does not answer.
    event.preventDefault();
    win.webContents.send('window:closing', {});
    timer ??= setTimeout(allowClose, CLOSE_GRACE_MS);
  });

  void (opts.devServerUrl ? win.loadURL(opts.devServerUrl) : win.loadURL(APP_ENTRY_URL));
  return { window: win, allowClose };
}

function guardNavigation(win: BrowserWindow, devServerUrl?: string): void {
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (sameOrigin(url, devServerUrl)) return;
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmAndOpenExternal(win, url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

function rememberBounds(win: BrowserWindow, store: SettingsStore): void {
  const save = () => {
    if (win.isDestroyed()) return;
    const maximized = win.isMaximized();
    store.set('window', { bounds: maximized ? store.get('window').bounds : win.getNormalBounds(), maximized });
  };
  win.on('resized', save);
  win.on('moved', save);
  win.on('maximize', save);
  win.on('unmaximize', save);
  win.on('close', save);
}

/** Saved bounds only if they still land on a connected display. */
function visible(bounds: WindowBounds | null): WindowBounds | undefined {
  if (!bounds) return undefined;
  if (bounds.x === undefined || bounds.y === undefined) return bounds;
  const area = screen.getDisplayMatching({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
  }).workArea;
  const inside = bounds.x < area.x + area.width && bounds.y < area.y + area.height && bounds.x + bounds.width > area.x;
  return inside ? bounds : { width: bounds.width, height: bounds.height };
}
