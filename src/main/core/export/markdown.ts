import { $convertToMarkdownString } from '@lexical/markdown';
import { LANDSCAPE_TRANSFORMERS, LANDSCAPE_TRANSFORMERS_REDACTED } from '@shared/lexical/markdown-transformers';
import { type EntryContent, readContent } from '../content/read-content';

export interface MarkdownOptions {
  /** Write every @mention as "[person]" instead of the name. */
  redactPeople?: boolean;
}

/**
 * Markdown for an entry. Underline has no markdown form and is written as plain
 * text; everything else in the node list round-trips.
 */
export function lexicalToMarkdown(content: EntryContent, options: MarkdownOptions = {}): string {
  const transformers = options.redactPeople ? LANDSCAPE_TRANSFORMERS_REDACTED : LANDSCAPE_TRANSFORMERS;
  return readContent(content, () => $convertToMarkdownString(transformers));
}
