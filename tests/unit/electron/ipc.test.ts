// registerIpc with a stand-in for ipcMain: every channel is handled, behind the sender check, and disposing removes them.
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/channels';
import type { HandlerTable } from '../../../src/main/app/handler-table';
import { registerIpc } from '../../../src/main/electron/ipc';

type Listener = (event: unknown, input: unknown) => unknown;

function fakeIpc() {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
}

const table = {
  'app:info': () => ({ name: 'Landscape', version: 'test', platform: 'linux', locale: 'en-GB', languages: ['en-GB'] }),
} as unknown as HandlerTable;
const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

describe('registerIpc', () => {
  it('handles every channel, refuses other senders, and answers the app page through dispatch', async () => {
    const ipc = fakeIpc();
    registerIpc(ipc as never, table);
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const info = ipc.handlers.get('app:info')!;
    for (const stranger of ['https://evil.example/', 'file:///etc/passwd', undefined]) {
      expect(await info(from(stranger), undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(await info(from('app://landscape/index.html'), undefined)).toEqual({
      ok: true,
      value: { name: 'Landscape', version: 'test', platform: 'linux', locale: 'en-GB', languages: ['en-GB'] },
    });
  });

  it('removes every handler when disposed, so the table could be registered again', () => {
    const ipc = fakeIpc();
    registerIpc(ipc as never, table).dispose();
    expect(ipc.handlers.size).toBe(0);
    registerIpc(ipc as never, table);
    expect(ipc.handlers.size).toBe(CHANNELS.length);
  });
});
