import { createState } from 'lexical';
import { TEMPLATE_MARKS } from '../template';

/**
 * The node-state mark on a prompt a template or the prompt library put into an entry. Its value
 * is the prompt as inserted, so exporters can tell an unanswered prompt from the writer's words.
 */
export const PROMPT_MARK = createState(TEMPLATE_MARKS.prompt, {
  parse: (value) => (typeof value === 'string' ? value : ''),
});
