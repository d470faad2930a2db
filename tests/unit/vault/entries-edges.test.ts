// Entry operations at their edges: reading many bodies, adopting revisions from elsewhere,
// discarding an unwritten entry, observers, and changes that change nothing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '@shared/entry';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });
type TestVault = Awaited<ReturnType<typeof newVault>>['vault'];

async function bodies(vault: TestVault, ids: string[], stop = () => false): Promise<string[]> {
  const seen: string[] = [];
  await vault.entries.readBodies(ids, (e) => seen.push(e.text), stop);
  return seen;
}

describe('reading many bodies', () => {
  it('hands over short and long bodies whole, skipping damaged files and unknown ids', async () => {
    const { dir, vault } = await newVault();
    const long = 'A long reflection on the river path. '.repeat(1200); // over the 32 KiB first read
    const a = await vault.entries.create(draft('first short'));
    const b = await vault.entries.create(draft(long));
    const c = await vault.entries.create(draft('damaged one'));
    const d = await vault.entries.create(draft('second short'));
    await vault.entries.settled();
    vault.lock();
    await writeFile(join(dir, 'entries', `${c.id}.1.lse`), 'not an entry file');
    const again = await unlock(dir);
    const seen = await bodies(again, [a.id, b.id, c.id, 'abcdefghijklmnopqrstuvwxyz', d.id]);
    expect(seen.sort()).toEqual(['first short', long.trim(), 'second short'].sort());
    // A long body that no longer decrypts is skipped too.
    const longFile = join(dir, 'entries', `${b.id}.1.lse`);
    const bytes = await readFile(longFile);
    bytes[bytes.length - 20]! ^= 0xff;
    await writeFile(longFile, bytes);
    expect((await bodies(again, [a.id, b.id])).sort()).toEqual(['first short']);
    // Nothing of the saves is left waiting once they have settled.
    await again.entries.settled();
    expect(again['entries']['writer']['archiving']['jobs'].size).toBe(0);
  });

  it('reads in batches of 64 and stops between them when told, or when the vault locks', async () => {
    const { vault } = await newVault();
    const ids: string[] = [];
    for (let i = 0; i < 70; i++) ids.push((await vault.entries.create(draft(`entry ${i}`))).id);
    expect(await bodies(vault, ids)).toHaveLength(70);
    let calls = 0;
    expect(await bodies(vault, ids, () => calls++ > 0)).toHaveLength(64);
    // Locking while the first batch is handed over stops it there, without an error.
    const seen: string[] = [];
    await vault.entries.readBodies(
      ids,
      (e) => {
        seen.push(e.id);
        vault.lock();
      },
      () => false,
    );
    expect(seen).toHaveLength(1);
    expect(await bodies(vault, ids)).toEqual([]);
  });

  it('stops before a long body once told to', async () => {
    const { vault } = await newVault();
    const long = await vault.entries.create(draft('x '.repeat(20_000)));
    const short = await vault.entries.create(draft('short'));
    let asked = 0;
    // The first question is before the batch, the second before the long body.
    expect(await bodies(vault, [long.id, short.id], () => asked++ > 0)).toEqual(['short']);
  });
});

describe('adopting revisions made elsewhere', () => {
  /** Revisions 1..n of one entry, as another vault (a backup) holds them. */
  async function history(n: number): Promise<Entry[]> {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('r1', { title: 'Elsewhere' }));
    for (let r = 1; r < n; r++) await vault.entries.update(e.id, r, { content: lexical(`r${r + 1}`) });
    const out = [await vault.entries.get(e.id)];
    for (let r = n - 1; r >= 1; r--) out.unshift(await vault.entries.revision(e.id, r));
    return out;
  }

  it('adds a new entry with its own id and revision numbers, oldest first, kept as revisions', async () => {
    const theirs = await history(3);
    const { dir, vault } = await newVault();
    expect(await vault.entries.adopt(theirs, undefined)).toBe(true);
    await vault.entries.settled();
    expect(vault.entries.list()).toEqual([expect.objectContaining({ id: theirs[0]!.id, revision: 3 })]);
    expect(await vault.entries.get(theirs[0]!.id)).toEqual(theirs[2]);
    expect((await vault.entries.revisions(theirs[0]!.id)).map((r) => r.revision)).toEqual([2, 1]);
    // Earlier ones are moved aside as they are superseded, as after any save.
    expect(await readdir(join(dir, 'entries'))).toEqual([`${theirs[0]!.id}.3.lse`]);
    vault.lock();
    expect((await (await unlock(dir)).entries.revision(theirs[0]!.id, 1)).text).toBe('r1');
  });

  it('adds on top of the revision it names, and refuses when the entry is elsewhere by then', async () => {
    const theirs = await history(4);
    const { vault } = await newVault();
    expect(await vault.entries.adopt(theirs.slice(0, 2), undefined)).toBe(true);
    // Not at revision 1 any more, and not absent either.
    expect(await vault.entries.adopt(theirs.slice(1), 1)).toBe(false);
    expect(await vault.entries.adopt(theirs.slice(2), undefined)).toBe(false);
    expect(await vault.entries.adopt(theirs.slice(2), 2)).toBe(true);
    expect((await vault.entries.get(theirs[0]!.id)).text).toBe('r4');
    expect((await vault.entries.revisions(theirs[0]!.id)).map((r) => r.revision)).toEqual([3, 2, 1]);
  });

  it('refuses revisions out of order, of two entries, not starting after `after`, or none', async () => {
    const theirs = await history(3);
    const other = await history(1);
    const { vault } = await newVault();
    const bad: Array<[Entry[], number | undefined]> = [
      [[theirs[1]!, theirs[0]!], undefined],
      [[theirs[0]!, theirs[0]!], undefined],
      [[theirs[0]!, { ...other[0]!, revision: 2 }], undefined],
      [[theirs[1]!], 2],
      [[{ ...theirs[0]!, title: 5 } as unknown as Entry], undefined],
      [[], undefined],
    ];
    for (const [revisions, after] of bad)
      await expect(vault.entries.adopt(revisions, after)).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.entries.adopt([theirs[1]!], 2)).rejects.toThrow('Those revisions are not in order.');
    expect(vault.entries.list()).toEqual([]);
  });
});

