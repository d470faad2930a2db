import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { useLatest } from '../../state/use-latest';
import { $peopleUnder, MentionNode } from '@shared/lexical/mention-node';

/**
 * Reports the people mentioned in the text on mount and whenever a mention is made, changed or removed. It
 * listens to mentions only, so typing ordinary words costs nothing here.
 */
export function MentionedPeoplePlugin({ onPeople }: { onPeople: (names: string[]) => void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useLatest(onPeople);

  useEffect(() => {
    let last = '';
    const read = () => {
      const names = editor.getEditorState().read(() => $peopleUnder($getRoot()));
      const key = JSON.stringify(names);
      if (key === last) return;
      last = key;
      report.current(names);
    };
    read();
    // Reading after the update is committed: the listener runs before the new state is the editor's.
    return editor.registerMutationListener(MentionNode, () => queueMicrotask(read), { skipInitialization: true });
  }, [editor, report]);
  return null;
}
