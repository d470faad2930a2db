import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { encodeEntryFile } from '../../../src/main/core/vault/entry-file';
import type { Vault } from '../../../src/main/core/vault/vault';
import { refusingUnder } from './fixtures/failing-fs';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const body = (text: string) => ({ content: lexical(text) });
const code = (c: string) => expect.objectContaining({ code: c });

/** How sync tools rename the copy they could not merge, for an entry file named `base` (id.rev). */
const RENAMES: Array<[string, (base: string) => string]> = [
  ['Dropbox', (b) => `${b} (Ann's conflicted copy 2026-03-14).lse`],
  ['Dropbox, case conflict', (b) => `${b} (Case Conflict).lse`],
  ['Syncthing', (b) => `${b}.sync-conflict-20260314-101112-ABCDEFG.lse`],
  ['OneDrive', (b) => `${b}-DESKTOP-7QK2M1.lse`],
  ['Google Drive', (b) => `${b} (1).lse`],
  ['iCloud', (b) => `${b} 2.lse`],
  ['Nextcloud', (b) => `${b} (conflicted copy 2026-03-14 101112).lse`],
  ['a suffix after the extension', (b) => `${b}.lse.conflict-20260314`],
];

/**
 * Two devices edit the same revision while apart; the sync tool keeps the desktop's file under the
 * real name and the laptop's under a renamed one. Returns what each wrote.
 */
async function splitBrain(renamed: (base: string) => string) {
  const { dir, vault: laptop } = await newVault();
  const e = await laptop.entries.create(draft('first draft', { title: 'Board meeting' }));
  await laptop.entries.update(e.id, 1, body('laptop words, written on the train'));
  await laptop.entries.settled();
  laptop.lock();
  const real = join(dir, 'entries', `${e.id}.2.lse`);
  const laptopBytes = await readFile(real);
  await rm(real);
  // The desktop never saw revision 2: revision 1 is still its newest.
  await rename(join(dir, 'revisions', e.id, '1.lse'), join(dir, 'entries', `${e.id}.1.lse`));
  const desktop = await unlock(dir);
  await desktop.entries.update(e.id, 1, body('desktop words, written at the office'));
  await desktop.entries.settled();
  desktop.lock();
  await writeFile(join(dir, 'entries', renamed(`${e.id}.2`)), laptopBytes);
  return { dir, id: e.id };
}

describe('sync conflict copies are never ignored', () => {
  it.each(RENAMES)('%s: the renamed copy is offered as a conflict copy of its entry', async (_tool, renamed) => {
    const { dir, id } = await splitBrain(renamed);
    const vault = await unlock(dir);
    const copies = vault.entries.list().filter((m) => m.conflictOf === id);
    expect(copies).toHaveLength(1);
    expect((await vault.entries.get(copies[0]!.id)).text).toBe('laptop words, written on the train');
    expect(copies[0]!.title).toBe('Board meeting (conflict copy)');
    expect((await vault.entries.get(id)).text).toBe('desktop words, written at the office');
    expect(vault.entries.damaged()).toEqual([]);
    // Offered once: the renamed file left entries/ (kept unchanged under revisions/), and a refresh adds nothing.
    expect((await readdir(join(dir, 'entries'))).filter((n) => n.includes('conflict') || n.includes(' '))).toEqual([]);
    await vault.refresh();
    vault.lock();
    const again = await unlock(dir);
    expect(again.entries.list().filter((m) => m.conflictOf === id)).toHaveLength(1);
    again.lock();
  });

  it('a renamed copy that also appears on a running device is offered on refresh', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('kept words'));
    await vault.entries.settled();
    const other = await unlock(dir);
    const copy = await other.entries.update(e.id, 1, body('words from elsewhere'));
    await other.entries.settled();
    other.lock();
    const bytes = await readFile(join(dir, 'entries', `${e.id}.2.lse`));
    await writeFile(join(dir, 'entries', `${e.id}.2 (conflicted copy).lse`), bytes);
    expect(copy.conflict).toBe(false);
    await vault.refresh();
    // The same words as the revision kept under the real name: nothing new to offer.
    expect(vault.entries.list().filter((m) => m.conflictOf === e.id)).toEqual([]);
    vault.lock();
  });

  it('a renamed copy that does not open is reported as damaged, not offered', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('kept words'));
    await vault.entries.settled();
    vault.lock();
    const other = await newVault();
    const foreign = await other.vault.entries.create(draft('from another vault'));
    await other.vault.entries.settled();
    other.vault.lock();
    const bytes = await readFile(join(other.dir, 'entries', `${foreign.id}.1.lse`));
    const name = `${e.id}.1.sync-conflict-20260314-101112-ABCDEFG.lse`;
    await writeFile(join(dir, 'entries', name), bytes);
    const again = await unlock(dir);
    expect(again.entries.list().map((m) => m.id)).toEqual([e.id]);
    expect(again.entries.damaged()).toEqual([{ file: `entries/${name}`, reason: expect.stringMatching(/conflict/) }]);
    again.lock();
  });
});

