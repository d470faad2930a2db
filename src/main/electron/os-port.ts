import { dialog, shell, type BrowserWindow } from 'electron';
import type { OsPort } from '../app/ports';
import { isOpenableExternalUrl } from '../security/external-links';

export function electronOs(getWindow: () => BrowserWindow | null, onCloseReady: () => void): OsPort {
  return {
    chooseFolder: async (purpose) => {
      const win = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: purpose === 'create' ? 'Choose a folder for the new journal' : 'Open a journal folder',
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    confirmAndOpenExternal: (url) => confirmAndOpenExternal(getWindow(), url),
    closeReady: onCloseReady,
  };
}

export async function confirmAndOpenExternal(win: BrowserWindow | null, url: string): Promise<boolean> {
  if (!isOpenableExternalUrl(url)) return false;
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}
