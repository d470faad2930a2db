import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type EditorState } from 'lexical';
import { useEffect } from 'react';
import { useLatest } from '../../state/use-latest';
import { $isScaffolding } from '@shared/lexical/template-marks';
import { countWords } from '@shared/word-count';

/** The writer's words only: template headings and prompts nobody changed are not counted. */
const wordsIn = (state: EditorState): number =>
  state.read(() =>
    countWords(
      $getRoot()
        .getChildren()
        .filter((node) => !$isScaffolding(node))
        .map((node) => node.getTextContent())
        .join('\n'),
    ),
  );

/** Counting a long entry on every keystroke would slow typing; counting this long after the last one does not. */
const SETTLE_MS = 150;

/** Reports the word count on mount and whenever it changes (once typing pauses). */
export function WordCountPlugin({ onWordCount }: { onWordCount: (count: number) => void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useLatest(onWordCount);

  useEffect(() => {
    let last = wordsIn(editor.getEditorState());
    let timer: ReturnType<typeof setTimeout> | undefined;
    report.current(last);
    const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const count = wordsIn(editorState);
        if (count !== last) {
          last = count;
          report.current(count);
        }
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, report]);
  return null;
}
