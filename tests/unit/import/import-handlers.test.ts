// Imports through the real handlers into a real vault: the file comes from the (fake) native dialog.
import { decodeEntryList, type EntryListWire } from '@shared/entry-list';
import { mkdir, mkdtemp, open, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/app/dispatch';
import { createApp, type App } from '../../../src/main/app/handlers';
import type { Entry } from '@shared/entry';
import { KDF } from '../vault/fixtures/samples';
import { filesUnder } from '../vault/fixtures/vault-fixture';
import { fakeOs, testPorts, type FakeOs } from '../../support/fake-ports';

let root: string;
let app: App;
let os: FakeOs;
let n = 0;

const call = (channel: string, input?: unknown) => dispatch(app.handlers, channel, input);
const invoke = async <T>(channel: string, input?: unknown): Promise<T> => {
  const result = await call(channel, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
};
const listed = async () => decodeEntryList(await invoke<EntryListWire>('entries:list', {})).entries;
const entryTitled = async (title: string) =>
  invoke<Entry>('entries:get', { id: (await listed()).find((e) => e.label === title)!.id });

/** The entry list and every file in the vault, to show a refused import changed nothing. */
async function vaultState() {
  await app.session.open().entries.settled();
  return { list: await listed(), files: await filesUnder(join(root, 'vault')) };
}

async function fresh(name: string): Promise<string> {
  const path = join(root, `${name}-${n++}`);
  await mkdir(path, { recursive: true });
  return path;
}

const dayOneJournal = (entries: unknown[]) => JSON.stringify({ metadata: { version: '1.0' }, entries });
const DAY_ONE = [
  {
    uuid: 'A1',
    creationDate: '2024-06-30T23:30:00Z',
    timeZone: 'Europe/London',
    text: '# Harbour walk\n\nMet @Priya by the water\\. It was **calm**.\n\n![](dayone-moment://ABC123)\n\n- one\n- two',
    tags: ['walks', 'harbour'],
  },
  { uuid: 'A2', creationDate: '2024-07-02T08:00:00Z', timeZone: 'America/New_York', text: 'A short one.' },
];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'landscape-import-'));
  os = fakeOs();
  app = createApp(testPorts(root, os), { kdf: KDF });
  await invoke('vault:create', { passphrase: 'harbour lantern quietly orchard 42' });
});
afterAll(async () => {
  app.session.lock();
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  os.nextPickedFile = null;
  os.nextPickedFolder = null;
});

describe('importing a folder of Markdown files', () => {
  it('honours front-matter dates and tags, falls back to a date in the file name, and makes Lexical content', async () => {
    const dir = await fresh('notes');
    await writeFile(
      join(dir, 'board.md'),
      '---\ntitle: "Board away day"\ndate: 2024-03-05T09:30:00\ntags: [funding, board]\nworlds:\n  - Council\n---\n## What happened\n\nSpoke with @Sam about *trust*.\n\n1. listen\n2. wait\n',
    );
    await writeFile(join(dir, '2024-04-09 Garden meeting.md'), 'Volunteers came.\n\n> A quote');
    await mkdir(join(dir, 'older'));
    const undated = join(dir, 'older', 'undated thoughts.markdown');
    await writeFile(undated, 'No date anywhere.');
    await utimes(undated, new Date(2023, 0, 15, 12), new Date(2023, 0, 15, 12));
    await writeFile(join(dir, 'picture.png'), 'not markdown');
    os.nextPickedFolder = dir;

    expect(await invoke('import:markdownFolder')).toEqual({ imported: 3, skipped: 0 });
    const board = await entryTitled('Board away day');
    expect(board).toMatchObject({
      date: '2024-03-05',
      tags: { free: ['funding', 'board'], worlds: ['Council'], people: ['Sam'] },
    });
    const blocks = (
      board.content.root as unknown as { children: Array<{ type: string; tag?: string; listType?: string }> }
    ).children;
    expect(blocks.map((b) => b.tag ?? b.listType ?? b.type)).toEqual(['h2', 'paragraph', 'ol']);
    expect(board.text).toContain('Spoke with @Sam about trust.');
    expect(await entryTitled('Garden meeting')).toMatchObject({
      date: '2024-04-09',
      text: 'Volunteers came.\n\nA quote',
    });
    expect((await entryTitled('undated thoughts')).date).toBe('2023-01-15');
    expect(os.dialogs.at(-1)).toBe('Choose a folder of Markdown files to import');

    // The same folder again adds nothing twice.
    const before = await vaultState();
    expect(await invoke('import:markdownFolder')).toEqual({ imported: 0, skipped: 3 });
    expect(await vaultState()).toEqual(before);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const before = await vaultState();
    expect(await invoke('import:markdownFolder')).toBeNull();
    expect(await vaultState()).toEqual(before);
  });

  it('refuses a folder holding a 2 GB file by its size, before reading, importing none of the others', async () => {
    const dir = await fresh('huge');
    await writeFile(join(dir, '2024-01-01 fine.md'), 'Fine.');
    const big = join(dir, 'huge.md');
    await (await open(big, 'w')).close();
    await truncate(big, 2 * 1024 ** 3);
    os.nextPickedFolder = dir;
    const before = await vaultState();
    const result = await call('import:markdownFolder');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('huge.md') },
    });
    expect(await vaultState()).toEqual(before);
  });

  it('refuses a folder with no Markdown in it', async () => {
    os.nextPickedFolder = await fresh('empty');
    const before = await vaultState();
    expect(await call('import:markdownFolder')).toMatchObject({ ok: false, error: { code: 'IMPORT_INVALID' } });
    expect(await vaultState()).toEqual(before);
  });
});

