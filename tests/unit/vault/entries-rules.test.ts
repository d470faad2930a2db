// The rules of a save that only show when something goes another way: people follow the content,
// a base revision that is no longer kept, and a writer that always loses the race.
import { writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { refusingUnder } from './fixtures/failing-fs';
import { draft, lexical, newVault, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });
const withPeople = (...names: string[]) =>
  doc(paragraph(textNode('Met '), ...names.flatMap((n) => [mentionNode(n), textNode(' and ')])));

describe('people follow the content', () => {
  it('are derived on create and on a new body, and kept by a title or tags change', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create({ ...draft(), content: withPeople('Priya', 'Sam') });
    expect(e.tags).toEqual({ worlds: [], people: ['Priya', 'Sam'], free: [] });
    const titled = await vault.entries.update(e.id, 1, { title: 'Renamed' });
    expect(titled.entry.tags.people).toEqual(['Priya', 'Sam']);
    const tagged = await vault.entries.update(e.id, 2, { tags: { worlds: ['council'], free: ['river'] } });
    expect(tagged.entry.tags).toEqual({ worlds: ['council'], people: ['Priya', 'Sam'], free: ['river'] });
    const rewritten = await vault.entries.update(e.id, 3, { content: withPeople('Ann') });
    expect(rewritten.entry.tags).toEqual({ worlds: ['council'], people: ['Ann'], free: ['river'] });
    expect(rewritten.entry.title).toBe('Renamed');
    expect((await vault.entries.get(e.id)).tags.people).toEqual(['Ann']);
  });
});

describe('a stale save whose base revision is no longer kept', () => {
  async function pruned() {
    const { dir, vault: laptop } = await newVault({ maxRevisions: 1 });
    const e = await laptop.entries.create(draft('v1', { title: 'Start' }));
    const desktop = await unlock(dir);
    expect(desktop.entries.list()[0]!.revision).toBe(1);
    for (let r = 1; r < 4; r++) await laptop.entries.update(e.id, r, { content: lexical(`v${r + 1}`) });
    await laptop.entries.settled();
    await expect(laptop.entries.revision(e.id, 1)).rejects.toThrow(code('ENTRY_NOT_FOUND'));
    return { e, laptop, desktop };
  }

  it('keeps a new body as a conflict copy built on the summary the writer had', async () => {
    const { e, laptop, desktop } = await pruned();
    const { entry, conflict } = await desktop.entries.update(e.id, 1, { content: lexical('desktop words') });
    expect(conflict).toBe(true);
    expect(entry).toMatchObject({ title: 'Start (conflict copy)', text: 'desktop words', conflictOf: e.id });
    expect((await laptop.entries.get(e.id)).text).toBe('v4');
  });

  it('keeps a title change as a conflict copy of the newest words', async () => {
    const { e, desktop } = await pruned();
    const { entry, conflict } = await desktop.entries.update(e.id, 1, { title: 'Desktop title' });
    expect(conflict).toBe(true);
    expect(entry).toMatchObject({ title: 'Desktop title (conflict copy)', text: 'v4', conflictOf: e.id });
  });
});

describe('restoring and updating keep what they should', () => {
  it('restores every field the writer wrote from the earlier revision, and keeps identity and trash state', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(
      draft('first words', {
        date: '2025-01-02',
        title: 'One',
        templateId: 'weekly',
        tags: { worlds: ['a'], free: ['x'] },
      }),
    );
    await vault.entries.update(e.id, 1, {
      content: withPeople('Sam'),
      date: '2025-02-03',
      title: 'Two',
      templateId: null,
      tags: { worlds: ['b'], free: [] },
    });
    const restored = await vault.entries.restoreRevision(e.id, 1);
    const { revision: _r, updatedAt: _u, ...words } = e;
    expect(restored).toEqual({ ...words, revision: 3, updatedAt: expect.any(String) });
  });

  it('a conflict copy stays one when edited, and a base of 0 is a stale save, not bad input', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('original'));
    await vault.entries.update(e.id, 1, { content: lexical('newer') });
    const { entry: copy } = await vault.entries.update(e.id, 0, { content: lexical('from nothing') });
    expect(copy).toMatchObject({ conflictOf: e.id, text: 'from nothing', revision: 1 });
    const edited = await vault.entries.update(copy.id, 1, { title: 'Kept apart' });
    expect(edited).toMatchObject({
      conflict: false,
      entry: { conflictOf: e.id, createdAt: copy.createdAt, revision: 2 },
    });
  });

  it('says NO_ACCESS rather than leaving out an earlier revision it may not read', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    await vault.entries.update(e.id, 1, { content: lexical('v2') });
    await vault.entries.settled();
    vault.lock();
    const again = await unlock(dir, { fs: refusingUnder(`${sep}revisions${sep}`, ['readFile']) });
    await expect(again.entries.revisions(e.id)).rejects.toThrow(code('NO_ACCESS'));
    again.lock();
  });
});

describe('earlier revisions that do not open', () => {
  it('are left out of the list of revisions and reported as damaged', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('v1'));
    await vault.entries.update(e.id, 1, { content: lexical('v2') });
    await vault.entries.update(e.id, 2, { content: lexical('v3') });
    await vault.entries.settled();
    await writeFile(join(dir, 'revisions', e.id, '1.lse'), 'not an entry file');
    expect((await vault.entries.revisions(e.id)).map((r) => r.revision)).toEqual([2]);
    expect(vault.entries.damaged()).toEqual([{ file: `revisions/${e.id}/1.lse`, reason: expect.any(String) }]);
    await expect(vault.entries.revision(e.id, 1)).rejects.toThrow(code('ENTRY_DAMAGED'));
  });
});

describe('a writer that always loses the race', () => {
  it('gives up with CONFLICT after three tries to trash or restore, and INTERNAL after three new ids', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('contested'));
    const store = vault['entries']['store'];
    let writes = 0;
    // Another writer takes every revision number and id first.
    store.write = async () => (writes++, 'exists');
    await expect(vault.entries.trash(e.id)).rejects.toThrow('This entry kept changing on another device. Try again.');
    expect(writes).toBe(3);
    await expect(vault.entries.create(draft('new'))).rejects.toThrow('Could not choose a new entry id.');
    expect(writes).toBe(6);
    expect(vault.entries.list().map((m) => [m.id, m.revision])).toEqual([[e.id, 1]]);
  });
});
