import { type Template, TEMPLATE_MARKS } from '@shared/template';
import {
  editorState,
  headingNode,
  ITALIC,
  type JsonEditorState,
  type JsonElement,
  paragraphNode,
  quoteNode,
  textNode,
} from '@shared/lexical/lexical-json';

/**
 * The editable structure of a template as Lexical editor-state JSON. For each section:
 *
 *   heading (h2)   marked `$.landscapeHeading` = the heading text
 *   quote          the hint, in italics, if the section has one   (marked `$.landscapePrompt`)
 *   quote          one per prompt                                  (marked `$.landscapePrompt`)
 *   paragraph      empty: where the writer answers
 *
 * The marks let exporters drop prompts nobody answered (see prompt-rule.ts).
 */
export function templateToLexical(template: Pick<Template, 'sections'>): JsonEditorState {
  return editorState(templateBlocks(template));
}

/** The same structure as top-level blocks, for appending to an entry that already has content. */
export function templateBlocks(template: Pick<Template, 'sections'>): JsonElement[] {
  return template.sections.flatMap((section) => [
    headingNode('h2', section.heading, { [TEMPLATE_MARKS.heading]: section.heading }),
    ...(section.hint === undefined || section.hint === '' ? [] : [promptNode(section.hint, ITALIC)]),
    ...section.prompts.map((prompt) => promptNode(prompt)),
    paragraphNode(),
  ]);
}

function promptNode(text: string, format = 0): JsonElement {
  return quoteNode([textNode(text, format)], { [TEMPLATE_MARKS.prompt]: text });
}
