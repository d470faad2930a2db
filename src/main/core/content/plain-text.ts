import { $isHorizontalRuleNode } from '@lexical/extension';
import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import { $getRoot, $isElementNode, $isLineBreakNode, type ElementNode, type LexicalNode } from 'lexical';
import { REDACTED_PERSON } from '@shared/lexical/markdown-transformers';
import { $isMentionNode } from '@shared/lexical/mention-node';
import { type EntryContent, readContent } from './read-content';

export interface PlainTextOptions {
  /** Write every @mention as "[person]" instead of the name. */
  redactPeople?: boolean;
}

const LIST_INDENT = '  ';

/**
 * Plain text for an entry: blocks separated by a blank line, one list item per
 * line with its marker ("- ", "1. ", "[ ] ", "[x] "), nested items indented,
 * a horizontal rule as "---".
 */
export function lexicalToPlainText(content: EntryContent, options: PlainTextOptions = {}): string {
  return readContent(content, () => $blocksToPlainText($getRoot().getChildren(), options));
}

/** The same, for top-level blocks already parsed (derive.ts reads them in its one pass). */
export function $blocksToPlainText(blocks: LexicalNode[], options: PlainTextOptions = {}): string {
  return blocks.map((block) => $blockToText(block, options)).join('\n\n');
}

function $blockToText(block: LexicalNode, options: PlainTextOptions): string {
  if ($isListNode(block)) return $listToLines(block, 0, options).join('\n');
  if ($isHorizontalRuleNode(block)) return '---';
  if ($isElementNode(block)) return $inlineText(block, options);
  return block.getTextContent();
}

function $listToLines(list: ListNode, depth: number, options: PlainTextOptions): string[] {
  const lines: string[] = [];
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const nested = item.getChildren().find($isListNode);
    // Lexical nests a sub-list inside its own list item, which has no text of its own.
    if (nested !== undefined && item.getChildrenSize() === 1) {
      lines.push(...$listToLines(nested, depth + 1, options));
      continue;
    }
    lines.push(`${LIST_INDENT.repeat(depth)}${marker(list, item)}${$inlineText(item, options)}`);
  }
  return lines;
}

function marker(list: ListNode, item: ListItemNode): string {
  switch (list.getListType()) {
    case 'number':
      return `${item.getValue()}. `;
    case 'check':
      return item.getChecked() ? '[x] ' : '[ ] ';
    default:
      return '- ';
  }
}

function $inlineText(element: ElementNode, options: PlainTextOptions): string {
  let text = '';
  for (const child of element.getChildren()) {
    if ($isMentionNode(child) && options.redactPeople) text += REDACTED_PERSON;
    else if ($isLineBreakNode(child)) text += '\n';
    else if ($isListNode(child)) continue;
    else if ($isElementNode(child)) text += $inlineText(child, options);
    else text += child.getTextContent();
  }
  return text;
}
