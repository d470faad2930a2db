// Backup, restore, merge and the plain export through the real handlers, with the (fake) native dialogs.
import { decodeEntryList, type EntryListWire } from '@shared/entry-list';
import { mkdtemp, open, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import { KDF } from '../vault/fixtures/samples';
import { filesUnder } from '../vault/fixtures/vault-fixture';
import { fakeOs, testPorts, type FakeOs } from '../../support/fake-ports';
import { textDoc } from '../../support/lexical-doc';

const PASSPHRASE = 'harbour lantern quietly orchard 42';
let root: string;
let app: App;
let os: FakeOs;
let recoveryKey: string;

const call = (channel: string, input?: unknown) => dispatch(app.handlers, channel, input);
const invoke = async <T>(channel: string, input?: unknown): Promise<T> => {
  const result = await call(channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
};
const listed = async () => decodeEntryList(await invoke<EntryListWire>('entries:list', {})).entries;

async function vaultState() {
  await app.session.open().entries.settled();
  return { list: await listed(), files: await filesUnder(app.session.dir) };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'landscape-backup-'));
  os = fakeOs();
  app = createApp(testPorts(root, os), { kdf: KDF });
  ({ recoveryKey } = await invoke<{ recoveryKey: string }>('vault:create', { passphrase: PASSPHRASE }));
  await invoke('entries:create', { date: '2025-02-01', title: 'Harbour', content: textDoc('Met Ana at the harbour.') });
  await invoke('templates:save', {
    template: {
      name: 'Short check-in',
      description: 'Two questions',
      whenToUse: 'Any day',
      source: '',
      sections: [{ heading: 'How was it?', prompts: ['A line or two'] }],
      suggestedTags: { worlds: [], free: [] },
    },
  });
});
afterAll(async () => {
  app.session.lock();
  await rm(root, { recursive: true, force: true });
});

describe('backups through the handlers', () => {
  it('saves a backup where the save dialog says, and nothing when it is cancelled', async () => {
    os.nextSavePath = null;
    expect(await invoke('backup:create', { includeRevisions: true })).toBeNull();
    os.nextSavePath = join(root, 'one.landscape-backup');
    expect(await invoke('backup:create', { includeRevisions: true })).toMatchObject({
      entries: 1,
      path: os.nextSavePath,
    });
    expect((await readFile(os.nextSavePath)).subarray(0, 4).toString()).toBe('LSBK');
    expect(os.dialogs).toContain('Save a backup of your journal');
  });

  it('refuses restore or merge before a backup is chosen, and takes no path from the page', async () => {
    expect(await call('backup:merge', { passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('backup:choose', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  const bad: Array<[string, () => Promise<string>, unknown, string]> = [
    [
      'a wrong passphrase',
      async () => join(root, 'one.landscape-backup'),
      { passphrase: 'not the right words at all 9' },
      'WRONG_PASSPHRASE',
    ],
    [
      'a tampered backup',
      async () => {
        const bytes = await readFile(join(root, 'one.landscape-backup'));
        bytes[bytes.length - 40]! ^= 0x04;
        await writeFile(join(root, 'tampered.landscape-backup'), bytes);
        return join(root, 'tampered.landscape-backup');
      },
      { passphrase: PASSPHRASE },
      'BACKUP_INVALID',
    ],
    [
      'a truncated backup',
      async () => {
        const bytes = await readFile(join(root, 'one.landscape-backup'));
        await writeFile(join(root, 'cut.landscape-backup'), bytes.subarray(0, bytes.length - 100));
        return join(root, 'cut.landscape-backup');
      },
      { passphrase: PASSPHRASE },
      'BACKUP_INVALID',
    ],
  ];
  for (const [what, make, secret, code] of bad) {
    it(`refuses to merge ${what} in one sentence and changes nothing`, async () => {
      os.nextPickedFile = await make();
      await invoke('backup:choose');
      const before = await vaultState();
      const result = await call('backup:merge', secret);
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(await vaultState()).toEqual(before);
    });
  }

  it('refuses to choose a JSON file of another shape, or a 2 GB file, as a backup', async () => {
    os.nextPickedFile = join(root, 'other.json');
    await writeFile(os.nextPickedFile, JSON.stringify({ entries: [] }));
    expect(await call('backup:choose')).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
    os.nextPickedFile = join(root, 'huge.landscape-backup');
    await (await open(os.nextPickedFile, 'w')).close();
    await truncate(os.nextPickedFile, 2 * 1024 ** 3);
    expect(await call('backup:choose')).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID' } });
  });

  it('merges a backup into the open journal, adding nothing it already has', async () => {
    os.nextPickedFile = join(root, 'one.landscape-backup');
    expect(await invoke('backup:choose')).toMatchObject({ name: 'one.landscape-backup' });
    const before = await vaultState();
    expect(await invoke('backup:merge', { recoveryKey })).toMatchObject({ added: 0, skipped: 1, conflicts: 0 });
    expect(await vaultState()).toEqual(before);
  });

  it('restores into a folder from the dialog, which becomes the open journal', async () => {
    os.nextPickedFile = join(root, 'one.landscape-backup');
    await invoke('backup:choose');
    os.nextPickedFolder = null;
    expect(await invoke('backup:restore', { passphrase: PASSPHRASE })).toBeNull();
    os.nextPickedFolder = join(root, 'restored');
    const status = await invoke<{ state: string; dir: string }>('backup:restore', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'unlocked', dir: join(root, 'restored') });
    expect((await listed()).map((e) => e.label)).toEqual(['Harbour']);
    expect((await invoke<Array<{ name: string }>>('templates:list')).map((t) => t.name)).toContain('Short check-in');
  });
});

describe('the plain JSON export', () => {
  it('writes every entry and record, readable, with the warning in the file itself', async () => {
    os.nextSavePath = join(root, 'plain.json');
    expect(await invoke('backup:exportPlain')).toEqual({ path: os.nextSavePath, entries: 1 });
    const plain = JSON.parse(await readFile(os.nextSavePath, 'utf8'));
    expect(plain).toMatchObject({ format: 'landscape-plain-export', notice: expect.stringMatching(/not encrypted/) });
    expect(plain.entries).toHaveLength(1);
    expect(plain.entries[0]).toMatchObject({ title: 'Harbour', text: 'Met Ana at the harbour.' });
    expect(plain.records.template.map((r: { value: { name: string } }) => r.value.name)).toContain('Short check-in');
    expect((await readdir(root)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
