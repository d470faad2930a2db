import { readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const body = (text: string) => ({ content: lexical(text) });

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
