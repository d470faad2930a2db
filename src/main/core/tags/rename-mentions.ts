import type { LexicalJson } from '@shared/entry';

interface JsonNode {
  type?: unknown;
  mentionName?: unknown;
  text?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

/** Returns a copy of the content with every @from mention renamed to @to (and a count). */
export function renameMentions(
  content: LexicalJson,
  from: string,
  to: string,
): { content: LexicalJson; renamed: number } {
  let renamed = 0;
  const visit = (node: JsonNode): JsonNode => {
    const copy: JsonNode = { ...node };
    if (copy.type === 'mention' && copy.mentionName === from) {
      copy.mentionName = to;
      copy.text = `@${to}`;
      renamed += 1;
    }
    if (Array.isArray(copy.children)) copy.children = (copy.children as JsonNode[]).map(visit);
    return copy;
  };
  const root = visit(content.root as JsonNode);
  return { content: { ...content, root } as LexicalJson, renamed };
}
