import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/channels';
import type { Emit } from '../app/ports';
import { fail } from '@shared/errors';
import { dispatch } from '../app/dispatch';
import type { HandlerTable } from '../app/handler-table';
import { isTrustedSenderUrl } from '../security/trusted-sender';

/** Registers the handler table on ipcMain; each call first proves it comes from the app's own page. */
export function registerIpc(table: HandlerTable, devServerUrl?: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, devServerUrl)) {
        return fail('FORBIDDEN_SENDER', 'This request did not come from Landscape itself and was refused.');
      }
      return dispatch(table, channel, input);
    });
  }
}

export function emitterFor(getWindow: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  };
}
