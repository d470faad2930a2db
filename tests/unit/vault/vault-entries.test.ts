import { copyFile, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Vault } from '../../../src/main/core/vault/vault';
import { draft, filesUnder, lexical, newVault, snapshot, unlock } from './fixtures/vault-fixture';

const code = (c: string) => expect.objectContaining({ code: c });

describe('entries', () => {
  it('creates an entry with computed excerpt and word count, in its own encrypted file', async () => {
    const { dir, vault } = await newVault();
    const text = 'Met the allotment group. ' + 'Then we talked about water rights for a long time. '.repeat(10);
    const entry = await vault.entries.create(
      draft(text, { title: 'Allotments', tags: { worlds: ['garden'], free: [] } }),
    );
    expect(entry).toMatchObject({
      revision: 1,
      title: 'Allotments',
      trashedAt: null,
      conflictOf: null,
      templateId: null,
    });
    expect(entry.id).toMatch(/^[a-z2-7]{26}$/);
    expect(entry.wordCount).toBe(4 + 10 * 10);
    expect(entry.excerpt.length).toBeLessThanOrEqual(161);
    expect(entry.excerpt).toMatch(/^Met the allotment group\. Then we talked.*…$/);
    expect(await readdir(join(dir, 'entries'))).toEqual([`${entry.id}.1.lse`]);
    const bytes = await readFile(join(dir, 'entries', `${entry.id}.1.lse`));
    expect(bytes.subarray(0, 4).toString()).toBe('LSVE');
    for (const secret of ['allotment', 'Allotments', 'garden', 'Ann']) expect(bytes.includes(secret)).toBe(false);
  });

  it('reads back exactly what was written, after lock and unlock', async () => {
    const { dir, vault } = await newVault();
    const written = await vault.entries.create(
      draft('Line one\nLine two', { templateId: 'weekly', date: '2024-12-31' }),
    );
    vault.lock();
    const again = await unlock(dir);
    expect(await again.entries.get(written.id)).toEqual(written);
    expect(again.entries.list()).toEqual([
      expect.objectContaining({ id: written.id, excerpt: 'Line one Line two', wordCount: 4 }),
    ]);
    expect(again.entries.list()[0]).not.toHaveProperty('content');
  });

  it('lists newest day first and keeps trash separate', async () => {
    const { vault } = await newVault();
    const a = await vault.entries.create(draft('a', { date: '2025-01-01' }));
    const b = await vault.entries.create(draft('b', { date: '2025-02-01' }));
    const c = await vault.entries.create(draft('c', { date: '2025-01-15' }));
    expect(vault.entries.list().map((e) => e.id)).toEqual([b.id, c.id, a.id]);
    await vault.entries.trash(c.id);
    expect(vault.entries.list().map((e) => e.id)).toEqual([b.id, a.id]);
    expect(vault.entries.list(true).map((e) => e.id)).toEqual([c.id]);
    expect((await vault.entries.get(c.id)).trashedAt).not.toBeNull();
    await vault.entries.restore(c.id);
    expect(vault.entries.list(true)).toEqual([]);
    expect((await vault.entries.get(c.id)).revision).toBe(3);
  });

  it('updates from the current revision, recomputing excerpt and word count', async () => {
    const { vault } = await newVault();
    const e = await vault.entries.create(draft('one two'));
    const { entry, conflict } = await vault.entries.update(e.id, 1, {
      content: lexical('one two three four'),
    });
    expect(conflict).toBe(false);
    expect(entry).toMatchObject({
      id: e.id,
      revision: 2,
      wordCount: 4,
      excerpt: 'one two three four',
      title: 'River',
      createdAt: e.createdAt,
    });
    expect(entry.updatedAt >= e.updatedAt).toBe(true);
    expect(await vault.entries.get(e.id)).toEqual(entry);
  });

  it('a save once the last has settled goes into the file made ahead for it; lock removes the next one', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('first words'));
    await vault.entries.settled();
    const spares = async () => (await readdir(dir)).filter((n) => n.startsWith('.spare.'));
    expect(await spares()).toHaveLength(1);
    const [spare] = await spares();
    const { ino, size } = await stat(join(dir, spare!));
    const { entry } = await vault.entries.update(e.id, 1, { content: lexical('second words') });
    const saved = await stat(join(dir, 'entries', `${e.id}.2.lse`));
    expect({ ino: saved.ino, size: saved.size }).toEqual({ ino, size });
    vault.lock();
    await vault.entries.settled();
    expect(await spares()).toEqual([]);
    expect(await (await unlock(dir)).entries.get(e.id)).toEqual(entry);
  });

  it('purges only from the trash, removing every revision', async () => {
    const { dir, vault } = await newVault();
    const keep = await vault.entries.create(draft('keep'));
    const e = await vault.entries.create(draft('go'));
    await vault.entries.update(e.id, 1, { title: 'two' });
    await expect(vault.entries.purge(e.id)).rejects.toThrow(code('INVALID_INPUT'));
    await vault.entries.trash(e.id);
    await vault.entries.purge(e.id);
    expect((await filesUnder(dir)).filter((f) => f.includes(e.id))).toEqual([]);
    expect(vault.entries.list(true)).toEqual([]);
    expect(vault.entries.list().map((x) => x.id)).toEqual([keep.id]);
    await expect(vault.entries.get(e.id)).rejects.toThrow(code('ENTRY_NOT_FOUND'));
  });

  it('refuses bad input with INVALID_INPUT and writes nothing', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft());
    await vault.entries.settled();
    const before = await snapshot(dir);
    await expect(vault.entries.get('../../etc/passwd')).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.entries.create({ ...draft(), date: 'yesterday' })).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.entries.update(e.id, 1, { title: 'x'.repeat(301) })).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.entries.update(e.id, -1, { title: 'x' })).rejects.toThrow(code('INVALID_INPUT'));
    await expect(vault.entries.get('abcdefghijklmnop')).rejects.toThrow(code('ENTRY_NOT_FOUND'));
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses an entry over 8 MiB with ENTRY_TOO_LARGE, losing nothing', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('small and safe'));
    await vault.entries.settled();
    const before = await snapshot(dir);
    const huge = 'word '.repeat(1_700_000); // 8.5 MB of text
    await expect(vault.entries.update(e.id, 1, { content: lexical(huge) })).rejects.toThrow(code('ENTRY_TOO_LARGE'));
    await expect(vault.entries.create(draft(huge))).rejects.toThrow(code('ENTRY_TOO_LARGE'));
    expect(await snapshot(dir)).toEqual(before);
    expect((await vault.entries.get(e.id)).text).toBe('small and safe');
    // Just under the limit is fine (the text is stored beside the content, so twice).
    const { entry } = await vault.entries.update(e.id, 1, { content: lexical('word '.repeat(700_000)) });
    expect(entry.revision).toBe(2);
  });
});

