import { open, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import type { OsPort } from '../app/ports';
import { externalLink } from '../security/external-links';

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
    saveTextFile: async (suggestedName, contents) => {
      const options: Electron.SaveDialogOptions = { defaultPath: suggestedName };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      await writeFile(result.filePath, contents, 'utf8');
      return result.filePath;
    },
    chooseExportPath: async (suggestedName, extension) => {
      const options: Electron.SaveDialogOptions = {
        title: 'Export for supervision',
        defaultPath: suggestedName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    openTextFile: async (maxBytes) => {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: 'Landscape template', extensions: ['json'] }],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      return { name: basename(path), bytes: await readAtMost(path, maxBytes) };
    },
    pickOpenFile: async ({ title, filters }) => {
      const options: Electron.OpenDialogOptions = { title, filters, properties: ['openFile'] };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    pickSavePath: async ({ title, defaultName, filters }) => {
      const options: Electron.SaveDialogOptions = { title, defaultPath: defaultName, filters };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    pickFolder: async ({ title }) => {
      const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    closeReady: onCloseReady,
  };
}

/** Shows the link as the browser will read it, and hands the browser that normalised form, never the raw string. */
export async function confirmAndOpenExternal(win: BrowserWindow | null, url: string): Promise<boolean> {
  const link = externalLink(url);
  if (!link.ok) return false;
  const options: Electron.MessageBoxOptions = {
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: `${link.shown}\n\nSite: ${link.host}`,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(link.href);
  return true;
}

/** Reads one byte past the limit, so the caller can tell an oversize file from one that just fits. */
async function readAtMost(path: string, maxBytes: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
