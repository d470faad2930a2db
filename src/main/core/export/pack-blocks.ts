import { $isHorizontalRuleNode } from '@lexical/extension';
import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTabNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { LexicalJson } from '@shared/entry';
import { readContent } from './read-content';

/*
 * The shape the HTML and Word writers draw from: entry content read once, headlessly, into
 * blocks and formatted runs. Markdown goes through Lexical's own converter instead.
 */

export interface Run {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  code: boolean;
}

export type Inline = Run | { kind: 'break' } | { kind: 'link'; url: string; children: Run[] };

export interface ListItem {
  inlines: Inline[];
  /** Check lists only. */
  checked?: boolean;
  /** Lists nested under this item. */
  lists: ListBlock[];
}

export interface ListBlock {
  kind: 'list';
  listType: 'bullet' | 'number' | 'check';
  start: number;
  items: ListItem[];
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'rule' }
  | ListBlock;

export function contentBlocks(content: LexicalJson): Block[] {
  return readContent(content, () => $getRoot().getChildren().map($block));
}

function $block(node: LexicalNode): Block {
  if ($isHeadingNode(node)) {
    const level = Number(node.getTag().slice(1)) as 1 | 2 | 3 | 4 | 5 | 6;
    return { kind: 'heading', level, inlines: $inlines(node) };
  }
  if ($isQuoteNode(node)) return { kind: 'quote', inlines: $inlines(node) };
  if ($isListNode(node)) return $list(node);
  if ($isHorizontalRuleNode(node)) return { kind: 'rule' };
  if ($isElementNode(node)) return { kind: 'paragraph', inlines: $inlines(node) };
  return { kind: 'paragraph', inlines: [run(node.getTextContent())] };
}

function $list(list: ListNode): ListBlock {
  const listType = list.getListType();
  const items: ListItem[] = [];
  for (const item of list.getChildren()) {
    if (!$isListItemNode(item)) continue;
    const nested = item.getChildren().filter($isListNode).map($list);
    // Lexical nests a sub-list in a list item of its own; it belongs under the item before it.
    const previous = items.at(-1);
    if (nested.length > 0 && item.getChildrenSize() === nested.length && previous !== undefined) {
      previous.lists.push(...nested);
      continue;
    }
    items.push({
      inlines: $inlines(item),
      ...(listType === 'check' ? { checked: item.getChecked() === true } : {}),
      lists: nested,
    });
  }
  return { kind: 'list', listType, start: list.getStart(), items };
}

function $inlines(element: ElementNode): Inline[] {
  const out: Inline[] = [];
  for (const child of element.getChildren()) {
    if ($isListNode(child)) continue;
    if ($isLineBreakNode(child)) out.push({ kind: 'break' });
    else if ($isTabNode(child)) out.push(run('\t'));
    else if ($isLinkNode(child)) {
      const children = $inlines(child).filter((inline): inline is Run => inline.kind === 'text');
      if (child.getURL()) out.push({ kind: 'link', url: child.getURL(), children });
      else out.push(...children);
    } else if ($isTextNode(child)) {
      out.push({
        kind: 'text',
        text: child.getTextContent(),
        bold: child.hasFormat('bold'),
        italic: child.hasFormat('italic'),
        underline: child.hasFormat('underline'),
        strike: child.hasFormat('strikethrough'),
        code: child.hasFormat('code'),
      });
    } else if ($isElementNode(child)) out.push(...$inlines(child));
    else out.push(run(child.getTextContent()));
  }
  return out;
}

function run(text: string): Run {
  return { kind: 'text', text, bold: false, italic: false, underline: false, strike: false, code: false };
}
