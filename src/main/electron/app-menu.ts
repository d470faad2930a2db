import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/contract';

/** The standard roles, plus Landscape's own commands, which the renderer carries out. */
export function installAppMenu(send: (command: AppCommand) => void, devItems: MenuItemConstructorOptions[]): void {
  const isMac = process.platform === 'darwin';
  const item = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    // The page handles these keys itself (so they work the same in tests); the menu only shows them.
    registerAccelerator: false,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('Today', 'CmdOrCtrl+T', 'today'),
        item('New Entry', 'CmdOrCtrl+N', 'new-entry'),
        { type: 'separator' },
        item('Lock Journal', 'CmdOrCtrl+L', 'lock'),
        item('Settings…', 'CmdOrCtrl+,', 'settings'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...devItems,
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
