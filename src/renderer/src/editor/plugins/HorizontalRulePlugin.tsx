import { $createHorizontalRuleNode, INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';

/**
 * Inserts the shared (React-free) HorizontalRuleNode. @lexical/react's own plugin
 * would create its deprecated React subclass, which the shared node list does not register.
 */
export function HorizontalRulePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_HORIZONTAL_RULE_COMMAND,
        () => {
          if (!$isRangeSelection($getSelection())) return false;
          $insertNodeToNearestRoot($createHorizontalRuleNode());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
