/**
 * The YAML front matter most Markdown journals write (Obsidian, Jekyll, Landscape's own export):
 * `key: value` lines, quoted or not, with lists as `[a, b]` or as `- item` lines below the key.
 * Nested maps and multi-line strings are not needed for a date, a title and tags, and are skipped.
 */
export interface FrontMatter {
  fields: Record<string, string | string[]>;
  body: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(markdown: string): FrontMatter {
  const text = markdown.replace(/^\uFEFF/, '');
  const m = FENCE.exec(text);
  if (!m) return { fields: {}, body: text };
  const fields: Record<string, string | string[]> = {};
  let listKey: string | undefined;
  for (const line of m[1]!.split(/\r?\n/)) {
    const item = /^\s+-\s+(.*)$/.exec(line) ?? /^-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (fields[listKey] as string[]).push(scalar(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    listKey = undefined;
    if (!pair) continue;
    const key = pair[1]!.toLowerCase();
    const value = pair[2]!.trim();
    if (value === '') {
      fields[key] = [];
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      fields[key] = value
        .slice(1, -1)
        .split(',')
        .map(scalar)
        .filter((v) => v !== '');
    } else fields[key] = scalar(value);
  }
  return { fields, body: text.slice(m[0].length) };
}

function scalar(raw: string): string {
  const v = raw.replace(/\s+#.*$/, '').trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0]) return v.slice(1, -1);
  return v;
}

/** A field as a list: `tags: a, b` and `tags: [a, b]` both give ["a", "b"]. */
export function listField(fields: Record<string, string | string[]>, key: string): string[] {
  const v = fields[key];
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  return items.map((s) => s.trim().replace(/^#/, '')).filter((s) => s !== '');
}
