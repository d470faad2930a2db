// Inputs that once reached a handler and came back INTERNAL, or let the page choose a folder.
// Each case stands for its class; fuzz.test.ts tries the rest of each class at random.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import { HEADER_BACKUP_FILE, HEADER_FILE } from '../../../src/main/core/vault/layout';
import { fakeOs, memoryPrefs, type FakeOs, testPorts } from '../../support/fake-ports';
import { KDF, lexical } from '../vault/fixtures/samples';

const PASS = 'harbour lantern quietly orchard 42';
let root: string;
let data: string;
let app: App;
let os: FakeOs;
let prefs: ReturnType<typeof memoryPrefs>;

const send = (channel: string, input?: unknown) => dispatch(app.handlers, channel, input);
const codeOf = async (channel: string, input?: unknown) => {
  const r = await send(channel, input);
  return r.ok ? 'ok' : r.error.code;
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'landscape-no-internal-'));
  data = join(root, 'data');
  os = fakeOs();
  prefs = memoryPrefs();
  app = createApp(testPorts(data, os, { prefs }), { kdf: KDF });
});
afterEach(async () => {
  app.session.lock();
  await rm(root, { recursive: true, force: true });
});

describe('no input gives INTERNAL', () => {
  it('settings:set with a member present but undefined leaves that setting alone', async () => {
    const r = await send('settings:set', { theme: undefined, autoLockMinutes: 3, lockOnSuspend: undefined });
    expect(r).toMatchObject({ ok: true, value: { theme: 'system', autoLockMinutes: 3, lockOnSuspend: true } });
  });

  it('content that JSON cannot hold (BigInt, NaN, a function-like object, too deep) is INVALID_INPUT', async () => {
    await send('vault:create', { passphrase: PASS });
    const bad = [
      { root: { type: 'root', children: [{ type: 'text', text: 'x', format: 1n }] } },
      { root: { type: 'root', children: [], version: NaN } },
      { root: { type: 'root', children: [new Map([['a', 1]])] } },
      { root: { type: 'root', children: [new Date()] } },
      { root: { type: 'root', children: [Infinity] } },
    ];
    let deep: unknown = { type: 'text', text: 'deep' };
    for (let i = 0; i < 10_000; i++) deep = { type: 'paragraph', children: [deep] };
    bad.push({ root: { type: 'root', children: [deep as never] } });
    // A list carrying a property of its own (here `constructor`, which Array methods consult) is not JSON.
    bad.push({ root: { type: 'root', children: Object.assign([], { constructor: 1n }) } });
    bad.push({ root: { type: 'root', children: Object.assign([{ type: 'paragraph' }] as never[], { extra: 'x' }) } });
    for (const content of bad) {
      expect(await codeOf('entries:create', { date: '2026-03-14', content })).toBe('INVALID_INPUT');
    }
    const { value } = (await send('entries:create', { date: '2026-03-14', content: lexical('fine') })) as {
      value: { id: string };
    };
    for (const content of bad)
      expect(await codeOf('entries:update', { id: value.id, baseRevision: 1, patch: { content } })).toBe(
        'INVALID_INPUT',
      );
  });

  it.each([
    [1, 2 ** 17],
    [1, 2 ** 16],
    [2, 2 ** 32],
  ])('a header asking scrypt for r=%i, N=%i (beyond what OpenSSL runs) is VAULT_DAMAGED', async (r, N) => {
    await send('vault:create', { passphrase: PASS });
    app.session.lock();
    const path = join(data, 'vault', HEADER_FILE);
    const header = JSON.parse(await readFile(path, 'utf8'));
    header.kdf = { ...header.kdf, r, N, maxmem: 2 * 128 * N * r + 1024 };
    // Recompute the accidental-damage check, as a deliberate forger would.
    const { serializeHeader } = await import('../../../src/main/core/vault/header');
    const { check: _c, ...rest } = header;
    // A forger changes the backup copy too, or the vault would simply open from it.
    await writeFile(path, serializeHeader(rest));
    await writeFile(join(data, 'vault', HEADER_BACKUP_FILE), serializeHeader(rest));
    expect(await codeOf('vault:unlock', { passphrase: PASS })).toBe('VAULT_DAMAGED');
  });

  it('the entry-size error states the real limit: about half of it is text', async () => {
    await send('vault:create', { passphrase: PASS });
    const text = 'word '.repeat(900_000); // 4.5 MB of text, 9 MB stored
    const r = await send('entries:create', { date: '2026-03-14', content: lexical(text) });
    expect(r).toMatchObject({ ok: false, error: { code: 'ENTRY_TOO_LARGE' } });
    const message = (r as { error: { message: string } }).error.message;
    expect(message).toMatch(/at most 8 MiB/);
    expect(message).toMatch(/about 4 MiB of writing/);
  });
});

describe('main never takes a folder from the page', () => {
  it.each(['../newvault', '/tmp/landscape-elsewhere', 'a\0b', 'x'.repeat(1025), join('..', '..', 'x')])(
    'vault:create with a dir of %j is refused, and nothing is made',
    async (dir) => {
      expect(await codeOf('vault:create', { passphrase: PASS, dir })).toBe('INVALID_INPUT');
      expect(await readdir(root)).toEqual([]);
    },
  );

  it('settings:set cannot point the app at a folder', async () => {
    expect(await codeOf('settings:set', { vaultDir: join(root, 'elsewhere') })).toBe('INVALID_INPUT');
    expect(prefs.get().vaultDir).toBeNull();
  });

  it('a vault is made in the folder the native dialog just chose, named by the page only as "chosen"', async () => {
    expect(await codeOf('vault:create', { passphrase: PASS, folder: 'chosen' })).toBe('INVALID_INPUT');
    os.nextFolder = join(root, 'picked');
    expect(await send('vault:chooseFolder', { purpose: 'create' })).toEqual({
      ok: true,
      value: { dir: os.nextFolder },
    });
    const r = await send('vault:create', { passphrase: PASS, folder: 'chosen' });
    expect(r).toMatchObject({ ok: true, value: { status: { dir: join(root, 'picked'), state: 'unlocked' } } });
    expect(await readdir(join(root, 'picked'))).toContain(HEADER_FILE);
    expect(prefs.get().vaultDir).toBe(join(root, 'picked'));
  });

  it('opening another folder goes through the dialog, and main remembers it', async () => {
    os.nextFolder = null;
    await send('vault:chooseFolder', { purpose: 'open' });
    expect(prefs.get().vaultDir).toBeNull();
    os.nextFolder = join(root, 'synced');
    await send('vault:chooseFolder', { purpose: 'open' });
    expect(prefs.get().vaultDir).toBe(join(root, 'synced'));
    expect(await send('vault:status')).toMatchObject({ ok: true, value: { dir: join(root, 'synced') } });
  });
});
