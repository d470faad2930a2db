import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seal } from '../../../src/main/core/crypto/aead';
import type { FsPort } from '../../../src/main/core/fs/fs-port';
import { aad } from '../../../src/main/core/vault/aad';
import { listingIn } from './fixtures/counting-fs';
import { refusingUnder } from './fixtures/failing-fs';
import { newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });

/** The real file system, refusing the chosen operations on records only, as if by permissions. */
const refusingRecords = (ops: Array<keyof FsPort>) => refusingUnder(`${sep}records${sep}`, ops);

describe('records at their edges', () => {
  it('saves a record of exactly the size limit, refuses one byte more, and reads back the one at the limit', async () => {
    const { dir, vault } = await newVault({ maxEntryBytes: 100 });
    const at = 'x'.repeat(98); // JSON adds the two quotes
    await vault.records.put('notes', 'at', at);
    await expect(vault.records.put('notes', 'over', `${at}y`)).rejects.toThrow('This item is too large to save.');
    vault.lock();
    expect(await (await unlock(dir, { maxEntryBytes: 100 })).records.get('notes', 'at')).toBe(at);
  });

  it('reports a record with the wrong magic, the wrong version or nothing but a header as damaged', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'good', { ok: true });
    const folder = join(dir, 'records', 'notes');
    const good = await readFile(join(folder, 'good.lsr'));
    const variants: Record<string, Buffer> = {
      magic: Buffer.concat([Buffer.from('LSVX'), good.subarray(4)]),
      version: Buffer.concat([good.subarray(0, 4), Buffer.from([2]), good.subarray(5)]),
      short: good.subarray(0, 4),
      json: Buffer.alloc(0),
    };
    for (const [id, bytes] of Object.entries(variants)) {
      await writeFile(join(folder, `${id}.lsr`), bytes);
      await expect(vault.records.get('notes', id)).rejects.toThrow(code('ENTRY_DAMAGED'));
    }
    expect((await vault.records.list('notes')).map((r) => r.id)).toEqual(['good']);
    expect(vault.entries.damaged().map((d) => d.file)).toEqual(
      expect.arrayContaining(['records/notes/magic.lsr', 'records/notes/version.lsr', 'records/notes/short.lsr']),
    );
  });

  it('lists only .lsr files with valid names, skipping temp files, other files and folders', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'kept', 1);
    const folder = join(dir, 'records', 'notes');
    const kept = await readFile(join(folder, 'kept.lsr'));
    await writeFile(join(folder, '.kept.lsr.abc.tmp'), kept);
    await writeFile(join(folder, 'kept.txt'), kept);
    await writeFile(join(folder, 'Upper.lsr'), kept);
    await mkdir(join(folder, 'folder'));
    expect(await vault.records.list('notes')).toEqual([{ id: 'kept', value: 1 }]);
    expect(vault.entries.damaged()).toEqual([]);
  });

  it('reads a kind folder that is a link to somewhere else as empty, reported once', async () => {
    const { dir, vault } = await newVault();
    const outside = join(dir, '..', 'outside');
    await mkdir(outside);
    await mkdir(join(dir, 'records'), { recursive: true });
    await symlink(outside, join(dir, 'records', 'notes'));
    expect(await vault.records.list('notes')).toEqual([]);
    expect(await vault.records.get('notes', 'x')).toBeUndefined();
    expect(vault.entries.damaged()).toEqual([{ file: 'records/notes', reason: expect.stringMatching(/not a folder/) }]);
  });

  it('says NO_ACCESS, in words, when a record cannot be read, listed, saved or deleted', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'a', 1);
    vault.lock();
    const reads = await unlock(dir, { fs: refusingRecords(['readFile', 'readdir']) });
    await expect(reads.records.get('notes', 'a')).rejects.toThrow(code('NO_ACCESS'));
    await expect(reads.records.list('notes')).rejects.toThrow(code('NO_ACCESS'));
    reads.lock();
    const writes = await unlock(dir, { fs: refusingRecords(['mkdir', 'unlink']) });
    await expect(writes.records.put('notes', 'b', 1)).rejects.toThrow(code('NO_ACCESS'));
    await expect(writes.records.delete('notes', 'a')).rejects.toThrow(/could not delete the item/);
    expect(await writes.records.get('notes', 'a')).toBe(1);
  });

  it('needs the vault unlocked for every operation', async () => {
    const { vault } = await newVault();
    await vault.records.put('notes', 'a', 1);
    vault.lock();
    await expect(vault.records.get('notes', 'a')).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.records.list('notes')).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.records.delete('notes', 'a')).rejects.toThrow(code('VAULT_LOCKED'));
    await expect(vault.records.put('notes', 'b', 1)).rejects.toThrow(code('VAULT_LOCKED'));
  });
});