describe('ciphertext is bound to its vault, entry and revision', () => {
  it('a file copied under another entry id does not open', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('mine'));
    const fake = 'abcdefghijklmnopqrstuvwxyz';
    await copyFile(join(dir, 'entries', `${e.id}.1.lse`), join(dir, 'entries', `${fake}.1.lse`));
    await vault.entries.sync();
    expect(vault.entries.list().map((x) => x.id)).toEqual([e.id]);
    expect(vault.entries.damaged()).toEqual([
      { file: `entries/${fake}.1.lse`, reason: expect.stringMatching(/does not decrypt/) },
    ]);
    await expect(vault.entries.get(fake)).rejects.toThrow(code('ENTRY_DAMAGED'));
  });

  it('a file renamed to another revision does not open', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('first words'));
    await copyFile(join(dir, 'entries', `${e.id}.1.lse`), join(dir, 'entries', `${e.id}.2.lse`));
    await vault.entries.sync();
    expect(vault.entries.list()).toEqual([]);
    expect(vault.entries.damaged().map((d) => d.file)).toEqual([`entries/${e.id}.2.lse`]);
  });

  it('a file copied into another vault does not open there', async () => {
    const a = await newVault();
    const b = await newVault();
    const e = await a.vault.entries.create(draft('from vault a'));
    await copyFile(join(a.dir, 'entries', `${e.id}.1.lse`), join(b.dir, 'entries', `${e.id}.1.lse`));
    await b.vault.entries.sync();
    expect(b.vault.entries.list()).toEqual([]);
    expect(b.vault.entries.damaged().map((d) => d.file)).toEqual([`entries/${e.id}.1.lse`]);
    // Even with vault a's key (same device key), the AAD names vault a, so it fails under b's id.
    const reopened = await Vault.unlockWithDeviceKey(b.dir, b.vault.exportDeviceKey());
    expect(reopened.entries.list()).toEqual([]);
  });
});
