import { type Block, contentBlocks, type Inline, type ListBlock, type Run } from './pack-blocks';
import { coverFields, type DayGroup, dayGroups, entryMeta, mapPaced, type Pace } from './pack-outline';
import { PRINT_STYLESHEET } from './print-stylesheet';
import type { RedactedPack } from './redacted-pack';

/*
 * The pack as one self-contained print HTML document: the stylesheet inline, no scripts, and a
 * policy that lets it load nothing. It is the HTML export, and what the PDF printer prints.
 * Entry headings sit two levels below the entry title (h1 date, h2 entry, h3+ its sections).
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface PackHtmlOptions {
  /** Stop after this many entries (a preview's first page needs only the start). */
  limit?: number;
  pace?: Pace;
}

export async function packToHtml(pack: RedactedPack, options: PackHtmlOptions = {}): Promise<string> {
  const entries = pack.entries.slice(0, options.limit ?? pack.entries.length);
  const bodies = await mapPaced(
    entries,
    (entry) => contentBlocks(entry.content).map(blockHtml).join('\n'),
    options.pace,
  );
  const groups = dayGroups(entries);
  const title = pack.cover?.title ?? 'Supervision';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PRINT_STYLESHEET}</style>`,
    '</head><body>',
    coverHtml(pack),
    contentsHtml(groups),
    '<main>',
    ...groups.map((group) => dayHtml(group, bodies)),
    '</main>',
    '</body></html>',
  ].join('\n');
}

function coverHtml(pack: RedactedPack): string {
  const cover = pack.cover;
  if (cover === null) return '';
  const fields = coverFields(pack)
    .map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  const note = cover.note ? `<p class="note">${escapeHtml(cover.note)}</p>` : '';
  return `<section class="cover"><h1>${escapeHtml(cover.title)}</h1><dl>${fields}</dl>${note}</section>`;
}

function contentsHtml(groups: DayGroup[]): string {
  const days = groups
    .map(
      (group) =>
        `<li>${escapeHtml(group.label)}<ol>${group.entries
          .map(({ entry, anchor }) => `<li><a href="#${anchor}">${escapeHtml(entry.title)}</a></li>`)
          .join('')}</ol></li>`,
    )
    .join('');
  return `<nav class="contents"><h1>Contents</h1><ol>${days}</ol></nav>`;
}

function dayHtml(group: DayGroup, bodies: string[]): string {
  const entries = group.entries.map(({ entry, anchor, index }) => {
    const meta = entryMeta(entry);
    const metaHtml = meta ? `<p class="meta">${escapeHtml(meta)}</p>` : '';
    const body = bodies[index]!;
    return `<article class="entry" id="${anchor}"><h2>${escapeHtml(entry.title)}</h2>${metaHtml}\n${body}</article>`;
  });
  return `<section class="day"><h1>${escapeHtml(group.label)}</h1>\n${entries.join('\n')}</section>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(block.level + 2, 6);
      return `<h${level}>${inlinesHtml(block.inlines)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${inlinesHtml(block.inlines)}</p></blockquote>`;
    case 'rule':
      return '<hr>';
    case 'list':
      return listHtml(block);
    default:
      return `<p>${inlinesHtml(block.inlines)}</p>`;
  }
}

function listHtml(list: ListBlock): string {
  const tag = list.listType === 'number' ? 'ol' : 'ul';
  const attrs = list.listType === 'check' ? ' class="check"' : list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items.map((item) => {
    const box = item.checked === undefined ? '' : `<span class="box">${item.checked ? '☑' : '☐'}</span>`;
    return `<li>${box}${inlinesHtml(item.inlines)}${item.lists.map(listHtml).join('')}</li>`;
  });
  return `<${tag}${attrs}>${items.join('')}</${tag}>`;
}

function inlinesHtml(inlines: Inline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'break') return '<br>';
      if (inline.kind === 'link')
        return `<a href="${escapeHtml(inline.url)}">${inline.children.map(runHtml).join('')}</a>`;
      return runHtml(inline);
    })
    .join('');
}

function runHtml(run: Run): string {
  let html = escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.strike) html = `<s>${html}</s>`;
  return html;
}
