// The entry files at their edges: revisions saved elsewhere, files moved or refused under the reader,
// pruning after the cap was lowered, and purging beside other entries.
import { mkdir, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusingUnder } from './fixtures/failing-fs';
import { tempDir } from './fixtures/temp-dir';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });
const body = (text: string) => ({ content: lexical(text) });
const entriesPart = `${sep}entries${sep}`;

async function twoDevices() {
  const { dir, vault: laptop } = await newVault();
  const desktop = await unlock(dir);
  return { dir, laptop, desktop };
}

describe('reading the newest revision', () => {
  it('steps up past several revisions saved elsewhere since this instance last looked', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('v1'));
    await desktop.entries.get(e.id);
    for (let r = 1; r < 4; r++) await laptop.entries.update(e.id, r, body(`v${r + 1}`));
    await laptop.entries.settled();
    expect(await desktop.entries.get(e.id)).toMatchObject({ revision: 4, text: 'v4' });
    expect((await desktop.entries.revisions(e.id)).map((r) => r.revision)).toEqual([3, 2, 1]);
    // The desktop now saves on top of revision 4 without a conflict.
    expect(await desktop.entries.update(e.id, 4, body('v5'))).toMatchObject({
      conflict: false,
      entry: { revision: 5 },
    });
  });

  it('finds the newest by listing the folder when the revision it knew is gone', async () => {
    const { dir, laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('v1'));
    await desktop.entries.get(e.id);
    await laptop.entries.update(e.id, 1, body('v2'));
    await laptop.entries.update(e.id, 2, body('v3'));
    await laptop.entries.settled();
    // Revision 3's file reaches this device before revision 2's: only 1 (moved aside) and 3 are known.
    await rename(join(dir, 'revisions', e.id, '2.lse'), join(await tempDir(), 'late.lse'));
    expect(await desktop.entries.get(e.id)).toMatchObject({ revision: 3, text: 'v3' });
  });

  it('says ENTRY_NOT_FOUND for an entry deleted elsewhere, and for an id never saved', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('short-lived'));
    await desktop.entries.get(e.id);
    await laptop.entries.trash(e.id);
    await laptop.entries.purge(e.id);
    await expect(desktop.entries.get(e.id)).rejects.toThrow(code('ENTRY_NOT_FOUND'));
    await expect(desktop.entries.revisions(e.id)).rejects.toThrow(code('ENTRY_NOT_FOUND'));
    await expect(desktop.entries.get('abcdefghijklmnopqrstuvwxyz')).rejects.toThrow(code('ENTRY_NOT_FOUND'));
  });

  it('says NO_ACCESS, in words, when an entry file may not be read or looked at', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('private words'));
    await vault.entries.settled();
    vault.lock();
    const reads = await unlock(dir, { fs: refusingUnder(entriesPart, ['readFile']) });
    expect(reads.entries.list().map((m) => m.id)).toEqual([e.id]);
    await expect(reads.entries.get(e.id)).rejects.toThrow(code('NO_ACCESS'));
    await expect(reads.entries.get(e.id)).rejects.toThrow(/read the entry/);
    await expect(reads.entries.revision(e.id, 1)).rejects.toThrow(code('NO_ACCESS'));
    reads.lock();
    const looks = await unlock(dir, { fs: refusingUnder(entriesPart, ['stat']) });
    await expect(looks.entries.get(e.id)).rejects.toThrow(code('NO_ACCESS'));
    await expect(looks.entries.update(e.id, 1, { title: 'x' })).rejects.toThrow(code('NO_ACCESS'));
    expect(looks.entries.damaged()).toEqual([]);
    looks.lock();
  });
});

