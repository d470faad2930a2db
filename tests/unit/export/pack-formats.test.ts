import { strFromU8, unzipSync } from 'fflate';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANDSCAPE_TRANSFORMERS } from '@shared/lexical/markdown-transformers';
import { packToDocx } from '../../../src/main/core/export/pack-docx';
import { packToHtml } from '../../../src/main/core/export/pack-html';
import { packToMarkdown, packToMarkdownZip } from '../../../src/main/core/export/pack-markdown';
import { printOptions } from '../../../src/main/core/export/pack-printer';
import { lexicalToPlainText } from '../../../src/main/core/export/plain-text';
import { chromiumLaunchOptions } from '../../support/chromium';
import { chromiumPrinter } from '../../support/chromium-printer';
import { docxHtml, docxParts, frontMatter, markdown, pdfInfo, pdfText } from '../../support/export-readers';
import { doc, mentionNode, paragraph, textNode } from '../../support/lexical-doc';
import { buildContent, richEntry } from './build-content';
import { pack, sourceEntry } from './pack-fixture';

const fixture = () =>
  pack(
    [
      sourceEntry(doc(paragraph(mentionNode('Cleo'), textNode(' came back.'))), {
        date: '2026-11-23',
        title: 'Return',
      }),
      sourceEntry(richEntry(), {
        date: '2026-11-20',
        title: 'A day at the hub',
        templateName: 'Gibbs reflective cycle',
        tags: { worlds: ['NHS Fife'], people: [], free: ['housing'] },
      }),
    ],
    {
      cover: {
        title: 'November supervision',
        author: 'R. Writer',
        supervisor: 'Dr Okoro',
        period: '',
        purpose: 'Monthly reflective supervision',
        note: 'Two entries this month.',
      },
    },
  );

describe('HTML, read by Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(() => browser.close());

  it('is one self-contained document with the pack outline and every kind of formatting', async () => {
    const html = await packToHtml(fixture());
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html);
    const all = async (selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.trim());
    const count = (selector: string) => page.locator(selector).count();
    const anchors = page.locator('article a');
    const read = {
      h1: await all('h1'),
      h2: await all('h2'),
      h3: await all('h3'),
      h4: await all('h4'),
      strong: await all('strong'),
      em: await all('article em'),
      u: await all('u'),
      s: await all('s'),
      nested: await all('ul > li > ul > li'),
      ol: await all('article ol > li'),
      checks: await all('ul.check > li'),
      quote: await all('blockquote'),
      links: await Promise.all(
        (await anchors.all()).map(async (a) => [await a.textContent(), await a.getAttribute('href')]),
      ),
      rules: await count('hr'),
      scripts: await count('script'),
      meta: await all('.meta'),
      cover: await all('.cover dd'),
      font: await page
        .locator('body')
        .evaluate((body) => body.ownerDocument.defaultView?.getComputedStyle(body).fontFamily),
      external: await count('[src], link'),
    };
    await page.close();
    expect(read.h1).toEqual(['November supervision', 'Contents', 'Friday 20 November 2026', 'Monday 23 November 2026']);
    expect(read.h2).toEqual(['A day at the hub', 'Return']);
    expect(read.h3).toEqual(['A day at the hub']);
    expect(read.h4).toEqual(['After']);
    expect(read).toMatchObject({
      strong: ['calm'],
      em: ['slow'],
      u: ['odd'],
      s: ['gone'],
      nested: ['two a'],
      ol: ['first', 'second'],
      checks: ['☑done', '☐todo'],
      quote: ['What did I notice?'],
      links: [['the map', 'https://example.org/map']],
      rules: 1,
      scripts: 0,
      external: 0,
      meta: ['Template: Gibbs reflective cycle · Worlds: NHS Fife · Tags: housing'],
    });
    expect(read.cover).toEqual(
      expect.arrayContaining(['R. Writer', 'Dr Okoro', 'Friday 20 November 2026 – Monday 23 November 2026']),
    );
    expect(read.font).toMatch(/^Georgia/);
    expect(html).toContain("default-src 'none'");
  });
});

