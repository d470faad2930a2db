// Real readers for exported files: poppler for PDF, mammoth and the raw XML for Word, markdown-it for Markdown.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';

function withFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'landscape-read-'));
  try {
    const file = join(dir, 'file.pdf');
    writeFileSync(file, bytes);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as poppler's pdftotext extracts it. */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** pdfinfo's fields, e.g. Pages, "Page size". */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** The document as mammoth reads it, with Word's Quote style and underline mapped to HTML. */
export async function docxHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh", 'u => u'] },
  );
  return result.value;
}

/** Every XML part of the .docx (document, footer, relationships, …), by name. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export const markdown = new MarkdownIt({ linkify: false });

/** `---` YAML front matter whose values are JSON scalars or flow lists, as the exporter writes them. */
export function frontMatter(text: string): { fields: Record<string, unknown>; body: string } {
  const match = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (!match) throw new Error('no front matter');
  const fields = Object.fromEntries(
    match[1]!.split('\n').map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), JSON.parse(line.slice(at + 2))];
    }),
  );
  return { fields, body: text.slice(match[0].length) };
}
