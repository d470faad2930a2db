import { $insertList, $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type BaseSelection,
} from 'lexical';

export const BLOCK_TYPES = ['paragraph', 'h1', 'h2', 'h3', 'quote', 'bullet', 'number', 'check'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

const LIST_TYPES: ReadonlySet<BlockType> = new Set(['bullet', 'number', 'check']);

/** The type of the block holding the caret, or null for one the toolbar does not name (h4, a rule). */
export function $getBlockType(selection: BaseSelection | null): BlockType | null {
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list !== null) return list.getListType();
  const block = $isRootOrShadowRoot(anchor) ? null : anchor.getTopLevelElement();
  if (block === null) return 'paragraph';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : null;
  }
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block)) return block.getListType();
  return block.getType() === 'paragraph' ? 'paragraph' : null;
}

/** Sets the selected blocks to `type`, or back to paragraphs when they already are `type`. */
export function $formatBlock(type: BlockType): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const current = $getBlockType(selection);
  const target: BlockType = current === type ? 'paragraph' : type;
  if (target === 'bullet' || target === 'number' || target === 'check') {
    $insertList(target);
    return;
  }
  $setBlocksType(selection, () => {
    switch (target) {
      case 'h1':
      case 'h2':
      case 'h3':
        return $createHeadingNode(target);
      case 'quote':
        return $createQuoteNode();
      default:
        return $createParagraphNode();
    }
  });
}

export const isListType = (type: BlockType | null): boolean => type !== null && LIST_TYPES.has(type);
