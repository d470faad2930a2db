// Entry content for tests and benchmarks that need no editor, built on the domain's own JSON builders.
import type { LexicalJson } from '@shared/entry';
import { editorState, entryLinkNode, paragraphNode, textNode, type JsonNode } from '@shared/lexical/lexical-json';

export { entryLinkNode, textNode };
export const paragraph = (...children: JsonNode[]) => paragraphNode(children);

export const mentionNode = (name: string): JsonNode => ({
  ...textNode(`@${name}`),
  type: 'mention',
  mentionName: name,
  mode: 'token',
});

export const doc = (...blocks: JsonNode[]): LexicalJson => editorState(blocks) as unknown as LexicalJson;

/** One paragraph per string. */
export const textDoc = (...paragraphs: string[]): LexicalJson => doc(...paragraphs.map((p) => paragraph(textNode(p))));
