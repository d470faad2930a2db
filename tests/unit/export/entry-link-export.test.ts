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
import type { LinkedEntry } from '../../../src/main/core/export/linked-entries';
import { pack, sourceEntry } from './pack-fixture';

const RECOVERY = 'recovery-entry-0001';
const SETBACK = 'setback-entry-0002';

/** A setback that points to its recovery, with the recovery's title as last seen. */
const setback = (lastSeen = 'Back on track with Helen') =>
  doc(paragraph(textNode('It turned round: see '), entryLinkNode(RECOVERY, lastSeen), textNode('.')));

/** The recovery as the journal's index has it now. */
const recovery = (fields: Partial<LinkedEntry> = {}): Map<string, LinkedEntry> =>
  new Map([[RECOVERY, { label: 'Back on track with Helen', date: '2026-11-23', trashed: false, ...fields }]]);

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
  // The link still holds the title it had when last seen; the pack shows the recovery's title now.
  const fixture = (list = {}, linked = recovery(), options = {}) =>
    pack([sourceEntry(setback('Stuck with Priya'), { id: SETBACK, title: 'A setback' })], options, list, [], linked);
  const plain = (p: ReturnType<typeof fixture>) => lexicalToPlainText(p.entries[0]!.content);
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
    expect(JSON.stringify(p.entries[0]!.content)).not.toContain('Priya');
  });

  it('strikes through a link whose entry is in the trash or gone, and says so in words', async () => {
    const trashed = fixture({}, recovery({ label: 'Back on track, revisited', trashed: true }));
    expect(plain(trashed)).toBe('It turned round: see Back on track, revisited (deleted entry).');
    expect(await packToHtml(trashed)).toContain('see <s>Back on track, revisited</s> (deleted entry).');
    // Gone from the journal: the title as last seen is all there is.
    const gone = fixture({}, new Map());
    expect(plain(gone)).toBe('It turned round: see Stuck with Priya (deleted entry).');
    expect(markdown.render(await packToMarkdown(gone))).toContain('see <s>Stuck with Priya</s> (deleted entry).');
    expect(await docxHtml(await packToDocx(gone))).toContain('see <s>Stuck with Priya</s> (deleted entry).');
  });

  it('redacts the title of a gone link, never the words that mark it', () => {
    const p = fixture(
      {
        phrases: [
          { phrase: 'Priya', replacement: '' },
          { phrase: 'deleted entry', replacement: 'x' },
        ],
      },
      new Map(),
    );
    expect(plain(p)).toBe('It turned round: see Stuck with [redacted] (deleted entry).');
  });

  it('names an untitled entry by its day, at the detail the pack gives dates', () => {
    const untitled = recovery({ label: '' });
    expect(plain(fixture({}, untitled))).toBe('It turned round: see Untitled entry of Monday 23 November 2026.');
    expect(plain(fixture({}, untitled, { dates: 'week' }))).toBe(
      'It turned round: see Untitled entry of the week of 23 November 2026.',
    );
    expect(plain(fixture({}, untitled, { dates: 'month' }))).toBe(
      'It turned round: see Untitled entry of November 2026.',
    );
  });
});