describe('a folder under an entry file’s name', () => {
  it('is that file’s damage, named by where it is, in entries/ or in revisions/', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    await vault.entries.update(e.id, 1, body('v2'));
    await vault.entries.settled();
    await rm(join(dir, 'revisions', e.id, '1.lse'));
    await mkdir(join(dir, 'revisions', e.id, '1.lse'));
    await expect(vault.entries.revision(e.id, 1)).rejects.toThrow(`revisions/${e.id}/1.lse`);
    await rm(join(dir, 'entries', `${e.id}.2.lse`));
    await mkdir(join(dir, 'entries', `${e.id}.2.lse`));
    await expect(vault.entries.get(e.id)).rejects.toThrow(code('ENTRY_DAMAGED'));
    await expect(vault.entries.revision(e.id, 2)).rejects.toThrow(`entries/${e.id}.2.lse`);
    expect(vault.entries.damaged().map((d) => [d.file, d.reason])).toEqual([
      [`revisions/${e.id}/1.lse`, expect.stringMatching(/folder/)],
      [`entries/${e.id}.2.lse`, expect.stringMatching(/folder/)],
    ]);
  });
});

describe('earlier revisions', () => {
  it('reads the current revision by number, and says which revision is no longer kept', async () => {
    const { vault } = await newVault({ maxRevisions: 2 });
    const e = await vault.entries.create(draft('v1'));
    for (let r = 1; r < 5; r++) await vault.entries.update(e.id, r, body(`v${r + 1}`));
    await vault.entries.settled();
    expect(await vault.entries.revision(e.id, 5)).toMatchObject({ revision: 5, text: 'v5' });
    expect(await vault.entries.revision(e.id, 3)).toMatchObject({ revision: 3, text: 'v3' });
    await expect(vault.entries.revision(e.id, 2)).rejects.toThrow('Revision 2 of this entry is no longer kept.');
    expect((await vault.entries.revisions(e.id)).map((r) => r.revision)).toEqual([4, 3]);
  });

  it('prunes down to a lowered cap on the next full pass, every 25th revision', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    for (let r = 1; r < 24; r++) await vault.entries.update(e.id, r, body(`v${r + 1}`));
    await vault.entries.settled();
    vault.lock();
    const lowered = await unlock(dir, { maxRevisions: 5 });
    // Archiving revision 24 drops only the one that falls out of the window (19).
    await lowered.entries.update(e.id, 24, body('v25'));
    await lowered.entries.settled();
    const kept = async () => (await readdir(join(dir, 'revisions', e.id))).map((n) => Number(n.split('.')[0]));
    expect((await kept()).sort((a, b) => a - b)).toEqual([...range(1, 18), 20, 21, 22, 23, 24]);
    // Archiving revision 25 is a full pass: everything but the newest five goes.
    await lowered.entries.update(e.id, 25, body('v26'));
    await lowered.entries.settled();
    expect((await kept()).sort((a, b) => a - b)).toEqual([21, 22, 23, 24, 25]);
    expect((await lowered.entries.revisions(e.id)).map((r) => r.revision)).toEqual([25, 24, 23, 22, 21]);
  });

  it('lists only its own entry’s stranded files, and none newer than the current one', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.entries.create(draft('a1'));
    const b = await vault.entries.create(draft('b1'));
    vault['entries']['store'].archive = async () => undefined; // as if the app stopped before tidying up
    await vault.entries.update(a.id, 1, body('a2'));
    await vault.entries.update(b.id, 1, body('b2'));
    await vault.entries.update(b.id, 2, body('b3'));
    expect((await readdir(join(dir, 'entries'))).length).toBe(5);
    expect((await vault.entries.revisions(a.id)).map((r) => r.revision)).toEqual([1]);
    expect((await vault.entries.revisions(b.id)).map((r) => r.revision)).toEqual([2, 1]);
    expect((await vault.entries.revision(b.id, 2)).text).toBe('b2');
  });

  it('never counts another entry’s stranded files, nor a stray name in entries/, as its own', async () => {
    const { dir, vault } = await newVault({ maxRevisions: 1 });
    const a = await vault.entries.create(draft('a1'));
    for (let r = 1; r < 4; r++) await vault.entries.update(a.id, r, body(`a${r + 1}`));
    await vault.entries.settled();
    const b = await vault.entries.create(draft('b1'));
    vault['entries']['store'].archive = async () => undefined;
    await vault.entries.update(b.id, 1, body('b2'));
    await vault.entries.update(b.id, 2, body('b3'));
    await writeFile(join(dir, 'entries', 'notes.txt'), 'not an entry');
    expect((await vault.entries.revisions(a.id)).map((r) => r.revision)).toEqual([3]);
    await vault.entries.trash(b.id);
    await vault.entries.purge(b.id);
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual([`${a.id}.4.lse`, 'notes.txt'].sort());
  });

  it('keeps the old revision in entries/ when its revisions folder is a file, and still lists it', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    await mkdir(join(dir, 'revisions'), { recursive: true });
    await writeFile(join(dir, 'revisions', e.id), 'not a folder');
    await vault.entries.update(e.id, 1, body('v2'));
    await vault.entries.settled();
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual([`${e.id}.1.lse`, `${e.id}.2.lse`]);
    expect((await vault.entries.revisions(e.id)).map((r) => r.revision)).toEqual([1]);
    expect((await vault.entries.revision(e.id, 1)).text).toBe('v1');
    expect((await vault.entries.get(e.id)).text).toBe('v2');
  });

  it('says NO_ACCESS when the revisions folder may not be looked at or moved into', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    await vault.entries.update(e.id, 1, body('v2'));
    await vault.entries.settled();
    vault.lock();
    const revisionsPart = `${sep}revisions${sep}`;
    const looks = await unlock(dir, { fs: refusingUnder(revisionsPart, ['lstat']) });
    await expect(looks.entries.revisions(e.id)).rejects.toThrow(code('NO_ACCESS'));
    await expect(looks.entries.revision(e.id, 1)).rejects.toThrow(/read the vault folder/);
    looks.lock();
    const moves = await unlock(dir, { fs: refusingUnder(revisionsPart, ['rename']) });
    const store = moves['entries']['store'];
    await moves.entries.update(e.id, 2, body('v3'));
    await moves.entries.settled();
    // The superseded file stays in entries/, still listed as kept; moving it by hand says why it cannot.
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual([`${e.id}.2.lse`, `${e.id}.3.lse`]);
    expect((await moves.entries.revisions(e.id)).map((r) => r.revision)).toEqual([2, 1]);
    await expect(store.archive(e.id, 2)).rejects.toThrow(/keep the previous version/);
    moves.lock();
  });
});

