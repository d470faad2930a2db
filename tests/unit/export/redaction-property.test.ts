// The promise of export: no redacted name survives in any output. fast-check builds entries with
// names in many scripts in mentions, text, headings, list items, link text and addresses, titles
// and tags, split across formatted runs and at word edges; every format is then read back.
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportFormat, PackOptions, RedactionList } from '@shared/export';
import { writePack } from '../../../src/main/core/export/write-pack';
import type { RedactedPack } from '../../../src/main/core/export/redacted-pack';
import { chromiumPrinter } from '../../support/chromium-printer';
import { docxParts, markdown, pdfText } from '../../support/export-readers';
import { pack, sourceEntry } from './pack-fixture';

const SCRIPTS = [
  'abcdefghijklmnoprstuvwyzłøéüçñåæšžđ',
  'αβγδεζηθικλμνξοπρστυφχψω',
  'абвгдежзийклмнопрстуфхцчшщыэюя',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
  'אבגדהוזחטיכלמנסעפצקרשת',
  '李王张刘陈杨赵黄周吴明华伟芳',
  '민수지영서준하은',
  'さくらはなこタロウ',
  'สมชายศรีนวล',
];
const NON_ASCII_LATIN = 'łøéüçñåæšžđ';
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const FILLER = ['we', 'met', 'about', 'the', 'plan', 'and', 'then', 'later', 'housing', 'walked', 'quietly', 'notes'];
const SEPARATORS = [' ', ', ', '. ', ' (', ') ', ' "', '" ', ' – ', '; ', '\u00a0'];
const KEPT = 'Grüßgott'; // in every pack and never redacted: shows the readers do see the text

const word = fc
  .tuple(fc.integer({ min: 0, max: SCRIPTS.length - 1 }), fc.integer({ min: 3, max: 7 }), fc.nat())
  .chain(([script, length, seed]) =>
    fc.array(fc.constantFrom(...SCRIPTS[script]!), { minLength: length, maxLength: length }).map((chars) => {
      if (script === 0) chars[seed % length] = NON_ASCII_LATIN[seed % NON_ASCII_LATIN.length]!;
      return chars.join('');
    }),
  );
const name = fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' '));

const casing = (text: string, how: number) =>
  how === 1 ? text.toUpperCase() : how === 2 ? text.toLowerCase() : text.charAt(0).toUpperCase() + text.slice(1);

/** Words and names joined so a name never touches a letter of a script written with spaces. */
function sentence(tokens: Array<{ text: string; isName: boolean }>, picks: number[]): string {
  let out = '';
  tokens.forEach((token, i) => {
    const pick = picks[i % picks.length]!;
    const glue = i === 0 ? '' : SEPARATORS[pick % SEPARATORS.length]!;
    // Without a separator only where a script without spaces meets the name: still a whole word.
    const edge = UNSPACED.test(token.text.charAt(0)) || UNSPACED.test(out.slice(-1));
    const tight = token.isName && edge && pick % 3 === 0;
    out += (tight ? '' : glue) + token.text;
  });
  return out;
}

/** Cuts text into runs of random formats, so names straddle bold, italic, underline and strike. */
function runs(text: string, cuts: number[]) {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out = [];
  let at = 0;
  for (const [i, point] of [...points, text.length].entries()) {
    if (point > at)
      out.push({
        type: 'text',
        version: 1,
        detail: 0,
        format: (i * 5) % 16,
        mode: 'normal',
        style: '',
        text: text.slice(at, point),
      });
    at = Math.max(at, point);
  }
  return out;
}

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

