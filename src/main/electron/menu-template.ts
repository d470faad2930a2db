// The application menu as data, per platform: a pure function, so tests read it without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/contract';
import { accelerator, COMMAND_NAMES, COMMAND_SHORTCUTS } from '@shared/shortcuts';

/** A page command (sent as `app:command`), or one main carries out itself. */
export type MenuAction = { command: AppCommand } | { main: 'vault-format' };

export function menuTemplate(opts: {
  platform: string;
  appName: string;
  run: (action: MenuAction) => void;
  /** Reload and DevTools, in development builds only. */
  devItems?: MenuItemConstructorOptions[];
}): MenuItemConstructorOptions[] {
  const mac = opts.platform === 'darwin';
  const command = (name: AppCommand): MenuItemConstructorOptions => {
    const shortcut = COMMAND_SHORTCUTS[name];
    return {
      label: COMMAND_NAMES[name],
      ...(shortcut ? { accelerator: accelerator(shortcut) } : {}),
      // The page handles these keys itself (so they work the same in tests); the menu only shows them.
      registerAccelerator: false,
      click: () => opts.run({ command: name }),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: opts.appName,
    submenu: [
      { role: 'about' },
      separator,
      command('settings'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('new-entry'),
      command('new-from-template'),
      separator,
      command('import'),
      command('export'),
      separator,
      command('lock'),
      ...(mac ? [separator, { role: 'close' as const }] : [command('settings'), separator, { role: 'quit' as const }]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('today'),
      command('previous-day'),
      command('next-day'),
      separator,
      command('search'),
      command('insights'),
      command('people'),
      separator,
      {
        label: 'Theme',
        submenu: [command('theme-system'), command('theme-light'), command('theme-dark')],
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(opts.devItems ?? []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      command('shortcuts'),
      { label: 'The Vault Format', click: () => opts.run({ main: 'vault-format' }) },
      ...(mac ? [] : [separator, { role: 'about' as const, label: `About ${opts.appName}` }]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, { role: 'editMenu' }, view, { role: 'windowMenu' }, help];
}
