import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fsError } from '../fs/fs-error';
import { DEFAULT_MAX_ENTRY_BYTES } from '../vault/vault';
import { listField, splitFrontMatter } from './front-matter';
import { dayFromFileName, dayFromText, localDay } from './import-dates';
import { cleanTags, type ImportDraft } from './import-draft';
import { invalidImport, tooLarge, utf8 } from './import-errors';
import { markdownToLexical } from './markdown-to-lexical';

export const MARKDOWN_MAX_FILES = 10_000;
const MAX_DEPTH = 8;
const MARKDOWN_EXT = new Set(['.md', '.markdown']);

/**
 * Every Markdown file in a folder (and its sub-folders) as an entry. The date comes from the
 * front matter (`date`, else `created`), else from the file name, else from when the file was
 * last changed; the title from `title`, else the file name. Each file's size is checked before
 * it is read, and any bad file stops the whole import before anything is written.
 */
export async function readMarkdownFolder(dir: string): Promise<ImportDraft[]> {
  const files = await markdownFiles(dir);
  if (files.length === 0)
    throw invalidImport('That folder has no Markdown (.md) files in it, so nothing was imported.');
  if (files.length > MARKDOWN_MAX_FILES)
    throw invalidImport(`That folder has more than ${MARKDOWN_MAX_FILES} Markdown files; import it in parts.`);
  const drafts: ImportDraft[] = [];
  for (const { path, size, mtime } of files) {
    const name = basename(path);
    if (size > DEFAULT_MAX_ENTRY_BYTES) throw tooLarge(name, DEFAULT_MAX_ENTRY_BYTES);
    const text = utf8(
      await readFile(path).catch((err: unknown) => Promise.reject(fsError(err, 'read the file', path))),
      name,
    );
    drafts.push(draftOf(name, text, mtime));
  }
  return drafts;
}

function draftOf(name: string, markdown: string, mtime: Date): ImportDraft {
  const { fields, body } = splitFrontMatter(markdown);
  const stem = basename(name, extname(name));
  const field = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : undefined);
  const date =
    dayFromText(field('date') ?? '') ?? dayFromText(field('created') ?? '') ?? dayFromFileName(stem) ?? localDay(mtime);
  const fromName = stem
    .replace(/(?<!\d)\d{4}[-_.]?\d{2}[-_.]?\d{2}(?!\d)/, '')
    .replace(/^[\s_\-–—.]+|[\s_\-–—.]+$/g, '');
  return {
    date,
    title: (field('title') ?? fromName).trim().slice(0, 300),
    tags: { worlds: cleanTags(listField(fields, 'worlds')), free: cleanTags(listField(fields, 'tags')) },
    content: markdownToLexical(body),
    source: name,
  };
}

interface Found {
  path: string;
  size: number;
  mtime: Date;
}

/** Hidden files and folders and symbolic links are passed over, so the walk stays inside the folder. */
async function markdownFiles(dir: string, depth = 0): Promise<Found[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    throw fsError(err, 'read the folder', dir);
  }
  const out: Found[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const st = await lstat(path);
    if (st.isDirectory() && depth < MAX_DEPTH) out.push(...(await markdownFiles(path, depth + 1)));
    else if (st.isFile() && MARKDOWN_EXT.has(extname(name).toLowerCase()))
      out.push({ path, size: st.size, mtime: st.mtime });
    if (out.length > MARKDOWN_MAX_FILES) break;
  }
  return out;
}
