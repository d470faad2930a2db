// A save into a spare file is reported once the spare is linked into entries/, while that folder's
// fsync still runs (docs/vault-format.md §9). A power cut then may lose the link, never the words.
import { copyFile, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/core/fs/fs-port';
import { memoryMarks } from '../../support/fake-ports';
import { powerCutFs } from './fixtures/power-cut-fs';
import { tempDir } from './fixtures/temp-dir';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const spares = async (dir: string) => (await readdir(dir)).filter((n) => n.startsWith('.spare.'));

/** An entry saved once, with a spare made ahead for its next save; then the power is about to go. */
async function aboutToLosePower() {
  const fs = powerCutFs();
  const marks = memoryMarks();
  const { dir, vault } = await newVault({ fs, marks });
  const made = await vault.entries.create(draft('first words'));
  await vault.entries.settled();
  fs.stall();
  return { fs, marks, dir, vault, id: made.id };
}

describe('a save reported before its folder is synced', () => {
  it('is back after a power cut loses its link, as are the saves after it, and nothing is reported missing', async () => {
    const j = await aboutToLosePower();
    const spare = j.fs.spareMade();
    const second = await j.vault.entries.update(j.id, 1, { content: lexical('the second version') });
    await spare;
    const third = await j.vault.entries.update(j.id, second.entry.revision, { content: lexical('the third version') });
    expect(third.entry.revision).toBe(3);
    // The old file stays in entries/ until its successor's link is durable, so the entry is still listed.
    expect((await readdir(join(j.dir, 'entries'))).sort()).toEqual([`${j.id}.1.lse`, `${j.id}.2.lse`, `${j.id}.3.lse`]);
    expect(await j.fs.cut()).toBe(2);

    const reopened = await unlock(j.dir, { marks: j.marks });
    expect(await reopened.entries.get(j.id)).toMatchObject({ revision: 3, text: 'the third version' });
    expect((await reopened.entries.revision(j.id, 2)).text).toBe('the second version');
    expect(reopened.setbacks!.list()).toEqual([]);
    // The spares that held them are gone; one made ahead, still all zeros, may be left to age.
    for (const name of await spares(j.dir))
      expect((await readFile(join(j.dir, name))).every((b) => b === 0)).toBe(true);
    reopened.lock();
  });

  it('is never a first revision: a new entry is reported only once its folder is synced', async () => {
    const j = await aboutToLosePower();
    const spare = j.fs.spareMade();
    const updated = await j.vault.entries.update(j.id, 1, { content: lexical('an update is reported') });
    await spare;
    let reported = false;
    void j.vault.entries.create(draft('a new entry')).then(() => (reported = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updated.entry.revision).toBe(2);
    expect(reported).toBe(false);
  });
});

describe('old revisions moved aside after the folder fsync', () => {
  it('move in the order they were saved, so pruning keeps just the newest', async () => {
    // While held, an fsync of entries/ waits to be let go, so two saves' moves wait together.
    let holding = false;
    const held: Array<() => void> = [];
    let spareMade: () => void = () => undefined;
    const fs: FsPort = {
      ...nodeFs,
      async openDir(path) {
        const dir = await nodeFs.openDir(path);
        const sync = () =>
          holding ? new Promise<void>((resolve) => held.push(() => void dir.sync().then(resolve))) : dir.sync();
        return { sync, close: dir.close };
      },
      async syncDir(path) {
        await nodeFs.syncDir(path);
        setImmediate(spareMade);
      },
    };
    const nextSpare = () => new Promise<void>((resolve) => (spareMade = resolve));
    const { vault } = await newVault({ fs, maxRevisions: 1 });
    const { id } = await vault.entries.create(draft('first'));
    await vault.entries.update(id, 1, { content: lexical('second') });
    await vault.entries.settled();
    holding = true;
    const spare = nextSpare();
    await vault.entries.update(id, 2, { content: lexical('third') });
    await spare;
    await vault.entries.update(id, 3, { content: lexical('fourth') });
    holding = false;
    for (const letGo of held.splice(0)) letGo();
    await vault.entries.settled();
    expect((await vault.entries.revisions(id)).map((r) => r.revision)).toEqual([3]);
    vault.lock();
  });
});

describe('spares found at unlock', () => {
  it('are never linked through an entries/ that is a link to somewhere else', async () => {
    const j = await aboutToLosePower();
    const spare = j.fs.spareMade();
    await j.vault.entries.update(j.id, 1, { content: lexical('the second version') });
    await spare;
    await j.fs.cut();
    const elsewhere = join(await tempDir(), 'elsewhere');
    await rename(join(j.dir, 'entries'), elsewhere);
    await symlink(elsewhere, join(j.dir, 'entries'));
    await unlock(j.dir, { marks: j.marks }).then(
      (v) => v.lock(),
      () => undefined,
    );
    expect(await readdir(elsewhere)).toEqual([`${j.id}.1.lse`]);
  });

  it('holding a revision already in place, an older one, zeros or a torn write: none is placed, and stale ones go', async () => {
    const { dir, vault } = await newVault();
    const made = await vault.entries.create(draft('first words'));
    const { entry } = await vault.entries.update(made.id, 1, { content: lexical('second words') });
    await vault.entries.settled();
    vault.lock();
    const current = join(dir, 'entries', `${made.id}.2.lse`);
    await copyFile(current, join(dir, '.spare.000000000001.tmp'));
    await copyFile(join(dir, 'revisions', made.id, '1.lse'), join(dir, '.spare.000000000002.tmp'));
    await writeFile(join(dir, '.spare.000000000003.tmp'), Buffer.alloc(8192));
    const torn = Buffer.concat([(await readFile(current)).subarray(0, 200), Buffer.alloc(8000)]);
    await writeFile(join(dir, '.spare.000000000004.tmp'), torn);

    const young = await unlock(dir);
    expect(young.entries.list().map((m) => [m.id, m.revision])).toEqual([[made.id, entry.revision]]);
    expect(await readdir(join(dir, 'entries'))).toEqual([`${made.id}.2.lse`]);
    expect(await spares(dir)).toHaveLength(4);
    young.lock();

    const later = await unlock(dir, { staleTempMs: 0 });
    expect((await later.entries.get(made.id)).text).toBe('second words');
    expect(await spares(dir)).toEqual([]);
    later.lock();
  });
});
