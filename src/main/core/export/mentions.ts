import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $isMentionNode } from '@shared/lexical/mention-node';
import { type EntryContent, readContent } from './read-content';

/** The people @mentioned in the content: unique names, in order of first mention. */
export function peopleInContent(content: EntryContent): string[] {
  return readContent(content, () => {
    const names = new Set<string>();
    const visit = (node: LexicalNode): void => {
      if ($isMentionNode(node)) {
        const name = node.getMentionName().trim();
        if (name !== '') names.add(name);
      } else if ($isElementNode(node)) {
        node.getChildren().forEach(visit);
      }
    };
    visit($getRoot());
    return [...names];
  });
}
