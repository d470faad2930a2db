import { open as openFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/main/core/backup/create-backup';
import { openBackup } from '../../../src/main/core/backup/open-backup';
import { restoreBackup } from '../../../src/main/core/backup/restore-backup';
import { draft, filesUnder, KDF, newVault, OTHER_PASS, PASS, snapshot } from '../vault/fixtures/vault-fixture';
import { tempDir } from '../vault/fixtures/temp-dir';

const code = (c: string) => expect.objectContaining({ code: c });

/** A vault with two entries (one edited twice, one trashed) and a record, backed up to a file. */
async function backedUp(includeRevisions = true) {
  const { dir, vault, recoveryKey } = await newVault();
  const river = await vault.entries.create(draft('The river was high.'));
  const edited = await vault.entries.update(river.id, river.revision, { title: 'River, again' });
  await vault.entries.update(river.id, edited.entry.revision, { title: 'River, third' });
  const gone = await vault.entries.create(draft('Left in the trash.', { date: '2025-03-15', title: 'Trash' }));
  await vault.entries.trash(gone.id);
  await vault.records.put('templates', 'weekly', { name: 'Weekly' });
  await vault.entries.settled();
  const file = join(await tempDir(), 'journal.landscape-backup');
  const summary = await createBackup(vault, file, { includeRevisions });
  return { dir, vault, recoveryKey, file, summary, riverId: river.id, goneId: gone.id };
}

describe('an encrypted backup', () => {
  it('holds every entry, revision and record as the ciphertext on disk: no entry text appears in it', async () => {
    const { file, summary, dir } = await backedUp();
    expect(summary).toMatchObject({ entries: 2, files: 6 });
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 4).toString()).toBe('LSBK');
    expect(bytes.includes(Buffer.from('river', 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('Weekly', 'utf8'))).toBe(false);
    // Each vault file's bytes are in the backup unchanged.
    for (const f of (await filesUnder(dir)).filter((f) => f.endsWith('.lse') || f.endsWith('.lsr')))
      expect(bytes.includes(await readFile(join(dir, f)))).toBe(true);
  });

  it('restores into a new folder as the same vault, opened by the passphrase, revisions and trash included', async () => {
    const { file, vault, riverId, goneId } = await backedUp();
    const backup = await openBackup(file, { passphrase: PASS });
    const target = join(await tempDir(), 'restored');
    const restored = await restoreBackup(backup, target, { kdf: KDF });
    await backup.close();
    expect(restored.id).toBe(vault.id);
    expect(restored.entries.list().map((e) => e.title)).toEqual(['River, third']);
    expect(restored.entries.list(true).map((e) => e.id)).toEqual([goneId]);
    expect((await restored.entries.get(riverId)).text).toBe('The river was high.');
    expect((await restored.entries.revisions(riverId)).map((r) => r.title)).toEqual(['River, again', 'River']);
    expect(await restored.records.get('templates', 'weekly')).toEqual({ name: 'Weekly' });
    restored.lock();
    const { Vault } = await import('../../../src/main/core/vault/vault');
    expect((await Vault.unlock(target, PASS, { kdf: KDF })).entries.list()).toHaveLength(1);
  });

  it('opens with the recovery key too, and can leave revisions out', async () => {
    const { file, recoveryKey, riverId, summary } = await backedUp(false);
    expect(summary.files).toBe(3);
    const backup = await openBackup(file, { recoveryKey });
    expect(backup.manifest.includesRevisions).toBe(false);
    const restored = await restoreBackup(backup, join(await tempDir(), 'restored'), { kdf: KDF });
    await backup.close();
    expect((await restored.entries.get(riverId)).title).toBe('River, third');
    expect(await restored.entries.revisions(riverId)).toEqual([]);
  });

  it('refuses a wrong passphrase or recovery key in one sentence, writing nothing', async () => {
    const { file, vault } = await backedUp();
    const other = await newVault();
    await expect(openBackup(file, { passphrase: OTHER_PASS })).rejects.toThrow(code('WRONG_PASSPHRASE'));
    await expect(openBackup(file, { recoveryKey: other.recoveryKey })).rejects.toThrow(code('WRONG_RECOVERY_KEY'));
    await expect(openBackup(file, { recoveryKey: 'ABCD-EFGH' })).rejects.toThrow(code('WRONG_RECOVERY_KEY'));
    await expect(openBackup(file, { passphrase: OTHER_PASS })).rejects.toThrow(/^[^.;]*[;,]?[^.]*\.$/);
    vault.lock();
  });

  it('refuses a tampered backup, whichever byte is changed, before anything is written', async () => {
    const { file } = await backedUp();
    const size = (await stat(file)).size;
    const head = (await readFile(file)).indexOf('"createdAt"');
    // A byte in the head, in an entry file's ciphertext, in the manifest, and the manifest length.
    for (const at of [head + 20, Math.floor(size / 2), size - 30]) {
      const copy = join(await tempDir(), 'tampered');
      const bytes = await readFile(file);
      bytes[at]! ^= 0x01;
      await writeFile(copy, bytes);
      const target = join(await tempDir(), 'restored');
      const attempt = (async () => {
        const backup = await openBackup(copy, { passphrase: PASS });
        try {
          return await restoreBackup(backup, target, { kdf: KDF });
        } finally {
          await backup.close();
        }
      })();
      await expect(attempt).rejects.toThrow(code('BACKUP_INVALID'));
      expect(await stat(target).catch(() => 'absent')).toBe('absent');
    }
  });

  it('refuses a truncated backup and a file that is not a backup', async () => {
    const { file } = await backedUp();
    const cut = join(await tempDir(), 'cut');
    await writeFile(cut, (await readFile(file)).subarray(0, 2000));
    await expect(openBackup(cut, { passphrase: PASS })).rejects.toThrow(code('BACKUP_INVALID'));
    const json = join(await tempDir(), 'other.json');
    await writeFile(json, JSON.stringify({ entries: [] }));
    await expect(openBackup(json, { passphrase: PASS })).rejects.toThrow(code('BACKUP_INVALID'));
  });

  it('refuses a 2 GB file that is not a backup after reading only its first bytes', async () => {
    const big = join(await tempDir(), 'big.landscape-backup');
    const handle = await openFile(big, 'w');
    await handle.close();
    await truncate(big, 2 * 1024 ** 3);
    await expect(openBackup(big, { passphrase: PASS })).rejects.toThrow(code('BACKUP_INVALID'));
  });

  it('restores only into a missing or empty folder, leaving a full one unchanged', async () => {
    const { file } = await backedUp();
    const other = await newVault();
    await other.vault.entries.create(draft());
    await other.vault.entries.settled();
    const before = await snapshot(other.dir);
    const backup = await openBackup(file, { passphrase: PASS });
    await expect(restoreBackup(backup, other.dir, { kdf: KDF })).rejects.toThrow(code('VAULT_EXISTS'));
    await backup.close();
    expect(await snapshot(other.dir)).toEqual(before);
  });

  it('replaces an earlier file at the destination only once the new backup is complete', async () => {
    const { vault, file } = await backedUp();
    const first = await readFile(file);
    await vault.entries.create(draft('Another day.'));
    await createBackup(vault, file, { includeRevisions: false });
    expect((await readFile(file)).equals(first)).toBe(false);
    expect((await filesUnder(join(file, '..'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const reopened = await openBackup(file, { passphrase: PASS });
    expect(reopened.manifest.entries).toBe(3);
    await reopened.close();
  });
});
