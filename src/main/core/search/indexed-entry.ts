import type { Entry, EntryMeta } from '@shared/entry';
import { entryLinksIn } from '@shared/entry-link';
import { sectionAnswers, type SectionAnswer } from '@shared/lexical/prompt-rule';

/** What search and insights keep of an entry while the vault is unlocked: never written anywhere. */
export interface IndexedEntry {
  meta: EntryMeta;
  /** The writer's own words (unchanged template prompts left out), as saved. */
  text: string;
  sections: SectionAnswer[];
  /** A template prompt still waits for an answer. */
  unanswered: boolean;
  /** The entries this one links to (entry-link nodes and `#entry/<id>` links), for "Linked from" on theirs. */
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
    links: entryLinksIn(content),
  };
}
