import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { fsError } from '../fs/fs-error';
import { dayInZone } from './import-dates';
import { cleanTags, type ImportDraft } from './import-draft';
import { invalidImport, tooLarge, utf8 } from './import-errors';
import { markdownToLexical } from './markdown-to-lexical';

/** A Day One export with photos can be large; it is read whole, so it is capped. */
export const DAY_ONE_ZIP_MAX_BYTES = 512 * 1024 * 1024;
export const DAY_ONE_JSON_MAX_BYTES = 256 * 1024 * 1024;

const DayOneEntry = z.object({
  creationDate: z.string(),
  timeZone: z.string().optional(),
  text: z.string().optional(),
  tags: z.array(z.string()).optional(),
});
const DayOneJournal = z.object({ entries: z.array(z.unknown()) });

const notDayOne = (name: string) =>
  invalidImport(`“${name}” is not a Day One export (it has no list of entries), so nothing was imported.`);

/**
 * The entries of a Day One JSON export: its .zip, or the Journal.json inside it. Text (Day One
 * writes Markdown), the day it was written in its own time zone, and tags. Photos are not
 * imported. The file's size is checked before it is read.
 */
export async function readDayOne(path: string): Promise<ImportDraft[]> {
  const name = basename(path);
  const size = await stat(path).then(
    (s) => s.size,
    (err: unknown) => Promise.reject(fsError(err, 'open the file', path)),
  );
  const head = await readStart(path, 4);
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  if (size > (isZip ? DAY_ONE_ZIP_MAX_BYTES : DAY_ONE_JSON_MAX_BYTES))
    throw tooLarge(name, isZip ? DAY_ONE_ZIP_MAX_BYTES : DAY_ONE_JSON_MAX_BYTES);
  const bytes = await readStart(path, size);
  const journals = isZip ? jsonFilesIn(bytes, name) : [{ name, bytes }];
  return journals.flatMap((j) => entriesOf(j.name, utf8(j.bytes, j.name)));
}

function jsonFilesIn(zip: Uint8Array, zipName: string): Array<{ name: string; bytes: Uint8Array }> {
  let unsafe = false;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        if (escapes(f.name)) unsafe = true;
        const wanted = !f.name.includes('/') && f.name.toLowerCase().endsWith('.json');
        if (wanted && f.originalSize > DAY_ONE_JSON_MAX_BYTES) tooBig = true;
        return wanted && !unsafe && !tooBig;
      },
    });
  } catch {
    throw invalidImport(
      `“${zipName}” is not a complete zip file (it may be damaged or cut short), so nothing was imported.`,
    );
  }
  if (unsafe)
    throw invalidImport(`“${zipName}” holds files whose names point outside it, so Landscape will not open it.`);
  if (tooBig) throw tooLarge(`${zipName}`, DAY_ONE_JSON_MAX_BYTES);
  const found = Object.entries(files).map(([n, bytes]) => ({ name: n, bytes }));
  if (found.length === 0) throw notDayOne(zipName);
  return found;
}

/** An absolute path, a drive letter, a backslash or a `..` step: a name that could land outside the folder. */
function escapes(name: string): boolean {
  return name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.includes('\\') || name.split('/').includes('..');
}

function entriesOf(name: string, text: string): ImportDraft[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw invalidImport(`“${name}” is not valid JSON, so nothing was imported.`);
  }
  const journal = DayOneJournal.safeParse(raw);
  if (!journal.success) throw notDayOne(name);
  return journal.data.entries.map((e, i) => {
    const entry = DayOneEntry.safeParse(e);
    const day = entry.success ? dayInZone(entry.data.creationDate, entry.data.timeZone) : undefined;
    if (!entry.success || !day)
      throw invalidImport(
        `Entry ${i + 1} in “${name}” has no creation date Landscape can read, so nothing was imported.`,
      );
    return {
      date: day,
      title: '',
      tags: { worlds: [], free: cleanTags(entry.data.tags ?? []) },
      content: markdownToLexical(entry.data.text ?? ''),
      source: name,
    };
  });
}

async function readStart(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r').catch((err: unknown) => Promise.reject(fsError(err, 'open the file', path)));
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
