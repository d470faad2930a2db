import type { Entry, EntryMeta, LexicalJson } from '@shared/entry';
import { entryIdOfLink } from '@shared/entry-link';
import { sectionAnswers, type SectionAnswer } from '@shared/lexical/prompt-rule';

/** What search and insights keep of an entry while the vault is unlocked: never written anywhere. */
export interface IndexedEntry {
  meta: EntryMeta;
  /** The writer's own words (unchanged template prompts left out), as saved. */
  text: string;
  sections: SectionAnswer[];
  /** A template prompt still waits for an answer. */
  unanswered: boolean;
  /** The entries this one links to (`#entry/<id>` links), for "Linked from" on theirs. */
  links: string[];
}

export function indexedEntry(entry: Entry): IndexedEntry {
  const { content, text, ...meta } = entry;
  const sections = sectionAnswers(content);
  return {
    meta,
    text,
    sections,
    unanswered: sections.some((s) => s.prompted && !s.answered),
    links: linksIn(content),
  };
}

function linksIn(content: LexicalJson): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { url, children } = node as { url?: unknown; children?: unknown };
    const id = typeof url === 'string' ? entryIdOfLink(url) : null;
    if (id) found.add(id);
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(content.root);
  return [...found];
}