interface Scenario {
  people: string[];
  phrases: string[];
  worlds: string[];
  entries: ReturnType<typeof sourceEntry>[];
  options: PackOptions;
  list: RedactionList;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .uniqueArray(name, { minLength: 3, maxLength: 8, selector: (n) => n.toLowerCase() })
  .filter((names) => names.every((a) => names.every((b) => a === b || !b.toLowerCase().includes(a.toLowerCase()))))
  .chain((names) => {
    const people = names.filter((_, i) => i % 3 === 0);
    const phrases = names.filter((_, i) => i % 3 === 1);
    const worlds = names.filter((_, i) => i % 3 === 2);
    const inText = [...people, ...phrases];
    const token = fc.oneof(
      fc.constantFrom(...FILLER).map((text) => ({ text, isName: false })),
      fc
        .tuple(fc.constantFrom(...inText), fc.integer({ min: 0, max: 2 }))
        .map(([n, how]) => ({ text: casing(n, how), isName: true })),
    );
    const text = fc
      .tuple(fc.array(token, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }))
      .map(([tokens, picks]) => sentence(tokens, picks));
    const inline = fc
      .tuple(text, fc.array(fc.nat(), { maxLength: 4 }), fc.option(fc.constantFrom(...people)))
      .map(([t, cuts, mention]) => [
        ...runs(t, cuts),
        ...(mention
          ? [
              {
                type: 'mention',
                version: 1,
                detail: 0,
                format: 0,
                mode: 'token',
                style: '',
                text: `@${mention}`,
                mentionName: mention,
              },
            ]
          : []),
        { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: ` ${KEPT}.` },
      ]);
    const item = (kids: unknown[], nested?: unknown) => [
      element('listitem', kids, { value: 1 }),
      ...(nested ? [element('listitem', [nested], { value: 2 })] : []),
    ];
    const block = fc.oneof(
      inline.map((kids) => element('paragraph', kids, { textFormat: 0, textStyle: '' })),
      fc.tuple(inline, fc.constantFrom('h1', 'h2', 'h3')).map(([kids, tag]) => element('heading', kids, { tag })),
      inline.map((kids) => element('quote', kids)),
      fc.tuple(inline, inline, fc.constantFrom('bullet', 'number', 'check')).map(([a, b, listType]) =>
        element('list', [...item(a, element('list', item(b), { listType, start: 1, tag: 'ul' }))], {
          listType,
          start: 1,
          tag: 'ul',
        }),
      ),
      fc.tuple(text, fc.constantFrom(...inText), text).map(([linkText, inUrl, after]) =>
        element(
          'paragraph',
          [
            element('link', runs(linkText, [2]), {
              url: `https://example.org/${encodeURIComponent(inUrl)}/x`,
              rel: null,
              target: null,
              title: inUrl,
            }),
            ...runs(` ${after} ${KEPT}`, []),
          ],
          { textFormat: 0, textStyle: '' },
        ),
      ),
    );
    const entry = fc
      .tuple(
        fc.array(block, { minLength: 1, maxLength: 5 }),
        text,
        fc.array(fc.constantFrom(...inText), { maxLength: 2 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([blocks, title, tags, day]) =>
        sourceEntry(element('root', blocks) && { root: element('root', blocks) }, {
          date: `2026-11-${String(day).padStart(2, '0')}`,
          title,
          tags: { worlds, people: [], free: tags },
        }),
      );
    return fc
      .tuple(
        fc.array(entry, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('label', 'hide' as const),
        fc.constantFrom('day', 'week', 'month'),
      )
      .map(([entries, hideTags, worldMode, dates]): Scenario => ({
        people,
        phrases,
        worlds,
        entries,
        options: {
          hideTags,
          worlds: worldMode as PackOptions['worlds'],
          dates: dates as PackOptions['dates'],
          omitUnansweredPrompts: true,
          cover: {
            title: `About ${phrases[0] ?? ''}`,
            author: 'Writer',
            supervisor: '',
            period: '',
            purpose: '',
            note: `${people[0]} and ${phrases[0] ?? ''}`,
          },
        },
        list: {
          phrases: phrases.map((phrase, i) => ({ phrase, replacement: i % 2 ? `[org ${i}]` : '' })),
          people: [],
          worlds: [],
        },
      }));
  });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const survivors = (output: string, names: string[]) =>
  names.filter((n) => new RegExp(n.split(/\s+/).map(escape).join('\\s+'), 'iu').test(output.normalize('NFC')));
const stripTags = (xml: string) =>
  xml
    .replace(/<\/w:p>|<\/p>|<br>|<\/li>|<\/h\d>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a reader finds in each format: the raw bytes as text, and the text once formatting is removed. */
async function readings(
  p: RedactedPack,
  format: ExportFormat,
  printer?: ReturnType<typeof chromiumPrinter>,
): Promise<string[]> {
  const bytes = await writePack(p, format, { printer: printer ?? chromiumPrinter(), paper: 'A4' });
  switch (format) {
    case 'pdf':
      return [pdfText(bytes)];
    case 'docx': {
      const xml = Object.values(docxParts(bytes)).join('\n');
      return [xml, stripTags(xml)];
    }
    case 'md-zip': {
      const files = unzipSync(bytes);
      return [
        Object.keys(files).join('\n'),
        ...Object.values(files).map((f) => stripTags(markdown.render(strFromU8(f)))),
      ];
    }
    case 'md': {
      const text = strFromU8(bytes);
      return [text, stripTags(markdown.render(text))];
    }
    default: {
      const html = strFromU8(bytes);
      return [html, stripTags(html)];
    }
  }
}

async function check(s: Scenario, formats: ExportFormat[], printer?: ReturnType<typeof chromiumPrinter>) {
  const p = pack(s.entries, s.options, s.list, s.people);
  const hidden = [...s.people, ...s.phrases, ...s.worlds];
  for (const format of formats) {
    const texts = await readings(p, format, printer);
    for (const text of texts) expect({ format, found: survivors(text, hidden) }).toEqual({ format, found: [] });
    expect({ format, kept: texts.some((text) => text.includes(KEPT)) }).toEqual({ format, kept: true });
  }
}

describe('redaction, property-based', () => {
  const printer = chromiumPrinter();
  afterAll(() => printer.close());

  it('no redacted name survives in HTML, Markdown (file and zip, names included) or Word', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (s) => check(s, ['html', 'md', 'md-zip', 'docx'])),
      { numRuns: 60 },
    );
  });

  it('no redacted name survives in the PDF text poppler extracts', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (s) => check(s, ['pdf'], printer)),
      { numRuns: 4 },
    );
  }, 180_000);

  it('the checks can fail: without redaction the names are found', async () => {
    const [s] = fc.sample(scenario, { numRuns: 1, seed: 7 });
    const open = pack(s!.entries, { ...s!.options, worlds: 'show' }, { phrases: [], people: [], worlds: [] });
    const html = (await readings(open, 'html'))[1]!;
    expect(survivors(html, s!.phrases)).toEqual(
      s!.phrases.filter((phrase) => survivors(JSON.stringify(s!.entries), [phrase]).length),
    );
    expect(survivors(html, s!.worlds)).toEqual(s!.worlds);
  });
});