describe('discarding an unwritten entry', () => {
  it('deletes it for good only when live, not a conflict copy, and the check says so', async () => {
    const { dir, vault } = await newVault();
    const blank = await vault.entries.create(draft(''));
    const written = await vault.entries.create(draft('words'));
    const trashed = await vault.entries.create(draft(''));
    await vault.entries.trash(trashed.id);
    const copy = await vault.entries.keepConflictCopy(await vault.entries.get(blank.id));
    const empty = (e: Entry) => e.text === '';
    expect(await vault.entries.discard(written.id, empty)).toBe(false);
    expect(await vault.entries.discard(trashed.id, empty)).toBe(false);
    expect(await vault.entries.discard(copy.id, empty)).toBe(false);
    expect(await vault.entries.discard(blank.id, async (e) => empty(e))).toBe(true);
    expect(
      vault.entries
        .list()
        .map((m) => m.id)
        .sort(),
    ).toEqual([written.id, copy.id].sort());
    expect(vault.entries.list(true).map((m) => m.id)).toEqual([trashed.id]);
    await expect(vault.entries.get(blank.id)).rejects.toThrow(code('ENTRY_NOT_FOUND'));
    vault.lock();
    expect((await unlock(dir)).entries.list().map((m) => m.id)).not.toContain(blank.id);
  });
});

describe('observers and changes that change nothing', () => {
  it('are told of saves, reads, removals and re-reads until they stop', async () => {
    const { vault } = await newVault();
    const told: string[] = [];
    const stop = vault.entries.observe({
      saved: (e) => told.push(`saved ${e.revision} ${e.text}`),
      removed: () => told.push('removed'),
      synced: () => told.push('synced'),
    });
    const e = await vault.entries.create(draft('one'));
    await vault.entries.update(e.id, 1, { content: lexical('two') });
    await vault.entries.get(e.id);
    await vault.entries.trash(e.id);
    await vault.entries.purge(e.id);
    expect(told).toEqual([
      'saved 1 one',
      'saved 2 two',
      'saved 2 two',
      'saved 2 two',
      'saved 3 two',
      'saved 3 two',
      'removed',
      'synced',
    ]);
    stop();
    await vault.entries.create(draft('unseen'));
    await vault.entries.sync();
    expect(told).toHaveLength(8);
  });

  it('trashing what is in the trash, or restoring what is not, writes no revision', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('once'));
    expect(await vault.entries.restore(e.id)).toMatchObject({ revision: 1, trashedAt: null });
    const trashed = await vault.entries.trash(e.id);
    expect(trashed.revision).toBe(2);
    expect(await vault.entries.trash(e.id)).toEqual(trashed);
    await vault.entries.settled();
    expect((await vault.entries.revisions(e.id)).map((r) => r.revision)).toEqual([1]);
  });

  it('refuses a base revision that is not a whole number, and purging what is not in the trash', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('kept'));
    for (const base of [-1, 1.5, Number.NaN])
      await expect(vault.entries.update(e.id, base, { title: 'x' })).rejects.toThrow('baseRevision must be');
    await expect(vault.entries.get('no')).rejects.toThrow('That is not an entry id.');
    await expect(vault.entries.update(e.id, 1, { title: 5 } as never)).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.entries.purge(e.id)).rejects.toThrow(/Move the entry to the trash/);
    expect(await vault.entries.get(e.id)).toMatchObject({ revision: 1, title: 'River' });
  });

  it('a stale save of the title alone keeps the writer’s title as a conflict copy of the base they had', async () => {
    const { dir, vault: laptop } = await newVault();
    const e = await laptop.entries.create(draft('shared words', { title: 'Start' }));
    const desktop = await unlock(dir);
    await laptop.entries.update(e.id, 1, { content: lexical('laptop words') });
    const { entry, conflict } = await desktop.entries.update(e.id, 1, { title: 'Desktop title' });
    expect(conflict).toBe(true);
    expect(entry).toMatchObject({ title: 'Desktop title (conflict copy)', text: 'shared words', conflictOf: e.id });
    expect(await laptop.entries.get(e.id)).toMatchObject({ title: 'Start', text: 'laptop words' });
  });
});
