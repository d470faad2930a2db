// Export on 500 generated entries of about 300 words, with mentions and lists: redaction, and each format.
// `node --import tsx bench/export.ts` prints a table; bench/run.ts collects the rows.
import { pathToFileURL } from 'node:url';
import { DEFAULT_PACK_OPTIONS, type RedactionList } from '../src/shared/export';
import type { LexicalJson } from '../src/shared/entry';
import { headingNode, quoteNode, textNode, type JsonNode } from '../src/shared/lexical/lexical-json';
import { packToDocx } from '../src/main/core/export/pack-docx';
import { packToHtml } from '../src/main/core/export/pack-html';
import { packToMarkdown, packToMarkdownZip } from '../src/main/core/export/pack-markdown';
import { printOptions } from '../src/main/core/export/pack-printer';
import { redactPack, type SourceEntry } from '../src/main/core/export/redacted-pack';
import { chromiumPrinter } from '../tests/support/chromium-printer';
import { doc, mentionNode, paragraph } from '../tests/support/lexical-doc';
import type { BenchRow } from './row';
import { percentile } from './stats';

const ENTRIES = 500;
const ROUNDS = 5;
const WORDS = 'river council garden hope trust meeting shared purpose walked noticed housing partners quiet'.split(' ');
const PEOPLE = ['Ann', 'Bilal Khan', 'Chiara', 'Dmitri', 'Efua', 'Fatima'];
const LIST: RedactionList = {
  phrases: [
    { phrase: 'Fife Council', replacement: 'the council' },
    { phrase: 'Hollowbrook Trust', replacement: '' },
    { phrase: 'Riverside', replacement: 'a neighbourhood' },
  ],
  people: [{ name: 'Ann', label: 'my manager' }],
  worlds: [],
};

function words(seed: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += `${WORDS[(seed * 7 + i * 13) % WORDS.length]} `;
  return out;
}

const item = (text: string, children: JsonNode[] = []): JsonNode => ({
  type: 'listitem',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  value: 1,
  children: [textNode(text), ...children],
});
const list = (listType: 'bullet' | 'number', items: JsonNode[]): JsonNode => ({
  type: 'list',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items,
});

/** About 300 words: a heading, paragraphs with mentions, a nested bulleted list, a numbered list, a quote. */
function content(n: number): LexicalJson {
  const person = (k: number) => mentionNode(PEOPLE[(n + k) % PEOPLE.length]!);
  return doc(
    headingNode('h2', 'What happened'),
    paragraph(textNode(words(n, 40)), person(0), textNode(` at Fife Council. ${words(n + 1, 40)}`)),
    paragraph(person(1), textNode(` and I talked at Hollowbrook Trust. ${words(n + 2, 50)}`), person(2)),
    list('bullet', [
      item(words(n + 3, 12)),
      item(words(n + 4, 12)),
      { ...item(''), children: [list('bullet', [item(words(n + 5, 10)), item(words(n + 6, 10))])] },
    ]),
    list('number', [item(words(n + 7, 12)), item(words(n + 8, 12)), item(words(n + 9, 12))]),
    quoteNode([textNode(`In Riverside: ${words(n + 10, 20)}`)]),
    headingNode('h2', 'Now what'),
    paragraph(textNode(words(n + 11, 60)), person(3)),
  ) as LexicalJson;
}

export function benchEntries(): SourceEntry[] {
  return Array.from({ length: ENTRIES }, (_, i) => ({
    id: `bench-${i}`,
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    title: `Reflection ${i + 1}`,
    tags: { worlds: ['Council'], people: [], free: ['housing'] },
    templateName: 'Daily reflection',
    content: content(i),
  }));
}

async function median(run: () => Promise<unknown> | unknown, rounds = ROUNDS): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return Math.round(percentile(times, 50));
}

export async function runExportBench(): Promise<BenchRow[]> {
  const source = benchEntries();
  const options = { ...DEFAULT_PACK_OPTIONS, cover: null };
  const redact = () => redactPack(source, options, LIST, '2026-11-30', { people: [], entries: new Map() });
  const pack = redact();
  const printer = chromiumPrinter();
  try {
    // Start Chromium outside the timing, as the app's print window is a process already running.
    await printer.pdf('<p>warm up</p>', printOptions('A4', pack.generatedOn));
    const rows: BenchRow[] = [
      { name: 'export.redact_500_ms', value: await median(redact), unit: 'ms' },
      { name: 'export.md_500_ms', value: await median(() => packToMarkdown(pack)), unit: 'ms' },
      { name: 'export.md_zip_500_ms', value: await median(() => packToMarkdownZip(pack)), unit: 'ms' },
      { name: 'export.docx_500_ms', value: await median(() => packToDocx(pack)), unit: 'ms' },
      {
        name: 'export.pdf_500_ms',
        value: await median(async () => printer.pdf(await packToHtml(pack), printOptions('A4', pack.generatedOn)), 2),
        unit: 'ms',
      },
    ];
    return rows;
  } finally {
    await printer.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(await runExportBench());
