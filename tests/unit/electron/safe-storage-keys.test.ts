// The device key store over a stand-in for Electron's safeStorage that has only the asynchronous API, as
// Electron 46 will: a call to a synchronous method would throw.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const pad = Buffer.alloc(64, 0x5a);
const keychain = {
  backend: 'gnome_libsecret' as string,
  rotated: false,
  encryptions: 0,
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => keychain.backend,
  encryptStringAsync: async (text: string) => {
    keychain.encryptions++;
    const bytes = Buffer.from(text, 'utf8');
    return Buffer.from(bytes.map((b, i) => b ^ pad[i % pad.length]!));
  },
  decryptStringAsync: async (data: Buffer) => ({
    result: Buffer.from(data.map((b, i) => b ^ pad[i % pad.length]!)).toString('utf8'),
    shouldReEncrypt: keychain.rotated,
  }),
};
vi.mock('electron', () => ({ safeStorage: keychain }));

const { safeStorageKeys } = await import('../../../src/main/electron/safe-storage-keys');

function memoryStore() {
  const data: Record<string, unknown> = { deviceKeys: {} };
  return { get: (k: string) => data[k], set: (k: string, v: unknown) => void (data[k] = v), data };
}

beforeEach(() => {
  keychain.backend = 'gnome_libsecret';
  keychain.rotated = false;
  keychain.encryptions = 0;
});

describe('the device key store', () => {
  it('keeps a key through the keychain and gives the same bytes back', async () => {
    const store = memoryStore();
    const keys = safeStorageKeys(store as never);
    const key = Buffer.alloc(32, 7);
    await keys.save('v1', key);
    expect(JSON.stringify(store.data)).not.toContain(key.toString('base64'));
    expect(await keys.load('v1')).toEqual(key);
    expect(await keys.load('v2')).toBeNull();
    keys.clear('v1');
    expect(await keys.load('v1')).toBeNull();
  });

  it('wraps the key again when the keychain says its own key was rotated', async () => {
    const store = memoryStore();
    const keys = safeStorageKeys(store as never);
    await keys.save('v1', Buffer.alloc(32, 3));
    keychain.rotated = true;
    expect(await keys.load('v1')).toEqual(Buffer.alloc(32, 3));
    expect(keychain.encryptions).toBe(2);
  });

  it.runIf(process.platform === 'linux')('refuses Linux basic_text, which protects nothing', async () => {
    const store = memoryStore();
    const keys = safeStorageKeys(store as never);
    await keys.save('v1', Buffer.alloc(32, 1));
    keychain.backend = 'basic_text';
    expect(await keys.supported()).toBe(false);
    expect(await keys.load('v1')).toBeNull();
  });
});
