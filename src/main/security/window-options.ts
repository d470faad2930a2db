import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 600;
export const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 800 };

/** Every flag of Electron's security checklist that applies to a window, in one place tests can read. */
export function mainWindowOptions(opts: {
  preloadPath: string;
  bounds?: WindowBounds;
  iconPath?: string;
  /** Only `electron-vite dev` builds pass true. */
  devTools?: boolean;
}): BrowserWindowConstructorOptions {
  const bounds = opts.bounds ?? DEFAULT_BOUNDS;
  return {
    ...bounds,
    width: Math.max(bounds.width, MIN_WIDTH),
    height: Math.max(bounds.height, MIN_HEIGHT),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Landscape',
    backgroundColor: '#1d1f21',
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      safeDialogs: true,
      devTools: opts.devTools ?? false,
    },
  };
}
