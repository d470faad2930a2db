import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isParagraphNode } from 'lexical';
import { useEffect } from 'react';

/**
 * Focuses the editor with the caret in the first empty paragraph: where the writer answers the
 * first prompt of a fresh templated entry (the end of it would be the last section).
 */
export function FirstAnswerFocusPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.update(() => {
      const root = $getRoot();
      const answer = root.getChildren().find((node) => $isParagraphNode(node) && node.getTextContentSize() === 0);
      if (answer) answer.selectStart();
      else root.selectEnd();
    });
    editor.focus();
  }, [editor]);
  return null;
}
