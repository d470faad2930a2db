import type { Entry } from '@shared/entry';
import { stripUnansweredPrompts } from '@shared/lexical/prompt-rule';
import { lexicalToMarkdown } from './markdown';

/**
 * One entry as Markdown for supervision: a heading with its day, then the writing.
 * Template prompts nobody answered are left out (docs/templates.md gives the rule).
 */
export function entryToMarkdown(
  entry: Pick<Entry, 'title' | 'date' | 'content'>,
  options: { redactPeople?: boolean } = {},
): string {
  const heading = `# ${entry.title.trim() || 'Reflection'} — ${entry.date}`;
  const body = lexicalToMarkdown(stripUnansweredPrompts(entry.content), options).trim();
  return body ? `${heading}\n\n${body}\n` : `${heading}\n`;
}
