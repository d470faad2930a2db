// What the list, a re-read and an open look at: the vault reads only what is new, never lists the
// folder to open an entry it knows, and finds the newest revision whatever order a folder lists in.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countingFs, listingIn } from './fixtures/counting-fs';
import { refusingUnder } from './fixtures/failing-fs';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const body = (text: string) => ({ content: lexical(text) });

describe('reading only what is needed', () => {
  it('a re-read with nothing new reads no file, and one new entry reads just that one', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.entries.create(draft('a'));
    await vault.entries.create(draft('b'));
    const damaged = await vault.entries.create(draft('c'));
    await vault.entries.settled();
    vault.lock();
    await writeFile(join(dir, 'entries', `${damaged.id}.1.lse`), 'not an entry file');
    const fs = countingFs(dir);
    const again = await unlock(dir, { fs });
    // The first read of each summary is its prefix; none is read whole.
    expect(fs.count('readPrefixSync', '/entries/') + fs.count('readPrefix', '/entries/')).toBe(3);
    expect(fs.count('readFile', '/entries/')).toBe(0);
    fs.calls.length = 0;
    await again.entries.sync();
    expect(fs.calls.filter((c) => c.startsWith('readPrefix') || c.startsWith('readFile'))).toEqual([]);
    const other = await unlock(dir);
    const added = await other.entries.create(draft('d'));
    await other.entries.update(a.id, 1, body('a2'));
    await other.entries.settled();
    fs.calls.length = 0;
    await again.entries.sync();
    const read = fs.calls.filter((c) => c.startsWith('readPrefix')).map((c) => c.split(' ')[1]);
    expect(read.sort()).toEqual([`/entries/${a.id}.2.lse`, `/entries/${added.id}.1.lse`].sort());
    expect(again.entries.list().map((m) => m.id)).toHaveLength(3);
    expect(again.entries.damaged().map((d) => d.file)).toEqual([`entries/${damaged.id}.1.lse`]);
  });

  it('opens an entry it knows by its name, without listing the folder', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('known'));
    await vault.entries.update(e.id, 1, body('known, twice'));
    await vault.entries.settled();
    vault.lock();
    const fs = countingFs(dir);
    const again = await unlock(dir, { fs });
    fs.calls.length = 0;
    expect((await again.entries.get(e.id)).text).toBe('known, twice');
    expect(fs.count('readdir')).toBe(0);
    expect(fs.count('readFile')).toBe(1);
    fs.calls.length = 0;
    expect((await again.entries.revisions(e.id)).map((r) => r.revision)).toEqual([1]);
    // Only to look for earlier revisions: entries/ (stranded ones) and revisions/<id>.
    expect(fs.count('readdir')).toBe(2);
  });
});

describe('the newest revision, whatever order a folder lists in', () => {
  for (const [name, order] of [
    ['ascending', (n: string[]) => [...n].sort()],
    ['descending', (n: string[]) => [...n].sort().reverse()],
  ] as const) {
    it(`${name}: the list, an open and the earlier revisions agree`, async () => {
      const { dir, vault } = await newVault();
      const e = await vault.entries.create(draft('v1'));
      vault['entries']['store'].archive = async () => undefined; // every revision stays in entries/
      for (let r = 1; r < 4; r++) await vault.entries.update(e.id, r, body(`v${r + 1}`));
      vault.lock();
      const again = await unlock(dir, { fs: listingIn(order) });
      expect(again.entries.list()).toEqual([expect.objectContaining({ id: e.id, revision: 4 })]);
      // A second instance that has not seen the entry finds it by listing the folder.
      const fresh = await unlock(dir, { fs: listingIn(order) });
      fresh['index'].clear();
      expect((await fresh.entries.get(e.id)).text).toBe('v4');
      expect((await again.entries.revisions(e.id)).map((r) => r.revision)).toEqual([3, 2, 1]);
    });
  }
});

describe('files that change under the re-read', () => {
  it('skips an entry file moved away before it is read, and names a folder there as damage', async () => {
    const { dir, vault } = await newVault();
    const moved = await vault.entries.create(draft('moved'));
    const kept = await vault.entries.create(draft('kept'));
    const stray = await vault.entries.create(draft('stray'));
    await vault.entries.settled();
    vault.lock();
    await rm(join(dir, 'entries', `${stray.id}.1.lse`));
    await mkdir(join(dir, 'entries', `${stray.id}.1.lse`));
    const gone = refusingUnder(`${moved.id}.1.lse`, ['readPrefixSync', 'readPrefix'], 'ENOENT');
    const again = await unlock(dir, { fs: gone });
    expect(again.entries.list().map((m) => m.id)).toEqual([kept.id]);
    expect(again.entries.damaged()).toEqual([
      { file: `entries/${stray.id}.1.lse`, reason: expect.stringMatching(/folder/) },
    ]);
  });

  it('reads entries/ as empty once it is gone, and reports it when it is a file', async () => {
    const { dir, vault } = await newVault();
    await vault.entries.create(draft('here'));
    await vault.entries.settled();
    await rm(join(dir, 'entries'), { recursive: true });
    await vault.entries.sync();
    expect(vault.entries.list()).toEqual([]);
    expect(vault.entries.damaged()).toEqual([]);
    await writeFile(join(dir, 'entries'), 'a file');
    await vault.entries.sync();
    expect(vault.entries.damaged()).toEqual([{ file: 'entries', reason: expect.stringMatching(/not a folder/) }]);
  });
});

describe('bodies read in bulk', () => {
  it('skip a folder under an entry’s name and a body that no longer decrypts', async () => {
    const { dir, vault } = await newVault();
    const a = await vault.entries.create(draft('fine'));
    const b = await vault.entries.create(draft('altered body'));
    await vault.entries.settled();
    const file = join(dir, 'entries', `${b.id}.1.lse`);
    const bytes = await readFile(file);
    bytes[bytes.length - 20]! ^= 0xff;
    await writeFile(file, bytes);
    const c = await vault.entries.create(draft('replaced by a folder'));
    await vault.entries.settled();
    await rm(join(dir, 'entries', `${c.id}.1.lse`));
    await mkdir(join(dir, 'entries', `${c.id}.1.lse`));
    const seen: string[] = [];
    await vault.entries.readBodies(
      [a.id, b.id, c.id],
      (e) => seen.push(e.text),
      () => false,
    );
    expect(seen).toEqual(['fine']);
  });
});

describe('observers and lock', () => {
  it('an observer told of a removal already sees the list without it; a lock leaves no summary in memory', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('to go'));
    const other = await vault.entries.create(draft('stays'));
    await vault.entries.trash(e.id);
    const listed: string[][] = [];
    vault.entries.observe({
      saved: () => undefined,
      removed: () => listed.push(vault.entries.list(true).map((m) => m.id)),
      synced: () => undefined,
    });
    await vault.entries.purge(e.id);
    expect(listed).toEqual([[]]);
    vault.lock();
    expect(vault['index'].list(false)).toEqual([]);
    expect(vault['index'].revisionOf(other.id)).toBeUndefined();
  });
});
