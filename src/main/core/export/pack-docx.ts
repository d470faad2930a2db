import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { type Block, contentBlocks, type Inline, type ListBlock, type Run } from './pack-blocks';
import { coverFields, dayGroups, entryMeta, mapPaced, type Pace } from './pack-outline';
import type { PackEntry, RedactedPack } from './redacted-pack';

/*
 * The pack as a Word document: Word's own Heading 1–6 styles (date, entry, then the entry's
 * sections), real numbered and bulleted lists, a Quote style, and a footer with the page number
 * and the date it was made.
 */

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const BULLETS = ['•', '◦', '▪'];
const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const indent = (level: number) => ({ left: 720 * (level + 1), hanging: 360 });

const NUMBERING = {
  config: [
    {
      reference: 'numbered',
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: indent(level) } },
      })),
    },
    {
      reference: 'bulleted',
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length]!,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: indent(level) } },
      })),
    },
  ],
};

export async function packToDocx(pack: RedactedPack, pace?: Pace): Promise<Uint8Array> {
  const writer = new DocxWriter();
  const bodies = await mapPaced(pack.entries, (entry) => writer.entry(entry.content), pace);
  const children = [...writer.cover(pack), ...writer.contents(pack), ...writer.body(pack, bodies)];
  const document = new Document({
    creator: 'Landscape',
    title: pack.cover?.title ?? 'Supervision',
    styles: {
      default: { document: { run: { font: 'Georgia', size: 23 }, paragraph: { spacing: { after: 140, line: 320 } } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: '3C3A36' },
          paragraph: {
            indent: { left: 567 },
            border: { left: { style: 'single', size: 12, color: 'B9B4A9', space: 8 } },
          },
        },
      ],
    },
    numbering: NUMBERING,
    sections: [{ footers: { default: footer(pack.generatedOn) }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function footer(generatedOn: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `Made ${generatedOn} · Page `, size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: ' of ', size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}

class DocxWriter {
  private instance = 0;

  cover(pack: RedactedPack): Paragraph[] {
    const cover = pack.cover;
    if (cover === null) return [];
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, text: cover.title }),
      ...coverFields(pack).map(
        ([label, value]) =>
          new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
      ),
      ...(cover.note ? cover.note.split(/\n+/).map((line) => new Paragraph({ text: line })) : []),
    ];
  }

  contents(pack: RedactedPack): Paragraph[] {
    const lines = dayGroups(pack.entries).flatMap((group) => [
      new Paragraph({ children: [new TextRun({ text: group.label, bold: true })], spacing: { after: 40 } }),
      ...group.entries.map(
        ({ entry }) => new Paragraph({ text: entry.title, indent: { left: 360 }, spacing: { after: 40 } }),
      ),
    ]);
    return [
      new Paragraph({ heading: HeadingLevel.TITLE, text: 'Contents', pageBreakBefore: pack.cover !== null }),
      ...lines,
    ];
  }

  entry(content: PackEntry['content']): Paragraph[] {
    return contentBlocks(content).flatMap((block) => this.block(block));
  }

  body(pack: RedactedPack, bodies: Paragraph[][]): Paragraph[] {
    return dayGroups(pack.entries).flatMap((group, index) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: group.label, pageBreakBefore: index === 0 }),
      ...group.entries.flatMap(({ entry, index }) => {
        const meta = entryMeta(entry);
        return [
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: entry.title }),
          ...(meta ? [new Paragraph({ children: [new TextRun({ text: meta, italics: true, color: '5B5750' })] })] : []),
          ...bodies[index]!,
        ];
      }),
    ]);
  }

  private block(block: Block): Paragraph[] {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[Math.min(block.level + 1, 5)], children: inlines(block.inlines) })];
      case 'quote':
        return [new Paragraph({ style: 'Quote', children: inlines(block.inlines) })];
      case 'rule':
        return [new Paragraph({ thematicBreak: true, children: [] })];
      case 'list':
        return this.list(block, 0, ++this.instance);
      default:
        return [new Paragraph({ children: inlines(block.inlines) })];
    }
  }

  private list(list: ListBlock, level: number, instance: number): Paragraph[] {
    return list.items.flatMap((item) => {
      const nested = item.lists.flatMap((child) =>
        this.list(child, level + 1, child.listType === list.listType ? instance : ++this.instance),
      );
      if (list.listType === 'check') {
        const box = new TextRun(item.checked ? '☒ ' : '☐ ');
        return [new Paragraph({ indent: indent(level), children: [box, ...inlines(item.inlines)] }), ...nested];
      }
      const reference = list.listType === 'number' ? 'numbered' : 'bulleted';
      return [new Paragraph({ numbering: { reference, level, instance }, children: inlines(item.inlines) }), ...nested];
    });
  }
}

function inlines(items: Inline[]): ParagraphChild[] {
  return items.map((inline) => {
    if (inline.kind === 'break') return new TextRun({ break: 1 });
    if (inline.kind === 'link') {
      return new ExternalHyperlink({
        link: inline.url,
        children: inline.children.map((run) => textRun(run, 'Hyperlink')),
      });
    }
    return textRun(inline);
  });
}

function textRun(run: Run, style?: string): TextRun {
  return new TextRun({
    text: run.text,
    bold: run.bold || undefined,
    italics: run.italic || undefined,
    underline: run.underline ? {} : undefined,
    strike: run.strike || undefined,
    font: run.code ? 'Courier New' : undefined,
    style,
  });
}
