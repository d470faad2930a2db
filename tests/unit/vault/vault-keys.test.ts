import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../src/main/core/vault/vault';
import { draft, filesUnder, KDF, newVault, OTHER_PASS, PASS, snapshot } from './fixtures/vault-fixture';
import { diskFullAfterHalf } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';

const code = (c: string) => expect.objectContaining({ code: c });

describe('creating and unlocking a vault', () => {
  it('with the real scrypt cost: the header records it, and the passphrase opens the vault', async () => {
    const dir = join(await tempDir(), 'real');
    const { vault, recoveryKey } = await Vault.create(dir, PASS);
    await vault.entries.create(draft());
    vault.lock();
    const header = JSON.parse(await readFile(join(dir, 'landscape-vault.json'), 'utf8'));
    expect(header).toMatchObject({ format: 'landscape-vault', version: 1, vaultId: vault.id });
    expect(header.kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(Buffer.from(header.kdf.salt, 'base64').length).toBe(16);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
    const again = await Vault.unlock(dir, PASS);
    expect(again.entries.list()).toHaveLength(1);
    await expect(Vault.unlock(dir, OTHER_PASS)).rejects.toThrow(code('WRONG_PASSPHRASE'));
  });

  it('creates the folder, gives each vault its own id, and refuses to create over a vault', async () => {
    const a = await newVault();
    const b = await newVault();
    expect(a.vault.id).toMatch(/^[0-9a-f]{32}$/);
    expect(a.vault.id).not.toBe(b.vault.id);
    expect(await Vault.probe(a.dir)).toBe('vault');
    expect(await Vault.readId(a.dir)).toBe(a.vault.id);
    const before = await snapshot(a.dir);
    await expect(Vault.create(a.dir, OTHER_PASS, { kdf: KDF })).rejects.toThrow(code('VAULT_EXISTS'));
    expect(await snapshot(a.dir)).toEqual(before);
  });

  it('probes missing, empty, foreign and file paths', async () => {
    const root = await tempDir();
    expect(await Vault.probe(join(root, 'nope'))).toBe('absent');
    expect(await Vault.probe(root)).toBe('absent');
    await writeFile(join(root, 'notes.txt'), 'mine');
    expect(await Vault.probe(root)).toBe('not-a-vault');
    expect(await Vault.probe(join(root, 'notes.txt'))).toBe('not-a-vault');
    await expect(Vault.create(root, PASS, { kdf: KDF })).rejects.toThrow(code('INVALID_INPUT'));
    expect(await filesUnder(root)).toEqual(['notes.txt']);
  });

  it('a create that fails part-way (disk full) leaves nothing that blocks a retry', async () => {
    const dir = join(await tempDir(), 'retry');
    await expect(Vault.create(dir, PASS, { kdf: KDF, fs: diskFullAfterHalf() })).rejects.toThrow(code('DISK_FULL'));
    expect(await Vault.probe(dir)).toBe('absent');
    const { vault } = await Vault.create(dir, PASS, { kdf: KDF });
    expect(await Vault.readId(dir)).toBe(vault.id);
  });

  it('rejects a weak passphrase before writing anything', async () => {
    const dir = join(await tempDir(), 'weak');
    await expect(Vault.create(dir, 'password1', { kdf: KDF })).rejects.toThrow(code('WEAK_PASSPHRASE'));
    expect(await Vault.probe(dir)).toBe('absent');
  });

  it('a wrong passphrase is WRONG_PASSPHRASE and changes nothing', async () => {
    const { dir, vault } = await newVault();
    await vault.entries.create(draft());
    await vault.entries.settled();
    const before = await snapshot(dir);
    await expect(Vault.unlock(dir, OTHER_PASS)).rejects.toThrow(code('WRONG_PASSPHRASE'));
    await expect(Vault.unlock(dir, '')).rejects.toThrow(code('WRONG_PASSPHRASE'));
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('locking', () => {
  it('zeroes the data key, drops cached entries, and refuses every later call', async () => {
    const { vault } = await newVault();
    const entry = await vault.entries.create(draft());
    const key = vault['ring']['key']!;
    expect(key.some((b) => b !== 0)).toBe(true);
    vault.lock();
    expect(vault.isLocked).toBe(true);
    expect(key.every((b) => b === 0)).toBe(true);
    expect(vault['index']['byId'].size).toBe(0);
    expect(() => vault.entries.list()).toThrow(code('VAULT_LOCKED'));
    expect(() => vault.entries.damaged()).toThrow(code('VAULT_LOCKED'));
    expect(() => vault.exportDeviceKey()).toThrow(code('VAULT_LOCKED'));
    await expect(vault.entries.get(entry.id)).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.entries.create(draft())).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.entries.update(entry.id, 1, { title: 'x' })).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.entries.sync()).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.records.get('templates', 'a')).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.changePassphrase(PASS, OTHER_PASS)).rejects.toThrow(code('VAULT_LOCKED'));
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the data key only: no entry file changes, old passphrase stops working', async () => {
    const { dir, vault } = await newVault();
    for (let i = 0; i < 3; i++) await vault.entries.create(draft(`entry ${i}`));
    await vault.records.put('templates', 'weekly', { name: 'Weekly' });
    const before = await snapshot(dir);
    await new Promise((r) => setTimeout(r, 20)); // so a rewrite would show in mtimes
    await vault.changePassphrase(PASS, OTHER_PASS);
    const after = await snapshot(dir);
    for (const [file, was] of before) {
      if (file === 'landscape-vault.json' || file === 'landscape-vault.backup.json')
        expect(after.get(file)!.bytes).not.toBe(was.bytes);
      else expect(after.get(file)).toEqual(was);
    }
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    vault.lock();
    await expect(Vault.unlock(dir, PASS)).rejects.toThrow(code('WRONG_PASSPHRASE'));
    const reopened = await Vault.unlock(dir, OTHER_PASS);
    expect(reopened.entries.list()).toHaveLength(3);
  });

  it('needs the right current passphrase and a strong new one, and leaves the header alone otherwise', async () => {
    const { dir, vault } = await newVault();
    const before = await snapshot(dir);
    await expect(vault.changePassphrase(OTHER_PASS, 'mountain river song lantern')).rejects.toThrow(
      code('WRONG_PASSPHRASE'),
    );
    await expect(vault.changePassphrase(PASS, 'short')).rejects.toThrow(code('WEAK_PASSPHRASE'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('upgrades the stored scrypt cost to the current default when none is given', async () => {
    const { dir, vault } = await newVault();
    const upgraded = await Vault.unlock(dir, PASS); // no kdf option: new wraps use the default cost
    await upgraded.changePassphrase(PASS, OTHER_PASS);
    const header = JSON.parse(await readFile(join(dir, 'landscape-vault.json'), 'utf8'));
    expect(header.kdf).toMatchObject({ N: 131072, r: 8, p: 1 });
    vault.lock();
  });
});

describe('recovery key', () => {
  it('unlocks, then sets a new passphrase; the old passphrase stops working', async () => {
    const { dir, vault, recoveryKey } = await newVault();
    const entry = await vault.entries.create(draft('kept safe'));
    vault.lock();
    const recovered = await Vault.unlockWithRecoveryKey(dir, recoveryKey.toLowerCase().replace(/-/g, ' '), {
      kdf: KDF,
    });
    expect((await recovered.entries.get(entry.id)).text).toBe('kept safe');
    await recovered.setPassphrase(OTHER_PASS);
    await expect(Vault.unlock(dir, PASS)).rejects.toThrow(code('WRONG_PASSPHRASE'));
    expect((await Vault.unlock(dir, OTHER_PASS)).entries.list()).toHaveLength(1);
    // The recovery key still works after the passphrase is reset.
    await Vault.unlockWithRecoveryKey(dir, recoveryKey);
  });

  it("refuses another vault's key, a typo, and setPassphrase without recovery", async () => {
    const a = await newVault();
    const b = await newVault();
    await expect(Vault.unlockWithRecoveryKey(a.dir, b.recoveryKey)).rejects.toThrow(
      expect.objectContaining({ code: 'WRONG_RECOVERY_KEY', message: expect.stringMatching(/different vault/) }),
    );
    const typo = a.recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(Vault.unlockWithRecoveryKey(a.dir, typo)).rejects.toThrow(
      expect.objectContaining({ code: 'WRONG_RECOVERY_KEY', message: expect.stringMatching(/typos/) }),
    );
    await expect(a.vault.setPassphrase(OTHER_PASS)).rejects.toThrow(code('INVALID_INPUT'));
  });

  it('can be replaced: the new key works, the old one no longer does', async () => {
    const { dir, vault, recoveryKey } = await newVault();
    const fresh = await vault.rotateRecoveryKey();
    expect(fresh).not.toBe(recoveryKey);
    await expect(Vault.unlockWithRecoveryKey(dir, recoveryKey)).rejects.toThrow(code('WRONG_RECOVERY_KEY'));
    await Vault.unlockWithRecoveryKey(dir, fresh);
    expect((await Vault.unlock(dir, PASS)).id).toBe(vault.id);
  });
});

describe('device key ("remember on this device")', () => {
  it('exports a copy of the data key that unlocks without the passphrase', async () => {
    const { dir, vault } = await newVault();
    await vault.entries.create(draft());
    const key = vault.exportDeviceKey();
    expect(key.length).toBe(32);
    vault.lock();
    expect(key.some((b) => b !== 0)).toBe(true); // the export is the caller's copy, untouched by lock
    const again = await Vault.unlockWithDeviceKey(dir, key);
    key.fill(0); // the caller zeroes its copy; the vault has its own
    expect(again.entries.list()).toHaveLength(1);
    await expect(again.setPassphrase(OTHER_PASS)).rejects.toThrow(code('INVALID_INPUT'));
    await expect(again.rotateRecoveryKey()).rejects.toThrow(code('INVALID_INPUT'));
  });

  it("refuses another vault's key or garbage, so the app falls back to the passphrase", async () => {
    const a = await newVault();
    const b = await newVault();
    await expect(Vault.unlockWithDeviceKey(a.dir, b.vault.exportDeviceKey())).rejects.toThrow(
      code('SAFE_STORAGE_UNAVAILABLE'),
    );
    await expect(Vault.unlockWithDeviceKey(a.dir, Buffer.alloc(32))).rejects.toThrow(code('SAFE_STORAGE_UNAVAILABLE'));
    await expect(Vault.unlockWithDeviceKey(a.dir, Buffer.alloc(5))).rejects.toThrow(code('SAFE_STORAGE_UNAVAILABLE'));
  });
});
