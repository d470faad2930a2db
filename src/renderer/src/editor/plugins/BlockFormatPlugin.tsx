import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { $formatBlock } from '../block-type';
import { FORMAT_BLOCK_COMMAND } from '../commands';

/** Handles FORMAT_BLOCK_COMMAND, which the toolbar and the shortcuts both dispatch. */
export function BlockFormatPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        FORMAT_BLOCK_COMMAND,
        (type) => {
          $formatBlock(type);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
