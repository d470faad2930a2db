// The only door between the page and main: exactly the contract's channels, nothing raw.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENTS } from '@shared/channels';
import type { LandscapeApi } from '@shared/api';

const channels = new Set<string>(CHANNELS);
const events = new Set<string>(EVENTS);

const api: LandscapeApi = {
  invoke: (channel, ...input) => {
    if (!channels.has(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, input[0]);
  },
  on: (event, listener) => {
    if (!events.has(event)) throw new Error(`Unknown event ${String(event)}`);
    // The IpcRendererEvent (and its sender) never reaches the page: only the payload does.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('landscape', api);
