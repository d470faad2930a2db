import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../src/main/core/vault/vault';
import { draft, KDF, newVault, OTHER_PASS, PASS, unlock } from './fixtures/vault-fixture';

const header = (dir: string) => join(dir, 'landscape-vault.json');
const code = (c: string) => expect.objectContaining({ code: c });

/** Ways a header gets damaged: cut short, a bit flipped, emptied, removed, replaced by a folder. */
const damage: Array<[string, (path: string) => Promise<void>]> = [
  ['cut short', async (p) => writeFile(p, (await readFile(p)).subarray(0, 120))],
  [
    'a flipped bit',
    async (p) => {
      const bytes = await readFile(p);
      bytes[bytes.length >> 1]! ^= 0x04;
      await writeFile(p, bytes);
    },
  ],
  ['emptied', (p) => writeFile(p, '')],
  ['removed', (p) => rm(p)],
  ['replaced by a folder', (p) => rm(p).then(() => mkdir(p))],
];

describe('a damaged header is recovered from its backup copy', () => {
  it.each(damage)('%s: the passphrase and the recovery key still open the journal', async (_what, harm) => {
    const { dir, vault, recoveryKey } = await newVault();
    const e = await vault.entries.create(draft('still here'));
    vault.lock();
    await harm(header(dir));
    const byPassphrase = await unlock(dir);
    expect((await byPassphrase.entries.get(e.id)).text).toBe('still here');
    byPassphrase.lock();
    const byRecovery = await Vault.unlockWithRecoveryKey(dir, recoveryKey, { kdf: KDF });
    expect(byRecovery.entries.list().map((x) => x.id)).toEqual([e.id]);
    byRecovery.lock();
    await expect(Vault.unlock(dir, OTHER_PASS, { kdf: KDF })).rejects.toThrow(code('WRONG_PASSPHRASE'));
  });

  it('follows a passphrase change: the new passphrase opens, the old one no longer does', async () => {
    const { dir, vault } = await newVault();
    await vault.changePassphrase(PASS, OTHER_PASS);
    vault.lock();
    await writeFile(header(dir), '{ damaged');
    const again = await Vault.unlock(dir, OTHER_PASS, { kdf: KDF });
    again.lock();
    await expect(unlock(dir)).rejects.toThrow(code('WRONG_PASSPHRASE'));
  });

  it('follows a new recovery key: it opens, the old one no longer does', async () => {
    const { dir, vault, recoveryKey: old } = await newVault();
    const fresh = await vault.rotateRecoveryKey();
    vault.lock();
    await rm(header(dir));
    (await Vault.unlockWithRecoveryKey(dir, fresh, { kdf: KDF })).lock();
    await expect(Vault.unlockWithRecoveryKey(dir, old, { kdf: KDF })).rejects.toThrow(code('WRONG_RECOVERY_KEY'));
  });

  it('a passphrase change made while the header is damaged writes both copies afresh', async () => {
    const { dir, vault } = await newVault();
    vault.lock();
    await writeFile(header(dir), 'garbage');
    const opened = await unlock(dir);
    await opened.changePassphrase(PASS, OTHER_PASS);
    opened.lock();
    expect(JSON.parse(await readFile(header(dir), 'utf8')).format).toBe('landscape-vault');
    (await Vault.unlock(dir, OTHER_PASS, { kdf: KDF })).lock();
  });

  it('both copies damaged: VAULT_DAMAGED, as before', async () => {
    const { dir, vault } = await newVault();
    vault.lock();
    await writeFile(header(dir), 'garbage');
    await writeFile(join(dir, 'landscape-vault.backup.json'), 'garbage too');
    await expect(unlock(dir)).rejects.toThrow(code('VAULT_DAMAGED'));
  });
});
