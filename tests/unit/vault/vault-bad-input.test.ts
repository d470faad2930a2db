import { mkdir, readdir, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../src/main/core/vault/vault';
import { diskFullAfterHalf, refusing } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';
import { draft, KDF, lexical, newVault, PASS, snapshot, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });
const headerPath = (dir: string) => join(dir, 'landscape-vault.json');
/** Without its backup copy, so the header's own checks are what is tested (header-backup.test.ts has the copy). */
const withoutBackup = (dir: string) => rm(join(dir, 'landscape-vault.backup.json'));

async function vaultWithEntries(n = 3) {
  const v = await newVault();
  const entries = [];
  for (let i = 0; i < n; i++)
    entries.push(await v.vault.entries.create(draft(`entry number ${i}`, { title: `E${i}` })));
  v.vault.lock();
  await v.vault.entries.settled();
  return { ...v, entries };
}

describe('a damaged or unusual header', () => {
  it('cut short: VAULT_DAMAGED, nothing changed', async () => {
    const { dir } = await vaultWithEntries();
    await withoutBackup(dir);
    const bytes = await readFile(headerPath(dir));
    await writeFile(headerPath(dir), bytes.subarray(0, 100));
    const before = await snapshot(dir);
    await expect(unlock(dir)).rejects.toThrow(code('VAULT_DAMAGED'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('tampered: VAULT_DAMAGED, nothing changed', async () => {
    const { dir } = await vaultWithEntries();
    await withoutBackup(dir);
    const text = await readFile(headerPath(dir), 'utf8');
    const salt = JSON.parse(text).kdf.salt as string;
    await writeFile(
      headerPath(dir),
      text.replace(
        salt,
        salt.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    );
    const before = await snapshot(dir);
    await expect(unlock(dir)).rejects.toThrow(code('VAULT_DAMAGED'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('from a newer version: UNSUPPORTED_VERSION, nothing changed', async () => {
    const { dir } = await vaultWithEntries();
    const raw = JSON.parse(await readFile(headerPath(dir), 'utf8'));
    await writeFile(headerPath(dir), JSON.stringify({ ...raw, version: 2 }));
    const before = await snapshot(dir);
    await expect(unlock(dir)).rejects.toThrow(code('UNSUPPORTED_VERSION'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('missing beside entry files: VAULT_DAMAGED, and create refuses to write over them', async () => {
    const { dir } = await vaultWithEntries();
    await withoutBackup(dir);
    await rm(headerPath(dir));
    const before = await snapshot(dir);
    await expect(unlock(dir)).rejects.toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/missing/) }),
    );
    expect(await Vault.probe(dir)).toBe('vault');
    await expect(Vault.create(dir, PASS, { kdf: KDF })).rejects.toThrow(code('VAULT_EXISTS'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('no vault at all: VAULT_NOT_FOUND for a missing or empty folder, or a file', async () => {
    const root = await tempDir();
    await expect(unlock(join(root, 'gone'))).rejects.toThrow(code('VAULT_NOT_FOUND'));
    await expect(unlock(root)).rejects.toThrow(code('VAULT_NOT_FOUND'));
    await writeFile(join(root, 'a-file'), 'x');
    await expect(unlock(join(root, 'a-file'))).rejects.toThrow(code('VAULT_NOT_FOUND'));
  });
});

describe('folder access', () => {
  it('an unreadable folder is NO_ACCESS', async () => {
    const { dir } = await vaultWithEntries();
    const fs = refusing(['readFile', 'readdir', 'readPrefix', 'stat']);
    await expect(Vault.unlock(dir, PASS, { fs })).rejects.toThrow(
      expect.objectContaining({ code: 'NO_ACCESS', message: expect.stringMatching(/not allowed/) }),
    );
    await expect(Vault.probe(dir, { fs })).rejects.toThrow(code('NO_ACCESS'));
  });

  it('an entries folder we may list but not read is NO_ACCESS, not "damaged"', async () => {
    const { dir } = await vaultWithEntries();
    await expect(Vault.unlock(dir, PASS, { fs: refusing(['readPrefixSync'], 'EPERM') })).rejects.toThrow(
      code('NO_ACCESS'),
    );
    await expect(Vault.unlock(dir, PASS, { fs: refusing(['readPrefix', 'readPrefixSync'], 'EPERM') })).rejects.toThrow(
      code('NO_ACCESS'),
    );
  });

  it('a vault folder that is read-only says NO_ACCESS on save and keeps the old entry', async () => {
    const { dir, entries } = await vaultWithEntries(1);
    const vault = await unlock(dir, { fs: refusing(['writeDurable'], 'EROFS') });
    const before = await snapshot(dir);
    await expect(vault.entries.update(entries[0]!.id, 1, { title: 'new' })).rejects.toThrow(code('NO_ACCESS'));
    await expect(vault.entries.create(draft())).rejects.toThrow(/could not save the entry/);
    await expect(vault.records.put('notes', 'a', 1)).rejects.toThrow(/could not save the item/);
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('a full disk', () => {
  it('DISK_FULL on update: the old entry file is intact and no temp file is left', async () => {
    const { dir, entries } = await vaultWithEntries(2);
    const fs = diskFullAfterHalf();
    const vault = await unlock(dir, { fs });
    const target = entries[0]!;
    const before = await snapshot(dir);
    await expect(
      vault.entries.update(target.id, 1, { content: lexical('this will not fit '.repeat(500)) }),
    ).rejects.toThrow(expect.objectContaining({ code: 'DISK_FULL', message: expect.stringMatching(/disk is full/) }));
    expect(fs.failures).toHaveLength(1); // the half-written temp really was on disk
    expect(await snapshot(dir)).toEqual(before);
    expect((await readdir(join(dir, 'entries'))).some((n) => n.endsWith('.tmp'))).toBe(false);
    expect(await vault.entries.get(target.id)).toEqual(target);
    await expect(vault.entries.create(draft())).rejects.toThrow(code('DISK_FULL'));
    await expect(vault.records.put('templates', 'x', { a: 1 })).rejects.toThrow(code('DISK_FULL'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('DISK_FULL on passphrase change leaves the old header working', async () => {
    const { dir } = await vaultWithEntries(1);
    const vault = await unlock(dir, { fs: diskFullAfterHalf() });
    const before = await snapshot(dir);
    await expect(vault.changePassphrase(PASS, 'a quiet morning by the lake 7')).rejects.toThrow(code('DISK_FULL'));
    expect(await snapshot(dir)).toEqual(before);
    await unlock(dir);
  });
});

describe('a damaged entry file', () => {
  it('cut short: unlock still works, it is listed in damaged(), and its bytes are kept', async () => {
    const { dir, entries } = await vaultWithEntries(3);
    const file = `entries/${entries[1]!.id}.1.lse`;
    await truncate(join(dir, file), 30);
    const before = await snapshot(dir);
    const vault = await unlock(dir);
    expect(
      vault.entries
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual([entries[0]!.id, entries[2]!.id].sort());
    expect(vault.entries.damaged()).toEqual([{ file, reason: expect.any(String) }]);
    await expect(vault.entries.get(entries[1]!.id)).rejects.toThrow(code('ENTRY_DAMAGED'));
    await vault.entries.update(entries[0]!.id, 1, { title: 'still saving' });
    vault.lock();
    await vault.entries.settled();
    expect((await snapshot(dir)).get(file)).toEqual(before.get(file));
  });

  it('altered content: listed from its summary, but opening it says ENTRY_DAMAGED and adds it to damaged()', async () => {
    const { dir, entries } = await vaultWithEntries(2);
    const file = `entries/${entries[0]!.id}.1.lse`;
    const bytes = await readFile(join(dir, file));
    bytes[bytes.length - 20]! ^= 0xff;
    await writeFile(join(dir, file), bytes);
    const vault = await unlock(dir);
    expect(vault.entries.list()).toHaveLength(2);
    expect(vault.entries.damaged()).toEqual([]);
    await expect(vault.entries.get(entries[0]!.id)).rejects.toThrow(code('ENTRY_DAMAGED'));
    expect(vault.entries.damaged()).toEqual([{ file, reason: expect.stringMatching(/content/) }]);
    expect(await readFile(join(dir, file))).toEqual(bytes);
  });

  it('an older revision can be restored over a damaged newest one, which is kept aside unchanged', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('good words'));
    await vault.entries.update(e.id, 1, { content: lexical('newer words') });
    await truncate(join(dir, 'entries', `${e.id}.2.lse`), 12);
    const damagedBytes = await readFile(join(dir, 'entries', `${e.id}.2.lse`));
    const again = await unlock(dir);
    expect(again.entries.damaged().map((d) => d.file)).toEqual([`entries/${e.id}.2.lse`]);
    await expect(again.entries.trash(e.id)).rejects.toThrow(code('ENTRY_DAMAGED'));
    const restored = await again.entries.restoreRevision(e.id, 1);
    expect(restored).toMatchObject({ id: e.id, revision: 3, text: 'good words', createdAt: e.createdAt });
    expect(again.entries.damaged()).toEqual([]);
    expect(again.entries.list().map((x) => x.revision)).toEqual([3]);
    await again.entries.settled();
    expect(await readFile(join(dir, 'revisions', e.id, '2.lse'))).toEqual(damagedBytes);
    expect((await again.entries.revisions(e.id)).map((r) => r.revision)).toEqual([1]);
    expect(again.entries.damaged().map((d) => d.file)).toEqual([`revisions/${e.id}/2.lse`]);
  });

  it('a damaged entry can be deleted for good without going through the trash', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('doomed'));
    await truncate(join(dir, 'entries', `${e.id}.1.lse`), 12);
    const again = await unlock(dir);
    await again.entries.purge(e.id);
    expect(again.entries.damaged()).toEqual([]);
    expect(await readdir(join(dir, 'entries'))).toEqual([]);
  });
});

describe('stray temp files', () => {
  it('are never listed or reported damaged; old ones are removed on unlock, young ones left alone', async () => {
    const { dir, entries } = await vaultWithEntries(1);
    const oldTemp = join(dir, 'entries', `.${entries[0]!.id}.2.lse.abc123.tmp`);
    const youngTemp = join(dir, 'entries', `.${entries[0]!.id}.2.lse.def456.tmp`);
    await writeFile(oldTemp, 'half a save');
    await writeFile(youngTemp, 'another half');
    const anHourAgo = new Date(Date.now() - 3600_000);
    await utimes(oldTemp, anHourAgo, anHourAgo);
    await mkdir(join(dir, 'entries', 'unrelated-folder'));
    const vault = await unlock(dir);
    expect(vault.entries.list()).toHaveLength(1);
    expect(vault.entries.damaged()).toEqual([]);
    const left = await readdir(join(dir, 'entries'));
    expect(left).not.toContain(`.${entries[0]!.id}.2.lse.abc123.tmp`);
    expect(left).toContain(`.${entries[0]!.id}.2.lse.def456.tmp`);
    expect(await vault.records.list('templates')).toEqual([]);
  });

  it('old temps among records and beside the header are removed too', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('templates', 'weekly', { name: 'Weekly' });
    vault.lock();
    const stray = [
      join(dir, 'records', 'templates', '.weekly.lsr.aaaaaa.tmp'),
      join(dir, '.landscape-vault.json.bbbbbb.tmp'),
    ];
    const anHourAgo = new Date(Date.now() - 3600_000);
    for (const f of stray) {
      await writeFile(f, 'half');
      await utimes(f, anHourAgo, anHourAgo);
    }
    const again = await unlock(dir);
    expect(await readdir(join(dir, 'records', 'templates'))).toEqual(['weekly.lsr']);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(await again.records.list('templates')).toEqual([{ id: 'weekly', value: { name: 'Weekly' } }]);
  });
});
