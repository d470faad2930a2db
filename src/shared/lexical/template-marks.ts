import { $getState, createState, type LexicalNode } from 'lexical';
import { TEMPLATE_MARKS } from '../template';

/**
 * The node-state mark on a prompt a template or the prompt library put into an entry. Its value
 * is the prompt as inserted, so exporters can tell an unanswered prompt from the writer's words.
 */
export const PROMPT_MARK = createState(TEMPLATE_MARKS.prompt, {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

/** The mark on a section heading a template put in. */
export const HEADING_MARK = createState(TEMPLATE_MARKS.heading, {
  parse: (value) => (typeof value === 'string' ? value : ''),
});

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A top-level node a template put in and nobody changed (the same test as prompt-rule's isScaffolding). */
export function $isScaffolding(node: LexicalNode): boolean {
  const mark = $getState(node, PROMPT_MARK) || $getState(node, HEADING_MARK);
  return mark !== '' && normalise(node.getTextContent()) === normalise(mark);
}
