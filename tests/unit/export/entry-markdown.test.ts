import { describe, expect, it } from 'vitest';
import { entryToMarkdown } from '../../../src/main/core/export/entry-markdown';
import { REDACTED_PERSON } from '@shared/lexical/markdown-transformers';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';

const entry = {
  title: 'Steering group',
  date: '2026-11-20',
  content: doc(
    paragraph(textNode('Walked the site with '), mentionNode('Priya Shah'), textNode(' after the meeting.')),
  ),
};

describe('entryToMarkdown', () => {
  it('writes the heading and the writing, with the people named', () => {
    expect(entryToMarkdown(entry)).toBe(
      '# Steering group — 2026-11-20\n\nWalked the site with @Priya Shah after the meeting.\n',
    );
  });

  it('writes every person as a neutral label when asked to redact people', () => {
    const markdown = entryToMarkdown(entry, { redactPeople: true });
    expect(markdown).toBe(
      `# Steering group — 2026-11-20\n\nWalked the site with ${REDACTED_PERSON} after the meeting.\n`,
    );
    expect(markdown).not.toMatch(/Priya|Shah/);
  });
});