describe('records: what they hold and where', () => {
  it('reports a record of the wrong format or version as damaged even when its box would open', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'good', 1);
    const folder = join(dir, 'records', 'notes');
    for (const [id, head] of [
      ['magic', Buffer.from('LSVX\x01', 'latin1')],
      ['version', Buffer.from('LSVR\x02', 'latin1')],
    ] as const) {
      const box = seal(vault['ring'].get(), Buffer.from('"fine"'), aad(vault.id, 'record', 'notes', id));
      await writeFile(join(folder, `${id}.lsr`), Buffer.concat([head, box]));
      await expect(vault.records.get('notes', id)).rejects.toThrow(code('ENTRY_DAMAGED'));
    }
    expect((await vault.records.list('notes')).map((r) => r.id)).toEqual(['good']);
  });

  it('never reads through a kind folder that is a link, even a record that would open', async () => {
    const { dir, vault } = await newVault();
    const outside = join(dir, '..', 'outside');
    await mkdir(outside);
    const box = seal(vault['ring'].get(), Buffer.from('"from outside"'), aad(vault.id, 'record', 'notes', 'x'));
    await writeFile(join(outside, 'x.lsr'), Buffer.concat([Buffer.from('LSVR\x01', 'latin1'), box]));
    await mkdir(join(dir, 'records'), { recursive: true });
    await symlink(outside, join(dir, 'records', 'notes'));
    expect(await vault.records.get('notes', 'x')).toBeUndefined();
    expect(await vault.records.list('notes')).toEqual([]);
  });

  it('reports a record that decrypts to something other than JSON as damaged, by its file', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'fine', 'fine');
    // Sealed with the vault's own key and the right binding, but not JSON inside.
    const box = seal(vault['ring'].get(), Buffer.from('{not json'), aad(vault.id, 'record', 'notes', 'odd'));
    await writeFile(
      join(dir, 'records', 'notes', 'odd.lsr'),
      Buffer.concat([Buffer.from('LSVR'), Buffer.from([1]), box]),
    );
    await expect(vault.records.get('notes', 'odd')).rejects.toThrow(
      /The saved item records\/notes\/odd\.lsr is damaged/,
    );
    expect(await vault.records.list('notes')).toEqual([{ id: 'fine', value: 'fine' }]);
    expect(vault.entries.damaged()).toEqual([
      { file: 'records/notes/odd.lsr', reason: expect.stringMatching(/decrypt/) },
    ]);
  });

  it('lists ids in order, and says NO_ACCESS rather than skipping a record it may not read', async () => {
    const { dir, vault } = await newVault();
    for (const id of ['m', 'z', 'a']) await vault.records.put('notes', id, id.toUpperCase());
    expect(await vault.records.list('notes')).toEqual([
      { id: 'a', value: 'A' },
      { id: 'm', value: 'M' },
      { id: 'z', value: 'Z' },
    ]);
    vault.lock();
    const listedBackwards = await unlock(dir, { fs: listingIn((n) => [...n].sort().reverse()) });
    expect((await listedBackwards.records.list('notes')).map((r) => r.id)).toEqual(['a', 'm', 'z']);
    listedBackwards.lock();
    const reads = await unlock(dir, { fs: refusingRecords(['readFile']) });
    await expect(reads.records.list('notes')).rejects.toThrow(code('NO_ACCESS'));
    await expect(reads.records.get('notes', 'a')).rejects.toThrow(/read the item/);
    reads.lock();
    const looks = await unlock(dir, { fs: refusingUnder(`${sep}records`, ['lstat']) });
    await expect(looks.records.get('notes', 'a')).rejects.toThrow(code('NO_ACCESS'));
    await expect(looks.records.list('notes')).rejects.toThrow(/read the vault folder/);
    expect(looks.entries.damaged()).toEqual([]);
  });

  it('reports a folder under a record’s name as damaged, and lists the rest', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'b', 'B');
    await mkdir(join(dir, 'records', 'notes', 'a.lsr'));
    await expect(vault.records.get('notes', 'a')).rejects.toThrow(code('ENTRY_DAMAGED'));
    expect(await vault.records.list('notes')).toEqual([{ id: 'b', value: 'B' }]);
    expect(vault.entries.damaged()).toContainEqual({
      file: 'records/notes/a.lsr',
      reason: expect.stringMatching(/folder/),
    });
  });

  it('checks kind and id on every operation', async () => {
    const { vault } = await newVault();
    await expect(vault.records.list('../entries')).rejects.toThrow(/Record kinds and ids use only/);
    await expect(vault.records.get('notes', 'A')).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.records.delete('notes', 'a/b')).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.records.put('notes', 'x'.repeat(65), 1)).rejects.toThrow(code('INVALID_INPUT'));
    await vault.records.put('notes', 'x'.repeat(64), 1);
    expect(await vault.records.get('notes', 'x'.repeat(64))).toBe(1);
  });

  it('reads a records folder that is a file as holding nothing, and says why a save cannot go there', async () => {
    const { dir, vault } = await newVault();
    await writeFile(join(dir, 'records'), 'a file, not a folder');
    expect(await vault.records.list('notes')).toEqual([]);
    expect(await vault.records.get('notes', 'a')).toBeUndefined();
    await expect(vault.records.put('notes', 'a', 1)).rejects.toThrow(/save the item/);
    await vault.records.delete('notes', 'a');
  });
});
