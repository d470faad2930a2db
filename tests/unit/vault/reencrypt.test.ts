import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { decodeEntryMeta } from '../../../src/main/core/vault/entry-file';
import { parseEntryFileName } from '../../../src/main/core/vault/layout';
import { Vault } from '../../../src/main/core/vault/vault';
import { draft, KDF, lexical, newVault, OTHER_PASS, PASS } from './fixtures/vault-fixture';
import { errno } from './fixtures/failing-fs';
import { NEXT_PASS } from './fixtures/rekey-samples';

const NEW_PASS = NEXT_PASS;

/** A small journal: entries with earlier revisions, a trashed one, and records. */
async function journal() {
  const made = await newVault();
  const { vault } = made;
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    let e = await vault.entries.create(draft(`entry ${i} rev 1`, { title: `Entry ${i}` }));
    for (let r = 2; r <= 3; r++)
      e = (await vault.entries.update(e.id, e.revision, { content: lexical(`entry ${i} rev ${r}`) })).entry;
    ids.push(e.id);
  }
  await vault.entries.trash(ids[5]!);
  await vault.records.put('templates', 'mine', { name: 'Setback' });
  await vault.records.put('prefs', 'layout', { wide: true });
  await vault.entries.settled();
  return { ...made, ids };
}

/** Every entry file in the folder (current and revisions) that opens under `key`. */
async function filesUnder(dir: string, key: Buffer, vaultId: string): Promise<number> {
  let opened = 0;
  for (const name of await readdir(join(dir, 'entries'))) {
    const n = parseEntryFileName(name);
    if (n && decodeEntryMeta(key, vaultId, n.id, n.revision, await readFile(join(dir, 'entries', name))).ok) opened++;
  }
  for (const id of await readdir(join(dir, 'revisions'))) {
    for (const name of await readdir(join(dir, 'revisions', id))) {
      const bytes = await readFile(join(dir, 'revisions', id, name));
      if (decodeEntryMeta(key, vaultId, id, Number(name.split('.')[0]), bytes).ok) opened++;
    }
  }
  return opened;
}

async function contents(vault: Vault): Promise<string[]> {
  const out: string[] = [];
  for (const meta of [...vault.entries.list(), ...vault.entries.list(true)].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const r of await vault.entries.revisions(meta.id))
      out.push((await vault.entries.revision(meta.id, r.revision)).text);
    out.push((await vault.entries.get(meta.id)).text);
  }
  out.push(JSON.stringify(await vault.records.list('templates')), JSON.stringify(await vault.records.list('prefs')));
  return out;
}