describe('importing a Day One export', () => {
  it('reads its Journal.json: text as Lexical, the day in its own time zone, tags; photos left out', async () => {
    const file = join(await fresh('dayone'), 'Journal.json');
    await writeFile(file, dayOneJournal(DAY_ONE));
    os.nextPickedFile = file;
    expect(await invoke('import:dayOne')).toEqual({ imported: 2, skipped: 0 });
    const walk = (await listed()).find((e) => e.label.startsWith('Harbour walk'))!;
    const entry = await invoke<Entry>('entries:get', { id: walk.id });
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(entry).toMatchObject({ date: '2024-07-01', tags: { free: ['walks', 'harbour'], people: ['Priya'] } });
    expect(entry.text).toBe('Harbour walk\n\nMet @Priya by the water. It was calm.\n\n- one\n- two');
    expect(JSON.stringify(entry.content)).not.toContain('dayone-moment');
    expect((await listed()).find((e) => e.label === 'A short one.')!.date).toBe('2024-07-02');
  });

  it('reads the same journal from its zip, and adds nothing twice', async () => {
    const zip = join(await fresh('dayone-zip'), 'export.zip');
    await writeFile(
      zip,
      zipSync({ 'Journal.json': strToU8(dayOneJournal(DAY_ONE)), 'photos/ABC123.jpeg': new Uint8Array(8) }),
    );
    os.nextPickedFile = zip;
    const before = await vaultState();
    expect(await invoke('import:dayOne')).toEqual({ imported: 0, skipped: 2 });
    expect(await vaultState()).toEqual(before);
  });

  const refusals: Array<[string, (dir: string) => Promise<string>, string, RegExp]> = [
    [
      'a truncated zip',
      async (dir) => {
        const whole = zipSync({
          'Journal.json': strToU8(dayOneJournal([{ creationDate: '2024-01-02T10:00:00Z', text: 'Cut.' }])),
        });
        const path = join(dir, 'cut.zip');
        await writeFile(path, whole.subarray(0, Math.floor(whole.length / 2)));
        return path;
      },
      'IMPORT_INVALID',
      /not a complete zip file/,
    ],
    [
      'a zip with ../ paths (zip slip)',
      async (dir) => {
        const path = join(dir, 'slip.zip');
        const journal = strToU8(dayOneJournal([{ creationDate: '2024-01-02T10:00:00Z', text: 'Slipped.' }]));
        await writeFile(path, zipSync({ 'Journal.json': journal, '../../evil.json': journal }));
        return path;
      },
      'IMPORT_INVALID',
      /names point outside it/,
    ],
    [
      'a JSON file of another shape',
      async (dir) => {
        const path = join(dir, 'other.json');
        await writeFile(path, JSON.stringify({ posts: [{ body: 'Not Day One' }] }));
        return path;
      },
      'IMPORT_INVALID',
      /not a Day One export/,
    ],
    [
      'a Day One entry without a date',
      async (dir) => {
        const path = join(dir, 'nodate.json');
        await writeFile(path, dayOneJournal([{ creationDate: '2024-01-02T10:00:00Z', text: 'ok' }, { text: 'none' }]));
        return path;
      },
      'IMPORT_INVALID',
      /Entry 2 .* no creation date/,
    ],
    [
      'a 2 GB file',
      async (dir) => {
        const path = join(dir, 'huge.json');
        await (await open(path, 'w')).close();
        await truncate(path, 2 * 1024 ** 3);
        return path;
      },
      'FILE_TOO_LARGE',
      /huge\.json.*larger than 256 MiB/,
    ],
  ];
  for (const [what, make, code, words] of refusals) {
    it(`refuses ${what} in one sentence and changes nothing`, async () => {
      os.nextPickedFile = await make(await fresh('bad'));
      const before = await vaultState();
      const result = await call('import:dayOne');
      expect(result).toMatchObject({ ok: false, error: { code } });
      const message = (result as { error: { message: string } }).error.message;
      expect(message).toMatch(words);
      expect(message.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
      expect(await vaultState()).toEqual(before);
    });
  }

  it('takes no path from the page: a payload naming one is refused', async () => {
    expect(await call('import:dayOne', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('import:markdownFolder', { dir: '/' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
