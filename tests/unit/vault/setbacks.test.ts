// Rollback and deletion are noticed (issue 12, item 3): each device keeps, outside the folder and sealed
// under the data key, the newest revision it saw of each entry, and unlock compares the folder with it.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markFiles } from '../../../src/main/core/vault/mark-files';
import { Vault } from '../../../src/main/core/vault/vault';
import type { EntrySetback } from '@shared/setback';
import { memoryMarks } from '../../support/fake-ports';
import { draft, KDF, lexical, newVault, OTHER_PASS, PASS, unlock } from './fixtures/vault-fixture';
import { tempDir } from './fixtures/temp-dir';

/** An entry saved three times on this device, then the journal locked: revisions 1 and 2 are kept aside. */
async function journal() {
  const marks = memoryMarks();
  const { dir, vault } = await newVault({ marks });
  const made = await vault.entries.create(draft('first words', { title: 'Ward round' }));
  const second = await vault.entries.update(made.id, 1, { content: lexical('second words') });
  await vault.entries.update(made.id, second.entry.revision, { title: 'Ward round, later' });
  const other = await vault.entries.create(draft('an untouched entry', { title: 'Other' }));
  await vault.entries.settled();
  vault.lock();
  const entry = (name: string) => join(dir, 'entries', name);
  const kept = (rev: number) => join(dir, 'revisions', made.id, `${rev}.lse`);
  return { dir, marks, id: made.id, otherId: other.id, entry, kept, open: () => unlock(dir, { marks }) };
}

const setbacks = (vault: Vault) => vault.setbacks!.list() as EntrySetback[];

