import type { TagIndex, TagKind } from './contract';
import type { EntryTags } from './entry';

const KINDS: TagKind[] = ['worlds', 'people', 'free'];

/**
 * Every tag in use, by kind, most used first: the source for autocomplete and the tag screen.
 * Pure, so main (`tags:list`) and the page (from the entries it already holds) count the same way.
 */
export function tagIndex(entries: Iterable<{ tags: EntryTags }>): TagIndex {
  const counts = Object.fromEntries(KINDS.map((k) => [k, new Map<string, number>()])) as Record<
    TagKind,
    Map<string, number>
  >;
  for (const entry of entries) {
    for (const kind of KINDS) {
      for (const name of new Set(entry.tags[kind])) counts[kind].set(name, (counts[kind].get(name) ?? 0) + 1);
    }
  }
  const sorted = (m: Map<string, number>) =>
    [...m].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { worlds: sorted(counts.worlds), people: sorted(counts.people), free: sorted(counts.free) };
}

/** Renames `from` to `to` in a list; where `to` is already there the two merge. */
export function renameInList(list: readonly string[], from: string, to: string): string[] {
  if (!list.includes(from)) return [...list];
  const out: string[] = [];
  for (const name of list) {
    const next = name === from ? to : name;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}