describe('a sync conflict copy whose revisions folder is a link', () => {
  it('is not moved out of the vault through the link, nor offered: the folder is reported', async () => {
    const { dir, id } = await splitBrain(RENAMES[0]![1]);
    const outside = join(dir, '..', 'elsewhere');
    await rename(join(dir, 'revisions', id), outside);
    await symlink(outside, join(dir, 'revisions', id));
    const before = await readdir(outside);
    const vault = await unlock(dir);
    expect(await readdir(outside)).toEqual(before);
    expect(vault.entries.list().filter((m) => m.conflictOf === id)).toEqual([]);
    expect(vault.entries.damaged()).toEqual([
      { file: `revisions/${id}`, reason: expect.stringMatching(/not a folder/) },
    ]);
    await vault.refresh();
    expect(vault.entries.list().filter((m) => m.conflictOf === id)).toEqual([]);
    vault.lock();
  });
});

describe('sync conflict copies at their edges', () => {
  /** Writes `entry` as another device would, under a sync tool's renamed name beside its entry file. */
  async function renamedCopy(vault: Vault, dir: string, entry: Entry, suffix: string): Promise<string> {
    const name = `${entry.id}.${entry.revision}${suffix}.lse`;
    await writeFile(join(dir, 'entries', name), encodeEntryFile(vault['ring'].get(), vault.id, entry, 1 << 20));
    return name;
  }

  it('offers a copy that differs from the kept revision in its title, tags or date only, and not an equal one', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('same words', { title: 'Kept', tags: { worlds: ['a'], free: [] } }));
    await renamedCopy(vault, dir, { ...e, title: 'Other' }, ' (1)');
    await renamedCopy(vault, dir, { ...e, tags: { ...e.tags, worlds: ['b'] } }, ' (2)');
    await renamedCopy(vault, dir, { ...e, date: '2025-03-15' }, ' (3)');
    await renamedCopy(vault, dir, { ...e, updatedAt: '2026-01-01T00:00:00.000Z' }, ' (4)');
    await vault.refresh();
    const copies = vault.entries.list().filter((m) => m.conflictOf === e.id);
    expect(copies.map((m) => [m.title, m.tags.worlds, m.date]).sort()).toEqual(
      [
        ['Kept (conflict copy)', ['a'], '2025-03-15'],
        ['Kept (conflict copy)', ['b'], '2025-03-14'],
        ['Other (conflict copy)', ['a'], '2025-03-14'],
      ].sort(),
    );
    expect(await readdir(join(dir, 'entries'))).toHaveLength(4);
    expect((await readdir(join(dir, 'revisions', e.id))).sort()).toEqual(
      [' (1)', ' (2)', ' (3)', ' (4)'].map((s) => `sync-conflict.${e.id}.1${s}.lse`),
    );
  });

  it('offers a copy of a revision this vault never kept', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('kept words'));
    await renamedCopy(vault, dir, { ...e, revision: 7, content: lexical('lost words'), text: 'lost words' }, ' (1)');
    await vault.refresh();
    const copy = vault.entries.list().find((m) => m.conflictOf === e.id)!;
    expect((await vault.entries.get(copy.id)).text).toBe('lost words');
  });

  it('reports a folder under a renamed name as damaged, and says NO_ACCESS for one it may not read or move', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('kept words'));
    const folder = `${e.id}.1 (1).lse`;
    await mkdir(join(dir, 'entries', folder));
    await vault.refresh();
    expect(vault.entries.damaged()).toEqual([{ file: `entries/${folder}`, reason: expect.stringMatching(/folder/) }]);
    await rm(join(dir, 'entries', folder), { recursive: true });
    await renamedCopy(vault, dir, { ...e, title: 'Theirs' }, ' (9)');
    await vault.entries.settled();
    vault.lock();
    await expect(unlock(dir, { fs: refusingUnder('(9)', ['readFile']) })).rejects.toThrow(/read an entry/);
    await expect(unlock(dir, { fs: refusingUnder('sync-conflict.', ['rename']) })).rejects.toThrow(
      /keep the sync conflict copy/,
    );
    await expect(unlock(dir, { fs: refusingUnder(`revisions${sep}`, ['lstat']) })).rejects.toThrow(code('NO_ACCESS'));
  });
});