describe('PDF, printed by Chromium and read by poppler', () => {
  const printer = chromiumPrinter();
  afterAll(() => printer.close());

  it('has the cover, contents, entries, and a footer with page numbers and the date made', async () => {
    const p = fixture();
    const bytes = await printer.pdf(await packToHtml(p), printOptions('A4', p.generatedOn));
    const info = pdfInfo(bytes);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(info['Page size']).toMatch(/^59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    const text = pdfText(bytes);
    expect(text).toContain('November supervision');
    expect(text).toContain('Spoke with Person A and Person B about the map.');
    expect(text).toContain(`Made 30 November 2026 · Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    const letter = await printer.pdf(await packToHtml(p), printOptions('Letter', p.generatedOn));
    expect(pdfInfo(letter)['Page size']).toMatch(/^612 x 792 pts \(letter\)/);
  });
});

describe('Word, read by mammoth', () => {
  it('uses heading styles, real lists, a quote style, links and a footer with page fields', async () => {
    const bytes = await packToDocx(fixture());
    const html = await docxHtml(bytes);
    expect(html).toContain('<h1>Friday 20 November 2026</h1>');
    expect(html).toContain('<h2>A day at the hub</h2>');
    expect(html).toContain('<h3>A day at the hub</h3>');
    expect(html).toContain('<strong>calm</strong>');
    expect(html).toContain('<em>slow</em>');
    expect(html).toContain('<u>odd</u>');
    expect(html).toContain('<s>gone</s>');
    expect(html).toMatch(/<ul><li>one<\/li><li>two<ul><li>two a<\/li><\/ul><\/li><\/ul>/);
    expect(html).toContain('<ol><li>first</li><li>second</li></ol>');
    expect(html).toContain('<blockquote><p>What did I notice?</p></blockquote>');
    expect(html).toContain('<a href="https://example.org/map">the map</a>');
    expect(html).toContain('☒ done');
    const parts = docxParts(bytes);
    const footer = Object.entries(parts).find(([name]) => /word\/footer\d*\.xml/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).toContain('Made 30 November 2026');
    expect(parts['word/styles.xml']).toContain('w:styleId="Heading1"');
  });
});

describe('Markdown, read by markdown-it', () => {
  it('one file: dates, entries and sections as headings, lists, quotes, links, rules', async () => {
    const text = await packToMarkdown(fixture());
    const tokens = markdown.parse(text, {});
    const headings = tokens
      .map((token, i) => (token.type === 'heading_open' ? `${token.tag} ${tokens[i + 1]!.content}` : null))
      .filter(Boolean);
    expect(headings).toEqual([
      'h1 November supervision',
      'h1 Friday 20 November 2026',
      'h2 A day at the hub',
      'h3 A day at the hub',
      'h4 After',
      'h1 Monday 23 November 2026',
      'h2 Return',
    ]);
    const types = new Set(tokens.map((token) => token.type));
    for (const type of ['bullet_list_open', 'ordered_list_open', 'blockquote_open', 'hr'])
      expect(types).toContain(type);
    const rendered = markdown.render(text);
    expect(rendered).toContain('<a href="https://example.org/map">the map</a>');
    expect(rendered).toContain('<strong>calm</strong>');
    expect(rendered).toContain('<s>gone</s>');
  });

  it('zip: one file per entry named by date and title, with front matter, that reads back into the same content', async () => {
    const p = fixture();
    const files = unzipSync(await packToMarkdownZip(p));
    expect(Object.keys(files).sort()).toEqual(['2026-11-20 A day at the hub.md', '2026-11-23 Return.md', 'Cover.md']);
    const { fields, body } = frontMatter(strFromU8(files['2026-11-20 A day at the hub.md']!));
    expect(fields).toEqual({
      date: '2026-11-20',
      template: 'Gibbs reflective cycle',
      tags: ['housing'],
      worlds: ['NHS Fife'],
    });
    const withoutTitle = body.replace(/^\n# .*\n\n/, '');
    const back = buildContent(() => $convertFromMarkdownString(withoutTitle, LANDSCAPE_TRANSFORMERS));
    expect(lexicalToPlainText(back)).toBe(lexicalToPlainText(p.entries[0]!.content));
  });
});
