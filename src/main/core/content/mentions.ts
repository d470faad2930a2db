import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isMentionNode } from '@shared/lexical/mention-node';
import { type EntryContent, readContent } from './read-content';

/** The people @mentioned in the content: unique names, in order of first mention. */
export function peopleInContent(content: EntryContent): string[] {
  return readContent(content, () => $peopleUnder($getRoot()));
}

/** The same, under a node already parsed (derive.ts reads it in its one pass). */
export function $peopleUnder(node: LexicalNode): string[] {
  const names = new Set<string>();
  const visit = (current: LexicalNode): void => {
    if ($isMentionNode(current)) {
      const name = current.getMentionName().trim();
      if (name !== '') names.add(name);
    } else if ($isElementNode(current)) {
      current.getChildren().forEach(visit);
    }
  };
  visit(node);
  return [...names];
}
