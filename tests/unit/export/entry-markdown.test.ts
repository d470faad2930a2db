import { describe, expect, it } from 'vitest';
import { entryToMarkdown } from '../../../src/main/core/export/entry-markdown';
import { markdownToLexical } from '../../../src/main/core/import/markdown-to-lexical';
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
      '# Steering group — 2026-11-20\n\nWalked the site with @Priya\u00a0Shah after the meeting.\n',
    );
  });

  it('writes every person as a neutral label when asked to redact people', () => {
    const markdown = entryToMarkdown(entry, { redactPeople: true });
    expect(markdown).toBe(
      `# Steering group — 2026-11-20\n\nWalked the site with ${REDACTED_PERSON} after the meeting.\n`,
    );
    expect(markdown).not.toMatch(/Priya|Shah/);
  });

  it('keeps a name of several words whole, so importing the Markdown brings the same people back', () => {
    const names = ['Priya Shah', 'Zoë Ó Súilleabháin', 'Анна Петрова', 'Ana', 'Mary-Jane O’Neil Ross'];
    const written = entryToMarkdown({
      ...entry,
      content: doc(paragraph(...names.flatMap((name) => [textNode('Met '), mentionNode(name), textNode(' today. ')]))),
    });
    const mentioned: string[] = [];
    const walk = (node: { type?: string; mentionName?: string; children?: unknown[] }) => {
      if (node.type === 'mention' && node.mentionName) mentioned.push(node.mentionName);
      node.children?.forEach((child) => walk(child as typeof node));
    };
    walk(markdownToLexical(written).root as Parameters<typeof walk>[0]);
    expect(mentioned).toEqual(names);
    // A reader sees the name with its spaces.
    expect(written.replace(/\u00a0/g, ' ')).toContain('Met @Zoë Ó Súilleabháin today.');
  });
});
