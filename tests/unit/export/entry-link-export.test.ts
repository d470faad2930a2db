import { afterAll, describe, expect, it } from 'vitest';
import { entryLink, entryLinksIn } from '@shared/entry-link';
import { deriveContent } from '../../../src/main/core/content/derive';
import { lexicalToMarkdown } from '../../../src/main/core/export/markdown';
import { packToDocx } from '../../../src/main/core/export/pack-docx';
import { packToHtml } from '../../../src/main/core/export/pack-html';
import { packToMarkdown } from '../../../src/main/core/export/pack-markdown';
import { printOptions } from '../../../src/main/core/export/pack-printer';
import { lexicalToPlainText } from '../../../src/main/core/export/plain-text';
import { chromiumPrinter } from '../../support/chromium-printer';
import { docxHtml, markdown, pdfText } from '../../support/export-readers';
import { doc, entryLinkNode, paragraph, textNode } from '../../support/lexical-doc';
import { pack, sourceEntry } from './pack-fixture';

const RECOVERY = 'recovery-entry-0001';
const SETBACK = 'setback-entry-0002';

/** A setback that points to its recovery, with the recovery's title as last seen. */
const setback = () =>
  doc(paragraph(textNode('It turned round: see '), entryLinkNode(RECOVERY, 'Back on track with Helen'), textNode('.')));

describe('an entry link, derived', () => {
  it('counts for Linked from, as the old #entry/ links still do', () => {
    const old = { ...textNode('the review'), type: 'link', url: entryLink(SETBACK), children: [textNode('x')] };
    expect(
      entryLinksIn(doc(paragraph(entryLinkNode(RECOVERY, 'a'), old as never, entryLinkNode(RECOVERY, 'b')))),
    ).toEqual([RECOVERY, SETBACK]);
    expect(entryLinksIn(doc(paragraph(entryLinkNode('not an id!', 'a'))))).toEqual([]);
  });

  it('reads as the title in plain text, the stored text and Markdown', () => {
    expect(lexicalToPlainText(setback())).toBe('It turned round: see Back on track with Helen.');
    expect(deriveContent(setback())).toMatchObject({
      text: 'It turned round: see Back on track with Helen.',
      wordCount: 9,
    });
    const rendered = markdown.render(lexicalToMarkdown(setback()));
    expect(rendered).toBe('<p>It turned round: see Back on track with Helen.</p>\n');
  });
});

describe('an entry link in a supervision pack', () => {
  const fixture = (list = {}) => pack([sourceEntry(setback(), { id: SETBACK, title: 'A setback' })], {}, list);
  const withHelenRedacted = () => fixture({ phrases: [{ phrase: 'Helen', replacement: '' }] });
  const printer = chromiumPrinter();
  afterAll(() => printer.close());

  it('shows the title in Markdown, HTML, Word and PDF', async () => {
    const p = fixture();
    expect(markdown.render(await packToMarkdown(p))).toContain('<p>It turned round: see Back on track with Helen.</p>');
    expect(await packToHtml(p)).toContain('It turned round: see Back on track with Helen.');
    expect(await docxHtml(await packToDocx(p))).toContain('<p>It turned round: see Back on track with Helen.</p>');
    const pdf = pdfText(await printer.pdf(await packToHtml(p), printOptions('A4', p.generatedOn)));
    expect(pdf).toContain('It turned round: see Back on track with Helen.');
  });

  it('is redacted as the text around it is, in every format', async () => {
    const p = withHelenRedacted();
    const outputs = [
      await packToMarkdown(p),
      await packToHtml(p),
      await docxHtml(await packToDocx(p)),
      lexicalToPlainText(p.entries[0]!.content),
    ];
    for (const output of outputs) {
      expect(output).not.toContain('Helen');
      expect(output).toContain('Back on track with [redacted]');
    }
    expect(JSON.stringify(p.entries[0]!.content)).not.toContain(RECOVERY);
  });
});
