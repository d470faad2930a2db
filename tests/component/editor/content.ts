import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, type ListType } from '@lexical/list';
import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode, type SerializedEditorState } from 'lexical';
import { $createEntryLinkNode } from '@shared/lexical/entry-link-node';
import { $createMentionNode } from '@shared/lexical/mention-node';
import { LANDSCAPE_NODES } from '@shared/lexical/nodes';

// The component project compiles apart from the unit one, so it keeps its own
// small builder rather than importing tests/unit/export/build-content.ts.

/** Stored entry content, built as real editor state and serialized with toJSON(). */
export function buildContent(...$blocks: Array<() => LexicalNode>): SerializedEditorState {
  const editor = createHeadlessEditor({
    nodes: [...LANDSCAPE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $getRoot().append(...$blocks.map(($block) => $block())), { discrete: true });
  return editor.getEditorState().toJSON();
}

export const text = (value: string) => () => $createTextNode(value);
export const mention = (name: string) => () => $createMentionNode(name);
export const entryLink = (id: string, title: string) => () => $createEntryLinkNode(id, title);
export const link = (url: string, label: string) => () => $createLinkNode(url).append($createTextNode(label));

export const paragraph =
  (...children: Array<string | (() => LexicalNode)>) =>
  () =>
    $createParagraphNode().append(
      ...children.map((child) => (typeof child === 'string' ? $createTextNode(child) : child())),
    );

export const heading = (tag: HeadingTagType, value: string) => () =>
  $createHeadingNode(tag).append($createTextNode(value));

export const list =
  (type: ListType, ...items: Array<{ text: string; checked?: boolean }>) =>
  () =>
    $createListNode(type).append(
      ...items.map((item) => $createListItemNode(item.checked).append($createTextNode(item.text))),
    );
