// `electron-vite dev` only. Every caller reads this behind `import.meta.env.DEV`, which production builds define
// as false, so the bundler drops this module, the dev server's URL and its CSP (tests/e2e/build-output.spec.ts).
import type { MenuItemConstructorOptions, Session } from 'electron';
import { devContentSecurityPolicy } from '../security/dev-csp';

export function devServerUrl(): string | undefined {
  return process.env['ELECTRON_RENDERER_URL'];
}

/** Vite serves the page, so the CSP comes as a response header added here rather than by app://. */
export function applyDevCsp(session: Session, url: string): void {
  const csp = devContentSecurityPolicy(url);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** The View menu's developer items. */
export const DEV_MENU_ITEMS: MenuItemConstructorOptions[] = [
  { type: 'separator' },
  { role: 'reload' },
  { role: 'toggleDevTools' },
];
