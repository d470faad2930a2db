import type { Template } from '@shared/template';
import type { JsonEditorState } from '@shared/lexical/lexical-json';
import { hasWriterText } from '@shared/lexical/prompt-rule';
import { templateBlocks, templateToLexical } from './template-to-lexical';

export type ApplyTemplateResult =
  /** The entry held none of the writer's words: use `content` as the whole entry. */
  | { kind: 'replace-empty'; content: JsonEditorState }
  /** The entry has the writer's words: ask before appending, then call again with `confirmedAppend`. */
  | { kind: 'needs-confirmation' }
  /** The existing content, unchanged and first, then the template's sections. */
  | { kind: 'append'; content: JsonEditorState };

export interface ApplyTemplateOptions {
  /** The writer has agreed to add the template after what they wrote. */
  confirmedAppend?: boolean;
}

/**
 * Applying a template never overwrites writing. An entry counts as empty when it has no text,
 * or only template prompts nobody answered (so switching templates on a fresh entry simply
 * swaps them).
 */
export function applyTemplate(
  existing: unknown,
  template: Pick<Template, 'sections'>,
  options: ApplyTemplateOptions = {},
): ApplyTemplateResult {
  if (!hasWriterText(existing)) return { kind: 'replace-empty', content: templateToLexical(template) };
  if (options.confirmedAppend !== true) return { kind: 'needs-confirmation' };
  // hasWriterText has checked there is a root with children.
  const content = structuredClone(existing) as JsonEditorState;
  content.root.children.push(...templateBlocks(template));
  return { kind: 'append', content };
}
