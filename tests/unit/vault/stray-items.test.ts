import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './fixtures/temp-dir';
import { draft, newVault, unlock } from './fixtures/vault-fixture';

const OPENER = fileURLToPath(new URL('./fixtures/open-vault.ts', import.meta.url));
const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** Two entries and a record; the first entry's newest file is the one replaced by a stray item. */
async function vaultWithTwo() {
  const { dir, vault } = await newVault();
  const victim = await vault.entries.create(draft('the first entry', { title: 'Victim' }));
  const kept = await vault.entries.create(draft('the second entry', { title: 'Kept' }));
  await vault.records.put('templates', 'weekly', { name: 'Weekly' });
  await vault.entries.settled();
  vault.lock();
  const file = join(dir, 'entries', `${victim.id}.1.lse`);
  return { dir, victim, kept, file, record: join(dir, 'records', 'templates', 'weekly.lsr') };
}

/** Unlocks in a child process; a read that blocks shows up as a kill after `ms`, not a hung test run. */
function openApart(
  dir: string,
  ms = 30_000,
): Promise<{ ok: boolean; ids?: string[]; damaged?: unknown[]; code?: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', OPENER, dir], { timeout: ms }, (err, stdout) => {
      if (err) return reject(new Error(`the vault did not open within ${ms} ms (${err.message})`));
      resolve(JSON.parse(stdout));
    });
  });
}

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
async function socketAt(path: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
}

/** What can sit under a vault file's name instead of a file. */
const strays: Array<[string, (path: string) => Promise<void>, RegExp]> = [
  ['a folder', (p) => mkdir(p), /folder/],
  ['a socket', socketAt, /socket/],
  [
    'a link to a file outside the vault',
    async (p) => {
      const outside = join(await tempDir(), 'outside.lse');
      await writeFile(outside, await readFile(p).catch(() => Buffer.from('LSVE')));
      await rm(p, { force: true });
      await symlink(outside, p);
    },
    /link/,
  ],
  ['a dangling link', (p) => symlink('/nonexistent/landscape', p), /link/],
  ['a 200 MB sparse file', (p) => writeFile(p, '').then(() => truncate(p, 200 * 1024 * 1024)), /larger than/],
];

describe('a stray item under an entry file name', () => {
  for (const [what, make, reason] of strays) {
    it(`${what}: reported as damaged, and the rest of the journal opens`, async () => {
      const { dir, file, kept, victim } = await vaultWithTwo();
      if (what.startsWith('a link to')) await make(file);
      else {
        await rm(file);
        await make(file);
      }
      const vault = await unlock(dir);
      expect(vault.entries.list().map((e) => e.id)).toEqual([kept.id]);
      expect(vault.entries.damaged()).toEqual([
        { file: `entries/${victim.id}.1.lse`, reason: expect.stringMatching(reason) },
      ]);
      await expect(vault.entries.get(victim.id)).rejects.toThrow(expect.objectContaining({ code: 'ENTRY_DAMAGED' }));
      expect((await vault.entries.get(kept.id)).text).toBe('the second entry');
      // Saving still works beside it.
      await vault.entries.update(kept.id, 1, { title: 'Kept, edited' });
      await vault.entries.settled();
      vault.lock();
    });
  }

  it('a named pipe never blocks the opening (it is looked at, not opened)', async () => {
    const { dir, file, kept, victim } = await vaultWithTwo();
    await rm(file);
    mkfifo(file);
    const shown = await openApart(dir);
    expect(shown).toMatchObject({ ok: true, ids: [kept.id], records: 1 });
    expect(shown.damaged).toEqual([{ file: `entries/${victim.id}.1.lse`, reason: expect.stringMatching(/pipe/) }]);
  });

  it('an older revision behind a stray newest one can still be read and restored', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('first words'));
    await vault.entries.update(e.id, 1, { title: 'Second' });
    await vault.entries.settled();
    vault.lock();
    const newest = join(dir, 'entries', `${e.id}.2.lse`);
    await rm(newest);
    await mkdir(newest);
    const again = await unlock(dir);
    expect((await again.entries.revision(e.id, 1)).text).toBe('first words');
    again.lock();
  });
});

