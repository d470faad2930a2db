// The in-memory list behind the journal at its edges: order within a day, summaries longer than the
// first read, damage that another device's save supersedes, and folders that may not be read.
import { rm, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { refusingUnder } from './fixtures/failing-fs';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });
const entriesPart = `${sep}entries${sep}`;
/** An id of the vault's own alphabet, distinct for each n. */
const idOf = (n: number) => `${'a'.repeat(24)}${'abcdefgh'[n]}2`;

describe('the list', () => {
  it('within one day puts the most recently written first, and orders the days newest first', async () => {
    const { dir, vault } = await newVault();
    const model = await vault.entries.create(draft('model'));
    const made = (n: number, date: string, createdAt: string): Entry => ({ ...model, id: idOf(n), date, createdAt });
    // Written elsewhere (a backup being merged), with creation times chosen out of order.
    const entries = [
      made(0, '2025-05-02', '2025-05-02T09:00:00.000Z'),
      made(1, '2025-05-02', '2025-05-02T18:00:00.000Z'),
      made(2, '2025-05-01', '2025-05-03T07:00:00.000Z'),
      made(3, '2025-05-02', '2025-05-02T12:00:00.000Z'),
    ];
    for (const e of entries) expect(await vault.entries.adopt([e], undefined)).toBe(true);
    await vault.entries.trash(model.id);
    const order = [idOf(1), idOf(3), idOf(0), idOf(2)];
    expect(vault.entries.list().map((m) => m.id)).toEqual(order);
    vault.lock();
    expect((await unlock(dir)).entries.list().map((m) => m.id)).toEqual(order);
  });

  it('holds summaries longer than the first read of each file (many long tags)', async () => {
    const { dir, vault } = await newVault();
    const worlds = Array.from({ length: 50 }, (_, i) => `${i} ${'a long name for a world of practice '.repeat(2)}`);
    const free = Array.from({ length: 20 }, (_, i) => `free tag ${i}`);
    const long = await vault.entries.create(draft('words', { title: 'T'.repeat(300), tags: { worlds, free } }));
    const short = await vault.entries.create(draft('few words', { title: 'Short' }));
    vault.lock();
    const again = await unlock(dir);
    expect(again.entries.list()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: long.id, title: 'T'.repeat(300), tags: { worlds, people: [], free } }),
        expect.objectContaining({ id: short.id, title: 'Short' }),
      ]),
    );
    expect(again.entries.damaged()).toEqual([]);
  });

  it('drops an entry whose newest file, saved elsewhere, is damaged, and takes it back once a newer one is saved', async () => {
    const { dir, vault: laptop } = await newVault();
    const e = await laptop.entries.create(draft('v1'));
    await laptop.entries.update(e.id, 1, { content: lexical('v2') });
    const desktop = await unlock(dir);
    await laptop.entries.settled();
    const file = `entries/${e.id}.3.lse`;
    await writeFile(join(dir, file), 'not an entry file at all');
    await desktop.entries.sync();
    expect(desktop.entries.list()).toEqual([]);
    expect(desktop.entries.damaged()).toEqual([{ file, reason: expect.any(String) }]);
    // The laptop restores revision 2's words over the damaged 3, as revision 4.
    await laptop.entries.restoreRevision(e.id, 2);
    await desktop.entries.sync();
    expect(desktop.entries.list()).toEqual([expect.objectContaining({ id: e.id, revision: 4 })]);
    expect(desktop.entries.damaged()).toEqual([]);
  });

  it('keeps a damaged record reported across a re-read of entries/', async () => {
    const { dir, vault } = await newVault();
    await vault.records.put('notes', 'a', 1);
    await writeFile(join(dir, 'records', 'notes', 'a.lsr'), 'garbage');
    await expect(vault.records.get('notes', 'a')).rejects.toThrow(code('ENTRY_DAMAGED'));
    await vault.entries.create(draft('an entry'));
    await vault.entries.sync();
    expect(vault.entries.damaged()).toEqual([{ file: 'records/notes/a.lsr', reason: expect.any(String) }]);
  });

  it('is empty, with nothing damaged, when entries/ is missing', async () => {
    const { dir, vault } = await newVault();
    await vault.entries.create(draft('gone with its folder'));
    await vault.entries.settled();
    vault.lock();
    await rm(join(dir, 'entries'), { recursive: true });
    const again = await unlock(dir);
    expect(again.entries.list()).toEqual([]);
    expect(again.entries.damaged()).toEqual([]);
  });

  it('says NO_ACCESS, in words, when entries/ or an entry file may not be read', async () => {
    const { dir, vault } = await newVault();
    await vault.entries.create(draft('private'));
    await vault.entries.settled();
    vault.lock();
    const fs = refusingUnder(entriesPart, ['readPrefixSync', 'readPrefix']);
    await expect(unlock(dir, { fs })).rejects.toThrow(code('NO_ACCESS'));
    await expect(unlock(dir, { fs })).rejects.toThrow(/read an entry/);
    const folder = refusingUnder(`${sep}entries`, ['lstat']);
    await expect(unlock(dir, { fs: folder })).rejects.toThrow(/read the vault folder/);
  });

  it('says NO_ACCESS when a long summary may not be read whole', async () => {
    const { dir, vault } = await newVault();
    const worlds = Array.from({ length: 50 }, (_, i) => `${i} ${'x'.repeat(70)}`);
    await vault.entries.create(draft('words', { tags: { worlds, free: [] } }));
    await vault.entries.settled();
    vault.lock();
    await expect(unlock(dir, { fs: refusingUnder(entriesPart, ['readFile']) })).rejects.toThrow(code('NO_ACCESS'));
    expect((await unlock(dir)).entries.list()).toHaveLength(1);
  });
});
