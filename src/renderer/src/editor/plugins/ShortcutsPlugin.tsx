import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';
import { useEffect } from 'react';
import {
  FORMAT_BLOCK_COMMAND,
  OPEN_LINK_AT_SELECTION_COMMAND,
  OPEN_LINK_EDITOR_COMMAND,
  START_ENTRY_LINK_COMMAND,
} from '../commands';
import { announce } from '../../announce/announcer';
import { actionForKey, type EditorAction } from '../shortcuts';
import { toggleTabMovesFocus } from '../tab-moves-focus';
import { t } from '../../i18n';

/** Runs `action`; returns false when it is not something a key press does here. */
function runAction(editor: LexicalEditor, action: EditorAction): boolean {
  switch (action) {
    case 'paragraph':
    case 'h1':
    case 'h2':
    case 'h3':
    case 'quote':
    case 'bullet':
    case 'number':
    case 'check':
      return editor.dispatchCommand(FORMAT_BLOCK_COMMAND, action);
    case 'strikethrough':
      return editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough');
    case 'link':
      return editor.dispatchCommand(OPEN_LINK_EDITOR_COMMAND, undefined);
    case 'openLink':
      return editor.dispatchCommand(OPEN_LINK_AT_SELECTION_COMMAND, undefined);
    case 'entryLink':
      return editor.dispatchCommand(START_ENTRY_LINK_COMMAND, undefined);
    case 'rule':
      return editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
    case 'tabMovesFocus':
      announce(toggleTabMovesFocus() ? t('editor.tabMovesFocus') : t('editor.tabIndents'));
      return true;
    default:
      // Bold, italic, underline, undo and redo are Lexical's own.
      return false;
  }
}

/** The shortcuts in ../shortcuts.ts that Lexical does not already handle. */
export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = actionForKey(event);
          if (action === null || !runAction(editor, action)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
