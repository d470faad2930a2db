import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/main/core/backup/create-backup';
import { mergeBackup } from '../../../src/main/core/backup/merge-backup';
import { openBackup } from '../../../src/main/core/backup/open-backup';
import { restoreBackup } from '../../../src/main/core/backup/restore-backup';
import type { Vault } from '../../../src/main/core/vault/vault';
import { draft, KDF, lexical, newVault, PASS, snapshot } from '../vault/fixtures/vault-fixture';
import { tempDir } from '../vault/fixtures/temp-dir';

async function backupOf(vault: Vault, includeRevisions = true): Promise<string> {
  await vault.entries.settled();
  const file = join(await tempDir(), 'journal.landscape-backup');
  await createBackup(vault, file, { includeRevisions });
  return file;
}

async function merge(file: string, into: Vault) {
  const backup = await openBackup(file, { passphrase: PASS });
  try {
    return await mergeBackup(backup, into);
  } finally {
    await backup.close();
  }
}

/** The journal as another device restored it from a backup of `vault`. */
async function twinOf(vault: Vault): Promise<Vault> {
  const backup = await openBackup(await backupOf(vault), { passphrase: PASS });
  try {
    return await restoreBackup(backup, join(await tempDir(), 'other-device'), { kdf: KDF });
  } finally {
    await backup.close();
  }
}

const titles = (v: Vault) =>
  v.entries
    .list()
    .map((e) => e.title)
    .sort();
const edit = (v: Vault, id: string, base: number, text: string) =>
  v.entries.update(id, base, { content: lexical(text) });

describe('merging a backup into the open journal', () => {
  it('adds what the journal lacks with the same ids and revisions, then skips it all the second time', async () => {
    const a = await newVault();
    const river = await a.vault.entries.create(draft('The river was high.'));
    await edit(a.vault, river.id, 1, 'The river was higher.');
    await a.vault.records.put('templates', 'weekly', { name: 'Weekly' });
    const file = await backupOf(a.vault);

    const b = await newVault();
    await b.vault.entries.create(draft('Only here.', { title: 'Mine' }));
    expect(await merge(file, b.vault)).toMatchObject({ added: 1, skipped: 0, conflicts: 0, recordsAdded: 1 });
    expect(titles(b.vault)).toEqual(['Mine', 'River']);
    const merged = await b.vault.entries.get(river.id);
    expect(merged).toMatchObject({ revision: 2, text: 'The river was higher.' });
    expect((await b.vault.entries.revision(river.id, 1)).text).toBe('The river was high.');
    expect(await b.vault.records.get('templates', 'weekly')).toEqual({ name: 'Weekly' });

    await b.vault.entries.settled();
    const before = await snapshot(b.dir);
    expect(await merge(file, b.vault)).toMatchObject({ added: 0, skipped: 1, conflicts: 0, recordsAdded: 0 });
    await b.vault.entries.settled();
    expect(await snapshot(b.dir)).toEqual(before);
  });

  it('skips what the journal has moved on from, and brings back what was deleted since', async () => {
    const a = await newVault();
    const kept = await a.vault.entries.create(draft('Kept and edited.', { title: 'Kept' }));
    const gone = await a.vault.entries.create(draft('Deleted later.', { title: 'Gone' }));
    const file = await backupOf(a.vault);
    await edit(a.vault, kept.id, 1, 'Kept and edited since.');
    await a.vault.entries.trash(gone.id);
    await a.vault.entries.purge(gone.id);
    expect(await merge(file, a.vault)).toMatchObject({ added: 1, skipped: 1, conflicts: 0 });
    expect((await a.vault.entries.get(kept.id)).text).toBe('Kept and edited since.');
    expect((await a.vault.entries.get(gone.id)).text).toBe('Deleted later.');
  });

  it('keeps a differing revision as a conflict copy, overwriting nothing, and only once', async () => {
    const a = await newVault();
    const x = await a.vault.entries.create(draft('Shared start.', { title: 'Shared' }));
    const twin = await twinOf(a.vault);
    await edit(twin, x.id, 1, 'Written on the other device.');
    await edit(a.vault, x.id, 1, 'Written here.');
    const file = await backupOf(twin);

    expect(await merge(file, a.vault)).toMatchObject({ conflicts: 1, added: 0 });
    expect((await a.vault.entries.get(x.id)).text).toBe('Written here.');
    const copy = a.vault.entries.list().find((e) => e.conflictOf === x.id)!;
    expect(copy.title).toBe('Shared (conflict copy)');
    expect((await a.vault.entries.get(copy.id)).text).toBe('Written on the other device.');

    expect(await merge(file, a.vault)).toMatchObject({ conflicts: 0, skipped: 1 });
    expect(a.vault.entries.list().filter((e) => e.conflictOf === x.id)).toHaveLength(1);
  });

  it('takes newer revisions made on top of the journal’s own, keeping its revision as an earlier one', async () => {
    const a = await newVault();
    const x = await a.vault.entries.create(draft('First words.'));
    const twin = await twinOf(a.vault);
    const second = await edit(twin, x.id, 1, 'Second words.');
    await edit(twin, x.id, second.entry.revision, 'Third words.');
    expect(await merge(await backupOf(twin), a.vault)).toMatchObject({ updated: 1, conflicts: 0 });
    expect(await a.vault.entries.get(x.id)).toMatchObject({ revision: 3, text: 'Third words.' });
    expect((await a.vault.entries.revisions(x.id)).map((r) => r.revision)).toEqual([2, 1]);
  });

  it('refuses a tampered backup before writing anything', async () => {
    const a = await newVault();
    await a.vault.entries.create(draft('Something to merge.'));
    const file = await backupOf(a.vault);
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await writeFile(file, bytes);
    const b = await newVault();
    await b.vault.entries.create(draft('Mine.'));
    await b.vault.entries.settled();
    const before = await snapshot(b.dir);
    await expect(merge(file, b.vault)).rejects.toThrow(expect.objectContaining({ code: 'BACKUP_INVALID' }));
    expect(await snapshot(b.dir)).toEqual(before);
  });
});
