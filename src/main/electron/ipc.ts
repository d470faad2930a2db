import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '@shared/channels';
import type { Emit } from '../app/ports';
import { fail } from '@shared/errors';
import { toDisposable, type Disposable } from '../app/disposable';
import { dispatch } from '../app/dispatch';
import type { HandlerTable } from '../app/handler-table';
import { isTrustedSenderUrl } from '../security/trusted-sender';

/**
 * Registers the handler table on ipcMain (passed in, so a test can stand in for it); each call first
 * proves it comes from the app's own page. Disposing removes every handler.
 */
export function registerIpc(
  ipc: Pick<IpcMain, 'handle' | 'removeHandler'>,
  table: HandlerTable,
  devServerUrl?: string,
): Disposable {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url, devServerUrl)) {
        return fail('FORBIDDEN_SENDER', 'This request did not come from Landscape itself and was refused.');
      }
      return dispatch(table, channel, input);
    });
  }
  return toDisposable(() => CHANNELS.forEach((channel) => ipc.removeHandler(channel)));
}

export function emitterFor(getWindow: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  };
}