describe('a stray item under a record name', () => {
  for (const [what, make, reason] of strays) {
    it(`${what}: the record is reported as damaged and left out, the journal opens`, async () => {
      const { dir, record, kept } = await vaultWithTwo();
      if (!what.startsWith('a link to')) await rm(record);
      await make(record);
      const vault = await unlock(dir);
      expect(await vault.records.list('templates')).toEqual([]);
      await expect(vault.records.get('templates', 'weekly')).rejects.toThrow(
        expect.objectContaining({ code: 'ENTRY_DAMAGED' }),
      );
      expect(vault.entries.damaged()).toContainEqual({
        file: 'records/templates/weekly.lsr',
        reason: expect.stringMatching(reason),
      });
      expect(vault.entries.list().map((e) => e.id)).toContain(kept.id);
      vault.lock();
    });
  }

  it('a named pipe never blocks', async () => {
    const { dir, record, kept } = await vaultWithTwo();
    await rm(record);
    mkfifo(record);
    const shown = await openApart(dir);
    expect(shown).toMatchObject({ ok: true, records: 0 });
    expect(shown.ids).toContain(kept.id);
    expect(shown.damaged).toContainEqual({
      file: 'records/templates/weekly.lsr',
      reason: expect.stringMatching(/pipe/),
    });
  });
});

describe('a stray item in place of the header', () => {
  for (const [what, make] of strays) {
    it(`${what}: VAULT_DAMAGED, never INTERNAL`, async () => {
      const { dir } = await vaultWithTwo();
      const header = join(dir, 'landscape-vault.json');
      await rm(join(dir, 'landscape-vault.backup.json'));
      if (!what.startsWith('a link to')) await rm(header);
      await make(header);
      await expect(unlock(dir)).rejects.toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
    });
  }

  it('a named pipe: VAULT_DAMAGED without blocking', async () => {
    const { dir } = await vaultWithTwo();
    const header = join(dir, 'landscape-vault.json');
    await rm(join(dir, 'landscape-vault.backup.json'));
    await rm(header);
    mkfifo(header);
    expect(await openApart(dir)).toEqual({ ok: false, code: 'VAULT_DAMAGED' });
  });
});

describe('folders of the vault that are links', () => {
  it('entries/ as a link out of the vault is not followed', async () => {
    const { dir, vault } = await newVault();
    await vault.entries.create(draft());
    await vault.entries.settled();
    vault.lock();
    const outside = join(await tempDir(), 'elsewhere');
    await rename(join(dir, 'entries'), outside);
    await symlink(outside, join(dir, 'entries'));
    const again = await unlock(dir);
    expect(again.entries.list()).toEqual([]);
    expect(again.entries.damaged()).toEqual([{ file: 'entries', reason: expect.stringMatching(/link|folder/) }]);
    again.lock();
  });

  it('revisions/<id> as a link out of the vault is not followed', async () => {
    const { dir, vault } = await newVault();
    const e = await vault.entries.create(draft('first words'));
    await vault.entries.update(e.id, 1, { title: 'Second' });
    await vault.entries.settled();
    vault.lock();
    const outside = join(await tempDir(), 'elsewhere');
    await rename(join(dir, 'revisions', e.id), outside);
    await symlink(outside, join(dir, 'revisions', e.id));
    const again = await unlock(dir);
    expect(await again.entries.revisions(e.id)).toEqual([]);
    await expect(again.entries.revision(e.id, 1)).rejects.toThrow(expect.objectContaining({ code: 'ENTRY_NOT_FOUND' }));
    again.lock();
  });

  it('records/<kind> as a file or a link: reported, the kind reads as empty', async () => {
    const { dir } = await vaultWithTwo();
    const kind = join(dir, 'records', 'templates');
    await rm(kind, { recursive: true });
    await writeFile(kind, 'not a folder');
    const vault = await unlock(dir);
    expect(await vault.records.list('templates')).toEqual([]);
    expect(vault.entries.damaged()).toContainEqual({
      file: 'records/templates',
      reason: expect.stringMatching(/folder/),
    });
    vault.lock();
  });
});
