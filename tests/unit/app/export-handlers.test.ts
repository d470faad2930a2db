// Export through the real handler table on a real vault: the save dialog, the file written beside
// the chosen path, progress, Cancel, the remembered options, and the redaction list in the vault.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/handlers';
import type { EventName } from '@shared/channels';
import { DEFAULT_PACK_OPTIONS, type ExportRequest } from '@shared/export';
import { KDF } from '../vault/fixtures/samples';
import { chromiumPrinter } from '../../support/chromium-printer';
import { pdfInfo, pdfText } from '../../support/export-readers';
import { fakeOs, type FakeOs, memoryPrefs, testPorts } from '../../support/fake-ports';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { invokeOn } from '../../support/invoke';

const PASS = 'harbour lantern quietly orchard 42';
const printer = chromiumPrinter();
afterAll(() => printer.close());

let dir: string;
let app: App;
let os: FakeOs;
let events: Array<{ event: EventName; payload: unknown }>;
const prefs = memoryPrefs();

const invoke = <T = never>(channel: string, input?: unknown) => invokeOn<T>(app, channel, input);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'landscape-export-'));
  events = [];
  os = fakeOs();
  app = createApp(
    testPorts(dir, os, {
      prefs,
      emit: (event, payload) => events.push({ event, payload }),
      printer,
      paper: () => 'Letter',
    }),
    { kdf: KDF },
  );
  await invoke('vault:create', { passphrase: PASS });
});
afterEach(async () => {
  app.session.lock();
  await rm(dir, { recursive: true, force: true });
});

async function entries(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const content = doc(paragraph(mentionNode('Marguerite'), textNode(` met me at Hollowbrook Trust, day ${i}.`)));
    const day = String((i % 28) + 1).padStart(2, '0');
    const entry: { id: string } = await invoke('entries:create', {
      date: `2026-11-${day}`,
      title: `Visit ${i}`,
      content,
    });
    ids.push(entry.id);
  }
  return ids;
}

const request = (entryIds: string[], format: ExportRequest['format']): ExportRequest => ({
  entryIds,
  format,
  options: { ...DEFAULT_PACK_OPTIONS, cover: null },
});

describe('export handlers', () => {
  it('keeps the redaction list encrypted in the vault and applies it to previews and files', async () => {
    const ids = await entries(3);
    await invoke('export:setRedactions', {
      phrases: [{ phrase: 'hollowbrook trust', replacement: 'a charity' }],
      people: [{ name: 'Marguerite', label: 'my manager' }],
      worlds: [],
    });
    expect(JSON.stringify(prefs.get())).not.toMatch(/hollowbrook|marguerite/i);
    const preview: { count: number; entries: unknown[]; firstPage: { kind: string; text?: string } } = await invoke(
      'export:preview',
      request(ids, 'md'),
    );
    expect(preview.count).toBe(3);
    expect(preview.firstPage.text).toContain('my manager met me at a charity, day 0.');

    os.nextExportPath = join(dir, 'Pack.md');
    const result = await invoke('export:run', { jobId: 'job-001', request: request(ids, 'md') });
    expect(result).toEqual({ status: 'saved', path: join(dir, 'Pack.md'), count: 3 });
    const text = await readFile(join(dir, 'Pack.md'), 'utf8');
    expect(text).toContain('my manager met me at a charity, day 2.');
    expect(text).not.toMatch(/hollowbrook|marguerite/i);
    expect(os.exportNames).toEqual([expect.stringMatching(/^Supervision \d{4}-\d{2} Landscape\.md$/)]);
    expect(prefs.get().lastExport).toEqual({
      format: 'md',
      hideTags: false,
      worlds: 'show',
      dates: 'day',
      omitUnansweredPrompts: true,
      withCover: false,
    });
    const progress = events.filter((e) => e.event === 'export:progress').map((e) => e.payload);
    expect(progress).toContainEqual({ jobId: 'job-001', phase: 'reading', done: 3, total: 3 });
    expect(progress).toContainEqual({ jobId: 'job-001', phase: 'writing', done: 3, total: 3 });
    expect(progress.at(-1)).toEqual({ jobId: 'job-001', phase: 'saving', done: 3, total: 3 });
  });

  it('hides a person named as plain text even when only trashed entries mention them', async () => {
    const plain: { id: string } = await invoke('entries:create', {
      date: '2026-11-20',
      content: doc(paragraph(textNode('Lunch with Ottoline by the canal.'))),
    });
    const mentioning: { id: string } = await invoke('entries:create', {
      date: '2026-11-21',
      content: doc(paragraph(mentionNode('Ottoline'), textNode(' called back.'))),
    });
    await invoke('entries:trash', { id: mentioning.id });
    const preview: { firstPage: { text?: string } } = await invoke('export:preview', request([plain.id], 'md'));
    expect(preview.firstPage.text).toContain('Lunch with Person A by the canal.');
    expect(preview.firstPage.text).not.toContain('Ottoline');
  });

  it('prints a PDF on the paper the locale asks for, and previews its first page as an image', async () => {
    const ids = await entries(2);
    const preview: { firstPage: { kind: string; dataUrl?: string } } = await invoke(
      'export:preview',
      request(ids, 'pdf'),
    );
    expect(preview.firstPage.kind).toBe('image');
    expect(Buffer.from(preview.firstPage.dataUrl!.split(',')[1]!, 'base64').subarray(1, 4).toString()).toBe('PNG');
    os.nextExportPath = join(dir, 'Pack.pdf');
    await invoke('export:run', { jobId: 'job-pdf', request: request(ids, 'pdf') });
    const pdf = await readFile(join(dir, 'Pack.pdf'));
    expect(pdfInfo(pdf)['Page size']).toMatch(/\(letter\)/);
    const text = pdfText(pdf);
    expect(text).toContain('Person A met me at Hollowbrook Trust, day 1.');
    expect(text).not.toContain('Marguerite');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const ids = await entries(1);
    os.nextExportPath = null;
    expect(await invoke('export:run', { jobId: 'job-002', request: request(ids, 'docx') })).toEqual({
      status: 'cancelled',
    });
    expect(await readdir(dir)).toEqual(['vault']);
  });

  it('stops on Cancel and leaves no file, not even a partial or temporary one', async () => {
    const ids = await entries(40);
    os.nextExportPath = join(dir, 'Pack.zip');
    const run = invoke('export:run', { jobId: 'job-003', request: request(ids, 'md-zip') });
    // Cancel as soon as the first progress event arrives.
    while (!events.some((e) => e.event === 'export:progress')) await new Promise((r) => setImmediate(r));
    await invoke('export:cancel', { jobId: 'job-003' });
    expect(await run).toEqual({ status: 'cancelled' });
    expect(await readdir(dir)).toEqual(['vault']);
    const done = events.filter((e) => e.event === 'export:progress').map((e) => (e.payload as { done: number }).done);
    expect(Math.max(...done)).toBeLessThan(40);

    os.nextExportPath = join(dir, 'Pack.zip');
    await invoke('export:run', { jobId: 'job-003', request: request(ids, 'md-zip') });
    const files = unzipSync(await readFile(join(dir, 'Pack.zip')));
    expect(Object.keys(files)).toHaveLength(40);
    expect(strFromU8(Object.values(files)[0]!)).toContain('Person A met me');
  });
});