describe('re-encrypting the journal with a new key', () => {
  it('seals every file under a new key, and nothing old opens it any more', async () => {
    const { dir, vault, recoveryKey } = await journal();
    const before = await contents(vault);
    const oldKey = vault.exportDeviceKey();
    const progress: Array<{ done: number; total: number }> = [];

    const newRecovery = await vault.reencrypt(PASS, NEW_PASS, (p) => progress.push(p));
    expect(await contents(vault)).toEqual(before);
    expect(vault.reencryptionUnderWay).toBe(false);
    // 6 entries × 3 revisions, a fourth for the one trashed, and two records; counted up to the end.
    expect(progress.at(-1)).toEqual({ done: 21, total: 21 });
    expect(progress.map((p) => p.done)).toEqual([...Array(22).keys()]);
    vault.lock();

    expect(await filesUnder(dir, oldKey, vault.id)).toBe(0);
    await expect(Vault.unlock(dir, PASS, { kdf: KDF })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(Vault.unlockWithRecoveryKey(dir, recoveryKey, { kdf: KDF })).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
    await expect(Vault.unlockWithDeviceKey(dir, oldKey, { kdf: KDF })).rejects.toMatchObject({
      code: 'SAFE_STORAGE_UNAVAILABLE',
    });
    expect(newRecovery).not.toBe(recoveryKey);

    const byPass = await Vault.unlock(dir, NEW_PASS, { kdf: KDF });
    const newKey = byPass.exportDeviceKey();
    expect(newKey.equals(oldKey)).toBe(false);
    expect(await filesUnder(dir, newKey, vault.id)).toBe(19);
    expect(await contents(byPass)).toEqual(before);
    expect(byPass.entries.damaged()).toEqual([]);
    byPass.lock();
    const byRecovery = await Vault.unlockWithRecoveryKey(dir, newRecovery, { kdf: KDF });
    expect(await contents(byRecovery)).toEqual(before);
    byRecovery.lock();
  });

  it('refuses a wrong current passphrase or a weak new one, and changes nothing', async () => {
    const { dir, vault } = await journal();
    const header = await readFile(join(dir, 'landscape-vault.json'), 'utf8');
    await expect(vault.reencrypt(OTHER_PASS, NEW_PASS)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(vault.reencrypt(PASS, 'password1')).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });
    expect(await readFile(join(dir, 'landscape-vault.json'), 'utf8')).toBe(header);
  });

  it('keeps the same passphrase when asked to, under a new key', async () => {
    const { dir, vault } = await journal();
    const oldKey = vault.exportDeviceKey();
    await vault.reencrypt(PASS, PASS);
    vault.lock();
    const again = await Vault.unlock(dir, PASS, { kdf: KDF });
    expect(again.exportDeviceKey().equals(oldKey)).toBe(false);
    again.lock();
  });

  it('carries on after an interruption, with the new passphrase only: nothing old reaches the new key', async () => {
    const { dir, vault, recoveryKey } = await journal();
    const before = await contents(vault);
    const oldKey = vault.exportDeviceKey();
    vault.lock();
    // The disk refuses the sixth file write of the run: a crash part-way, as far as the files can tell.
    let writes = 0;
    const failing: FsPort = {
      ...nodeFs,
      async writeDurable(path, data) {
        if (path.includes('.lse.') && ++writes === 6) throw errno('EIO');
        return nodeFs.writeDurable(path, data);
      },
    };
    const interrupted = await Vault.unlock(dir, PASS, { kdf: KDF, fs: failing });
    await expect(interrupted.reencrypt(PASS, NEW_PASS)).rejects.toMatchObject({ code: expect.any(String) });
    interrupted.lock();

    await expect(Vault.unlock(dir, PASS, { kdf: KDF })).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    // The key file holds nothing the old key, a remembered device or the old recovery key can open the new key with.
    // (No copy of the new key sealed under the old one: only wraps under the new passphrase and recovery key.)
    const header = JSON.parse(await readFile(join(dir, 'landscape-vault.json'), 'utf8')) as { rekey: object };
    expect(Object.keys(header.rekey).sort()).toEqual(['passphrase', 'recovery', 'recoverySalt']);
    const pending = /re-encrypted with a new key\. Open it with the passphrase/;
    await expect(Vault.unlockWithRecoveryKey(dir, recoveryKey, { kdf: KDF })).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
      message: expect.stringMatching(pending),
    });
    await expect(Vault.unlockWithDeviceKey(dir, oldKey, { kdf: KDF })).rejects.toMatchObject({
      code: 'SAFE_STORAGE_UNAVAILABLE',
      message: expect.stringMatching(pending),
    });

    const resumed = await Vault.unlock(dir, NEW_PASS, { kdf: KDF });
    expect(resumed.reencryptionUnderWay).toBe(true);
    expect(resumed.entries.damaged()).toEqual([]);
    const progress: number[] = [];
    await resumed.finishReencryption((p) => progress.push(p.total));
    expect(resumed.reencryptionUnderWay).toBe(false);
    expect(progress[0]).toBe(21);
    expect(await contents(resumed)).toEqual(before);
    const key = resumed.exportDeviceKey();
    resumed.lock();
    expect(await filesUnder(dir, key, resumed.id)).toBe(19);
    await expect(Vault.unlockWithRecoveryKey(dir, recoveryKey, { kdf: KDF })).rejects.toMatchObject({
      code: 'WRONG_RECOVERY_KEY',
    });
  });

  it('loses no save made while it runs', async () => {
    const { dir, vault, ids } = await journal();
    const running = vault.reencrypt(PASS, NEW_PASS);
    const saves = ids.slice(0, 5).map(async (id, i) => {
      const e = await vault.entries.get(id);
      return vault.entries.update(id, e.revision, { content: lexical(`saved during the run ${i}`) });
    });
    const created = vault.entries.create(draft('a new entry during the run'));
    await Promise.all([running, ...saves, created]);
    await vault.entries.settled();
    vault.lock();

    const after = await Vault.unlock(dir, NEW_PASS, { kdf: KDF });
    expect(after.entries.damaged()).toEqual([]);
    for (const [i, id] of ids.slice(0, 5).entries())
      expect((await after.entries.get(id)).text).toBe(`saved during the run ${i}`);
    expect((await after.entries.get((await created).id)).text).toBe('a new entry during the run');
    after.lock();
  });

  it('another device still open locks at its next look once a re-encryption has begun, and loses nothing', async () => {
    const { dir, vault, ids } = await journal();
    const other = await Vault.unlock(dir, PASS, { kdf: KDF });
    let looked: Promise<unknown> | undefined;
    await vault.reencrypt(PASS, NEW_PASS, ({ done }) => {
      // Half way: the other device reads the folder again.
      if (done === 10) looked ??= other.refresh().catch((error: unknown) => error);
    });
    expect(await looked).toMatchObject({
      code: 'VAULT_LOCKED',
      message: expect.stringContaining('re-encrypted with a new key on another device'),
    });
    expect(other.isLocked).toBe(true);
    await expect(other.entries.get(ids[0]!)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    vault.lock();
    const after = await Vault.unlock(dir, NEW_PASS, { kdf: KDF });
    expect(after.entries.damaged()).toEqual([]);
    after.lock();

    // A device that was open through all of it locks at its next look too.
    const stale = await Vault.unlock(dir, NEW_PASS, { kdf: KDF });
    const third = await Vault.unlock(dir, NEW_PASS, { kdf: KDF });
    await third.reencrypt(NEW_PASS, PASS);
    await expect(stale.refresh()).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(stale.isLocked).toBe(true);
    third.lock();
  });
});
