import { $isListItemNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_BEFORE_EDITOR,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_EDITOR,
  FOCUS_COMMAND,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { tabMovesFocus } from '../tab-moves-focus';

/**
 * Tab and Shift+Tab nest and un-nest list items. Anywhere else, after Escape, or while "Tab moves focus"
 * (Ctrl+M) is on, Tab is left to the browser, so the keyboard can always leave the writing area
 * (Lexical's TabIndentationPlugin would keep focus inside it: WCAG 2.1.2, no keyboard trap).
 */
export function TabKeyPlugin(): null {
  const [editor] = useLexicalComposerContext();
  // Escape arms the next Tab to move focus; any other key disarms it.
  const escaped = useRef(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_ESCAPE_COMMAND,
          () => {
            escaped.current = true;
            // Handled, so rich text's own Escape (editor.blur(), which drops focus to the page) never runs.
            // Menus that close on Escape (mentions, check lists) come first, at higher priorities.
            return true;
          },
          COMMAND_PRIORITY_BEFORE_EDITOR,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!['Escape', 'Tab', 'Shift'].includes(event.key)) escaped.current = false;
            return false;
          },
          // First, so no handler that claims the key can keep this one from seeing it.
          COMMAND_PRIORITY_CRITICAL,
        ),
        editor.registerCommand(
          FOCUS_COMMAND,
          () => {
            escaped.current = false;
            return false;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            const leave = escaped.current || tabMovesFocus();
            escaped.current = false;
            if (leave) return false;
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return false;
            const inList = $findMatchingParent(selection.anchor.getNode(), $isListItemNode) !== null;
            if (!inList) return false;
            event.preventDefault();
            return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor],
  );
  return null;
}
