import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });

async function saveMany(vault: Awaited<ReturnType<typeof newVault>>['vault'], id: string, from: number, to: number) {
  for (let r = from; r < to; r++)
    await vault.entries.update(id, r, {
      content: lexical(`version ${r + 1}`),
      title: `T${r + 1}`,
    });
}

describe('revisions', () => {
  it('keeps every earlier revision, restorable, newest first', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('version 1', { title: 'T1' }));
    await saveMany(vault, e.id, 1, 12);
    const revisions = await vault.entries.revisions(e.id);
    expect(revisions.map((r) => r.revision)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(revisions[0]).toMatchObject({ title: 'T11', wordCount: 2 });
    expect((await vault.entries.revision(e.id, 3)).text).toBe('version 3');
    // The current file stays in entries/; earlier ones move to revisions/<id>/.
    expect(await readdir(join(dir, 'entries'))).toEqual([`${e.id}.12.lse`]);
    expect((await readdir(join(dir, 'revisions', e.id))).length).toBe(11);

    const restored = await vault.entries.restoreRevision(e.id, 3);
    expect(restored).toMatchObject({ revision: 13, text: 'version 3', title: 'T3', createdAt: e.createdAt });
    expect((await vault.entries.revisions(e.id))[0]!.revision).toBe(12);
    vault.lock();
    expect((await (await unlock(dir)).entries.get(e.id)).text).toBe('version 3');
  });

  it('prunes the oldest beyond the cap', async () => {
    const { dir, vault } = await newVault({ maxRevisions: 10 });
    const e = await vault.entries.create(draft('version 1'));
    await saveMany(vault, e.id, 1, 15);
    const kept = (await vault.entries.revisions(e.id)).map((r) => r.revision);
    expect(kept).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
    expect((await readdir(join(dir, 'revisions', e.id))).length).toBe(10);
    await expect(vault.entries.revision(e.id, 2)).rejects.toThrow(code('ENTRY_NOT_FOUND'));
  });

  it('keeps 50 by default', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('version 1'));
    await saveMany(vault, e.id, 1, 53);
    const kept = await vault.entries.revisions(e.id);
    expect(kept).toHaveLength(50);
    expect(kept.at(-1)!.revision).toBe(3);
  });

  it('finds a revision left in entries/ by an interrupted move', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('version 1'));
    // Simulate a crash after writing revision 2 but before moving revision 1 aside.
    vault['entries']['store'].archive = async () => undefined;
    await saveMany(vault, e.id, 1, 2);
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual([`${e.id}.1.lse`, `${e.id}.2.lse`]);
    vault.lock();
    const again = await unlock(dir);
    expect(again.entries.list()).toEqual([expect.objectContaining({ id: e.id, revision: 2 })]);
    expect((await again.entries.revisions(e.id)).map((r) => r.revision)).toEqual([1]);
    expect((await again.entries.revision(e.id, 1)).text).toBe('version 1');
  });
});
