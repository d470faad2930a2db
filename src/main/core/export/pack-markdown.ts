import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LexicalJson } from '@shared/entry';
import { safeFileStem, uniqueNames } from './file-names';
import { lexicalToMarkdown } from './markdown';
import { coverFields, dayGroups, entryMeta, mapPaced, type Pace } from './pack-outline';
import type { PackEntry, RedactedPack } from './redacted-pack';

/** The whole pack as one Markdown file: the cover, then each date as `#`, each entry as `##`, its sections below. */
export async function packToMarkdown(
  pack: RedactedPack,
  options: { limit?: number; pace?: Pace } = {},
): Promise<string> {
  const entries = pack.entries.slice(0, options.limit ?? pack.entries.length);
  const bodies = await mapPaced(
    entries,
    (entry) => lexicalToMarkdown(shiftHeadings(entry.content, 2)).trim(),
    options.pace,
  );
  const parts: string[] = [];
  const cover = coverMarkdown(pack);
  if (cover) parts.push(cover);
  for (const group of dayGroups(entries)) {
    parts.push(`# ${inline(group.label)}`);
    for (const { entry, index } of group.entries) {
      const meta = entryMeta(entry);
      parts.push(`## ${inline(entry.title)}`);
      if (meta) parts.push(`*${inline(meta)}*`);
      if (bodies[index]) parts.push(bodies[index]);
    }
  }
  return `${parts.join('\n\n')}\n`;
}

/** One file per entry, `YYYY-MM-DD title.md` with YAML front matter, zipped; the cover as `Cover.md`. */
export async function packToMarkdownZip(pack: RedactedPack, pace?: Pace): Promise<Uint8Array> {
  const name = uniqueNames();
  const files: Zippable = {};
  const cover = coverMarkdown(pack);
  if (cover) files[name('Cover', 'md')] = strToU8(`${cover}\n`);
  const texts = await mapPaced(pack.entries, entryFile, pace);
  pack.entries.forEach((entry, i) => {
    files[name(safeFileStem(`${entry.dateKey} ${entry.title}`), 'md')] = strToU8(texts[i]!);
  });
  return zipSync(files, { level: 6 });
}

export function entryFile(entry: PackEntry): string {
  const front = [
    '---',
    `date: ${yaml(entry.dateKey)}`,
    `template: ${entry.templateName === null ? 'null' : yaml(entry.templateName)}`,
    `tags: [${entry.tags.map(yaml).join(', ')}]`,
    `worlds: [${entry.worlds.map(yaml).join(', ')}]`,
    '---',
  ].join('\n');
  const body = lexicalToMarkdown(entry.content).trim();
  return `${front}\n\n# ${inline(entry.title)}\n\n${body ? `${body}\n` : ''}`;
}

function coverMarkdown(pack: RedactedPack): string {
  const cover = pack.cover;
  if (cover === null) return '';
  const fields = coverFields(pack).map(([label, value]) => `- **${label}:** ${inline(value)}`);
  return [`# ${inline(cover.title)}`, fields.join('\n'), cover.note ? inline(cover.note) : '']
    .filter(Boolean)
    .join('\n\n');
}

/** A double-quoted YAML scalar (JSON's string syntax is valid YAML). */
const yaml = (value: string): string => JSON.stringify(value);

/** Text on one line, with the characters Markdown would read as formatting escaped. */
const inline = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');

function shiftHeadings(content: LexicalJson, by: number): LexicalJson {
  const root = content.root as { children?: Array<Record<string, unknown>> };
  const children = (root.children ?? []).map((node) =>
    node.type === 'heading' ? { ...node, tag: `h${Math.min(Number(String(node.tag).slice(1)) + by, 6)}` } : node,
  );
  return { ...content, root: { ...content.root, children } };
}
