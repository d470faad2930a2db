import type { EntryTags, LexicalJson, WriterTags } from './entry';
import { hasWriterText } from './lexical/prompt-rule';

/**
 * An entry the writer never wrote in: no title, none of their own words (template headings and prompts
 * nobody changed are not theirs, by the prompt rule), and the tags it started with. Such an entry is
 * not kept when the writer leaves it, so trying things out leaves nothing behind.
 */
export function isUnwritten(
  entry: { title: string; tags: EntryTags; content: LexicalJson },
  startedWith: WriterTags,
): boolean {
  return (
    entry.title.trim() === '' &&
    !hasWriterText(entry.content) &&
    sameSet(entry.tags.worlds, startedWith.worlds) &&
    sameSet(entry.tags.free, startedWith.free)
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((name) => set.has(name));
}
