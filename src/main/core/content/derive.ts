import { $getRoot } from 'lexical';
import { $isScaffolding } from '@shared/lexical/template-marks';
import { countWords } from '@shared/word-count';
import { excerpt } from '@shared/excerpt';
import { $peopleUnder } from './mentions';
import { $blocksToPlainText } from './plain-text';
import { type EntryContent, readContent } from './read-content';

/** What main keeps beside an entry's content. Never taken from the page: always derived here. */
export interface DerivedContent {
  /** The writer's own words: template headings and prompts nobody changed are left out. */
  text: string;
  excerpt: string;
  wordCount: number;
  /** Everyone @mentioned, prompts included, in order of first mention. */
  people: string[];
}

/** Everything derived from one headless parse of the content (ENTRY_DAMAGED if Lexical cannot read it). */
export function deriveContent(content: EntryContent): DerivedContent {
  return readContent(content, () => {
    const root = $getRoot();
    const own = root.getChildren().filter((block) => !$isScaffolding(block));
    // Answer paragraphs left empty would otherwise leave runs of blank lines.
    const text = $blocksToPlainText(own)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    return { text, excerpt: excerpt(text), wordCount: countWords(text), people: $peopleUnder(root) };
  });
}
