import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString } from '@lexical/markdown';
import type { LexicalJson } from '@shared/entry';
import { LANDSCAPE_TRANSFORMERS } from '@shared/lexical/markdown-transformers';
import { LANDSCAPE_NODES } from '@shared/lexical/nodes';

let editor: ReturnType<typeof createHeadlessEditor> | null = null;

/** Images point at files Landscape does not import (Day One photos); their syntax is dropped, not shown. */
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;

/** Markdown as entry content, through the same transformers the editor's shortcuts and exports use. */
export function markdownToLexical(markdown: string): LexicalJson {
  editor ??= createHeadlessEditor({
    namespace: 'landscape-import',
    nodes: [...LANDSCAPE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  const text = markdown.replace(IMAGE, '').replace(/\r\n?/g, '\n').trim();
  editor.update(() => $convertFromMarkdownString(text, LANDSCAPE_TRANSFORMERS), { discrete: true });
  // As it would be stored: plain JSON, without the undefined members toJSON() leaves in.
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as LexicalJson;
}
