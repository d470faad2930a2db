import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode } from '@lexical/rich-text';
import { $isAtEdgeOfElement } from '@lexical/selection';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setState,
  COMMAND_PRIORITY_EDITOR,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { PROMPT_MARK } from '@shared/lexical/template-marks';
import { INSERT_PROMPT_COMMAND } from '../commands';

const $isEmptyParagraph = (node: LexicalNode | null): boolean =>
  $isParagraphNode(node) && node.getTextContentSize() === 0 && node.getChildrenSize() === 0;

/**
 * Inserts `prompt` as a quote at the caret (or at the end), then puts the caret in an empty paragraph after it.
 * The quote carries the prompt mark, so an export leaves it out if nobody answers it.
 */
export function $insertPrompt(prompt: string): void {
  const quote = $setState($createQuoteNode(), PROMPT_MARK, prompt).append($createTextNode(prompt));
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    const caret = selection.focus;
    const block = caret.getNode().getTopLevelElement();
    if (block !== null && $isEmptyParagraph(block)) block.replace(quote);
    // At either edge of a block the prompt goes beside it, rather than splitting off an empty block.
    else if (block !== null && selection.isCollapsed() && $isAtEdgeOfElement(caret, block, 'previous')) {
      block.insertBefore(quote);
    } else if (block !== null && selection.isCollapsed() && $isAtEdgeOfElement(caret, block, 'next')) {
      block.insertAfter(quote);
    } else $insertNodeToNearestRoot(quote);
  } else {
    const last = $getRoot().getLastChild();
    if ($isEmptyParagraph(last)) last!.replace(quote);
    else $getRoot().append(quote);
  }
  const next = quote.getNextSibling();
  const answer = $isEmptyParagraph(next) && $isParagraphNode(next) ? next : quote.insertAfter($createParagraphNode());
  answer.selectStart();
}

export function InsertPromptPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        INSERT_PROMPT_COMMAND,
        (prompt) => {
          if (prompt.trim() === '') return false;
          $insertPrompt(prompt.trim());
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
