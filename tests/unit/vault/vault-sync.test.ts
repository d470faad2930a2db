import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Vault } from '../../../src/main/core/vault/vault';
import { memoryMarks } from '../../support/fake-ports';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const opened: Vault[] = [];

/**
 * Two devices sharing one synced folder: two Vault instances on the same directory, each with a
 * high-water mark of its own (setback-watch.ts), which ordinary syncing must never set off.
 */
async function twoDevices() {
  const { dir, vault: laptop } = await newVault({ marks: memoryMarks() });
  const desktop = await unlock(dir, { marks: memoryMarks() });
  opened.push(laptop, desktop);
  return { dir, laptop, desktop };
}

afterEach(async () => {
  const alarms = [];
  for (const vault of opened.splice(0)) {
    if (vault.isLocked) continue;
    await vault.refresh();
    alarms.push(...vault.setbacks!.list());
    vault.lock();
  }
  expect(alarms).toEqual([]);
});

const body = (text: string) => ({ content: lexical(text) });

describe('two instances on one folder', () => {
  it('a stale save becomes a visible conflict copy instead of overwriting', async () => {
    const { laptop, desktop } = await twoDevices();
    const original = await laptop.entries.create(draft('first draft', { title: 'Board meeting' }));
    await desktop.entries.sync();
    const base = desktop.entries.list()[0]!.revision;
    expect(base).toBe(1);

    const first = await laptop.entries.update(original.id, base, {
      content: lexical('laptop words'),
    });
    expect(first.conflict).toBe(false);
    const second = await desktop.entries.update(original.id, base, {
      content: lexical('desktop words'),
    });
    expect(second.conflict).toBe(true);
    expect(second.entry).toMatchObject({
      conflictOf: original.id,
      title: 'Board meeting (conflict copy)',
      text: 'desktop words',
      revision: 1,
    });
    expect(second.entry.id).not.toBe(original.id);

    // The first writer's version is untouched, on both devices.
    expect((await desktop.entries.get(original.id)).text).toBe('laptop words');
    expect((await laptop.entries.get(original.id)).text).toBe('laptop words');
    // The laptop sees the copy once it re-lists from disk.
    expect(laptop.entries.list().map((e) => e.id)).not.toContain(second.entry.id);
    await laptop.entries.sync();
    expect(laptop.entries.list().find((e) => e.id === second.entry.id)).toMatchObject({ conflictOf: original.id });
  });

  it('builds the conflict copy on the revision the writer started from', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('draft', { title: 'Plan', tags: { worlds: ['council'], free: [] } }));
    await laptop.entries.update(e.id, 1, { title: 'Plan v2', tags: { worlds: ['charity'], free: [] } });
    const { entry, conflict } = await desktop.entries.update(e.id, 1, { content: lexical('my edit') });
    expect(conflict).toBe(true);
    // Title and tags come from revision 1 (what the desktop was editing), not the laptop's revision 2.
    expect(entry).toMatchObject({ title: 'Plan (conflict copy)', text: 'my edit', tags: { worlds: ['council'] } });
  });

  it('when both save the same base at the same moment, exactly one wins and nothing is lost', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('start'));
    const results = await Promise.all([
      laptop.entries.update(e.id, 1, { content: lexical('from laptop') }),
      desktop.entries.update(e.id, 1, { content: lexical('from desktop') }),
    ]);
    expect(results.map((r) => r.conflict).sort()).toEqual([false, true]);
    const winner = results.find((r) => !r.conflict)!.entry;
    const copy = results.find((r) => r.conflict)!.entry;
    expect((await laptop.entries.get(e.id)).text).toBe(winner.text);
    expect([winner.text, copy.text].sort()).toEqual(['from desktop', 'from laptop']);
  });

  it('the same race with whole-body saves (written without reading the base) also keeps both', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('start'));
    await desktop.entries.sync();
    for (let round = 0; round < 5; round++) {
      const base = (await laptop.entries.get(e.id)).revision;
      await desktop.entries.get(e.id);
      const results = await Promise.all([
        laptop.entries.update(e.id, base, body(`laptop ${round}`)),
        desktop.entries.update(e.id, base, body(`desktop ${round}`)),
      ]);
      expect(results.map((r) => r.conflict).sort()).toEqual([false, true]);
      const winner = results.find((r) => !r.conflict)!.entry;
      expect(winner.revision).toBe(base + 1);
      expect((await laptop.entries.get(e.id)).text).toBe(winner.text);
      expect(results.find((r) => r.conflict)!.entry).toMatchObject({
        conflictOf: e.id,
        text: expect.stringMatching(/ \d$/),
      });
    }
  });

  it('a file stranded in entries/ by a crash is moved aside on the next unlock, so a stale save cannot hide behind it', async () => {
    const { dir, laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('v1'));
    await desktop.entries.get(e.id); // the desktop now holds revision 1
    // The laptop "crashes" between saving revision 2 and moving revision 1 aside, then saves revision 3.
    const archive = laptop['entries']['store'].archive.bind(laptop['entries']['store']);
    laptop['entries']['store'].archive = async () => undefined;
    await laptop.entries.update(e.id, 1, body('v2'));
    await laptop.entries.settled();
    laptop['entries']['store'].archive = archive;
    await laptop.entries.update(e.id, 2, body('v3'));
    await laptop.entries.settled();
    expect((await readdir(join(dir, 'entries'))).sort()).toEqual([`${e.id}.1.lse`, `${e.id}.3.lse`]);
    // Restarting after a crash means unlocking again, which tidies the folder.
    await unlock(dir);
    expect(await readdir(join(dir, 'entries'))).toEqual([`${e.id}.3.lse`]);
    const { entry, conflict } = await desktop.entries.update(e.id, 1, body('desktop, from v1'));
    expect(conflict).toBe(true);
    expect(entry.conflictOf).toBe(e.id);
    expect(await laptop.entries.get(e.id)).toMatchObject({ revision: 3, text: 'v3' });
    expect((await laptop.entries.revisions(e.id)).map((r) => r.revision)).toEqual([2, 1]);
  });

  it('one instance sees entries, edits, trashing and deletes made by the other', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('shared'));
    // entries.get always reads the newest file, even before a sync.
    expect((await desktop.entries.get(e.id)).text).toBe('shared');
    await laptop.entries.update(e.id, 1, { content: lexical('edited on laptop') });
    expect(await desktop.entries.get(e.id)).toMatchObject({ revision: 2, text: 'edited on laptop' });
    expect(desktop.entries.list().find((x) => x.id === e.id)?.revision).toBe(2);
    // The desktop can now save on top of the revision it just read.
    expect((await desktop.entries.update(e.id, 2, { content: lexical('edited on desktop') })).conflict).toBe(false);

    const other = await desktop.entries.create(draft('desktop only'));
    expect(laptop.entries.list().map((x) => x.id)).not.toContain(other.id);
    await laptop.entries.sync();
    expect(laptop.entries.list().map((x) => x.id)).toContain(other.id);

    await desktop.entries.trash(other.id);
    await laptop.entries.sync();
    expect(laptop.entries.list(true).map((x) => x.id)).toEqual([other.id]);
    await desktop.entries.purge(other.id);
    await laptop.entries.sync();
    expect(laptop.entries.list(true)).toEqual([]);
    await expect(laptop.entries.get(other.id)).rejects.toThrow(expect.objectContaining({ code: 'ENTRY_NOT_FOUND' }));
  });

  it('trashing on one device while the other has a stale revision still applies', async () => {
    const { laptop, desktop } = await twoDevices();
    const e = await laptop.entries.create(draft('x'));
    await desktop.entries.get(e.id);
    await laptop.entries.update(e.id, 1, { content: lexical('y') });
    await desktop.entries.trash(e.id); // desktop's cache says revision 1; trash finds 2 on disk
    const now = await laptop.entries.get(e.id);
    expect(now).toMatchObject({ revision: 3, text: 'y' });
    expect(now.trashedAt).not.toBeNull();
  });
});
