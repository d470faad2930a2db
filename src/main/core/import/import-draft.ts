import type { LexicalJson } from '@shared/entry';

/** One entry to be made by an import: everything but what the vault derives (text, people). */
export interface ImportDraft {
  date: string;
  title: string;
  tags: { worlds: string[]; free: string[] };
  content: LexicalJson;
  /** Where it came from (a file name), for messages. */
  source: string;
}

/** Tags as the vault accepts them: trimmed, 1–80 characters, no repeats, at most 50. */
export function cleanTags(tags: string[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    const tag = t.trim().slice(0, 80);
    if (tag) out.add(tag);
  }
  return [...out].slice(0, 50);
}
