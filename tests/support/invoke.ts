import { dispatch } from '../../src/main/app/dispatch';
import type { App } from '../../src/main/app/handlers';

/** Calls a channel of the handler table as ipcMain and the bridge do; a refused call throws, carrying its code. */
export async function invokeOn<T = never>(app: App, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(app.handlers, channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}
