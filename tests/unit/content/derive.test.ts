import { describe, expect, it } from 'vitest';
import { deriveContent } from '../../../src/main/core/content/derive';
import { lexicalToPlainText } from '../../../src/main/core/content/plain-text';
import { BUILT_IN_TEMPLATES } from '../../../src/main/core/templates/builtins';
import { templateToLexical } from '../../../src/main/core/templates/template-to-lexical';
import { withoutScaffolding } from '@shared/lexical/prompt-rule';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { richEntry } from '../export/build-content';

const GIBBS = BUILT_IN_TEMPLATES.find((t) => t.id === 'builtin-gibbs-reflective-cycle')!;

describe('deriveContent', () => {
  it('gives the plain text, excerpt, word count and people of the writing in one pass', () => {
    const content = doc(
      paragraph(textNode('Walked with '), mentionNode('Ana'), textNode(' to the river.')),
      paragraph(textNode('Then '), mentionNode('Ben'), textNode(' and '), mentionNode('Ana'), textNode(' argued.')),
    );
    expect(deriveContent(content)).toEqual({
      text: 'Walked with @Ana to the river.\n\nThen @Ben and @Ana argued.',
      excerpt: 'Walked with @Ana to the river. Then @Ben and @Ana argued.',
      wordCount: 11,
      people: ['Ana', 'Ben'],
    });
  });

  it('has the same text as the plain-text export for writing without a template', () => {
    const content = richEntry();
    expect(deriveContent(content).text).toBe(lexicalToPlainText(content).trim());
  });

  it('leaves unchanged template headings and prompts out of the text, so a fresh templated entry has no words', () => {
    const fresh = templateToLexical(GIBBS) as never;
    expect(deriveContent(fresh)).toMatchObject({ text: '', excerpt: '', wordCount: 0 });
    expect(lexicalToPlainText(fresh)).not.toBe('');
    expect(deriveContent(fresh).text).toBe(lexicalToPlainText(withoutScaffolding(fresh)).trim());
  });

  it('cuts the excerpt at a word boundary', () => {
    const long = 'river '.repeat(60).trim();
    const { excerpt, wordCount } = deriveContent(doc(paragraph(textNode(long))));
    expect(excerpt.endsWith('river…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(161);
    expect(wordCount).toBe(60);
  });

  it('calls content Lexical cannot read damaged', () => {
    const broken = { root: { type: 'root', children: [{ type: 'no-such-node', version: 1 }] } };
    expect(() => deriveContent(broken as never)).toThrow(expect.objectContaining({ code: 'ENTRY_DAMAGED' }));
  });
});
