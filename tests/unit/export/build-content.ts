import { $createHorizontalRuleNode } from '@lexical/extension';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, type ListType } from '@lexical/list';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalNode,
  type SerializedEditorState,
  type TextFormatType,
} from 'lexical';
import { LANDSCAPE_TRANSFORMERS } from '@shared/lexical/markdown-transformers';
import { $createMentionNode } from '@shared/lexical/mention-node';
import { LANDSCAPE_NODES } from '@shared/lexical/nodes';

function newEditor() {
  return createHeadlessEditor({
    nodes: [...LANDSCAPE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Builds real editor state headlessly and returns it as stored: `toJSON()`. */
export function buildContent($build: () => void): SerializedEditorState {
  const editor = newEditor();
  editor.update($build, { discrete: true });
  return editor.getEditorState().toJSON();
}

export function contentFromMarkdown(markdown: string): SerializedEditorState {
  return buildContent(() => $convertFromMarkdownString(markdown, LANDSCAPE_TRANSFORMERS));
}

export const $text = (text: string, ...formats: TextFormatType[]) => {
  const node = $createTextNode(text);
  for (const format of formats) node.toggleFormat(format);
  return node;
};

export const $paragraph = (...children: LexicalNode[]) => $createParagraphNode().append(...children);
export const $heading = (tag: HeadingTagType, text: string) => $createHeadingNode(tag).append($text(text));
export const $quote = (...children: LexicalNode[]) => $createQuoteNode().append(...children);
export const $mention = (name: string) => $createMentionNode(name);
export const $link = (url: string, text: string) => $createLinkNode(url).append($text(text));
export const $rule = () => $createHorizontalRuleNode();

type Item = string | { text: string; checked?: boolean; nested?: ElementNode };
export const $list = (type: ListType, ...items: Item[]) =>
  $createListNode(type).append(
    ...items
      .map((item) => {
        if (typeof item === 'string') return $createListItemNode().append($text(item));
        const listItem = $createListItemNode(item.checked).append($text(item.text));
        return item.nested ? [listItem, $createListItemNode().append(item.nested)] : [listItem];
      })
      .flat(),
  );

export const $append = (...blocks: LexicalNode[]) => $getRoot().append(...blocks);

/** One of everything the editor can write. */
export const richEntry = () =>
  buildContent(() =>
    $append(
      $heading('h1', 'A day at the hub'),
      $paragraph(
        $text('It was '),
        $text('calm', 'bold'),
        $text(', '),
        $text('slow', 'italic'),
        $text(', '),
        $text('odd', 'underline'),
        $text(' and '),
        $text('gone', 'strikethrough'),
        $text('.'),
      ),
      $paragraph(
        $text('Spoke with '),
        $mention('Ana'),
        $text(' and '),
        $mention('Ben Okafor'),
        $text(' about '),
        $link('https://example.org/map', 'the map'),
        $text('.'),
      ),
      $quote($text('What did I notice?')),
      $list('bullet', 'one', { text: 'two', nested: $list('bullet', 'two a') }),
      $list('number', 'first', 'second'),
      $list('check', { text: 'done', checked: true }, { text: 'todo', checked: false }),
      $rule(),
      $heading('h2', 'After'),
      $paragraph($text('Again '), $mention('Ana'), $text(', then '), $mention('Cleo'), $text('.')),
    ),
  );