describe('what this device saw, against what the folder holds', () => {
  it('reports an entry whose newest revision file was deleted, and brings back the newest left', async () => {
    const j = await journal();
    await rm(j.entry(`${j.id}.3.lse`));
    const vault = await j.open();
    expect(setbacks(vault)).toEqual([{ id: j.id, kind: 'gone', had: 3, left: 2, title: 'Ward round' }]);
    expect(await vault.setbacks!.settle(j.id, 'bringBack')).toEqual([]);
    expect(vault.entries.list().find((m) => m.id === j.id)).toMatchObject({ revision: 2, title: 'Ward round' });
    expect((await vault.entries.get(j.id)).text).toBe('second words');
    vault.lock();
    expect(setbacks(await j.open())).toEqual([]);
  });

  it('reports an older revision moved back into place', async () => {
    const j = await journal();
    await rm(j.entry(`${j.id}.3.lse`));
    await rename(j.kept(2), j.entry(`${j.id}.2.lse`));
    const vault = await j.open();
    expect(setbacks(vault)).toEqual([{ id: j.id, kind: 'back', had: 3, left: 2, title: 'Ward round' }]);
    // Keeping it as it is settles it, on this unlock and the next.
    expect(await vault.setbacks!.settle(j.id, 'keep')).toEqual([]);
    vault.lock();
    expect(setbacks(await j.open())).toEqual([]);
  });

  it('reports an entry whose files were all deleted, with nothing left to bring back', async () => {
    const j = await journal();
    await rm(j.entry(`${j.id}.3.lse`));
    await rm(join(j.dir, 'revisions', j.id), { recursive: true });
    const vault = await j.open();
    expect(setbacks(vault)).toEqual([{ id: j.id, kind: 'gone', had: 3, left: null, title: null }]);
    await expect(vault.setbacks!.settle(j.id, 'bringBack')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await vault.setbacks!.settle(j.id, 'keep');
    vault.lock();
    expect(setbacks(await j.open())).toEqual([]);
  });

  it('notices on refresh too, while the journal is open', async () => {
    const j = await journal();
    const vault = await j.open();
    await rm(j.entry(`${j.otherId}.1.lse`));
    await vault.refresh();
    expect(setbacks(vault).map((s) => [s.id, s.kind, s.left])).toEqual([[j.otherId, 'gone', null]]);
  });

  it('keeps quiet about an entry trashed and purged on purpose, on this device and on another', async () => {
    const j = await journal();
    const laptop = await j.open();
    const desktopMarks = memoryMarks();
    const desktop = await unlock(j.dir, { marks: desktopMarks });
    desktop.lock();
    await laptop.entries.trash(j.id);
    await laptop.entries.purge(j.id);
    laptop.lock();
    expect(setbacks(await j.open())).toEqual([]);
    expect(setbacks(await unlock(j.dir, { marks: desktopMarks }))).toEqual([]);
  });

  it("moves on with another device's newer revisions, and a half-delivered move is no setback", async () => {
    const j = await journal();
    const desktopMarks = memoryMarks();
    const desktop = await unlock(j.dir, { marks: desktopMarks });
    await desktop.entries.update(j.id, 3, { content: lexical('desktop words') });
    await desktop.entries.settled();
    desktop.lock();
    const laptop = await j.open();
    expect(setbacks(laptop)).toEqual([]);
    laptop.lock();
    // A sync tool that delivers "entries/<id>.4 moved to revisions/" before "entries/<id>.5" arrives.
    await rename(j.entry(`${j.id}.4.lse`), j.kept(4));
    const half = await unlock(j.dir, { marks: desktopMarks });
    expect(setbacks(half)).toEqual([]);
    half.lock();
    // The laptop saw revision 4 when it opened: losing it now is a setback.
    await rm(j.kept(4));
    expect(setbacks(await j.open()).map((s) => [s.kind, s.had, s.left])).toEqual([['gone', 4, 3]]);
  });

  it('treats a mark it cannot open as no mark: no alarm, no failure', async () => {
    const j = await journal();
    for (const vaultId of j.marks.bytes.keys()) j.marks.bytes.set(vaultId, Buffer.from('not a sealed mark'));
    await rm(j.entry(`${j.id}.3.lse`));
    expect(setbacks(await j.open())).toEqual([]);
  });
});

describe('an old key file put back', () => {
  it('is noticed after a passphrase change, when the old passphrase works again', async () => {
    const j = await journal();
    const header = join(j.dir, 'landscape-vault.json');
    const backup = join(j.dir, 'landscape-vault.backup.json');
    const [oldHeader, oldBackup] = await Promise.all([readFile(header), readFile(backup)]);
    const vault = await j.open();
    await vault.changePassphrase(PASS, OTHER_PASS);
    vault.lock();
    await Promise.all([writeFile(header, oldHeader), writeFile(backup, oldBackup)]);

    const replayed = await j.open(); // the old passphrase opens it again
    expect(replayed.setbacks!.list()).toEqual([{ id: 'key-file', kind: 'key-file' }]);
    expect(await replayed.setbacks!.settle('key-file', 'keep')).toEqual([]);
    replayed.lock();
    expect((await j.open()).setbacks!.list()).toEqual([]);
  });

  it("is quiet when another device changed the passphrase, and after this device's own change", async () => {
    const j = await journal();
    const desktop = await unlock(j.dir, { marks: memoryMarks() });
    await desktop.changePassphrase(PASS, OTHER_PASS);
    desktop.lock();
    const laptop = await Vault.unlock(j.dir, OTHER_PASS, { kdf: KDF, marks: j.marks });
    expect(laptop.setbacks!.list()).toEqual([]);
    await laptop.changePassphrase(OTHER_PASS, PASS);
    laptop.lock();
    expect((await j.open()).setbacks!.list()).toEqual([]);
  });
});

describe('the mark itself', () => {
  it('holds no words, and is bound to its journal', async () => {
    const j = await journal();
    const [[vaultId, bytes]] = [...j.marks.bytes];
    expect(bytes!.toString('latin1')).not.toMatch(/Ward|words|Other/);
    // Another journal's mark, copied over this one, is not read as this journal's.
    const other = memoryMarks();
    const { vault: otherVault } = await newVault({ marks: other });
    await otherVault.entries.create(draft('x'));
    otherVault.lock();
    j.marks.bytes.set(vaultId!, other.bytes.values().next().value!);
    await rm(j.entry(`${j.id}.3.lse`));
    expect(setbacks(await j.open())).toEqual([]);
  });

  it('is kept as a file per journal in a folder of its own, read back by a later run', async () => {
    const folder = join(await tempDir(), 'marks');
    const id = 'a'.repeat(32);
    await markFiles(folder).write(id, Buffer.from('sealed bytes'));
    expect(await readdir(folder)).toEqual([`${id}.mark`]);
    expect((await markFiles(folder).read(id))?.toString()).toBe('sealed bytes');
    expect(await markFiles(folder).read('b'.repeat(32))).toBeUndefined();
    // A name that is not a vault id never becomes a path.
    await expect(markFiles(folder).read('../escape')).rejects.toThrow('not a vault id');
  });
});