describe('purging', () => {
  it('removes the entry’s revisions and stranded files, and nothing of another entry', async () => {
    const { dir, vault } = await newVault();
    const gone = await vault.entries.create(draft('to go'));
    const stays = await vault.entries.create(draft('to stay'));
    await vault.entries.update(gone.id, 1, body('to go 2'));
    await vault.entries.update(stays.id, 1, body('to stay 2'));
    await vault.entries.settled();
    vault['entries']['store'].archive = async () => undefined;
    await vault.entries.trash(gone.id); // leaves revision 2 stranded beside 3
    expect((await readdir(join(dir, 'entries'))).filter((n) => n.startsWith(gone.id)).length).toBe(2);
    await vault.entries.purge(gone.id);
    expect(await readdir(join(dir, 'entries'))).toEqual([`${stays.id}.2.lse`]);
    expect(await readdir(join(dir, 'revisions'))).toEqual([stays.id]);
    expect((await vault.entries.revisions(stays.id)).map((r) => r.revision)).toEqual([1]);
  });

  it('says NO_ACCESS when the files may not be removed, and the entry stays in the trash', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('stuck'));
    await vault.entries.trash(e.id);
    await vault.entries.settled();
    vault.lock();
    const again = await unlock(dir, { fs: refusingUnder(entriesPart, ['unlink']) });
    await expect(again.entries.purge(e.id)).rejects.toThrow(code('NO_ACCESS'));
    await expect(again.entries.purge(e.id)).rejects.toThrow(/delete the entry/);
    expect(again.entries.list(true).map((m) => m.id)).toEqual([e.id]);
    again.lock();
  });
});

describe('a revisions folder that is a link', () => {
  it('is never written through: a save beside it keeps its words and the link’s target is untouched', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    const outside = join(await tempDir(), 'elsewhere');
    await mkdir(outside);
    await mkdir(join(dir, 'revisions'), { recursive: true });
    await symlink(outside, join(dir, 'revisions', e.id));
    await vault.entries.update(e.id, 1, body('v2'));
    await vault.entries.settled();
    expect((await vault.entries.get(e.id)).text).toBe('v2');
    expect(await readdir(outside)).toEqual([]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
