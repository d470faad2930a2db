import { copyFile, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../src/main/core/fs/fs-port';
import { probeFolder, readHeader } from '../../../src/main/core/vault/vault-folder';
import { refusing } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';
import { newVault } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });

describe('probeFolder', () => {
  it('calls a missing folder, or one holding only hidden files, absent', async () => {
    const root = await tempDir();
    expect(await probeFolder(nodeFs, join(root, 'missing'))).toBe('absent');
    expect(await probeFolder(nodeFs, root)).toBe('absent');
    await writeFile(join(root, '.DS_Store'), '');
    expect(await probeFolder(nodeFs, root)).toBe('absent');
  });

  it('calls a file, or a folder holding other things, not a vault', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'notes.txt'), 'x');
    expect(await probeFolder(nodeFs, root)).toBe('not-a-vault');
    expect(await probeFolder(nodeFs, join(root, 'notes.txt'))).toBe('not-a-vault');
    await mkdir(join(root, 'entries'));
    await writeFile(join(root, 'entries', 'not-an-entry.txt'), 'x');
    expect(await probeFolder(nodeFs, root)).toBe('not-a-vault');
  });

  it('calls a folder a vault by its header, its header backup, or its entry files alone', async () => {
    for (const name of ['landscape-vault.json', 'landscape-vault.backup.json']) {
      const root = await tempDir();
      await writeFile(join(root, name), '{}');
      expect(await probeFolder(nodeFs, root)).toBe('vault');
    }
    const root = await tempDir();
    await mkdir(join(root, 'entries'));
    await writeFile(join(root, 'entries', 'abcdefgh.1.lse'), 'x');
    expect(await probeFolder(nodeFs, root)).toBe('vault');
  });

  it('says NO_ACCESS for a folder it may not look into', async () => {
    const root = await tempDir();
    await expect(probeFolder(refusing(['readdir']), root)).rejects.toThrow(code('NO_ACCESS'));
  });
});

describe('readHeader', () => {
  it('reads the header backup when the header is gone or damaged, and a missing header otherwise says so', async () => {
    const { dir, vault } = await newVault();
    vault.lock();
    const header = await readHeader(nodeFs, dir);
    await copyFile(join(dir, 'landscape-vault.json'), join(dir, 'landscape-vault.backup.json'));
    await writeFile(join(dir, 'landscape-vault.json'), '{"format":"landscape-vault"');
    expect(await readHeader(nodeFs, dir)).toEqual(header);
    await rm(join(dir, 'landscape-vault.json'));
    expect(await readHeader(nodeFs, dir)).toEqual(header);
    await rm(join(dir, 'landscape-vault.backup.json'));
    await expect(readHeader(nodeFs, dir)).rejects.toThrow(code('VAULT_NOT_FOUND'));
  });

  it('names a header that is a folder or a link as damaged, and a vault path that is a file as not a vault folder', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'landscape-vault.json'));
    await expect(readHeader(nodeFs, root)).rejects.toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/is a folder, not a file/) }),
    );
    const linked = await tempDir();
    await symlink(join(root, 'elsewhere.json'), join(linked, 'landscape-vault.json'));
    await expect(readHeader(nodeFs, linked)).rejects.toThrow(
      expect.objectContaining({ code: 'VAULT_DAMAGED', message: expect.stringMatching(/link/) }),
    );
    await writeFile(join(root, 'file'), 'x');
    await expect(readHeader(nodeFs, join(root, 'file'))).rejects.toThrow(
      expect.objectContaining({
        code: 'VAULT_NOT_FOUND',
        message: expect.stringMatching(/is a file, not a vault folder/),
      }),
    );
  });

  it('passes on an access error reading the header, without trying the backup', async () => {
    const { dir, vault } = await newVault();
    vault.lock();
    await expect(readHeader(refusing(['readFile']), dir)).rejects.toThrow(code('NO_ACCESS'));
  });
});
