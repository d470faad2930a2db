import { join } from 'node:path';
import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/contract';
import { toDisposable, type Disposable } from '../app/disposable';
import { menuTemplate } from './menu-template';

/** Installs the platform's menu; commands go to the page. Returns a disposer that removes it. */
export function installAppMenu(
  send: (command: AppCommand) => void,
  devItems: MenuItemConstructorOptions[],
): Disposable {
  const template = menuTemplate({
    platform: process.platform,
    appName: app.name,
    devItems,
    run: (action) => ('command' in action ? send(action.command) : void openVaultFormat()),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  return toDisposable(() => Menu.setApplicationMenu(null));
}

/** The vault format, as shipped beside the app (electron-builder's extraResources), or from the repository. */
function openVaultFormat(): Promise<string> {
  const file = app.isPackaged
    ? join(process.resourcesPath, 'vault-format.md')
    : join(app.getAppPath(), 'docs', 'vault-format.md');
  return shell.openPath(file);
}
