import { $getRoot } from 'lexical';
import { $peopleUnder } from '@shared/lexical/mention-node';
import { type EntryContent, readContent } from './read-content';

export { $peopleUnder };

/** The people @mentioned in the content: unique names, in order of first mention. */
export function peopleInContent(content: EntryContent): string[] {
  return readContent(content, () => $peopleUnder($getRoot()));
}
