import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import { countWords } from '../../../../shared/word-count';

const wordsIn = (state: EditorState): number => state.read(() => countWords($getRoot().getTextContent()));

/** Reports the word count on mount and whenever it changes. */
export function WordCountPlugin({ onWordCount }: { onWordCount: (count: number) => void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useRef(onWordCount);
  useEffect(() => {
    report.current = onWordCount;
  }, [onWordCount]);

  useEffect(() => {
    let last = wordsIn(editor.getEditorState());
    report.current(last);
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      const count = wordsIn(editorState);
      if (count !== last) {
        last = count;
        report.current(count);
      }
    });
  }, [editor]);
  return null;
}
