// Entry links in an export, through the real handler table on a real vault: a link shows its target's
// current title as the editor does, and one whose entry is in the trash or gone is marked in words.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/handlers';
import { DEFAULT_PACK_OPTIONS, type ExportFormat, type RedactionList } from '@shared/export';
import type { Entry } from '@shared/entry';
import { KDF } from '../vault/fixtures/samples';
import { chromiumPrinter } from '../../support/chromium-printer';
import { docxHtml, markdown, pdfText } from '../../support/export-readers';
import { fakeOs, type FakeOs, testPorts } from '../../support/fake-ports';
import { doc, entryLinkNode, paragraph, textDoc, textNode } from '../../support/lexical-doc';
import { invokeOn } from '../../support/invoke';

const PASS = 'harbour lantern quietly orchard 42';
const printer = chromiumPrinter();
afterAll(() => printer.close());

let dir: string;
let app: App;
let os: FakeOs;

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-export-links-'));
  os = fakeOs();
  app = createApp(testPorts(dir, os, { printer }), { kdf: KDF });
  await invoke('vault:create', { passphrase: PASS });
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

const create = (title: string) =>
  invoke<Entry>('entries:create', { date: '2026-11-20', title, content: textDoc('Some words.') });

const retitle = (entry: Entry, title: string) =>
  invoke('entries:update', { id: entry.id, baseRevision: entry.revision, patch: { title } });

/** Entry A links to a renamed entry, a renamed then trashed one and a purged one, each with its title as first seen. */
async function journal(): Promise<string> {
  const renamed = await create('Stuck with Priya');
  const trashed = await create('Board meeting');
  const purged = await create('Gone for good');
  const a = await invoke<Entry>('entries:create', {
    date: '2026-11-23',
    title: 'Links',
    content: doc(
      paragraph(textNode('See '), entryLinkNode(renamed.id, 'Stuck with Priya'), textNode('.')),
      paragraph(textNode('And '), entryLinkNode(trashed.id, 'Board meeting'), textNode('.')),
      paragraph(textNode('Then '), entryLinkNode(purged.id, 'Gone for good'), textNode('.')),
    ),
  });
  await retitle(renamed, 'Back on track with Helen');
  await retitle(trashed, 'Board meeting, revisited');
  await invoke('entries:trash', { id: trashed.id });
  await invoke('entries:trash', { id: purged.id });
  await invoke('entries:purge', { id: purged.id });
  return a.id;
}

async function exported(id: string, format: ExportFormat): Promise<string> {
  const path = join(dir, `Pack.${format}`);
  os.nextExportPath = path;
  const request = { entryIds: [id], format, options: { ...DEFAULT_PACK_OPTIONS, cover: null } };
  await invoke('export:run', { jobId: `job-${format}`, request });
  const bytes = await readFile(path);
  if (format === 'docx') return docxHtml(bytes);
  if (format === 'pdf') return pdfText(bytes);
  const text = bytes.toString('utf8');
  return format === 'md' ? markdown.render(text) : text;
}

describe('an entry link in an export', () => {
  it("shows the target's current title, and marks one in the trash or gone, in every format", async () => {
    const id = await journal();
    for (const format of ['md', 'html', 'docx'] as const) {
      const out = await exported(id, format);
      expect(out, format).toContain('<p>See Back on track with Helen.</p>');
      expect(out, format).toContain('<p>And <s>Board meeting, revisited</s> (deleted entry).</p>');
      expect(out, format).toContain('<p>Then <s>Gone for good</s> (deleted entry).</p>');
      expect(out, format).not.toContain('Priya');
    }
    const pdf = (await exported(id, 'pdf')).replace(/\s+/g, ' ');
    expect(pdf).toContain('See Back on track with Helen. And Board meeting, revisited (deleted entry).');
    expect(pdf).toContain('Then Gone for good (deleted entry).');
    expect(pdf).not.toContain('Priya');
  });

  it('redacts a phrase in the current title, in the preview and the file', async () => {
    const id = await journal();
    const list: RedactionList = { phrases: [{ phrase: 'Helen', replacement: '' }], people: [], worlds: [] };
    await invoke('export:setRedactions', list);
    const preview = await invoke<{ firstPage: { text: string } }>('export:preview', {
      entryIds: [id],
      format: 'md',
      options: { ...DEFAULT_PACK_OPTIONS, cover: null },
    });
    expect(preview.firstPage.text).toContain('See Back on track with [redacted].');
    expect(preview.firstPage.text).not.toContain('Helen');
    const html = await exported(id, 'html');
    expect(html).toContain('See Back on track with [redacted].');
    expect(html).not.toContain('Helen');
  });

  it('names a linked entry without a title by its day, never by its words, which were not chosen for the pack', async () => {
    const untitled = await invoke<Entry>('entries:create', {
      date: '2026-11-20',
      content: textDoc('The housing officer told me about the eviction.'),
    });
    const a = await invoke<Entry>('entries:create', {
      date: '2026-11-23',
      title: 'Links',
      content: doc(paragraph(textNode('See '), entryLinkNode(untitled.id, 'Untitled'), textNode('.'))),
    });
    for (const format of ['md', 'html'] as const) {
      const out = await exported(a.id, format);
      expect(out, format).toContain('<p>See Untitled entry of Friday 20 November 2026.</p>');
      expect(out, format).not.toMatch(/housing|eviction/);
    }
  });
});
